// UI messages. Each feature keeps its text in messages/<feature>/<language>.ts; lang/<language>.ts
// gathers one language, and only the reader's language is downloaded (the others load when chosen).
// Use them as m().<feature>.<key>. Questionnaire text comes from the data files instead (see
// localize in $lib/domain).
import type { Language } from '$lib/domain';
import type nlBundle from './lang/nl';
import { locale } from './locale.svelte';

/** The typed shape every language bundle has (nl is typed against the English keys). */
export type Bundle = typeof nlBundle;

const loaders: Record<Language, () => Promise<{ default: Bundle }>> = {
	nl: () => import('./lang/nl'),
	fr: () => import('./lang/fr'),
	en: () => import('./lang/en'),
	de: () => import('./lang/de')
};

let bundles = $state.raw<Partial<Record<Language, Bundle>>>({});

/** Loads a language's messages once; resolves when m() can serve it. */
export async function loadLanguage(language: Language): Promise<Bundle> {
	const loaded = bundles[language];
	if (loaded) return loaded;
	const bundle = (await loaders[language]()).default;
	bundles = { ...bundles, [language]: bundle };
	return bundle;
}

/** Switches the interface language after its messages are loaded, so no text is ever missing. */
export async function switchLanguage(language: Language): Promise<void> {
	await loadLanguage(language);
	locale.current = language;
}

/** Messages in the current interface language. Reactive: read it inside markup or $derived. */
export function m(): Bundle {
	const bundle = bundles[locale.current] ?? Object.values(bundles)[0];
	// The root layout awaits loadLanguage before any page renders.
	if (!bundle) throw new Error('Interface messages are not loaded yet');
	return bundle;
}

export { locale } from './locale.svelte';
export { intlTag } from './intl';
export * from './format';
