import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-plugin-content.ts';

export default defineConfig({
	plugins: [contentPlugin(), sveltekit()],
	build: {
		// pdfmake with its fonts is one large lazy chunk by design; do not warn about it.
		chunkSizeWarningLimit: 2500
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
