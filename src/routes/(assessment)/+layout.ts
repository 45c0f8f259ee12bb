import { locale } from '$lib/i18n/locale.svelte';
import { readAhead } from '$lib/state/new-assessment';
import { prefetchQuestionnaire } from '$lib/state/questionnaires';

// Runs as soon as this layout's code is there, before its component has drawn: the questions' text
// (the newest version, in the reader's language) is requested now, and the assessment named by
// ?id= is read from IndexedDB now, side by side with the downloads, not after them (a question
// step on a phone waited for that read last). SvelteKit runs this again when ?id= changes, not
// when ?step= does: it tracks each search parameter read.
export function load({ url }) {
	prefetchQuestionnaire(locale.current);
	readAhead(url.searchParams.get('id') ?? '');
	return {};
}
