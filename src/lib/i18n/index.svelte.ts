// UI messages. Each feature keeps its text in messages/<feature>/<language>.ts; lang/<language>.ts
// and lang/<language>-more.ts gather one language, and only the reader's language is downloaded
// (the others load when chosen).
// Use them as m().<feature>.<key>. Questionnaire text comes from the data files instead (see
// localize in $lib/domain).
import type { Language } from '$lib/domain';
import type nlStart from './lang/nl';
import type nlMore from './lang/nl-more';
import { locale } from './locale.svelte';

/** The typed shape every language bundle has (nl is typed against the English keys). */
export type Bundle = typeof nlStart & typeof nlMore;

/**
 * Which messages a page needs: 'start' is what the start page shows (lang/<language>.ts), 'all'
 * adds the rest (lang/<language>-more.ts). The start page is ready without the rest, which it
 * fetches when idle, before the user moves on.
 */
export type MessageParts = 'start' | 'all';

const startLoaders: Record<Language, () => Promise<{ default: typeof nlStart }>> = {
	nl: () => import('./lang/nl'),
	fr: () => import('./lang/fr'),
	en: () => import('./lang/en'),
	de: () => import('./lang/de')
};
const moreLoaders: Record<Language, () => Promise<{ default: typeof nlMore }>> = {
	nl: () => import('./lang/nl-more'),
	fr: () => import('./lang/fr-more'),
	en: () => import('./lang/en-more'),
	de: () => import('./lang/de-more')
};

/** Loaded messages per language; a language has `start`'s and, once loaded, the rest. */
let bundles = $state.raw<Partial<Record<Language, Partial<Bundle>>>>({});
/** Languages whose rest is loaded too (not reactive: m() reads `bundles`). */
const complete: Partial<Record<Language, true>> = {};

/** Loads a language's messages once (`parts` of them); resolves when m() can serve them. */
export async function loadLanguage(language: Language, parts: MessageParts = 'all'): Promise<void> {
	if (complete[language] || (parts === 'start' && bundles[language])) return;
	const [start, more] = await Promise.all([
		startLoaders[language](),
		parts === 'all' ? moreLoaders[language]() : undefined
	]);
	// advisor and flow come in two parts (see lang/): their keys are put together.
	const merged: Record<string, object> = { ...bundles[language], ...start.default };
	for (const [feature, messages] of Object.entries(more?.default ?? {}))
		merged[feature] = { ...merged[feature], ...messages };
	bundles = { ...bundles, [language]: merged as Partial<Bundle> };
	if (more) complete[language] = true;
}

/** Switches the interface language after its messages are loaded, so no text is ever missing. */
export async function switchLanguage(language: Language): Promise<void> {
	await loadLanguage(language);
	locale.current = language;
}

/** Messages in the current interface language. Reactive: read it inside markup or $derived. */
export function m(): Bundle {
	const bundle = bundles[locale.current] ?? Object.values(bundles)[0];
	// The root layout awaits loadLanguage before any page renders: every page but the start page
	// with all parts, so only the start page's own components may see a partial bundle.
	if (!bundle) throw new Error('Interface messages are not loaded yet');
	return bundle as Bundle;
}

export { locale } from './locale.svelte';
export { intlTag } from './intl';
export { conjunction } from './format';
export * from './format';
