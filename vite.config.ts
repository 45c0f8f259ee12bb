import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-plugin-content.ts';
import { pdfEnginePlugin } from './src/lib/server/vite-plugin-pdf-engine.ts';

export default defineConfig({
	plugins: [contentPlugin(), pdfEnginePlugin(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// The small modules every page starts with (formatting, the content index,
							// scoring, storage's light parts), with what they import (the record check,
							// IndexedDB): one file instead of a dozen, each of which cost the start page
							// its own request, import list and gzip overhead (61.1 → 58.8 KB gzip).
							name: 'core',
							test: /src[/\\]lib[/\\](i18n[/\\](intl|format|plural)|storage[/\\](backup|photos|persistence)|state[/\\](device|backup-status|questionnaires)|browser[/\\]idle|domain[/\\](scoring|transfer-limits|content[/\\](languages|localize)))\.ts$/
						}
					]
				}
			}
		}
	},
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
