// Starting an assessment: a new company, or a follow-up of a company's latest assessment.
import { questionnaireIndex, type QuestionnaireSummary } from 'virtual:content';
import { createAssessment, startFromPrevious, type Assessment, type Language } from '$lib/domain';
import { newId } from '$lib/ids';
import { putAssessment, updateAssessment } from '$lib/storage';
import { questionnaireFor } from './questionnaires';

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

/**
 * Creates and stores a new assessment. With `previous` (the company's latest assessment) it
 * continues that company: same company and profile, and the previous answers come along as
 * suggestions to confirm (T0 → T1).
 */
export async function startAssessment(
	language: Language,
	previous?: Assessment
): Promise<Assessment> {
	const now = new Date().toISOString();
	const assessment = createAssessment({
		id: newId(),
		companyId: previous?.companyId ?? newId(),
		respondentId: newId(),
		questionnaire: currentQuestionnaire(),
		language,
		now,
		profile: previous?.profile
	});
	await putAssessment(assessment);
	if (!previous) return assessment;
	const questionnaire = await questionnaireFor(assessment);
	const ids = questionnaire?.transformations.flatMap((t) => t.questions.map((q) => q.id)) ?? [];
	return updateAssessment(assessment.id, startFromPrevious(previous, ids, now));
}
