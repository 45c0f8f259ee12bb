import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	createAssessment,
	effectiveAnswers,
	hasSelfEstimate,
	heldBackByWeakestArea,
	isComplete,
	largestGaps,
	levelOfMean,
	proposeActions,
	perceptionGap,
	pointsToLevel4,
	round1,
	scoreAnswers,
	scoreAssessment,
	scoreTransformation,
	setAnswer,
	setSelfEstimate,
	setTarget,
	startFromPrevious,
	strongestTransformation,
	type AnswerValue,
	type Level,
	type Questionnaire,
	type ScoreStatus
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';

// The minimal fixture: 7 transformations × 2 questions; the second question of each weighs 2.
const [mini] = loadContent(resolve('tests/fixtures/content/valid-minimal')).questionnaires as [
	Questionnaire
];
const DF = 'digital-factory';
const first = `${DF}.first`;
const second = `${DF}.second`;

/** The v2 fixture: as mini, but the second question of each transformation offers N/A. */
const [, miniV2] = loadContent(resolve('tests/fixtures/content/valid-v2')).questionnaires as [
	Questionnaire,
	Questionnaire
];

/** One transformation (digital-factory) with one question per named area, weight 1 each. */
function withAreas(areas: string[], notApplicable: boolean[] = []): Questionnaire {
	const level = (n: number) => ({ en: `Level ${n}` });
	return {
		...mini,
		transformations: mini.transformations.map((t) =>
			t.id !== DF
				? t
				: {
						...t,
						questions: areas.map((area, i) => ({
							id: `${DF}.q${i}`,
							area: { en: area },
							text: { en: `Question ${i}?` },
							levels: [1, 2, 3, 4, 5].map(level),
							...(notApplicable[i] ? { notApplicable: { reason: { en: 'Reason' } } } : {})
						}))
					}
		)
	};
}
const answersFor = (values: (AnswerValue | number | undefined)[]) =>
	Object.fromEntries(
		values.flatMap((value, i) => (value === undefined ? [] : [[`${DF}.q${i}`, value]]))
	);

describe('scoreTransformation', () => {
	it.each<{
		name: string;
		questionnaire?: Questionnaire;
		answers: Record<string, AnswerValue | number>;
		score: number | null;
		status: ScoreStatus;
		completeness: number;
		counts: { answered: number; dontKnow: number; notApplicable: number; open: number };
		notOffered?: number;
	}>([
		{
			name: 'nothing answered is not assessed, never 0',
			answers: {},
			score: null,
			status: 'not-assessed',
			completeness: 0,
			counts: { answered: 0, dontKnow: 0, notApplicable: 0, open: 2 }
		},
		{
			name: 'the weighted mean of the answered levels (2×1 + 5×2) / 3 = 4',
			answers: { [first]: 2, [second]: 5 },
			score: 4,
			status: 'scored',
			completeness: 1,
			counts: { answered: 2, dontKnow: 0, notApplicable: 0, open: 0 }
		},
		{
			name: 'one of two answered (50 %) is indicative',
			answers: { [first]: 3 },
			score: 3,
			status: 'indicative',
			completeness: 0.5,
			counts: { answered: 1, dontKnow: 0, notApplicable: 0, open: 1 }
		},
		{
			name: "don't know is left out of the mean but lowers completeness",
			answers: { [first]: 3, [second]: 'dont-know' },
			score: 3,
			status: 'indicative',
			completeness: 0.5,
			counts: { answered: 1, dontKnow: 1, notApplicable: 0, open: 1 }
		},
		{
			name: 'not applicable where the question offers it leaves it out of both',
			questionnaire: miniV2,
			answers: { [first]: 3, [second]: 'not-applicable' },
			score: 3,
			status: 'scored',
			completeness: 1,
			counts: { answered: 1, dontKnow: 0, notApplicable: 1, open: 0 }
		},
		{
			name: 'not applicable where the question does not offer it counts as open',
			answers: { [first]: 3, [second]: 'not-applicable' },
			score: 3,
			status: 'indicative',
			completeness: 0.5,
			counts: { answered: 1, dontKnow: 0, notApplicable: 0, open: 1 },
			notOffered: 1
		},
		{
			name: "only don't know is not assessed",
			answers: { [first]: 'dont-know', [second]: 'dont-know' },
			score: null,
			status: 'not-assessed',
			completeness: 0,
			counts: { answered: 0, dontKnow: 2, notApplicable: 0, open: 2 }
		},
		{
			name: 'all not applicable (all offered) is not assessed, with nothing open',
			questionnaire: withAreas(['A', 'B'], [true, true]),
			answers: answersFor(['not-applicable', 'not-applicable']),
			score: null,
			status: 'not-assessed',
			completeness: 1,
			counts: { answered: 0, dontKnow: 0, notApplicable: 2, open: 0 }
		},
		{
			name: 'all not applicable where not offered: not assessed, everything open',
			answers: { [first]: 'not-applicable', [second]: 'not-applicable' },
			score: null,
			status: 'not-assessed',
			completeness: 0,
			counts: { answered: 0, dontKnow: 0, notApplicable: 0, open: 2 },
			notOffered: 2
		},
		{
			name: '1 of 5 answered, the rest "don\'t know": indicative',
			questionnaire: withAreas(['A', 'B', 'C', 'D', 'E']),
			answers: answersFor([5, 'dont-know', 'dont-know', 'dont-know', 'dont-know']),
			score: 5,
			status: 'indicative',
			completeness: 0.2,
			counts: { answered: 1, dontKnow: 4, notApplicable: 0, open: 4 }
		},
		{
			name: '3 of 5 answered (60 %) counts',
			questionnaire: withAreas(['A', 'B', 'C', 'D', 'E']),
			answers: answersFor([4, 4, 4, 'dont-know', undefined]),
			score: 4,
			status: 'scored',
			completeness: 0.6,
			counts: { answered: 3, dontKnow: 1, notApplicable: 0, open: 2 }
		},
		{
			name: '2 of 4 applicable after one offered N/A (50 %) is indicative',
			questionnaire: withAreas(['A', 'B', 'C', 'D', 'E'], [false, false, false, false, true]),
			answers: answersFor([4, 4, 'dont-know', undefined, 'not-applicable']),
			score: 4,
			status: 'indicative',
			completeness: 0.5,
			counts: { answered: 2, dontKnow: 1, notApplicable: 1, open: 2 }
		},
		{
			name: 'a fractional level from several respondents counts as it is',
			answers: { [first]: 2.5, [second]: 4 },
			score: (2.5 + 8) / 3,
			status: 'scored',
			completeness: 1,
			counts: { answered: 2, dontKnow: 0, notApplicable: 0, open: 0 }
		}
	])('$name', ({ questionnaire, answers, score, status, completeness, counts, notOffered }) => {
		const result = scoreTransformation(questionnaire ?? mini, DF, answers);
		if (score === null) expect(result.score).toBeNull();
		else expect(result.score).toBeCloseTo(score, 10);
		expect(result.status).toBe(status);
		expect(result.completeness).toBeCloseTo(completeness, 10);
		expect({
			answered: result.answered,
			dontKnow: result.dontKnow,
			notApplicable: result.notApplicable,
			open: result.open
		}).toEqual(counts);
		expect(result.notApplicableNotOffered).toBe(notOffered ?? 0);
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

describe('weakest area and the award bar', () => {
	it.each<{
		name: string;
		areas: string[];
		answers: (AnswerValue | number | undefined)[];
		mean: number | null;
		weakest: [string, number] | null;
		atLevel: boolean;
	}>([
		{
			name: '5, 5, 5, 4, 2: a mean of 4.2 hides area E at 2 and does not meet the bar',
			areas: ['A', 'B', 'C', 'D', 'E'],
			answers: [5, 5, 5, 4, 2],
			mean: 4.2,
			weakest: ['E', 2],
			atLevel: false
		},
		{
			name: '4, 4, 5, 4, 4: every area at 4 or more meets the bar',
			areas: ['A', 'B', 'C', 'D', 'E'],
			answers: [4, 4, 5, 4, 4],
			mean: 4.2,
			weakest: ['A', 4],
			atLevel: true
		},
		{
			name: 'an area of two questions counts by its mean: A (3 and 5) = 4 is not below D',
			areas: ['A', 'A', 'B', 'C', 'D'],
			answers: [3, 5, 5, 5, 4],
			mean: 4.4,
			weakest: ['A', 4],
			atLevel: true
		},
		{
			name: 'a 3.96 area shows as 4.0 and meets the bar',
			areas: ['A', 'B', 'C'],
			answers: [3.96, 5, 5],
			mean: (3.96 + 10) / 3,
			weakest: ['A', 3.96],
			atLevel: true
		},
		{
			name: 'all at 5 but only 1 of 5 answered: indicative, never at level',
			areas: ['A', 'B', 'C', 'D', 'E'],
			answers: [5, 'dont-know', 'dont-know', 'dont-know', 'dont-know'],
			mean: 5,
			weakest: ['A', 5],
			atLevel: false
		},
		{
			name: 'nothing answered: no weakest area',
			areas: ['A', 'B'],
			answers: ['dont-know'],
			mean: null,
			weakest: null,
			atLevel: false
		}
	])('$name', ({ areas, answers, mean, weakest, atLevel }) => {
		const t = scoreTransformation(withAreas(areas), DF, answersFor(answers));
		if (mean === null) expect(t.score).toBeNull();
		else expect(t.score).toBeCloseTo(mean, 10);
		expect(t.weakestArea && [t.weakestArea.area.en, t.weakestArea.score]).toEqual(weakest);
		expect(t.atFactoryOfTheFutureLevel).toBe(atLevel);
	});
});

describe('heldBackByWeakestArea: a mean at level 4 that misses the bar', () => {
	it.each<{ name: string; answers: (AnswerValue | number)[]; heldBack: boolean }>([
		{
			name: '5, 5, 5, 4, 2: mean 4.2, area E at 2 -> held back',
			answers: [5, 5, 5, 4, 2],
			heldBack: true
		},
		{
			name: '4, 4, 5, 4, 4: every area at 4 -> at level, not held back',
			answers: [4, 4, 5, 4, 4],
			heldBack: false
		},
		{
			name: '3, 4, 4, 4, 4: mean 3.8 -> below 4 anyway, not listed',
			answers: [3, 4, 4, 4, 4],
			heldBack: false
		},
		{
			name: "5 and four don't know: indicative -> never listed",
			answers: [5, 'dont-know', 'dont-know', 'dont-know', 'dont-know'],
			heldBack: false
		}
	])('$name', ({ answers, heldBack }) => {
		const questionnaire = withAreas(['A', 'B', 'C', 'D', 'E']);
		const score = scoreAnswers(questionnaire, answersFor(answers));
		expect(heldBackByWeakestArea(score).map((t) => t.transformationId)).toEqual(
			heldBack ? [DF] : []
		);
	});
});

describe('the level of a mean of answers (one rule for plan, PDF, suggestions)', () => {
	it.each([
		[1, 1],
		[1.2, 1],
		[2.49, 2],
		[2.5, 2],
		[2.99, 2],
		[3 - 1e-12, 3],
		[4.75, 4],
		[5, 5],
		[0.5, 1],
		[7, 5]
	])('levelOfMean(%s) = %s', (mean, level) => {
		expect(levelOfMean(mean)).toBe(level);
	});

	it('gives the same level for a mean of 2 and 3 (2.5) wherever it is used', () => {
		// The three places that disagreed before: the action plan proposed the action from 2
		// (floor), the PDF showed the level-2 descriptor (floor), and a new assessment carried
		// over 3 (round half up). All three now take levelOfMean.
		const now = '2026-11-22T10:00:00.000Z';
		let previous = createAssessment({
			id: 'p',
			companyId: 'c',
			respondentId: 'r1',
			questionnaire: { id: 'mini', version: 1 },
			language: 'en',
			now
		});
		previous = {
			...previous,
			respondents: [...previous.respondents, { id: 'r2', name: 'B', role: '' }],
			answers: { r1: {}, r2: {} }
		};
		previous = setAnswer('r1', first, 2, now)(previous);
		previous = setAnswer('r2', first, 3, now)(previous);
		expect(effectiveAnswers(previous)[first]).toBe(2.5);
		const next = startFromPrevious(
			previous,
			[first],
			now
		)(
			createAssessment({
				id: 'n',
				companyId: 'c',
				respondentId: 'r9',
				questionnaire: { id: 'mini', version: 1 },
				language: 'en',
				now
			})
		);
		const proposed = proposeActions({
			questionnaire: mini,
			assessment: previous,
			transformationId: DF,
			target: 4,
			language: 'en',
			today: '2026-11-22'
		});
		expect({
			// The same people answer again: the suggestion goes to the first of T0's respondents.
			carriedOver: next.answers[next.respondents[0]!.id]?.[first]?.value,
			plannedFrom: proposed[0]?.fromQuestionnaire.from,
			shown: levelOfMean(2.5)
		}).toEqual({ carriedOver: 2, plannedFrom: 2, shown: 2 });
	});
});

describe('perception gap (self-estimate against the score shown)', () => {
	it.each<{
		self: Level | null;
		answers: [number | AnswerValue, number | AnswerValue];
		gap: { direction: 'over' | 'under'; levels: number } | null;
	}>([
		{ self: 4, answers: [3, 3], gap: { direction: 'over', levels: 1 } },
		{ self: 4, answers: [2, 3], gap: { direction: 'over', levels: 1.3 } },
		{ self: 4, answers: [3, 3.15], gap: null },
		{ self: 2, answers: [3, 3], gap: { direction: 'under', levels: 1 } },
		{ self: 3, answers: [3, 3], gap: null },
		{ self: null, answers: [1, 1], gap: null },
		{ self: 5, answers: [1, 'dont-know'], gap: null }
	])('self $self, answers $answers -> $gap', ({ self, answers, gap }) => {
		const t = scoreTransformation(
			mini,
			DF,
			{ [first]: answers[0], [second]: answers[1] },
			{ selfEstimate: self }
		);
		expect(perceptionGap(t)).toEqual(gap);
	});
});

describe('scoreAnswers', () => {
	const all = (level: number) =>
		Object.fromEntries(mini.transformations.flatMap((t) => t.questions.map((q) => [q.id, level])));
	const both = (transformation: string, level: number) => ({
		[`${transformation}.first`]: level,
		[`${transformation}.second`]: level
	});

	it.each([
		{
			name: 'no answers: overall and the award distance are unknown',
			answers: {},
			overall: null,
			assessed: 0,
			fof: { atLevel: 0, pointsToGo: 0, notAssessed: 7, indicative: 0, ready: false }
		},
		{
			name: 'all at 4: Factory-of-the-Future level everywhere, ready for the audit',
			answers: all(4),
			overall: 4,
			assessed: 7,
			fof: { atLevel: 7, pointsToGo: 0, notAssessed: 0, indicative: 0, ready: true }
		},
		{
			name: 'all at 2: 14 level points to go',
			answers: all(2),
			overall: 2,
			assessed: 7,
			fof: { atLevel: 0, pointsToGo: 14, notAssessed: 0, indicative: 0, ready: false }
		},
		{
			name: 'overall is the mean of scored transformations only',
			answers: { ...both('digital-factory', 5), ...both('eco-production', 1) },
			overall: 3,
			assessed: 2,
			fof: { atLevel: 1, pointsToGo: 3, notAssessed: 5, indicative: 0, ready: false }
		},
		{
			name: 'indicative transformations count nowhere: not in overall, level 4 or distance',
			answers: {
				...both('digital-factory', 2),
				'eco-production.first': 5,
				'world-class-manufacturing.first': 1
			},
			overall: 2,
			assessed: 1,
			fof: { atLevel: 0, pointsToGo: 2, notAssessed: 4, indicative: 2, ready: false }
		}
	])('$name', ({ answers, overall, assessed, fof }) => {
		const score = scoreAnswers(mini, answers);
		expect(score.overall).toBe(overall);
		expect(score.assessedCount).toBe(assessed);
		expect(score.factoryOfTheFuture).toEqual({ of: 7, ...fof });
	});

	it('counts 3.96 as level 4 for the award distance, as it is shown (4.0)', () => {
		// (4×1 + 3.96×2)/3 = 3.97; its weakest area, 3.96, also shows as 4.0
		const score = scoreAnswers(mini, {
			'digital-factory.first': 4,
			'digital-factory.second': 3.96
		});
		expect(round1(score.transformations[2]!.score!)).toBe(4);
		expect(score.factoryOfTheFuture.pointsToGo).toBe(0);
		expect(score.factoryOfTheFuture.atLevel).toBe(1);
	});

	it('counts a transformation held back by an area below 4 by that area, never as nothing to go', () => {
		// digital-factory: mean (5×1 + 3.5×2)/3 = 4.0, its weakest area 3.5: not at level 4.
		const score = scoreAnswers(mini, {
			...all(4),
			'digital-factory.first': 5,
			'digital-factory.second': 3.5
		});
		expect(round1(score.transformations[2]!.score!)).toBe(4);
		expect(score.factoryOfTheFuture.atLevel).toBe(6);
		expect(score.factoryOfTheFuture.pointsToGo).toBe(0.5);
		expect(pointsToLevel4({ score: 2.8, weakestArea: null })).toBeCloseTo(1.2);
	});

	it('is not ready for the award while a question is open, even at level 4 everywhere', () => {
		const answers = { ...all(4), 'digital-factory.first': 'dont-know' as const };
		const score = scoreAnswers(mini, { ...answers, 'digital-factory.second': 4 });
		// digital-factory: 1 of 2 answered, indicative
		expect(score.factoryOfTheFuture.atLevel).toBe(6);
		expect(score.factoryOfTheFuture.ready).toBe(false);
		expect(isComplete(score)).toBe(false);
		expect(isComplete(scoreAnswers(mini, all(3)))).toBe(true);
	});

	it('counts N/A answers that count, beside completeness', () => {
		const score = scoreAnswers(miniV2, {
			'digital-factory.first': 3,
			'digital-factory.second': 'not-applicable',
			'eco-production.first': 'not-applicable'
		});
		expect(score.notApplicable).toBe(1);
		expect(score.transformations[5]!.notApplicableNotOffered).toBe(1);
	});

	it('orders the largest gaps, largest first, ties in programme order, never indicative', () => {
		const score = scoreAnswers(mini, {
			...both('digital-factory', 1),
			...both('eco-production', 2),
			...both('world-class-manufacturing', 2),
			'smart-production-systems.first': 1,
			...both('production-network', 5)
		});
		expect(largestGaps(score).map((t) => t.transformationId)).toEqual([
			'digital-factory',
			'world-class-manufacturing',
			'eco-production'
		]);
	});

	it('names the strongest scored transformation, never an indicative one', () => {
		const score = scoreAnswers(mini, {
			...both('digital-factory', 3),
			...both('eco-production', 4),
			'production-network.first': 5
		});
		expect(strongestTransformation(score)?.transformationId).toBe('eco-production');
		expect(strongestTransformation(scoreAnswers(mini, {}))).toBeNull();
	});
});

describe('scoreAssessment', () => {
	const now = '2026-11-22T10:00:00.000Z';
	/** A new record on the mini questionnaire: nothing answered, no target or estimate chosen. */
	const fresh = () =>
		createAssessment({
			id: 'a',
			companyId: 'c',
			respondentId: 'r1',
			questionnaire: { id: 'mini', version: 1 },
			language: 'en',
			now
		});

	it('uses targets, self-estimates and the respondents answers of the record', () => {
		let assessment = fresh();
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

	it('says a self-estimate was given once one transformation has one, not before', () => {
		expect(hasSelfEstimate(scoreAssessment(mini, fresh()))).toBe(false);
		expect(hasSelfEstimate(scoreAssessment(mini, setSelfEstimate(DF, 2, now)(fresh())))).toBe(true);
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
