// The content modules src/lib/server/vite-plugin-content.ts builds from questionnaires/. The app
// reads them through src/lib/state/questionnaires.ts, which caches each chunk and puts parts and
// languages together; only that file (and the index users) import this module.
declare module 'virtual:content' {
	import type {
		CatalogueInstrument,
		Language,
		LocalizedText,
		NextActionsPart,
		Questionnaire
	} from '$lib/domain';
	export type QuestionnaireSummary = {
		id: string;
		version: number;
		title: LocalizedText;
		languages: Language[];
		/** Minutes to answer, measured from the word count; null for version 1. */
		estimatedMinutes: number | null;
		questionCount: number;
	};
	export const questionnaireIndex: QuestionnaireSummary[];
	/** What the steps show, in `language` only, without next actions; undefined if not built. */
	export function loadQuestionnaireSteps(
		id: string,
		version: number,
		language: Language
	): Promise<Questionnaire | undefined>;
	/** The next actions in `language`, laid out like the questionnaire (mergeContent). */
	export function loadNextActions(
		id: string,
		version: number,
		language: Language
	): Promise<NextActionsPart | undefined>;
	/** The support catalogue in `language` only. */
	export function loadInstruments(language: Language): Promise<CatalogueInstrument[]>;
}
