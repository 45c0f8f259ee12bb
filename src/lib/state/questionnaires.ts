// The built-in content, in the languages and parts a screen needs. Each chunk (a questionnaire's
// steps or next actions in one language, the catalogue in one language) is loaded once and shared,
// so a list of 1,000 assessments does not load (or parse) one per row, and the step a respondent
// answers downloads only the language they read. See src/lib/server/vite-plugin-content.ts.
import {
	loadInstruments,
	loadNextActions,
	loadQuestionnaireSteps,
	questionnaireIndex,
	type QuestionnaireSummary
} from 'virtual:content';
import {
	mergeContent,
	type Assessment,
	type CatalogueInstrument,
	type Language,
	type Questionnaire
} from '$lib/domain';
import { nextTask } from '$lib/browser/idle';

/**
 * The questionnaire a new assessment uses: the newest version of the Made Different scan, with its
 * question count and measured time for the start page. Undefined only in a build without any.
 */
export function currentSummary(): QuestionnaireSummary | undefined {
	const candidates = questionnaireIndex.filter((q) => q.id === 'made-different');
	const pool = candidates.length ? candidates : questionnaireIndex;
	return [...pool].sort((a, b) => b.version - a.version)[0];
}

/** The id and version a new assessment records. */
export function currentQuestionnaire(): { id: string; version: number } {
	const newest = currentSummary();
	if (!newest) throw new Error('No questionnaire is built into this app.');
	return { id: newest.id, version: newest.version };
}

/** What a screen needs of a questionnaire. */
export type ContentNeeds = {
	/** The languages its texts must have (each also carries its fallback). */
	languages: readonly Language[];
	/** The next actions too: for the plan, the results' proposals and the report. */
	nextActions?: boolean;
};

const chunks = new Map<string, Promise<unknown>>();

/** One chunk, loaded once; a failed load is not remembered, so the next call tries again. */
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
	let loaded = chunks.get(key) as Promise<T> | undefined;
	if (!loaded) {
		loaded = load();
		loaded.catch(() => chunks.delete(key));
		chunks.set(key, loaded);
	}
	return loaded;
}

const merged = new Map<string, Promise<Questionnaire | undefined>>();

function unique(languages: readonly Language[]): Language[] {
	return [...new Set(languages)].sort();
}

/**
 * A questionnaire version with the texts of `languages` (and their next actions when asked);
 * undefined when this app does not have that version. The same object for the same request, so
 * derived state does not recompute.
 */
export function questionnaireIn(
	id: string,
	version: number,
	needs: ContentNeeds
): Promise<Questionnaire | undefined> {
	const languages = unique(needs.languages);
	const key = `${id}@${version}/${languages.join('+')}${needs.nextActions ? '+actions' : ''}`;
	let loaded = merged.get(key);
	if (!loaded) {
		loaded = Promise.all(
			languages.flatMap((language) => [
				once(`steps ${id}@${version}/${language}`, () =>
					loadQuestionnaireSteps(id, version, language)
				),
				needs.nextActions
					? once(`actions ${id}@${version}/${language}`, () =>
							loadNextActions(id, version, language)
						)
					: Promise.resolve(undefined)
			])
		).then(async (parts) => {
			if (parts[0] === undefined) return undefined;
			const present = parts.filter((part) => part !== undefined);
			const whole = present.reduce((sum, part) => mergeContent(sum, part)) as Questionnaire;
			// Putting parts together takes a while (25 ms at CPU 4× for two languages with their next
			// actions): once done, the page draws them in a task of its own, not in the same long one.
			if (present.length > 1) await nextTask();
			return whole;
		});
		loaded.catch(() => merged.delete(key));
		merged.set(key, loaded);
	}
	return loaded;
}

/**
 * The questionnaire an assessment was answered with, by default in the assessment's language
 * without next actions (enough to score it); undefined when this app does not have it.
 */
export function questionnaireFor(
	a: Pick<Assessment, 'questionnaire' | 'language'>,
	needs: ContentNeeds = { languages: [a.language] }
): Promise<Questionnaire | undefined> {
	return questionnaireIn(a.questionnaire.id, a.questionnaire.version, needs);
}

/** The support catalogue with the texts of `languages`. */
export function instrumentsIn(languages: readonly Language[]): Promise<CatalogueInstrument[]> {
	const wanted = unique(languages);
	return once(`instruments ${wanted.join('+')}`, () =>
		Promise.all(
			wanted.map((language) => once(`instruments ${language}`, () => loadInstruments(language)))
		).then((parts) => parts.reduce((whole, part) => mergeContent(whole, part)))
	);
}

/**
 * Starts downloading the steps of the newest questionnaire in `language` without waiting for them:
 * called where the next screen is likely a question, so that its text is not requested only
 * after the page's code has run and read the assessment (a network round trip later).
 */
export function prefetchQuestionnaire(language: Language): void {
	if (!questionnaireIndex.length) return;
	const { id, version } = currentQuestionnaire();
	questionnaireIn(id, version, { languages: [language] }).catch(() => {});
}
