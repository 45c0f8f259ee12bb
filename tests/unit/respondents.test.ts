import { describe, expect, it } from 'vitest';
import {
	addRespondent,
	migrateAssessment,
	RECORD_LIMITS,
	clearConsensus,
	compareScores,
	confirmSuggestions,
	createAssessment,
	effectiveAnswers,
	hasSeveralRespondents,
	previousAssessment,
	questionSpreads,
	renameRespondent,
	scoreAssessment,
	setAnswer,
	setConsensus,
	setNote,
	startFromPrevious,
	suggestedCount,
	transformationSpreads,
	type AnswerValue,
	type Assessment,
	type Change
} from '../../src/lib/domain';
import { fixtureQuestionnaire } from '../fixtures/plan-fixture';

const NOW = '2026-11-22T10:00:00.000Z';
const questionnaire = fixtureQuestionnaire();
const T = 'digital-factory';

function empty(id = 'a1', createdAt = NOW): Assessment {
	return createAssessment({
		id,
		companyId: 'c1',
		respondentId: 'r1',
		questionnaire: { id: 'made-different', version: 1 },
		language: 'en',
		now: createdAt
	});
}

function apply(a: Assessment, ...changes: Change[]): Assessment {
	return changes.reduce((acc, change) => change(acc), a);
}

function withTwo(r1: Record<string, AnswerValue>, r2: Record<string, AnswerValue>): Assessment {
	let a = apply(empty(), addRespondent({ id: 'r2', name: 'Bart', role: 'HR' }, NOW));
	for (const [q, v] of Object.entries(r1)) a = setAnswer('r1', q, v, NOW)(a);
	for (const [q, v] of Object.entries(r2)) a = setAnswer('r2', q, v, NOW)(a);
	return a;
}

describe('spread per question', () => {
	it.each<[string, AnswerValue, AnswerValue, number, boolean]>([
		['same level', 3, 3, 0, false],
		['one level apart', 3, 4, 1, false],
		['two levels apart is a disagreement', 2, 4, 2, true],
		['four levels apart', 1, 5, 4, true],
		["a level and don't know", 2, 'dont-know', 0, false],
		['a level and not applicable', 5, 'not-applicable', 0, false]
	])('%s', (_label, first, second, spread, disagreement) => {
		const a = withTwo({ [`${T}.a`]: first }, { [`${T}.a`]: second });
		const row = questionSpreads(questionnaire, a).find((q) => q.questionId === `${T}.a`)!;
		expect(row.spread).toBe(spread);
		expect(row.disagreement).toBe(disagreement);
		expect(row.answers).toHaveLength(2);
	});
});

describe('spread per transformation', () => {
	it("compares each respondent's own score and counts disagreements and consensus", () => {
		let a = withTwo(
			{ [`${T}.a`]: 1, [`${T}.b`]: 2, [`${T}.c`]: 3 },
			{ [`${T}.a`]: 4, [`${T}.b`]: 3, [`${T}.c`]: 3 }
		);
		let row = transformationSpreads(questionnaire, a).find((t) => t.transformationId === T)!;
		expect(row.scores.map((s) => s.score)).toEqual([2, 10 / 3]);
		expect(row.spread).toBeCloseTo(4 / 3);
		expect(row).toMatchObject({ disagreements: 1, resolved: 0 });
		a = setConsensus(`${T}.a`, 3, NOW)(a);
		row = transformationSpreads(questionnaire, a).find((t) => t.transformationId === T)!;
		expect(row).toMatchObject({ disagreements: 1, resolved: 1 });
		expect(effectiveAnswers(a)[`${T}.a`]).toBe(3);
		a = clearConsensus(`${T}.a`, NOW)(a);
		expect(effectiveAnswers(a)[`${T}.a`]).toBe(2.5);
	});

	it('has no spread for a single respondent', () => {
		const a = setAnswer('r1', `${T}.a`, 2, NOW)(empty());
		expect(hasSeveralRespondents(a)).toBe(false);
		expect(transformationSpreads(questionnaire, a).every((t) => t.spread === null)).toBe(true);
	});
});

describe('respondents and notes', () => {
	it('adds a respondent once and renames them', () => {
		const a = apply(
			empty(),
			addRespondent({ id: 'r2', name: 'An', role: '' }, NOW),
			addRespondent({ id: 'r2', name: 'Other', role: '' }, NOW),
			renameRespondent('r2', { role: 'Plant manager' }, NOW)
		);
		expect(a.respondents).toEqual([
			{ id: 'r1', name: '', role: '' },
			{ id: 'r2', name: 'An', role: 'Plant manager' }
		]);
		expect(a.answers.r2).toEqual({});
	});

	it('stops adding respondents at the record limit, so a record never outgrows its check', () => {
		let a = empty();
		for (let i = 2; i <= RECORD_LIMITS.respondents + 5; i += 1)
			a = addRespondent({ id: `r${i}`, name: '', role: '' }, NOW)(a);
		expect(a.respondents).toHaveLength(RECORD_LIMITS.respondents);
		expect(migrateAssessment(a).ok).toBe(true);
	});

	it('sets, trims and removes a note; an unchanged note is not a new revision', () => {
		const a = setNote('q1', '  Saw the MES screen  ', NOW)(empty());
		expect(a.notes).toEqual({ q1: { text: 'Saw the MES screen', at: NOW } });
		expect(setNote('q1', 'Saw the MES screen', NOW)(a)).toBe(a);
		expect(setNote('q1', '   ', NOW)(a).notes).toBeUndefined();
	});
});

describe('history: start from the previous assessment', () => {
	const questionIds = questionnaire.transformations.flatMap((t) => t.questions.map((q) => q.id));

	it.each<[string, Change[], AnswerValue | undefined]>([
		['one respondent', [setAnswer('r1', `${T}.a`, 2, NOW)], 2],
		[
			'two respondents 2 and 5 give the level their mean (3.5) has reached',
			[
				addRespondent({ id: 'r2', name: '', role: '' }, NOW),
				setAnswer('r1', `${T}.a`, 2, NOW),
				setAnswer('r2', `${T}.a`, 5, NOW)
			],
			3
		],
		[
			'a consensus wins',
			[
				addRespondent({ id: 'r2', name: '', role: '' }, NOW),
				setAnswer('r1', `${T}.a`, 2, NOW),
				setAnswer('r2', `${T}.a`, 5, NOW),
				setConsensus(`${T}.a`, 3, NOW)
			],
			3
		],
		["don't know is carried over", [setAnswer('r1', `${T}.a`, 'dont-know', NOW)], 'dont-know'],
		['an unknown question is not', [setAnswer('r1', 'gone.question', 4, NOW)], undefined]
	])('%s', (_label, changes, expected) => {
		const t0 = apply(empty('t0', '2025-11-01T00:00:00.000Z'), ...changes);
		const t1 = startFromPrevious(t0, [...questionIds], NOW)(empty('t1'));
		const suggestion = t1.answers.r1?.[`${T}.a`];
		expect(suggestion?.value).toBe(expected);
		if (expected !== undefined) expect(suggestion?.suggested).toBe(true);
		expect(t1.basedOn).toBe('t0');
		expect(t1.answers.r1?.['gone.question']).toBeUndefined();
	});

	it('suggestions do not count until confirmed', () => {
		const t0 = apply(
			empty('t0', '2025-11-01T00:00:00.000Z'),
			setAnswer('r1', `${T}.a`, 2, NOW),
			setAnswer('r1', `${T}.b`, 4, NOW)
		);
		let t1 = startFromPrevious(t0, questionIds, NOW)(empty('t1'));
		expect(suggestedCount(t1)).toBe(2);
		expect(effectiveAnswers(t1)).toEqual({});
		t1 = confirmSuggestions('r1', [`${T}.a`], '2026-11-22T11:00:00.000Z')(t1);
		expect(suggestedCount(t1)).toBe(1);
		expect(effectiveAnswers(t1)).toEqual({ [`${T}.a`]: 2 });
		expect(t1.answers.r1?.[`${T}.a`]).toEqual({ value: 2, at: '2026-11-22T11:00:00.000Z' });
		// Choosing another level replaces the suggestion too.
		t1 = setAnswer('r1', `${T}.b`, 5, NOW)(t1);
		expect(suggestedCount(t1)).toBe(0);
	});

	it('finds T0 through basedOn, else the latest earlier assessment of the company', () => {
		const older = empty('older', '2024-01-01T00:00:00.000Z');
		const old = empty('old', '2025-01-01T00:00:00.000Z');
		const current = empty('current', '2026-01-01T00:00:00.000Z');
		const other = { ...empty('other', '2025-06-01T00:00:00.000Z'), companyId: 'c2' };
		expect(previousAssessment(current, [older, old, current, other])?.id).toBe('old');
		expect(previousAssessment({ ...current, basedOn: 'older' }, [older, old, current])?.id).toBe(
			'older'
		);
		expect(previousAssessment(older, [older, old, current])).toBeNull();
	});

	it('compares T0 with T1 on the rounded scores', () => {
		const t0 = apply(
			empty('t0'),
			setAnswer('r1', `${T}.a`, 2, NOW),
			setAnswer('r1', `${T}.b`, 2, NOW),
			setAnswer('r1', `${T}.c`, 3, NOW)
		);
		const t1 = apply(
			empty('t1'),
			setAnswer('r1', `${T}.a`, 3, NOW),
			setAnswer('r1', `${T}.b`, 3, NOW),
			setAnswer('r1', `${T}.c`, 3, NOW)
		);
		const progress = compareScores(
			scoreAssessment(questionnaire, t0),
			scoreAssessment(questionnaire, t1)
		);
		const row = progress.find((p) => p.transformationId === T)!;
		expect(row.before).toBeCloseTo(7 / 3);
		expect(row.after).toBe(3);
		expect(row.change).toBe(0.7);
		expect(progress.find((p) => p.transformationId === 'eco-production')?.change).toBeNull();
	});
});
