import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	createAssessment,
	effectiveAnswers,
	largestGaps,
	round1,
	scoreAnswers,
	scoreAssessment,
	scoreTransformation,
	setAnswer,
	setSelfEstimate,
	setTarget,
	type AnswerValue,
	type Questionnaire
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';

// The minimal fixture: 7 transformations × 2 questions; the second question of each weighs 2.
const [mini] = loadContent(resolve('tests/fixtures/content/valid-minimal')).questionnaires as [
	Questionnaire
];
const DF = 'digital-factory';
const first = `${DF}.first`;
const second = `${DF}.second`;

describe('scoreTransformation', () => {
	it.each<{
		name: string;
		answers: Record<string, AnswerValue | number>;
		score: number | null;
		completeness: number;
		answered: number;
		dontKnow: number;
		notApplicable: number;
	}>([
		{
			name: 'nothing answered is not assessed, never 0',
			answers: {},
			score: null,
			completeness: 0,
			answered: 0,
			dontKnow: 0,
			notApplicable: 0
		},
		{
			name: 'the weighted mean of the answered levels (2×1 + 5×2) / 3 = 4',
			answers: { [first]: 2, [second]: 5 },
			score: 4,
			completeness: 1,
			answered: 2,
			dontKnow: 0,
			notApplicable: 0
		},
		{
			name: 'one answer gives its own level',
			answers: { [first]: 3 },
			score: 3,
			completeness: 0.5,
			answered: 1,
			dontKnow: 0,
			notApplicable: 0
		},
		{
			name: "don't know is left out of the mean but lowers completeness",
			answers: { [first]: 3, [second]: 'dont-know' },
			score: 3,
			completeness: 0.5,
			answered: 1,
			dontKnow: 1,
			notApplicable: 0
		},
		{
			name: 'not applicable leaves the question out of both',
			answers: { [first]: 3, [second]: 'not-applicable' },
			score: 3,
			completeness: 1,
			answered: 1,
			dontKnow: 0,
			notApplicable: 1
		},
		{
			name: "only don't know is not assessed",
			answers: { [first]: 'dont-know', [second]: 'dont-know' },
			score: null,
			completeness: 0,
			answered: 0,
			dontKnow: 2,
			notApplicable: 0
		},
		{
			name: 'all not applicable is not assessed, complete',
			answers: { [first]: 'not-applicable', [second]: 'not-applicable' },
			score: null,
			completeness: 1,
			answered: 0,
			dontKnow: 0,
			notApplicable: 2
		},
		{
			name: 'a fractional level from several respondents counts as it is',
			answers: { [first]: 2.5, [second]: 4 },
			score: (2.5 + 8) / 3,
			completeness: 1,
			answered: 2,
			dontKnow: 0,
			notApplicable: 0
		}
	])('$name', ({ answers, score, completeness, answered, dontKnow, notApplicable }) => {
		const result = scoreTransformation(mini, DF, answers);
		if (score === null) expect(result.score).toBeNull();
		else expect(result.score).toBeCloseTo(score, 10);
		expect(result.completeness).toBeCloseTo(completeness, 10);
		expect({
			answered: result.answered,
			dontKnow: result.dontKnow,
			notApplicable: result.notApplicable
		}).toEqual({ answered, dontKnow, notApplicable });
		expect(result.questions).toBe(2);
	});

	it.each([
		{ target: undefined, score: 2, gap: 2 },
		{ target: 3 as const, score: 2, gap: 1 },
		{ target: 2 as const, score: 3, gap: -1 },
		{ target: 4 as const, score: (2 + 2 * 3) / 3, gap: 1.3 }
	])(
		'the gap is target ($target, default 4) minus the score shown, to one decimal',
		({ target, score, gap }) => {
			const answers =
				score === 2
					? { [first]: 2, [second]: 2 }
					: score === 3
						? { [first]: 3, [second]: 3 }
						: { [first]: 2, [second]: 3 };
			const result = scoreTransformation(mini, DF, answers, { target });
			expect(result.score).toBeCloseTo(score, 10);
			expect(result.gap).toBe(gap);
			expect(result.target).toBe(target ?? 4);
		}
	);
});

describe('scoreAnswers', () => {
	const all = (level: number) =>
		Object.fromEntries(mini.transformations.flatMap((t) => t.questions.map((q) => [q.id, level])));

	it.each([
		{
			name: 'no answers: overall and the award distance are unknown',
			answers: {},
			overall: null,
			assessed: 0,
			atLevel: 0,
			pointsToGo: 0,
			notAssessed: 7
		},
		{
			name: 'all at 4: Factory-of-the-Future level everywhere',
			answers: all(4),
			overall: 4,
			assessed: 7,
			atLevel: 7,
			pointsToGo: 0,
			notAssessed: 0
		},
		{
			name: 'all at 2: 14 level points to go',
			answers: all(2),
			overall: 2,
			assessed: 7,
			atLevel: 0,
			pointsToGo: 14,
			notAssessed: 0
		},
		{
			name: 'overall is the mean of assessed transformations only',
			answers: { 'digital-factory.first': 5, 'eco-production.first': 1 },
			overall: 3,
			assessed: 2,
			atLevel: 1,
			pointsToGo: 3,
			notAssessed: 5
		}
	])('$name', ({ answers, overall, assessed, atLevel, pointsToGo, notAssessed }) => {
		const score = scoreAnswers(mini, answers);
		expect(score.overall).toBe(overall);
		expect(score.assessedCount).toBe(assessed);
		expect(score.factoryOfTheFuture).toEqual({ atLevel, of: 7, pointsToGo, notAssessed });
	});

	it('counts 3.96 as level 4 for the award distance, as it is shown (4.0)', () => {
		// (4×1 + 3.94×2)/3 = 3.96
		const score = scoreAnswers(mini, {
			'digital-factory.first': 4,
			'digital-factory.second': 3.94
		});
		expect(round1(score.transformations[2]!.score!)).toBe(4);
		expect(score.factoryOfTheFuture.atLevel).toBe(1);
	});

	it('orders the largest gaps, largest first, ties in programme order', () => {
		const score = scoreAnswers(mini, {
			'digital-factory.first': 1,
			'digital-factory.second': 1,
			'eco-production.first': 2,
			'eco-production.second': 2,
			'world-class-manufacturing.first': 2,
			'world-class-manufacturing.second': 2,
			'production-network.first': 5
		});
		expect(largestGaps(score).map((t) => t.transformationId)).toEqual([
			'digital-factory',
			'world-class-manufacturing',
			'eco-production'
		]);
	});
});

describe('scoreAssessment', () => {
	it('uses targets, self-estimates and the respondents answers of the record', () => {
		const now = '2026-11-22T10:00:00.000Z';
		let assessment = createAssessment({
			id: 'a',
			companyId: 'c',
			respondentId: 'r1',
			questionnaire: { id: 'mini', version: 1 },
			language: 'en',
			now
		});
		for (const change of [
			setAnswer('r1', first, 2, now),
			setAnswer('r1', second, 3, now),
			setTarget(DF, 5, now),
			setSelfEstimate(DF, 4, now)
		])
			assessment = change(assessment);
		const t = scoreAssessment(mini, assessment).transformations.find(
			(x) => x.transformationId === DF
		)!;
		expect(t.score).toBeCloseTo(8 / 3, 10);
		expect(t.target).toBe(5);
		expect(t.gap).toBe(2.3);
		expect(t.selfEstimate).toBe(4);
		expect(assessment.revision).toBe(5);
	});
});

describe('effectiveAnswers', () => {
	const now = '2026-11-22T10:00:00.000Z';
	const base = () => {
		let a = createAssessment({
			id: 'a',
			companyId: 'c',
			respondentId: 'r1',
			questionnaire: { id: 'mini', version: 1 },
			language: 'en',
			now
		});
		a = {
			...a,
			respondents: [...a.respondents, { id: 'r2', name: 'B', role: '' }],
			answers: { ...a.answers, r2: {} }
		};
		return a;
	};
	it.each<{
		name: string;
		r1?: AnswerValue;
		r2?: AnswerValue;
		consensus?: AnswerValue;
		expected: AnswerValue | number | undefined;
	}>([
		{ name: 'one respondent: their answer', r1: 3, expected: 3 },
		{ name: 'two levels: their mean', r1: 2, r2: 5, expected: 3.5 },
		{ name: "a level beats another's don't know", r1: 2, r2: 'dont-know', expected: 2 },
		{
			name: "don't know and not applicable: don't know",
			r1: 'dont-know',
			r2: 'not-applicable',
			expected: 'dont-know'
		},
		{
			name: 'all not applicable: not applicable',
			r1: 'not-applicable',
			r2: 'not-applicable',
			expected: 'not-applicable'
		},
		{ name: 'a consensus overrides everyone', r1: 2, r2: 5, consensus: 4, expected: 4 },
		{ name: 'nobody answered: absent', expected: undefined }
	])('$name', ({ r1, r2, consensus, expected }) => {
		let a = base();
		if (r1 !== undefined) a = setAnswer('r1', first, r1, now)(a);
		if (r2 !== undefined) a = setAnswer('r2', first, r2, now)(a);
		if (consensus !== undefined)
			a = { ...a, consensus: { [first]: { value: consensus, at: now } } };
		expect(effectiveAnswers(a)[first]).toBe(expected);
	});

	it('ignores answers carried over from an earlier assessment until confirmed', () => {
		const a = base();
		a.answers.r1![first] = { value: 4, at: now, suggested: true };
		expect(effectiveAnswers(a)[first]).toBeUndefined();
	});
});
