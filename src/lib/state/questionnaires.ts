// Questionnaires loaded once per version and shared, so a list of 1,000 assessments does not load
// (or parse) one per row.
import { loadQuestionnaire } from 'virtual:content';
import type { Assessment, Questionnaire } from '$lib/domain';

const cache = new Map<string, Promise<Questionnaire | undefined>>();

/** The questionnaire an assessment was answered with; undefined when this app does not have it. */
export function questionnaireFor(
	a: Pick<Assessment, 'questionnaire'>
): Promise<Questionnaire | undefined> {
	const key = `${a.questionnaire.id}@${a.questionnaire.version}`;
	let loaded = cache.get(key);
	if (!loaded) {
		loaded = loadQuestionnaire(a.questionnaire.id, a.questionnaire.version);
		// A failed load is not remembered: the next call tries again.
		loaded.catch(() => cache.delete(key));
		cache.set(key, loaded);
	}
	return loaded;
}
