import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layering, one rule per boundary. Each area lists the imports it must not use; an area's list is
// the union of the boundaries that apply to it (ESLint does not merge a rule's options across
// blocks, so every area gets its whole list in one place).
const noSvelte = {
	group: ['svelte', 'svelte/*', '$app/*', '$env/*'],
	message: 'Pure TypeScript here: no Svelte or SvelteKit.'
};
const noIdb = {
	group: ['idb', 'idb/*', 'fake-indexeddb', 'fake-indexeddb/*'],
	message: 'Only src/lib/storage touches IndexedDB.'
};
const noPdfmake = {
	group: ['pdfmake', 'pdfmake/*'],
	message: 'Only src/lib/report touches pdfmake (imported lazily).'
};
const noStorage = {
	group: ['$lib/storage', '$lib/storage/*', '**/storage', '**/storage/*'],
	message:
		'Only src/lib/state (the workspace and services) uses src/lib/storage; components and routes call the state layer.'
};
const noReport = {
	group: ['$lib/report', '$lib/report/*'],
	message: 'The PDF report is built through the workspace (state), which imports it lazily.'
};
const noAppLayers = {
	group: [
		'$lib/components/*',
		'$lib/state/*',
		'$lib/server/*',
		'$lib/browser/*',
		'$lib/i18n',
		'$lib/i18n/*'
	],
	message: 'The domain core depends on nothing else in the app.'
};
const noNode = { group: ['node:*', 'fs', 'path'], message: 'This code runs in the browser.' };

const restrict = (...patterns) => ({
	'no-restricted-imports': ['error', { patterns }]
});

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint advises against no-undef for TypeScript projects
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'svelte/button-has-type': 'error'
		}
	},
	// Type-aware rules on all TypeScript (and Svelte components' scripts): a promise is awaited,
	// returned or given a rejection handler; `void` does not silence it.
	{
		files: ['**/*.ts', '**/*.svelte'],
		languageOptions: {
			parserOptions: {
				projectService: {
					// Outside tsconfig.json's project: the service worker has its own (WebWorker) types.
					allowDefaultProject: ['src/service-worker.ts']
				},
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error'
		}
	},
	{
		files: ['src/lib/domain/**/*.ts'],
		rules: restrict(noSvelte, noIdb, noPdfmake, noStorage, noReport, noAppLayers, noNode)
	},
	{
		files: ['src/lib/storage/**/*.ts'],
		rules: restrict(noPdfmake, noReport, {
			group: ['svelte', 'svelte/*'],
			message: 'Storage depends only on idb and the domain.'
		})
	},
	{
		files: ['src/lib/report/**/*.ts'],
		rules: restrict(noIdb, noStorage, {
			group: ['svelte', 'svelte/*'],
			message: 'The report depends only on pdfmake and the domain.'
		})
	},
	{
		files: ['src/lib/state/**'],
		rules: restrict(noIdb, noPdfmake)
	},
	{
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/browser/**', 'src/lib/i18n/**'],
		rules: restrict(noIdb, noPdfmake, noStorage, noReport)
	},
	{
		// components/ holds Svelte components only: pure code goes to domain/, browser helpers to
		// browser/, services to state/.
		files: ['src/lib/components/**/*.ts', 'src/lib/components/**/*.js'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{ selector: 'Program', message: 'src/lib/components holds .svelte files only.' }
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'reports/',
			'bench-results/'
		]
	}
);
