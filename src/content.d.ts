declare module 'virtual:content' {
	import type { CatalogueInstrument, Language, LocalizedText, Questionnaire } from '$lib/domain';
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
	export function loadQuestionnaire(
		id: string,
		version: number
	): Promise<Questionnaire | undefined>;
	export function loadInstruments(): Promise<CatalogueInstrument[]>;
}
