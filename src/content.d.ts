declare module 'virtual:content' {
	import type { CatalogueInstrument, Language, LocalizedText, Questionnaire } from '$lib/domain';
	export type QuestionnaireSummary = {
		id: string;
		version: number;
		title: LocalizedText;
		languages: Language[];
		questionCount: number;
	};
	export const questionnaireIndex: QuestionnaireSummary[];
	export function loadQuestionnaire(
		id: string,
		version: number
	): Promise<Questionnaire | undefined>;
	export function loadInstruments(): Promise<CatalogueInstrument[]>;
}
