import { questionnaireIndex } from 'virtual:content';
import { createAssessment, type Assessment, type CompanyProfile, type Language } from '$lib/domain';
import { newId } from '$lib/ids';
import { putAssessment } from '$lib/storage';

/** The questionnaire a new assessment uses: the newest version of the Made Different scan. */
export function currentQuestionnaire(): { id: string; version: number } {
	const candidates = questionnaireIndex.filter((q) => q.id === 'made-different');
	const pool = candidates.length ? candidates : questionnaireIndex;
	const newest = [...pool].sort((a, b) => b.version - a.version)[0];
	if (!newest) throw new Error('No questionnaire is built into this app.');
	return { id: newest.id, version: newest.version };
}

/** Creates and stores a new assessment; `companyId`/`profile` continue an existing company. */
export async function startAssessment(
	language: Language,
	company?: { companyId: string; profile: CompanyProfile }
): Promise<Assessment> {
	const assessment = createAssessment({
		id: newId(),
		companyId: company?.companyId ?? newId(),
		respondentId: newId(),
		questionnaire: currentQuestionnaire(),
		language,
		now: new Date().toISOString(),
		profile: company?.profile
	});
	await putAssessment(assessment);
	return assessment;
}
