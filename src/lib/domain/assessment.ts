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

type Timed = { readonly at: string };
type Slots<T extends Timed> = Readonly<Record<string, T>>;

/**
 * One map of timed entries after the compare-and-set: the proposed map, with every entry the
 * change would replace by an older one, or remove although it is newer than the change, put back.
 * Returns the stored map itself when every difference was put back.
 */
function newerSlots<T extends Timed>(
	stored: Slots<T> | undefined,
	proposed: Slots<T> | undefined,
	changedAt: string
): Slots<T> | undefined {
	if (stored === proposed) return proposed;
	const keys = new Set([...Object.keys(stored ?? {}), ...Object.keys(proposed ?? {})]);
	let result: Record<string, T> | undefined = proposed && { ...proposed };
	let differences = 0;
	let restored = 0;
	for (const key of keys) {
		const old = stored?.[key];
		const next = proposed?.[key];
		if (old === next) continue;
		differences += 1;
		if (!old) continue;
		const stale = next ? next.at < old.at : changedAt < old.at;
		if (!stale) continue;
		result = { ...result, [key]: old };
		restored += 1;
	}
	return differences === restored && stored ? stored : result;
}

/**
 * The compare-and-set rule for everything that carries the time it was given (answers, consensus
 * answers, self-estimates, notes). `proposed` is a change applied to `stored`, the copy read in the
 * same storage transaction; the result keeps, slot by slot, whichever entry is newer, so that a
 * write never replaces a newer answer with an older one, whatever order two tabs' queues of
 * changes drain in. A removal counts as made at the change's `updatedAt`. The record's `updatedAt`
 * never goes back. Returns `stored` itself when nothing of the change is left, so nothing needs
 * writing.
 *
 * @example
 * // stored: q1 = 4 at 10:00:05 (another tab); this tab's queued change: q1 = 2 at 10:00:01
 * keepNewerAnswers(stored, setAnswer('r1', 'q1', 2, '…10:00:01')(stored)) // → stored (q1 stays 4)
 */
export function keepNewerAnswers(stored: Assessment, proposed: Assessment): Assessment {
	if (stored === proposed) return proposed;
	const at = proposed.updatedAt;
	const respondentIds = new Set([...Object.keys(stored.answers), ...Object.keys(proposed.answers)]);
	const answers: Record<string, Slots<Answer>> = {};
	let answersSame = respondentIds.size === Object.keys(stored.answers).length;
	for (const id of respondentIds) {
		const kept = newerSlots(stored.answers[id], proposed.answers[id], at);
		if (kept) answers[id] = kept;
		if (kept !== stored.answers[id]) answersSame = false;
	}
	const result: Assessment = {
		...proposed,
		answers: answersSame ? stored.answers : (answers as Assessment['answers']),
		consensus: newerSlots(stored.consensus, proposed.consensus, at) ?? {},
		selfEstimates: (newerSlots(
			stored.selfEstimates as Slots<{ value: Level; at: string }>,
			proposed.selfEstimates as Slots<{ value: Level; at: string }>,
			at
		) ?? {}) as Assessment['selfEstimates'],
		updatedAt: proposed.updatedAt < stored.updatedAt ? stored.updatedAt : proposed.updatedAt
	};
	// Notes are absent rather than empty when there are none.
	const notes = newerSlots(stored.notes, proposed.notes, at);
	if (notes === stored.notes && notes === undefined) delete result.notes;
	else if (notes === stored.notes || (notes && Object.keys(notes).length)) result.notes = notes;
	else delete result.notes;
	// Nothing left of the change but its bookkeeping: keep the stored record as it is.
	const bookkeeping = new Set(['revision', 'updatedAt']);
	const names = new Set([...Object.keys(stored), ...Object.keys(result)]);
	const same = [...names].every(
		(name) =>
			bookkeeping.has(name) ||
			(stored as Record<string, unknown>)[name] === (result as Record<string, unknown>)[name]
	);
	return same ? stored : result;
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
