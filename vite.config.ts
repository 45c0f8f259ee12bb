import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-plugin-content.ts';
import { pdfEnginePlugin } from './src/lib/server/vite-plugin-pdf-engine.ts';

export default defineConfig({
	plugins: [contentPlugin(), pdfEnginePlugin(), sveltekit()],
	// The report worker (src/lib/report/report.worker.ts) is an ES module with its own PDF engine.
	worker: { format: 'es', plugins: () => [contentPlugin(), pdfEnginePlugin()] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The report engine is built from pdfmake's and PDFKit's sources by its Vite plugin, in the
		// tests as in the app.
		server: { deps: { inline: [/pdfmake\/src/, /pdfkit/] } },
		expect: { requireAssertions: true }
	}
});
