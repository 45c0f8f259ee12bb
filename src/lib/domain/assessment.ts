// Pure domain code: no DOM, no storage, no Svelte.
// Creating an assessment and the pure changes made to it (its stored shape is in record.ts). Storage applies these changes inside an
// IndexedDB transaction to the latest stored copy, so two tabs editing one assessment never
// overwrite each other's answers.
import type { Language, TransformationId } from './content/schema';
import {
	ASSESSMENT_SCHEMA_VERSION,
	type Answer,
	type AnswerValue,
	type Assessment,
	type CompanyProfile,
	type Level
} from './record';

export const DEFAULT_TARGET: Level = 4;

export function emptyProfile(): CompanyProfile {
	return {
		name: '',
		postcode: '',
		region: null,
		regionOverridden: false,
		employees: null,
		turnover: null,
		balanceSheet: null,
		sector: null,
		yearFounded: null
	};
}

export function createAssessment(input: {
	id: string;
	companyId: string;
	respondentId: string;
	questionnaire: { id: string; version: number };
	language: Language;
	now: string;
	profile?: CompanyProfile;
}): Assessment {
	return {
		schemaVersion: ASSESSMENT_SCHEMA_VERSION,
		id: input.id,
		companyId: input.companyId,
		questionnaire: { ...input.questionnaire },
		language: input.language,
		createdAt: input.now,
		updatedAt: input.now,
		revision: 1,
		profile: input.profile ? { ...input.profile } : emptyProfile(),
		respondents: [{ id: input.respondentId, name: '', role: '' }],
		answers: { [input.respondentId]: {} },
		consensus: {},
		selfEstimates: {},
		targets: {},
		lastStep: 'profile',
		completedAt: null
	};
}

/** A change to an assessment: pure, applied to the latest stored copy. */
export type Change = (assessment: Assessment) => Assessment;

/**
 * The bookkeeping every edit carries: when it was made and the next revision. Spread it into the
 * changed record: `{ ...assessment, ...touched(assessment, now), answers }`.
 */
export function touched(
	assessment: Pick<Assessment, 'revision'>,
	now: string
): Pick<Assessment, 'updatedAt' | 'revision'> {
	return { updatedAt: now, revision: assessment.revision + 1 };
}

export function setAnswer(
	respondentId: string,
	questionId: string,
	value: AnswerValue | null,
	now: string
): Change {
	return (assessment) => {
		const mine = { ...(assessment.answers[respondentId] ?? {}) };
		if (value === null) delete mine[questionId];
		else mine[questionId] = { value, at: now };
		return {
			...assessment,
			...touched(assessment, now),
			answers: { ...assessment.answers, [respondentId]: mine }
		};
	};
}

export function setProfile(profile: Partial<CompanyProfile>, now: string): Change {
	return (assessment) => ({
		...assessment,
		...touched(assessment, now),
		profile: { ...assessment.profile, ...profile }
	});
}

export function setSelfEstimate(
	transformation: TransformationId,
	value: Level | null,
	now: string
): Change {
	return (assessment) => {
		const selfEstimates = { ...assessment.selfEstimates };
		if (value === null) delete selfEstimates[transformation];
		else selfEstimates[transformation] = { value, at: now };
		return { ...assessment, ...touched(assessment, now), selfEstimates };
	};
}

export function setTarget(transformation: TransformationId, value: Level, now: string): Change {
	return (assessment) => ({
		...assessment,
		...touched(assessment, now),
		targets: { ...assessment.targets, [transformation]: value }
	});
}

export function setLastStep(step: string, now: string): Change {
	// Moving between steps is not an edit: no new revision, so merges are not disturbed by it.
	return (assessment) =>
		assessment.lastStep === step ? assessment : { ...assessment, lastStep: step, updatedAt: now };
}

export function setLanguage(language: Language, now: string): Change {
	return (assessment) => ({ ...assessment, ...touched(assessment, now), language });
}

export function markCompleted(now: string): Change {
	return (assessment) =>
		assessment.completedAt
			? assessment
			: { ...assessment, ...touched(assessment, now), completedAt: now };
}

export function isLevel(value: unknown): value is Level {
	return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/**
 * The answer that counts for scoring, per question:
 * - a consensus answer, when the group set one;
 * - otherwise the only respondent's answer;
 * - otherwise, with several respondents, the mean of their levels (a fraction is fine: scoring
 *   averages anyway); "don't know" only when nobody gave a level; "not applicable" only when all
 *   who answered said so.
 */
export function effectiveAnswers(assessment: Assessment): Record<string, AnswerValue | number> {
	const result: Record<string, AnswerValue | number> = {};
	const questionIds = new Set<string>();
	for (const answers of Object.values(assessment.answers))
		for (const id of Object.keys(answers)) questionIds.add(id);
	for (const id of Object.keys(assessment.consensus)) questionIds.add(id);
	for (const id of questionIds) {
		const consensus = assessment.consensus[id];
		if (consensus) {
			result[id] = consensus.value;
			continue;
		}
		const given = Object.values(assessment.answers)
			.map((answers) => answers[id])
			.filter((answer): answer is Answer => answer !== undefined && !answer.suggested);
		if (given.length === 0) continue;
		const levels = given.map((answer) => answer.value).filter(isLevel);
		if (levels.length)
			result[id] = levels.reduce<number>((sum, level) => sum + level, 0) / levels.length;
		else if (given.some((answer) => answer.value === 'dont-know')) result[id] = 'dont-know';
		else result[id] = 'not-applicable';
	}
	return result;
}
