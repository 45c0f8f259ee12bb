// Pure domain code: no DOM, no storage, no Svelte.
// Several respondents per assessment: who answers, how far their answers lie apart, and the
// consensus the group agrees on. Also the note per question an advisor writes during a visit.
import { isLevel, touched, type Change } from './assessment';
import { RECORD_LIMITS, type Answer, type AnswerValue, type Assessment } from './record';
import { scoreAnswers } from './scoring';
import type { Questionnaire, TransformationId } from './content/schema';

/** A spread of this many levels or more between respondents is flagged for discussion. */
export const DISAGREEMENT_SPREAD = 2;

/** Adds a respondent with an empty set of answers. Does nothing if the id exists or at the limit. */
export function addRespondent(
	respondent: { id: string; name: string; role: string },
	now: string
): Change {
	return (assessment) => {
		if (assessment.respondents.some((r) => r.id === respondent.id)) return assessment;
		if (assessment.respondents.length >= RECORD_LIMITS.respondents) return assessment;
		return {
			...assessment,
			...touched(assessment, now),
			respondents: [...assessment.respondents, { ...respondent }],
			answers: { ...assessment.answers, [respondent.id]: assessment.answers[respondent.id] ?? {} }
		};
	};
}

/** Changes a respondent's name or role. */
export function renameRespondent(
	id: string,
	fields: { name?: string; role?: string },
	now: string
): Change {
	return (assessment) => {
		const current = assessment.respondents.find((r) => r.id === id);
		if (!current) return assessment;
		const next = { ...current, ...fields };
		if (next.name === current.name && next.role === current.role) return assessment;
		return {
			...assessment,
			...touched(assessment, now),
			respondents: assessment.respondents.map((r) => (r.id === id ? next : r))
		};
	};
}

/** Sets the answer the group agreed on; it overrides the respondents' answers in scoring. */
export function setConsensus(questionId: string, value: AnswerValue, now: string): Change {
	return (assessment) => ({
		...assessment,
		...touched(assessment, now),
		consensus: { ...assessment.consensus, [questionId]: { value, at: now } }
	});
}

/** Removes the consensus answer: scoring goes back to the respondents' mean. */
export function clearConsensus(questionId: string, now: string): Change {
	return (assessment) => {
		if (!(questionId in assessment.consensus)) return assessment;
		const consensus = { ...assessment.consensus };
		delete consensus[questionId];
		return { ...assessment, ...touched(assessment, now), consensus };
	};
}

/** Sets or (with blank text) removes the advisor's note on a question. */
export function setNote(questionId: string, text: string, now: string): Change {
	return (assessment) => {
		const notes = { ...(assessment.notes ?? {}) };
		const trimmed = text.trim();
		if ((notes[questionId]?.text ?? '') === trimmed) return assessment;
		if (trimmed) notes[questionId] = { text: trimmed, at: now };
		else delete notes[questionId];
		const next: Assessment = { ...assessment, ...touched(assessment, now), notes };
		if (Object.keys(notes).length === 0) delete next.notes;
		return next;
	};
}

/** The respondents' confirmed answers to one question, with their levels where they gave one. */
function given(
	assessment: Assessment,
	questionId: string
): { respondentId: string; answer: Answer }[] {
	return assessment.respondents.flatMap((r) => {
		const answer = assessment.answers[r.id]?.[questionId];
		return answer && !answer.suggested ? [{ respondentId: r.id, answer }] : [];
	});
}

export type QuestionSpread = {
	questionId: string;
	transformationId: TransformationId;
	/** Each respondent's confirmed answer, in respondent order. */
	answers: { respondentId: string; value: AnswerValue }[];
	/** Highest minus lowest level given; 0 with fewer than two levels. */
	spread: number;
	disagreement: boolean;
	consensus: AnswerValue | null;
};

/**
 * The spread of the levels given to each question.
 *
 * @example answers 2, 4 and "don't know" → spread 2 (4 − 2), a disagreement; answers 3, 4 → spread 1.
 */
export function questionSpreads(
	questionnaire: Questionnaire,
	assessment: Assessment
): QuestionSpread[] {
	const result: QuestionSpread[] = [];
	for (const t of questionnaire.transformations) {
		for (const q of t.questions) {
			const answers = given(assessment, q.id).map(({ respondentId, answer }) => ({
				respondentId,
				value: answer.value
			}));
			const levels = answers.map((a) => a.value).filter(isLevel);
			const spread = levels.length >= 2 ? Math.max(...levels) - Math.min(...levels) : 0;
			result.push({
				questionId: q.id,
				transformationId: t.id,
				answers,
				spread,
				disagreement: spread >= DISAGREEMENT_SPREAD,
				consensus: assessment.consensus[q.id]?.value ?? null
			});
		}
	}
	return result;
}

export type TransformationSpread = {
	transformationId: TransformationId;
	/** Each respondent's own score for the transformation (null: nothing answered). */
	scores: { respondentId: string; score: number | null }[];
	/** Highest minus lowest respondent score, unrounded; null with fewer than two scores. */
	spread: number | null;
	/** Questions in it with a spread of 2 levels or more. */
	disagreements: number;
	/** Of those, how many already have a consensus answer. */
	resolved: number;
};

/**
 * Per transformation: each respondent's own score, the spread between them, and how many of its
 * questions are disagreements.
 *
 * @example respondent A scores 2.0 and B 3.5 on Digital factory → spread 1.5.
 */
export function transformationSpreads(
	questionnaire: Questionnaire,
	assessment: Assessment
): TransformationSpread[] {
	const perQuestion = questionSpreads(questionnaire, assessment);
	const perRespondent = assessment.respondents.map((r) => {
		const answers: Record<string, AnswerValue> = {};
		for (const [questionId, answer] of Object.entries(assessment.answers[r.id] ?? {})) {
			if (!answer.suggested) answers[questionId] = answer.value;
		}
		return { respondentId: r.id, score: scoreAnswers(questionnaire, answers) };
	});
	return questionnaire.transformations.map((t, index) => {
		const scores = perRespondent.map(({ respondentId, score }) => ({
			respondentId,
			score: score.transformations[index]?.score ?? null
		}));
		const known = scores.map((s) => s.score).filter((s): s is number => s !== null);
		const flagged = perQuestion.filter((q) => q.transformationId === t.id && q.disagreement);
		return {
			transformationId: t.id,
			scores,
			spread: known.length >= 2 ? Math.max(...known) - Math.min(...known) : null,
			disagreements: flagged.length,
			resolved: flagged.filter((q) => q.consensus !== null).length
		};
	});
}

/** True when at least two respondents gave a confirmed answer somewhere: spread is meaningful. */
export function hasSeveralRespondents(assessment: Assessment): boolean {
	return (
		assessment.respondents.filter((r) =>
			Object.values(assessment.answers[r.id] ?? {}).some((a) => !a.suggested)
		).length >= 2
	);
}
