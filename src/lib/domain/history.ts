// Pure domain code: no DOM, no storage, no Svelte.
// History of one company: a new assessment can start from the previous one's answers, shown as
// unconfirmed suggestions, and the results compare the two (T0 → T1).
import { byCodeUnits } from './order';
import { effectiveAnswers, isLevel, touched, type Change } from './assessment';
import type { Answer, AnswerValue, Assessment } from './record';
import { levelOfMean, round1, type AssessmentScore } from './scoring';
import type { TransformationId } from './content/schema';

/**
 * Copies the answers that counted in `previous` into the first respondent of the new assessment
 * as suggestions (`suggested: true`), which do not count in scoring until confirmed. The people
 * (respondents), targets, importance and the action plan with its ambition are copied as they
 * are, as a starting point: the same team usually repeats the scan, and the plan is what they set
 * out to do. The link to `previous` is kept in `basedOn`. Only questions in `questionIds` (the new
 * assessment's questionnaire) are copied, and only unanswered ones.
 *
 * @example previous: q1 consensus 3; q2 answered 2 and 5 by two people → suggestions q1 = 3, q2 = 3 (mean 3.5 has reached level 3; see levelOfMean).
 */
export function startFromPrevious(
	previous: Assessment,
	questionIds: readonly string[],
	now: string
): Change {
	return (assessment) => {
		// The same people answer again; an assessment that already has answers keeps its own.
		const fresh = Object.values(assessment.answers).every((a) => Object.keys(a).length === 0);
		const respondents =
			fresh && previous.respondents.length
				? previous.respondents.map((r) => ({ ...r }))
				: assessment.respondents;
		const respondentId = respondents[0]?.id;
		if (!respondentId) return assessment;
		const wanted = new Set(questionIds);
		const mine = { ...(assessment.answers[respondentId] ?? {}) };
		for (const [questionId, value] of Object.entries(effectiveAnswers(previous))) {
			if (!wanted.has(questionId) || mine[questionId]) continue;
			const suggestion: AnswerValue =
				typeof value === 'number' && !isLevel(value) ? levelOfMean(value) : (value as AnswerValue);
			mine[questionId] = { value: suggestion, at: now, suggested: true };
		}
		const plan = assessment.plan ?? previous.plan;
		return {
			...assessment,
			...touched(assessment, now),
			respondents,
			answers: fresh
				? Object.fromEntries(respondents.map((r) => [r.id, r.id === respondentId ? mine : {}]))
				: { ...assessment.answers, [respondentId]: mine },
			...(plan ? { plan: structuredClone(plan) } : {}),
			targets: { ...previous.targets, ...assessment.targets },
			...(previous.importance
				? { importance: { ...previous.importance, ...(assessment.importance ?? {}) } }
				: {}),
			basedOn: previous.id
		};
	};
}

/** Confirms suggested answers as they are: they become the respondent's own, given now. */
export function confirmSuggestions(
	respondentId: string,
	questionIds: readonly string[],
	now: string
): Change {
	return (assessment) => {
		const mine = assessment.answers[respondentId];
		if (!mine) return assessment;
		const next: Record<string, Answer> = { ...mine };
		let changed = false;
		for (const id of questionIds) {
			const answer = next[id];
			if (answer?.suggested) {
				next[id] = { value: answer.value, at: now };
				changed = true;
			}
		}
		if (!changed) return assessment;
		return {
			...assessment,
			...touched(assessment, now),
			answers: { ...assessment.answers, [respondentId]: next }
		};
	};
}

/** Suggested answers not yet confirmed, over all respondents. */
export function suggestedCount(assessment: Assessment): number {
	return Object.values(assessment.answers).reduce(
		(n, answers) => n + Object.values(answers).filter((a) => a.suggested).length,
		0
	);
}

/**
 * The earlier assessment to compare with (T0): the one this assessment started from, else the
 * latest assessment of the same company created before it. Null when there is none.
 */
export function previousAssessment(
	current: Assessment,
	all: readonly Assessment[]
): Assessment | null {
	if (current.basedOn) {
		const linked = all.find((a) => a.id === current.basedOn);
		if (linked) return linked;
	}
	const earlier = all.filter(
		(a) =>
			a.companyId === current.companyId && a.id !== current.id && a.createdAt < current.createdAt
	);
	return earlier.sort((a, b) => byCodeUnits(b.createdAt, a.createdAt))[0] ?? null;
}

export type Progress = {
	transformationId: TransformationId;
	before: number | null;
	after: number | null;
	/** after − before on the rounded scores, so it matches what the table shows; null if either is missing. */
	change: number | null;
};

/**
 * T0 → T1 per transformation.
 *
 * @example before 2.26 (shown 2.3), after 3.0 → change +0.7.
 */
export function compareScores(before: AssessmentScore, after: AssessmentScore): Progress[] {
	return after.transformations.map((t) => {
		const earlier =
			before.transformations.find((b) => b.transformationId === t.transformationId)?.score ?? null;
		return {
			transformationId: t.transformationId,
			before: earlier,
			after: t.score,
			change:
				earlier === null || t.score === null ? null : round1(round1(t.score) - round1(earlier))
		};
	});
}
