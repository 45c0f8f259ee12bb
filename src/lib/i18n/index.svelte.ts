// UI messages. Each feature keeps its own bundle in messages/<feature>.ts with all four languages;
// add a bundle here and use it as m().<feature>.<key>. Questionnaire text comes from the data
// files instead (see localize in $lib/domain).
import type { Language } from '$lib/domain';
import { locale } from './locale.svelte';
import { common } from './messages/common';
import { flow } from './messages/flow';
import { results } from './messages/results';
import { settings } from './messages/settings';
import { instruments } from './messages/instruments';
import { advisor } from './messages/advisor';
import { plan } from './messages/plan';

const catalogs = { common, flow, results, settings, instruments, advisor, plan };

type Bundle = { [K in keyof typeof catalogs]: (typeof catalogs)[K]['en'] };

function bundle(language: Language): Bundle {
	return Object.fromEntries(
		Object.entries(catalogs).map(([key, catalog]) => [key, catalog[language]])
	) as Bundle;
}

const bundles = { nl: bundle('nl'), fr: bundle('fr'), en: bundle('en'), de: bundle('de') };

/** Messages in the current interface language. Reactive: read it inside markup or $derived. */
export function m(): Bundle {
	return bundles[locale.current];
}

/** Messages in a given language, e.g. the assessment's own language for a report. */
export function messagesFor(language: Language): Bundle {
	return bundles[language];
}

export { locale } from './locale.svelte';
export { intlTag } from './intl';
export * from './format';
