import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
// app.html sets the page language before the first paint in an inline script, and wraps the app
// in <div style="display: contents">; SvelteKit's route announcer has a style attribute too. These
// are allowed by their hashes, read from the files themselves; nothing else inline is.
const appHtml = readFileSync('src/app.html', 'utf8');
const kitDir = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const kitRoot = readFileSync(join(kitDir, 'src/core/sync/write_root.js'), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const styleAttributes = [...`${appHtml}\n${kitRoot}`.matchAll(/\sstyle="([^"]*)"/g)].map(
	(m) => m[1]
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// A single-page app: every route is a prerendered shell, data lives in IndexedDB.
		// Routes take their parameters from the query string, so the build runs on any static
		// host without rewrite rules; 200.html is the fallback for hosts that support one.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		serviceWorker: { register: false },
		typescript: {
			// Scripts and the Playwright config are TypeScript too: type-check and lint them with the app.
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		},
		version: { pollInterval: 0 },
		// A strict policy, as a <meta> tag in every prerendered page (hash mode: SvelteKit adds the
		// hashes of the scripts it inlines). No eval anywhere on the pages: the PDF engine runs in
		// the report worker, a script of its own that needs nothing more than 'self'. Photos are
		// shown from blob: URLs and data: URLs. frame-ancestors cannot be set by a meta tag; a host
		// that wants it sends it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScripts.map(sha256)],
				'style-src': ['self', 'unsafe-hashes', ...styleAttributes.map(sha256)],
				'img-src': ['self', 'blob:', 'data:'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
