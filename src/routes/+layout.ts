import { loadLanguage, locale } from '$lib/i18n/index.svelte';

// A single-page app: every page is a prerendered shell; data comes from IndexedDB in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';

export async function load() {
	// Only the reader's language is downloaded; pages render once it is there.
	await loadLanguage(locale.current);
	return {};
}
