// Finds and scores the earlier assessment of the same company for the T0 → T1 comparison. The
// earlier one is looked up once per assessment; the workspace compares it with the live score.
import {
	previousAssessment,
	scoreAssessment,
	type Assessment,
	type AssessmentScore,
	type Progress
} from '$lib/domain';
import { listAssessments } from '$lib/storage';
import { questionnaireFor } from './questionnaires';

/** The earlier assessment and its score. */
export type Previous = { previous: Assessment; previousScore: AssessmentScore };

/** The earlier assessment, its score, and the change per transformation since then. */
export type Comparison = Previous & { progress: Progress[] };

const found = new Map<string, Promise<Previous | null>>();

async function lookUp(current: Assessment): Promise<Previous | null> {
	const { assessments } = await listAssessments();
	const previous = previousAssessment(current, assessments);
	if (!previous) return null;
	const questionnaire = await questionnaireFor(previous);
	if (!questionnaire) return null;
	return { previous, previousScore: scoreAssessment(questionnaire, previous) };
}

/** The earlier assessment of `current`'s company, scored; null when there is none (or it fails). */
export function previousFor(current: Assessment): Promise<Previous | null> {
	let entry = found.get(current.id);
	if (!entry) found.set(current.id, (entry = lookUp(current).catch(() => null)));
	return entry;
}
