// Finds and scores the earlier assessment of the same company for the T0 → T1 comparison. The
// earlier one is looked up once per assessment; only the cheap comparison runs on every change.
import { loadQuestionnaire } from 'virtual:content';
import {
	compareScores,
	previousAssessment,
	scoreAssessment,
	type Assessment,
	type AssessmentScore,
	type Progress
} from '$lib/domain';
import { listAssessments } from '$lib/storage';

export type Comparison = {
	previous: Assessment;
	previousScore: AssessmentScore;
	progress: Progress[];
};

const found = new Map<
	string,
	Promise<{ previous: Assessment; previousScore: AssessmentScore } | null>
>();

async function lookUp(
	current: Assessment
): Promise<{ previous: Assessment; previousScore: AssessmentScore } | null> {
	const { assessments } = await listAssessments();
	const previous = previousAssessment(current, assessments);
	if (!previous) return null;
	const questionnaire = await loadQuestionnaire(
		previous.questionnaire.id,
		previous.questionnaire.version
	);
	if (!questionnaire) return null;
	return { previous, previousScore: scoreAssessment(questionnaire, previous) };
}

export async function comparisonFor(
	current: Assessment,
	score: AssessmentScore
): Promise<Comparison | null> {
	let entry = found.get(current.id);
	if (!entry) found.set(current.id, (entry = lookUp(current).catch(() => null)));
	const earlier = await entry;
	if (!earlier) return null;
	return { ...earlier, progress: compareScores(earlier.previousScore, score) };
}
