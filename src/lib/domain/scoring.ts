// Pure domain code: no DOM, no storage, no Svelte.
// Maturity scoring. The formula is published in docs/scoring.md; keep the two in step. Every rule
// that turns answers into a figure a user sees is one named function here, used by the results
// page, the action plan, the PDF, the CSV and the respondents view alike.
import { effectiveAnswers, DEFAULT_TARGET } from './assessment';
import type { Assessment, AnswerValue, Level } from './record';
import type { LocalizedText, Question, Questionnaire, TransformationId } from './content/schema';

/** Factory-of-the-Future performance: the award asks for at least this on all seven. */
export const FACTORY_OF_THE_FUTURE_LEVEL = 4;

/**
 * Below this share of applicable questions answered with a level, a transformation's score is
 * indicative: shown, marked, and never counted towards the award, the gaps or "strongest".
 */
export const INDICATIVE_BELOW = 0.6;

/** A self-estimate this many levels or more away from the score is pointed out. */
export const PERCEPTION_GAP_LEVELS = 1;

/**
 * - `not-assessed`: no question answered with a level (shows "–", never 0);
 * - `indicative`: fewer than 60 % of the applicable questions have a level;
 * - `scored`: enough answers for the score to count.
 */
export type ScoreStatus = 'not-assessed' | 'indicative' | 'scored';

export type AreaScore = {
	/** The performance area as the questionnaire names it. */
	area: LocalizedText;
	/** Weighted mean of the levels answered in this area. */
	score: number;
	questionIds: string[];
};

export type TransformationScore = {
	transformationId: TransformationId;
	/** Weighted mean of the answered levels, 1–5; null when nothing was answered ("not assessed"). */
	score: number | null;
	status: ScoreStatus;
	questions: number;
	/** Questions minus those answered "not applicable" where the question allows it. */
	applicable: number;
	answered: number;
	dontKnow: number;
	/** "Not applicable" answers on questions that offer it: left out of mean and completeness. */
	notApplicable: number;
	/**
	 * "Not applicable" answers on questions that do not offer it (e.g. every question of version 1,
	 * or an answer given before the rule): they count as open, like "don't know".
	 */
	notApplicableNotOffered: number;
	unanswered: number;
	/** Applicable questions without a level: "don't know", unanswered, refused N/A. */
	open: number;
	/** Share of the applicable questions answered with a level, 0–1; 1 when none applies. */
	completeness: number;
	/** The area with the lowest mean among those answered; null when not assessed. */
	weakestArea: AreaScore | null;
	target: Level;
	/** target − score, rounded to one decimal; negative when above target; null when not assessed. */
	gap: number | null;
	selfEstimate: Level | null;
	/** Whether this transformation meets the award bar (see `meetsAwardBar`). */
	atFactoryOfTheFutureLevel: boolean;
};

export type AssessmentScore = {
	transformations: TransformationScore[];
	/** Mean of the scored (not indicative) transformations' scores; null when none is scored. */
	overall: number | null;
	/** Answered with a level ÷ applicable questions, over the whole questionnaire. */
	completeness: number;
	/** Transformations whose score counts (status `scored`). */
	assessedCount: number;
	/** Transformations with an indicative score. */
	indicativeCount: number;
	/** "Not applicable" answers that count, over the whole questionnaire. */
	notApplicable: number;
	/** Applicable questions without a level, over the whole questionnaire. */
	open: number;
	factoryOfTheFuture: FactoryOfTheFutureDistance;
};

export type FactoryOfTheFutureDistance = {
	/** Transformations meeting the award bar: scored, and every answered area at level 4 or more. */
	atLevel: number;
	/** How many transformations the questionnaire has (7). */
	of: number;
	/** Sum over scored transformations of how far each is below level 4 (pointsToLevel4). */
	pointsToGo: number;
	/** Transformations that cannot be judged yet because nothing was answered. */
	notAssessed: number;
	/** Transformations left out because their score is indicative. */
	indicative: number;
	/** All seven meet the bar and no question is open: ready to ask for the award audit. */
	ready: boolean;
};

type AnswerMap = Record<string, AnswerValue | number>;

/** Rounds to one decimal the way people read it: 2.25 -> 2.3, 2.249 -> 2.2. */
export function round1(value: number): number {
	return Math.round((value + Number.EPSILON) * 10) / 10;
}

/**
 * The level a mean of answers has reached: a level counts once the mean reaches it, so the mean
 * is rounded down (a board can defend "level 3 reached", not "level 4 by rounding"). Used for the
 * level descriptor shown for a respondents' mean, the next action proposed from it and the
 * suggestion carried over to a new assessment.
 *
 * | mean  | level |
 * |-------|-------|
 * | 2     | 2     |
 * | 2.5   | 2     |
 * | 2.99  | 2     |
 * | 3 − 1e-12 (float noise) | 3 |
 * | 0.5 / 7 | 1 / 5 (clamped) |
 */
export function levelOfMean(mean: number): Level {
	const reached = Math.floor(mean + 1e-9);
	return Math.min(5, Math.max(1, reached)) as Level;
}

/** Share of applicable questions answered with a level; 1 when no question applies. */
export function completeness(answered: number, applicable: number): number {
	return applicable > 0 ? answered / applicable : 1;
}

/** The status of a transformation's score from how many applicable questions have a level. */
export function scoreStatus(answered: number, applicable: number): ScoreStatus {
	if (answered === 0) return 'not-assessed';
	return completeness(answered, applicable) < INDICATIVE_BELOW ? 'indicative' : 'scored';
}

/** Whether "not applicable" is an answer this question accepts (its data give a reason). */
export function offersNotApplicable(question: Pick<Question, 'notApplicable'>): boolean {
	return question.notApplicable !== undefined;
}

/** Areas are grouped by their English name (validate keeps the other languages alike). */
function areaKey(area: LocalizedText): string {
	return area.en ?? Object.values(area)[0] ?? '';
}

/**
 * The performance area with the lowest weighted mean among the answered questions; ties go to the
 * area asked first. Null when no question has a level.
 *
 *   areas A: 5, B: 5, C: 5, D: 4, E: 2 -> E (2), while the mean is 4.2
 */
export function weakestArea(questions: readonly Question[], answers: AnswerMap): AreaScore | null {
	const areas = new Map<
		string,
		{ area: LocalizedText; sum: number; weight: number; ids: string[] }
	>();
	for (const question of questions) {
		const value = answers[question.id];
		if (typeof value !== 'number') continue;
		const key = areaKey(question.area);
		const entry = areas.get(key) ?? { area: question.area, sum: 0, weight: 0, ids: [] };
		const weight = question.weight ?? 1;
		entry.sum += value * weight;
		entry.weight += weight;
		entry.ids.push(question.id);
		areas.set(key, entry);
	}
	let weakest: AreaScore | null = null;
	for (const entry of areas.values()) {
		const score = entry.sum / entry.weight;
		if (!weakest || score < weakest.score)
			weakest = { area: entry.area, score, questionIds: entry.ids };
	}
	return weakest;
}

/**
 * The Factory of the Future award bar for one transformation. Laureates "score at least 8 out of
 * 10 on all these criteria" (Sirris, 2025) — on this scan's scale, level 4 of 5 — confirmed by
 * an audit on site. So the scan asks: the score counts (not indicative), and every answered area,
 * its weakest included, is at level 4 or more as shown (one decimal). A mean of 4.2 made of
 * 5, 5, 5, 4 and 2 does not meet it.
 */
export function meetsAwardBar(t: Pick<TransformationScore, 'status' | 'weakestArea'>): boolean {
	return (
		t.status === 'scored' &&
		t.weakestArea !== null &&
		round1(t.weakestArea.score) >= FACTORY_OF_THE_FUTURE_LEVEL
	);
}

/**
 * How far a scored transformation is from level 4, in level points, on the scores as shown (3.96
 * shows as 4.0 and counts): its mean's distance; and where the mean is 4 or more but an area is
 * below 4 (not at the award bar, see meetsAwardBar), that area's distance, so a transformation an
 * area holds back never counts as nothing to go.
 *
 *   mean 2.8                          -> 1.2
 *   mean 4.2, weakest area 3.5        -> 0.5
 *   mean 4.1, every area 4 or more    -> 0
 */
export function pointsToLevel4(t: Pick<TransformationScore, 'score' | 'weakestArea'>): number {
	const meanGap = Math.max(0, FACTORY_OF_THE_FUTURE_LEVEL - round1(t.score ?? 0));
	if (meanGap > 0 || !t.weakestArea) return meanGap;
	// Mean at 4 or more: what is left is the weakest area's distance, 0 when it is at 4 too.
	return Math.max(0, FACTORY_OF_THE_FUTURE_LEVEL - round1(t.weakestArea.score));
}

/**
 * True when a self-estimate was given for at least one transformation: only then does a chart name
 * the estimate in its legend (on screen and in the report).
 */
export function hasSelfEstimate(score: Pick<AssessmentScore, 'transformations'>): boolean {
	return score.transformations.some((t) => t.selfEstimate !== null);
}

/**
 * Self-estimate minus the score as shown (one decimal), when the score counts and a self-estimate
 * was given; null otherwise. Positive: the company expected more than the answers show.
 */
export function perceptionDifference(
	t: Pick<TransformationScore, 'status' | 'score' | 'selfEstimate'>
): number | null {
	if (t.status !== 'scored' || t.score === null || t.selfEstimate === null) return null;
	return round1(t.selfEstimate - round1(t.score));
}

/**
 * The perception gap worth discussing: a self-estimate one level or more above ('over') or below
 * ('under') the score as shown. Null when there is none or the score does not count.
 *
 * | self | score | gap |
 * |------|-------|-----|
 * | 4    | 2.9   | over (1.1) |
 * | 4    | 3.0   | over (1.0) |
 * | 4    | 3.1   | none (0.9) |
 * | 2    | 3.0   | under (−1.0) |
 * | 4    | 2.0, indicative | none |
 */
export function perceptionGap(
	t: Pick<TransformationScore, 'status' | 'score' | 'selfEstimate'>
): { direction: 'over' | 'under'; levels: number } | null {
	const difference = perceptionDifference(t);
	if (difference === null || Math.abs(difference) < PERCEPTION_GAP_LEVELS) return null;
	return { direction: difference > 0 ? 'over' : 'under', levels: Math.abs(difference) };
}

/**
 * Scores one transformation from the answers that count.
 *
 * | answers (weight 1 each)          | score | completeness | status |
 * |----------------------------------|-------|--------------|--------|
 * | 2, 4                              | 3     | 1            | scored |
 * | 2, 4, don't know                  | 3     | 2/3          | scored |
 * | 2, don't know × 4                 | 2     | 1/5          | indicative |
 * | 2, 4, not applicable (offered)    | 3     | 1            | scored |
 * | 2, 4, not applicable (not offered)| 3     | 2/3          | scored |
 * | don't know, not applicable        | null  | 0            | not assessed |
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
	let notApplicableNotOffered = 0;
	for (const question of questions) {
		const value = answers[question.id];
		if (typeof value === 'number') {
			const weight = question.weight ?? 1;
			weightedSum += value * weight;
			weightTotal += weight;
			answered += 1;
		} else if (value === 'dont-know') dontKnow += 1;
		else if (value === 'not-applicable') {
			if (offersNotApplicable(question)) notApplicable += 1;
			else notApplicableNotOffered += 1;
		}
	}
	const applicable = questions.length - notApplicable;
	const score = weightTotal > 0 ? weightedSum / weightTotal : null;
	const target = options.target ?? DEFAULT_TARGET;
	const status = scoreStatus(answered, applicable);
	const weakest = weakestArea(questions, answers);
	return {
		transformationId,
		score,
		status,
		questions: questions.length,
		applicable,
		answered,
		dontKnow,
		notApplicable,
		notApplicableNotOffered,
		unanswered: questions.length - answered - dontKnow - notApplicable - notApplicableNotOffered,
		open: applicable - answered,
		completeness: completeness(answered, applicable),
		weakestArea: weakest,
		target,
		gap: score === null ? null : round1(target - round1(score)),
		selfEstimate: options.selfEstimate ?? null,
		atFactoryOfTheFutureLevel: meetsAwardBar({ status, weakestArea: weakest })
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

/** Whether a transformation's score counts for the overall score, gaps, award and "strongest". */
export function countsTowardsResults(t: Pick<TransformationScore, 'status'>): boolean {
	return t.status === 'scored';
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
	const scored = transformations.filter(countsTowardsResults);
	const overall = scored.length
		? scored.reduce((sum, t) => sum + (t.score ?? 0), 0) / scored.length
		: null;
	const applicable = transformations.reduce((sum, t) => sum + t.applicable, 0);
	const answered = transformations.reduce((sum, t) => sum + t.answered, 0);
	const open = transformations.reduce((sum, t) => sum + t.open, 0);
	const atLevel = transformations.filter((t) => t.atFactoryOfTheFutureLevel).length;
	return {
		transformations,
		overall,
		completeness: completeness(answered, applicable),
		assessedCount: scored.length,
		indicativeCount: transformations.filter((t) => t.status === 'indicative').length,
		notApplicable: transformations.reduce((sum, t) => sum + t.notApplicable, 0),
		open,
		factoryOfTheFuture: {
			atLevel,
			of: transformations.length,
			pointsToGo: round1(scored.reduce((sum, t) => sum + pointsToLevel4(t), 0)),
			notAssessed: transformations.filter((t) => t.status === 'not-assessed').length,
			indicative: transformations.filter((t) => t.status === 'indicative').length,
			ready: atLevel === transformations.length && open === 0
		}
	};
}

/** Whether every applicable question has a level: only then is an assessment "completed". */
export function isComplete(score: Pick<AssessmentScore, 'open'>): boolean {
	return score.open === 0;
}

/**
 * Transformations with the largest gap to their target, largest first; ties keep the programme's
 * order. Only scored transformations (not indicative) with a positive gap.
 */
export function largestGaps(score: AssessmentScore, count = 3): TransformationScore[] {
	return score.transformations
		.filter((t) => countsTowardsResults(t) && t.gap !== null && t.gap > 0)
		.map((t, index) => ({ t, index }))
		.sort((a, b) => (b.t.gap ?? 0) - (a.t.gap ?? 0) || a.index - b.index)
		.slice(0, count)
		.map(({ t }) => t);
}

/**
 * Scored transformations whose mean, as shown, is at Factory-of-the-Future level but which miss
 * the award bar because an area is below it: the award asks for a high level on every criterion.
 *
 *   areas 5, 5, 5, 4, 2 (mean 4.2, weakest 2.0) -> listed; 4, 4, 4 -> not; mean 3.8 -> not
 */
export function heldBackByWeakestArea(score: AssessmentScore): TransformationScore[] {
	return score.transformations.filter(
		(t) =>
			countsTowardsResults(t) &&
			t.score !== null &&
			round1(t.score) >= FACTORY_OF_THE_FUTURE_LEVEL &&
			!t.atFactoryOfTheFutureLevel
	);
}

/** The scored transformation with the highest score; ties keep the programme's order. */
export function strongestTransformation(score: AssessmentScore): TransformationScore | null {
	let best: TransformationScore | null = null;
	for (const t of score.transformations)
		if (countsTowardsResults(t) && (best === null || (t.score ?? 0) > (best.score ?? 0))) best = t;
	return best;
}
