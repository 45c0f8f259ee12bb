// Pure domain code: no DOM, no storage, no Svelte.
// Moving an assessment answered with one questionnaire version to the next, without losing
// anything. The mapping lives in the data: a question of the new version names, in `previous`,
// the question of the old version whose meaning it keeps. Those answers carry over; every other
// question of the new version is new and open. The old answers are kept in the record as they
// were, so the move can be explained, and nothing a respondent said is ever dropped.
import type { Change } from './assessment';
import type { Questionnaire } from './content/schema';
import type { Answer, Assessment, UpgradeRecord } from './record';
import { offersNotApplicable } from './scoring';

/** Old question id → new question id, from the new version's `previous` fields. */
export function questionMapping(to: Questionnaire): Map<string, string> {
	const mapping = new Map<string, string>();
	for (const transformation of to.transformations)
		for (const question of transformation.questions)
			if (question.previous) mapping.set(question.previous, question.id);
	return mapping;
}

/**
 * The version an assessment can move to: the newest one of its questionnaire id that is newer than
 * the one it was answered with, or null.
 *
 *   answered with made-different@1, available @1 and @2 -> @2
 */
export function upgradeTarget(
	assessment: Pick<Assessment, 'questionnaire'>,
	available: readonly { id: string; version: number }[]
): { id: string; version: number } | null {
	const newer = available
		.filter(
			(q) => q.id === assessment.questionnaire.id && q.version > assessment.questionnaire.version
		)
		.sort((a, b) => b.version - a.version);
	return newer[0] ? { id: newer[0].id, version: newer[0].version } : null;
}

/**
 * Moves an assessment from `from` to `to` (the next version of the same questionnaire):
 * - each respondent's answer, the consensus and the note of an old question move to the new
 *   question that names it in `previous`, with their original time and "suggested" flag;
 * - a "not applicable" answer moves only where the new question offers it (else it stays in the
 *   snapshot and the question is open);
 * - answers to old questions without a successor are not lost: the whole old answer set is kept
 *   in `upgradedFrom[].snapshot`;
 * - self-estimates, targets, importance, profile and plan stay (the transformations are the same
 *   seven); plan actions proposed from an old question point to its successor;
 * - the assessment is no longer "completed": the new questions are open.
 */
export function upgradeAssessment(from: Questionnaire, to: Questionnaire, now: string): Change {
	return (assessment) => {
		if (
			assessment.questionnaire.id !== from.id ||
			assessment.questionnaire.version !== from.version ||
			to.id !== from.id ||
			to.version <= from.version
		)
			return assessment;
		const mapping = questionMapping(to);
		const target = new Map(
			to.transformations.flatMap((t) => t.questions.map((q) => [q.id, q] as const))
		);
		const carriedOver = new Set<string>();
		const move = (answers: Record<string, Answer>): Record<string, Answer> => {
			const moved: Record<string, Answer> = {};
			for (const [oldId, answer] of Object.entries(answers)) {
				const newId = mapping.get(oldId);
				const question = newId ? target.get(newId) : undefined;
				if (!newId || !question) continue;
				if (answer.value === 'not-applicable' && !offersNotApplicable(question)) continue;
				moved[newId] = { ...answer };
				carriedOver.add(newId);
			}
			return moved;
		};
		const answers = Object.fromEntries(
			Object.entries(assessment.answers).map(([respondentId, given]) => [respondentId, move(given)])
		);
		const consensus = move(assessment.consensus);
		const notes: Record<string, { text: string; at: string }> = {};
		for (const [oldId, note] of Object.entries(assessment.notes ?? {})) {
			const newId = mapping.get(oldId);
			if (newId && target.has(newId)) {
				notes[newId] = { ...note };
				carriedOver.add(newId);
			}
		}
		const plan = assessment.plan && {
			...assessment.plan,
			priorities: assessment.plan.priorities.map((priority) => ({
				...priority,
				actions: priority.actions.map((action) => {
					const newId =
						action.fromQuestionnaire && mapping.get(action.fromQuestionnaire.questionId);
					return newId && action.fromQuestionnaire
						? { ...action, fromQuestionnaire: { ...action.fromQuestionnaire, questionId: newId } }
						: action;
				})
			}))
		};
		const record: UpgradeRecord = {
			from: { id: from.id, version: from.version },
			to: { id: to.id, version: to.version },
			at: now,
			carriedOver: [...carriedOver].sort(),
			snapshot: {
				answers: assessment.answers,
				consensus: assessment.consensus,
				completedAt: assessment.completedAt,
				...(assessment.notes ? { notes: assessment.notes } : {})
			}
		};
		const next: Assessment = {
			...assessment,
			questionnaire: { id: to.id, version: to.version },
			answers,
			consensus,
			completedAt: null,
			updatedAt: now,
			revision: assessment.revision + 1,
			upgradedFrom: [...(assessment.upgradedFrom ?? []), record]
		};
		if (plan) next.plan = plan;
		if (Object.keys(notes).length) next.notes = notes;
		else delete next.notes;
		return next;
	};
}

/**
 * Whether a question is new since the assessment was moved to its current version: no answer or
 * note came over from the earlier version. False for an assessment that was never moved.
 */
export function isNewSinceUpgrade(
	assessment: Pick<Assessment, 'upgradedFrom' | 'questionnaire'>,
	questionId: string
): boolean {
	const last = assessment.upgradedFrom?.at(-1);
	if (!last || last.to.version !== assessment.questionnaire.version) return false;
	return !last.carriedOver.includes(questionId);
}

/** What the last move to a newer version did, for the message the steps and results show. */
export type UpgradeSummary = {
	from: number;
	to: number;
	/** Questions of the current version that received an earlier answer or note. */
	carriedOver: number;
	/** Questions of the current version that are new since the move (nothing came over). */
	newQuestions: number;
	/** Of those new questions, how many still have no level, "don't know" or "not applicable". */
	newStillOpen: number;
};

/**
 * The summary of the last move, while the assessment is on the version it moved to; null for an
 * assessment that was never moved.
 *
 *   v1 -> v2, 27 answers came over, 42 questions, 3 new ones answered since -> 27, 15, 12
 */
export function upgradeSummary(
	assessment: Pick<Assessment, 'upgradedFrom' | 'questionnaire'>,
	to: Questionnaire,
	answered: Readonly<Record<string, unknown>>
): UpgradeSummary | null {
	const last = assessment.upgradedFrom?.at(-1);
	if (
		!last ||
		last.to.version !== assessment.questionnaire.version ||
		to.version !== last.to.version
	)
		return null;
	const ids = to.transformations.flatMap((t) => t.questions.map((q) => q.id));
	const fresh = ids.filter((id) => isNewSinceUpgrade(assessment, id));
	return {
		from: last.from.version,
		to: last.to.version,
		carriedOver: ids.length - fresh.length,
		newQuestions: fresh.length,
		newStillOpen: fresh.filter((id) => answered[id] === undefined).length
	};
}
