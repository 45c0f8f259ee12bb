import { loadLanguage, locale } from '$lib/i18n/index.svelte';

// A single-page app: every page is a prerendered shell; data comes from IndexedDB in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';

export async function load({ route }) {
	// Only the reader's language is downloaded; pages render once it is there. The start page
	// needs only its own messages (it fetches the rest when idle); every other page all of them.
	await loadLanguage(locale.current, route.id === '/' ? 'start' : 'all');
	return {};
}
