// Pure domain code: no DOM, no storage, no Svelte.
// Maturity scoring. The formula is published in docs/scoring.md; keep the two in step.
import { effectiveAnswers, DEFAULT_TARGET } from './assessment';
import type { Assessment, AnswerValue, Level } from './record';
import type { Questionnaire, TransformationId } from './content/schema';

/** Factory-of-the-Future performance: the award asks for at least this on all seven. */
export const FACTORY_OF_THE_FUTURE_LEVEL = 4;

export type TransformationScore = {
	transformationId: TransformationId;
	/** Weighted mean of the answered levels, 1–5; null when nothing was answered ("not assessed"). */
	score: number | null;
	questions: number;
	answered: number;
	dontKnow: number;
	notApplicable: number;
	unanswered: number;
	/**
	 * Share of the applicable questions answered with a level, 0–1. "Don't know" and unanswered
	 * questions lower it; "not applicable" questions are left out. 1 when no question applies.
	 */
	completeness: number;
	target: Level;
	/** target − score, rounded to one decimal; negative when above target; null when not assessed. */
	gap: number | null;
	selfEstimate: Level | null;
};

export type AssessmentScore = {
	transformations: TransformationScore[];
	/** Mean of the assessed transformations' scores; null when none is assessed. */
	overall: number | null;
	/** Answered with a level ÷ applicable questions, over the whole questionnaire. */
	completeness: number;
	assessedCount: number;
	factoryOfTheFuture: FactoryOfTheFutureDistance;
};

export type FactoryOfTheFutureDistance = {
	/** Transformations scoring at least 4. */
	atLevel: number;
	/** How many transformations the questionnaire has (7). */
	of: number;
	/** Sum over assessed transformations of how far each is below 4, in level points. */
	pointsToGo: number;
	/** Transformations that cannot be judged yet because nothing was answered. */
	notAssessed: number;
};

type AnswerMap = Record<string, AnswerValue | number>;

/** Rounds to one decimal the way people read it: 2.25 -> 2.3, 2.249 -> 2.2. */
export function round1(value: number): number {
	return Math.round((value + Number.EPSILON) * 10) / 10;
}

/**
 * Scores one transformation from the answers that count.
 *
 * | answers (weight 1 each)          | score | completeness |
 * |----------------------------------|-------|--------------|
 * | 2, 4                              | 3     | 1            |
 * | 2, 4, don't know                  | 3     | 2/3          |
 * | 2, 4, not applicable              | 3     | 1            |
 * | don't know, not applicable        | null  | 0            |
 */
export function scoreTransformation(
	questionnaire: Questionnaire,
	transformationId: TransformationId,
	answers: AnswerMap,
	options: { target?: Level; selfEstimate?: Level | null } = {}
): TransformationScore {
	const transformation = questionnaire.transformations.find((t) => t.id === transformationId);
	const questions = transformation?.questions ?? [];
	let weightedSum = 0;
	let weightTotal = 0;
	let answered = 0;
	let dontKnow = 0;
	let notApplicable = 0;
	for (const question of questions) {
		const value = answers[question.id];
		if (typeof value === 'number') {
			const weight = question.weight ?? 1;
			weightedSum += value * weight;
			weightTotal += weight;
			answered += 1;
		} else if (value === 'dont-know') dontKnow += 1;
		else if (value === 'not-applicable') notApplicable += 1;
	}
	const applicable = questions.length - notApplicable;
	const score = weightTotal > 0 ? weightedSum / weightTotal : null;
	const target = options.target ?? DEFAULT_TARGET;
	return {
		transformationId,
		score,
		questions: questions.length,
		answered,
		dontKnow,
		notApplicable,
		unanswered: questions.length - answered - dontKnow - notApplicable,
		completeness: applicable > 0 ? answered / applicable : 1,
		target,
		gap: score === null ? null : round1(target - round1(score)),
		selfEstimate: options.selfEstimate ?? null
	};
}

/** Scores a whole assessment: per transformation, overall, completeness, distance to the award. */
export function scoreAssessment(
	questionnaire: Questionnaire,
	assessment: Assessment
): AssessmentScore {
	return scoreAnswers(questionnaire, effectiveAnswers(assessment), {
		targets: assessment.targets,
		selfEstimates: Object.fromEntries(
			Object.entries(assessment.selfEstimates).map(([id, estimate]) => [
				id,
				estimate?.value ?? null
			])
		) as Partial<Record<TransformationId, Level | null>>
	});
}

export function scoreAnswers(
	questionnaire: Questionnaire,
	answers: AnswerMap,
	options: {
		targets?: Partial<Record<TransformationId, Level>>;
		selfEstimates?: Partial<Record<TransformationId, Level | null>>;
	} = {}
): AssessmentScore {
	const transformations = questionnaire.transformations.map((t) =>
		scoreTransformation(questionnaire, t.id, answers, {
			target: options.targets?.[t.id],
			selfEstimate: options.selfEstimates?.[t.id] ?? null
		})
	);
	const assessed = transformations.filter((t) => t.score !== null);
	const overall = assessed.length
		? assessed.reduce((sum, t) => sum + (t.score ?? 0), 0) / assessed.length
		: null;
	const applicable = transformations.reduce((sum, t) => sum + t.questions - t.notApplicable, 0);
	const answered = transformations.reduce((sum, t) => sum + t.answered, 0);
	return {
		transformations,
		overall,
		completeness: applicable > 0 ? answered / applicable : 1,
		assessedCount: assessed.length,
		factoryOfTheFuture: {
			// Compared on the rounded score, as shown to the user: 3.96 shows as 4.0 and counts.
			atLevel: assessed.filter((t) => round1(t.score ?? 0) >= FACTORY_OF_THE_FUTURE_LEVEL).length,
			of: transformations.length,
			pointsToGo: round1(
				assessed.reduce(
					(sum, t) => sum + Math.max(0, FACTORY_OF_THE_FUTURE_LEVEL - round1(t.score ?? 0)),
					0
				)
			),
			notAssessed: transformations.length - assessed.length
		}
	};
}

/**
 * Transformations with the largest gap to their target, largest first; ties keep the programme's
 * order. Only assessed transformations with a positive gap.
 */
export function largestGaps(score: AssessmentScore, count = 3): TransformationScore[] {
	return score.transformations
		.filter((t) => t.gap !== null && t.gap > 0)
		.map((t, index) => ({ t, index }))
		.sort((a, b) => (b.t.gap ?? 0) - (a.t.gap ?? 0) || a.index - b.index)
		.slice(0, count)
		.map(({ t }) => t);
}
