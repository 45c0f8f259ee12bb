import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Imports that would make the pure domain core depend on a framework, the DOM or storage. */
const domainForbidden = [
	{
		group: ['svelte', 'svelte/*', '$app/*', '$env/*'],
		message: 'src/lib/domain is pure TypeScript: no Svelte or SvelteKit.'
	},
	{
		group: ['idb', 'idb/*', 'fake-indexeddb', 'fake-indexeddb/*'],
		message: 'Only src/lib/storage touches IndexedDB.'
	},
	{ group: ['pdfmake', 'pdfmake/*'], message: 'Only src/lib/report touches pdfmake.' },
	{ group: ['chart.js', 'chart.js/*'], message: 'Charts belong to components, not the domain.' },
	{
		group: [
			'$lib/storage',
			'$lib/storage/*',
			'$lib/report',
			'$lib/report/*',
			'$lib/components/*',
			'$lib/state/*',
			'$lib/server/*',
			'$lib/i18n',
			'$lib/i18n/*'
		],
		message: 'The domain core depends on nothing else in the app.'
	},
	{ group: ['node:*', 'fs', 'path'], message: 'The domain core runs in the browser too.' }
];

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
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/domain/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: domainForbidden }] }
	},
	{
		files: ['src/lib/storage/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['pdfmake', 'pdfmake/*', '$lib/report', '$lib/report/*', 'svelte', 'svelte/*'],
							message: 'Storage depends only on idb and the domain.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/report/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['idb', 'idb/*', '$lib/storage', '$lib/storage/*', 'svelte', 'svelte/*'],
							message: 'The report depends only on pdfmake and the domain.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['idb', 'idb/*'], message: 'Go through src/lib/storage.' },
						{
							group: ['pdfmake', 'pdfmake/*'],
							message: 'Go through src/lib/report (lazily imported).'
						}
					]
				}
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
