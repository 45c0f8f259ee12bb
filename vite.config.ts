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
							// Svelte's and SvelteKit's runtime, one file instead of five (the start page and
							// a question step each opened fifteen to nineteen modules, each fetched, compiled
							// and run in a task of its own on a phone's main thread).
							name: 'framework',
							priority: 30,
							test: /node_modules[/\\](svelte|@sveltejs[/\\]kit|esm-env|devalue|clsx)[/\\]/
						},
						{
							priority: 20,
							// The small modules every page starts with (formatting, the content index,
							// scoring, storage's light parts), with what they import (the record check,
							// IndexedDB): one file instead of a dozen, each of which cost the start page
							// its own request, import list and gzip overhead (61.1 → 58.8 KB gzip).
							name: 'core',
							// The interface messages' loader too.
							test: /src[/\\]lib[/\\](i18n[/\\](intl|format|plural|locale\.svelte|index\.svelte)|storage[/\\](backup|photos|persistence)|state[/\\](device|backup-status|questionnaires)|browser[/\\]idle|domain[/\\](scoring|transfer-limits|content[/\\](languages|localize)))\.ts$/
						},
						{
							// What the assessment, results and plan pages share beyond the core: the
							// workspace's services and the domain rules they call (matching, money, the plan,
							// upgrades), with the modules these import. One file instead of six on a question
							// step (first question usable 7 % sooner, CPU 4×, 21 interleaved runs); the
							// catalogue, which needs only the matching from it, loads it whole.
							name: 'assessment',
							priority: 10,
							test: /src[/\\]lib[/\\](domain[/\\](record-content|history|plain-text|file-name|action-plan|plan-finance|upgrade)\.ts|ids\.ts|state[/\\](new-assessment|comparison|services)\.ts|browser[/\\](download|image)\.ts|components[/\\]assessment[/\\]VersionNotice\.svelte)/
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
