import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		version: { pollInterval: 0 }
	}
};

export default config;
