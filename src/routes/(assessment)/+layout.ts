import { locale } from '$lib/i18n/locale.svelte';
import { prefetchQuestionnaire } from '$lib/state/questionnaires';

// Runs as soon as this layout's code is there, before its component has read the assessment from
// IndexedDB: the questions' text (the newest version, in the reader's language) is requested now,
// in parallel with that read, not after it.
export function load() {
	prefetchQuestionnaire(locale.current);
	return {};
}
