import { describe, expect, it } from 'vitest';
import {
	costTypeAndTopics,
	addAction,
	RECORD_LIMITS,
	addDuration,
	addPriority,
	dropAction,
	dropPriority,
	restoreAction,
	restorePriority,
	editPlan,
	importanceOf,
	isUnsourcedEstimate,
	migrateAssessment,
	moveAction,
	movePriority,
	proposeActions,
	proposePlan,
	proposePriority,
	rankTransformations,
	scoreAssessment,
	setActionCost,
	setActionCostType,
	setActionDueDate,
	setActionOwner,
	setActionTopics,
	setActionText,
	setAmbition,
	setImportance,
	setImportanceFollowingPlan,
	isEdited,
	setAnswer,
	setPlan,
	type Assessment,
	type Change,
	type Importance,
	type TransformationId
} from '../../src/lib/domain';
import {
	fixtureAssessment,
	fixtureQuestionnaire,
	fixtureScoreAndMatches,
	withUnsourcedFirstCost,
	type FixtureAnswers
} from '../fixtures/plan-fixture';

const NOW = '2026-11-22T10:00:00.000Z';
const EDIT = '2026-11-23T09:30:00.000Z';
const questionnaire = fixtureQuestionnaire();

function planFor(assessment: Assessment) {
	const { score, matches } = fixtureScoreAndMatches(questionnaire, assessment, NOW);
	return proposePlan({ questionnaire, assessment, score, matches, now: NOW });
}

describe('rankTransformations: gap × importance', () => {
	it.each<
		[
			string,
			FixtureAnswers | undefined,
			Partial<Record<TransformationId, Importance>>,
			TransformationId[]
		]
	>([
		[
			'default importance: by gap',
			undefined,
			{},
			[
				'digital-factory',
				'end-to-end-engineering',
				'eco-production',
				'world-class-manufacturing',
				'production-network'
			]
		],
		[
			'high importance lifts a smaller gap (1.7 × 3 = 5.1 > 2 × 2)',
			undefined,
			{ 'eco-production': 3 },
			[
				'digital-factory',
				'eco-production',
				'end-to-end-engineering',
				'world-class-manufacturing',
				'production-network'
			]
		],
		[
			'low importance drops the largest gap (2.7 × 1 = 2.7)',
			undefined,
			{ 'digital-factory': 1 },
			[
				'end-to-end-engineering',
				'eco-production',
				'digital-factory',
				'world-class-manufacturing',
				'production-network'
			]
		],
		[
			'equal weight: the larger gap first (1.5 × 2 = 3 = 1 × 3)',
			{ 'world-class-manufacturing': [3, 3, 3], 'end-to-end-engineering': [2, 3, 2] },
			{ 'world-class-manufacturing': 3 },
			['end-to-end-engineering', 'world-class-manufacturing']
		],
		[
			'equal weight and gap: programme order',
			{ 'eco-production': [2, 2, 2], 'digital-factory': [2, 2, 2] },
			{},
			['digital-factory', 'eco-production']
		]
	])('%s', (_name, answers, importance, expected) => {
		const assessment = fixtureAssessment({ answers });
		const ranked = rankTransformations(scoreAssessment(questionnaire, assessment), importance);
		expect(ranked.map((r) => r.transformationId)).toEqual(expected);
	});

	it('computes the weight to one decimal', () => {
		const ranked = rankTransformations(scoreAssessment(questionnaire, fixtureAssessment()), {
			'eco-production': 3
		});
		expect(ranked.slice(0, 2).map((r) => [r.gap, r.importance, r.weight])).toEqual([
			[2.7, 2, 5.4],
			[1.7, 3, 5.1]
		]);
	});
});

describe('costTypeAndTopics: what a proposed action buys, never a cost figure', () => {
	it.each([
		[
			'a v2 action: its cost type and topics',
			{ costType: 'consultancy', topics: ['digitalisation'] },
			{ costType: 'consultancy', topics: ['digitalisation'] }
		],
		['a v1 action has none', {}, {}]
	] as const)('%s', (_name, next, expected) => {
		expect(costTypeAndTopics(next as Parameters<typeof costTypeAndTopics>[0])).toEqual(expected);
	});
});

describe('isUnsourcedEstimate: the cost an earlier version proposed from an unsourced range', () => {
	it.each([
		['the middle of the range, rounded to €100', { min: 5000, max: 15000 }, 10000, true],
		['rounded', { min: 2500, max: 6200 }, 4400, true],
		['a figure the user changed', { min: 5000, max: 15000 }, 12000, false],
		['a cleared cost', { min: 5000, max: 15000 }, null, false],
		['no range: the user’s own figure', undefined, 10000, false]
	] as const)('%s', (_name, costRange, cost, expected) => {
		expect(isUnsourcedEstimate({ costRange, cost })).toBe(expected);
	});
});

describe('addDuration', () => {
	it.each([
		['2026-11-22', 6, 'weeks', '2027-01-03'],
		['2026-01-31', 1, 'months', '2026-02-28'],
		['2028-01-31', 1, 'months', '2028-02-29'],
		['2026-11-22', 3, 'months', '2027-02-22']
	] as const)('%s + %i %s = %s', (from, max, unit, expected) => {
		expect(addDuration(from, { max, unit })).toBe(expected);
	});
});

describe('proposeActions: the next actions of the questions furthest below target', () => {
	it.each<[string, FixtureAnswers, Partial<Assessment>, number, string[]]>([
		[
			'lowest answers first, from their current level',
			{ 'digital-factory': [1, 1, 2] },
			{},
			3,
			['digital-factory.a@1', 'digital-factory.b@1', 'digital-factory.c@2']
		],
		[
			'limited to count',
			{ 'digital-factory': [1, 1, 2] },
			{},
			2,
			['digital-factory.a@1', 'digital-factory.b@1']
		],
		[
			'questions at or above target give none',
			{ 'digital-factory': [4, 2, 5] },
			{},
			3,
			['digital-factory.b@2']
		],
		[
			'a level 4 question acts from 4 when the target is 5',
			{ 'digital-factory': [4, 4, 3] },
			{ targets: { 'digital-factory': 5 } },
			3,
			['digital-factory.c@3', 'digital-factory.a@4', 'digital-factory.b@4']
		]
	])('%s', (_name, answers, extra, count, expected) => {
		const assessment = { ...fixtureAssessment({ answers }), ...extra };
		const score = scoreAssessment(questionnaire, assessment);
		const target = score.transformations.find(
			(t) => t.transformationId === 'digital-factory'
		)!.target;
		const actions = proposeActions({
			questionnaire,
			assessment,
			transformationId: 'digital-factory',
			target,
			language: 'en',
			today: '2026-11-22',
			count
		});
		expect(actions.map((a) => a.id)).toEqual(expected);
	});

	it('skips "don\'t know" and takes a mean of respondents as the level below it', () => {
		const base = fixtureAssessment({ answers: { 'digital-factory': [2, 1, 3] } });
		const assessment: Assessment = {
			...base,
			answers: {
				r1: { ...base.answers.r1, 'digital-factory.b': { value: 'dont-know', at: NOW } },
				r2: { 'digital-factory.a': { value: 3, at: NOW } }
			}
		};
		const actions = proposeActions({
			questionnaire,
			assessment,
			transformationId: 'digital-factory',
			target: 4,
			language: 'fr',
			today: '2026-11-22'
		});
		expect(actions).toEqual([
			{
				id: 'digital-factory.a@2',
				text: 'Do digital-factory.a from 2 (fr)',
				owner: 'Responsable de production',
				dueDate: '2026-12-20',
				fromQuestionnaire: { questionId: 'digital-factory.a', from: 2 }
			},
			{
				id: 'digital-factory.c@3',
				text: 'Do digital-factory.c from 3 (fr)',
				owner: 'Responsable de production',
				dueDate: '2027-01-03',
				fromQuestionnaire: { questionId: 'digital-factory.c', from: 3 }
			}
		]);
	});
});

describe('proposePlan', () => {
	it('proposes the top three priorities with actions and matched instruments', () => {
		const plan = planFor(fixtureAssessment());
		expect(
			plan.priorities.map((p) => [p.transformationId, p.actions.length, p.instrumentIds])
		).toEqual([
			['digital-factory', 3, ['cheque-digital']],
			['end-to-end-engineering', 3, ['cheque-digital']],
			['eco-production', 3, ['eco-coaching']]
		]);
		expect(plan.priorities[0]!.actions[0]).toMatchObject({
			text: 'Do digital-factory.a from 1 (en)',
			owner: 'Production manager',
			dueDate: '2026-12-06'
		});
		expect(plan.ambition).toBe('');
		expect(plan.proposedAt).toBe(NOW);
	});

	it('follows the importance the user gave and keeps the ambition already written', () => {
		const base = fixtureAssessment({ language: 'nl' });
		const assessment: Assessment = {
			...base,
			importance: { 'world-class-manufacturing': 3, 'end-to-end-engineering': 1 },
			plan: {
				priorities: [],
				ambition: 'Tegen 2028 Factory of the Future',
				proposedAt: NOW,
				editedAt: null
			}
		};
		const plan = planFor(assessment);
		expect(plan.priorities.map((p) => p.transformationId)).toEqual([
			'digital-factory',
			'eco-production',
			'world-class-manufacturing'
		]);
		expect(plan.priorities[0]!.actions[0]!.owner).toBe('Productieverantwoordelijke');
		expect(plan.ambition).toBe('Tegen 2028 Factory of the Future');
	});

	it('proposes nothing when every transformation is at target', () => {
		const all5 = Object.fromEntries(
			questionnaire.transformations.map((t) => [t.id, [5, 5, 5]])
		) as FixtureAnswers;
		expect(planFor(fixtureAssessment({ answers: all5 })).priorities).toEqual([]);
	});
});

describe('plan changes', () => {
	const base = fixtureAssessment();
	const proposal = planFor(base);
	const withPlan = setPlan(proposal, NOW)(base);
	const order = (a: Assessment) => a.plan!.priorities.map((p) => p.transformationId);
	const actions = (a: Assessment, id: TransformationId) =>
		a.plan!.priorities.find((p) => p.transformationId === id)!.actions;

	it('stops adding actions to a priority at the record limit', () => {
		let a = withPlan;
		for (let i = 0; i < RECORD_LIMITS.actions + 5; i += 1)
			a = addAction('eco-production', { id: `n${i}`, text: '', owner: '', dueDate: null }, NOW)(a);
		expect(actions(a, 'eco-production')).toHaveLength(RECORD_LIMITS.actions);
		expect(migrateAssessment(a).ok).toBe(true);
	});
	it('puts a removed priority or action back where it was, as it was (Undo)', () => {
		const edited = setActionText(
			'digital-factory',
			'digital-factory.b@1',
			'Typed by hand',
			NOW
		)(withPlan);
		const priority = edited.plan!.priorities[1]!;
		const action = actions(edited, 'digital-factory')[1]!;
		// A priority, in the middle: back in the middle, with its typed action.
		const withoutPriority = dropPriority(priority.transformationId, NOW)(edited);
		const back = restorePriority(priority, 1, EDIT)(withoutPriority);
		expect(back.plan!.priorities).toEqual(edited.plan!.priorities);
		// Twice is once: a second Undo (another tab, a double tap) adds nothing.
		expect(restorePriority(priority, 1, EDIT)(back)).toBe(back);
		// The plan has fewer priorities than the place it had: last.
		const fewer = dropPriority('eco-production', NOW)(withoutPriority);
		expect(order(restorePriority(priority, 5, EDIT)(fewer)).at(-1)).toBe(priority.transformationId);
		// An action: back at its place in its priority.
		const withoutAction = dropAction('digital-factory', action.id, NOW)(edited);
		const actionBack = restoreAction('digital-factory', action, 1, EDIT)(withoutAction);
		expect(actions(actionBack, 'digital-factory')).toEqual(actions(edited, 'digital-factory'));
		expect(actionBack.plan!.editedAt).toBe(EDIT);
		expect(restoreAction('digital-factory', action, 1, EDIT)(actionBack)).toBe(actionBack);
		// Its priority removed since: nothing to put it in.
		const gone = dropPriority('digital-factory', NOW)(withoutAction);
		expect(restoreAction('digital-factory', action, 1, EDIT)(gone)).toBe(gone);
		expect(migrateAssessment(actionBack).ok).toBe(true);
	});

	const added = proposePriority({
		questionnaire,
		assessment: base,
		score: scoreAssessment(questionnaire, base),
		transformationId: 'world-class-manufacturing',
		language: 'en',
		today: '2026-11-22'
	});

	it.each<[string, Change, (a: Assessment) => unknown, unknown]>([
		[
			'move up',
			movePriority('end-to-end-engineering', -1, NOW),
			order,
			['end-to-end-engineering', 'digital-factory', 'eco-production']
		],
		[
			'move down',
			movePriority('digital-factory', 1, NOW),
			order,
			['end-to-end-engineering', 'digital-factory', 'eco-production']
		],
		[
			'move the first up: no change',
			movePriority('digital-factory', -1, NOW),
			order,
			['digital-factory', 'end-to-end-engineering', 'eco-production']
		],
		[
			'move the last down: no change',
			movePriority('eco-production', 1, NOW),
			order,
			['digital-factory', 'end-to-end-engineering', 'eco-production']
		],
		[
			'drop',
			dropPriority('end-to-end-engineering', NOW),
			order,
			['digital-factory', 'eco-production']
		],
		[
			'add',
			addPriority(added, NOW),
			order,
			['digital-factory', 'end-to-end-engineering', 'eco-production', 'world-class-manufacturing']
		],
		[
			'add one already there: no change',
			addPriority({ ...added, transformationId: 'eco-production' }, NOW),
			order,
			['digital-factory', 'end-to-end-engineering', 'eco-production']
		],
		[
			'drop an action',
			dropAction('digital-factory', 'digital-factory.b@1', NOW),
			(a) => actions(a, 'digital-factory').map((x) => x.id),
			['digital-factory.a@1', 'digital-factory.c@2']
		],
		[
			'move an action down',
			moveAction('digital-factory', 'digital-factory.a@1', 1, NOW),
			(a) => actions(a, 'digital-factory').map((x) => x.id),
			['digital-factory.b@1', 'digital-factory.a@1', 'digital-factory.c@2']
		],
		[
			'add an action',
			addAction(
				'eco-production',
				{ id: 'x1', text: 'Meet <the> supplier & co', owner: '', dueDate: null },
				NOW
			),
			(a) => actions(a, 'eco-production').at(-1),
			{ id: 'x1', text: 'Meet <the> supplier & co', owner: '', dueDate: null }
		],
		[
			'set an owner',
			setActionOwner('digital-factory', 'digital-factory.a@1', 'Anne Dupont', NOW),
			(a) => actions(a, 'digital-factory')[0]!.owner,
			'Anne Dupont'
		],
		[
			'set a text',
			setActionText('digital-factory', 'digital-factory.a@1', 'List the machines', NOW),
			(a) => actions(a, 'digital-factory')[0]!.text,
			'List the machines'
		],
		[
			'set a date',
			setActionDueDate('digital-factory', 'digital-factory.a@1', '2027-03-31', NOW),
			(a) => actions(a, 'digital-factory')[0]!.dueDate,
			'2027-03-31'
		],
		[
			'clear a date',
			setActionDueDate('digital-factory', 'digital-factory.a@1', '', NOW),
			(a) => actions(a, 'digital-factory')[0]!.dueDate,
			null
		],
		[
			'ignore a malformed date',
			setActionDueDate('digital-factory', 'digital-factory.a@1', '31/03/2027', NOW),
			(a) => actions(a, 'digital-factory')[0]!.dueDate,
			'2026-12-06'
		],
		[
			'set an estimated cost, in whole euros',
			setActionCost('digital-factory', 'digital-factory.a@1', 12499.6, NOW),
			(a) => actions(a, 'digital-factory')[0]!.cost,
			12500
		],
		[
			'clear an estimated cost',
			(a: Assessment) =>
				setActionCost(
					'digital-factory',
					'digital-factory.a@1',
					null,
					NOW
				)(setActionCost('digital-factory', 'digital-factory.a@1', 5000, NOW)(a)),
			(a) => actions(a, 'digital-factory')[0]!.cost,
			null
		],
		[
			'ignore a negative cost',
			setActionCost('digital-factory', 'digital-factory.a@1', -5, NOW),
			(a) => actions(a, 'digital-factory')[0]!.cost,
			undefined
		],
		[
			'ignore a cost above the record limit',
			setActionCost('digital-factory', 'digital-factory.a@1', RECORD_LIMITS.euros + 1, NOW),
			(a) => actions(a, 'digital-factory')[0]!.cost,
			undefined
		],
		[
			'set what the money buys',
			setActionCostType('digital-factory', 'digital-factory.a@1', 'investment', NOW),
			(a) => actions(a, 'digital-factory')[0]!.costType,
			'investment'
		],
		[
			'set the topics',
			setActionTopics('digital-factory', 'digital-factory.a@1', ['energy'], NOW),
			(a) => actions(a, 'digital-factory')[0]!.topics,
			['energy']
		],
		[
			'set the ambition',
			setAmbition('Factory of the Future by 2028', NOW),
			(a) => a.plan!.ambition,
			'Factory of the Future by 2028'
		],
		[
			'set the importance',
			setImportance('eco-production', 3, NOW),
			(a) => importanceOf(a, 'eco-production'),
			3
		]
	])('%s', (_name, change, read, expected) => {
		const after = change(withPlan);
		expect(read(after)).toEqual(expected);
		// Changes are pure: the input is untouched.
		expect(order(withPlan)).toEqual([
			'digital-factory',
			'end-to-end-engineering',
			'eco-production'
		]);
	});

	it.each<[string, Change, boolean]>([
		['a real change raises the revision', setAmbition('x', NOW), true],
		['a no-op keeps the same object', movePriority('digital-factory', -1, NOW), false],
		[
			'an unknown priority keeps the same object',
			dropPriority('smart-production-systems', NOW),
			false
		],
		[
			'an unknown action keeps the same object',
			setActionOwner('digital-factory', 'nope', 'x', NOW),
			false
		]
	])('%s', (_name, change, bumps) => {
		const after = change(withPlan);
		expect(after === withPlan).toBe(!bumps);
		expect(after.revision).toBe(withPlan.revision + (bumps ? 1 : 0));
	});

	it('the user’s own cost replaces a figure an earlier version proposed from an unsourced range', () => {
		// A plan stored before December 2026: the proposed cost is the middle of its range.
		const old = withUnsourcedFirstCost(withPlan);
		expect(isUnsourcedEstimate(actions(old, 'digital-factory')[0]!)).toBe(true);
		const own = setActionCost('digital-factory', 'digital-factory.a@1', 9000, NOW)(old);
		expect(actions(own, 'digital-factory')[0]).toMatchObject({ cost: 9000 });
		expect(actions(own, 'digital-factory')[0]!.costRange).toBeUndefined();
		expect(isUnsourcedEstimate(actions(own, 'digital-factory')[0]!)).toBe(false);
		// Cleared: nothing left to flag, and no range that would flag a later figure.
		const cleared = setActionCost('digital-factory', 'digital-factory.a@1', null, NOW)(old);
		expect(actions(cleared, 'digital-factory')[0]!.costRange).toBeUndefined();
	});

	it('editPlan stores the proposal on the first edit, and leaves a stored plan alone', () => {
		const first = editPlan(proposal, movePriority('eco-production', -1, NOW))(base);
		expect(order(first)).toEqual(['digital-factory', 'eco-production', 'end-to-end-engineering']);
		const second = editPlan(planFor(base), dropPriority('digital-factory', NOW))(first);
		expect(order(second)).toEqual(['eco-production', 'end-to-end-engineering']);
	});

	it.each<[string, Change, string | null]>([
		['moving a priority', movePriority('end-to-end-engineering', -1, EDIT), EDIT],
		['dropping a priority', dropPriority('eco-production', EDIT), EDIT],
		['adding a priority', addPriority(added, EDIT), EDIT],
		[
			'adding an action',
			addAction('eco-production', { id: 'x', text: '', owner: '', dueDate: null }, EDIT),
			EDIT
		],
		[
			'changing an owner',
			setActionOwner('digital-factory', 'digital-factory.a@1', 'x', EDIT),
			EDIT
		],
		['the ambition alone', setAmbition('Factory of the Future by 2028', EDIT), null],
		['a no-op', movePriority('digital-factory', -1, EDIT), null]
	])('editedAt after %s', (_name, change, expected) => {
		expect(withPlan.plan!.editedAt).toBeNull();
		expect(change(withPlan).plan!.editedAt).toBe(expected);
	});

	it('an unedited plan stays unedited when answers change after it was stored', () => {
		// The plan is no longer what a new proposal would give, but the user did not edit it.
		const answered = setAnswer('r1', 'digital-factory.a', 5, NOW)(withPlan);
		expect(isEdited(answered.plan!)).toBe(false);
		const after = setImportanceFollowingPlan({
			questionnaire,
			transformationId: 'eco-production',
			importance: 3,
			now: NOW
		})(answered);
		expect(order(after)[0]).toBe('eco-production');
	});

	it('setPlan(null) removes the plan so the page proposes again', () => {
		expect(setPlan(null, NOW)(withPlan).plan).toBeUndefined();
	});

	it('a record with a plan and importance survives migration; a malformed plan is refused', () => {
		const edited = setImportance('eco-production', 3, NOW)(withPlan);
		const roundTrip = migrateAssessment(JSON.parse(JSON.stringify(edited)));
		expect(roundTrip.ok && roundTrip.value.plan).toEqual(edited.plan);
		expect(roundTrip.ok && roundTrip.value.importance).toEqual({ 'eco-production': 3 });
		const broken = migrateAssessment({
			...JSON.parse(JSON.stringify(edited)),
			importance: { 'eco-production': 7 }
		});
		expect(broken.ok).toBe(false);
	});

	it.each<[string, boolean, TransformationId[]]>([
		[
			'an unedited plan follows the importance, keeping the ambition',
			false,
			['digital-factory', 'eco-production', 'end-to-end-engineering']
		],
		['an edited plan is left alone', true, ['digital-factory', 'eco-production']]
	])('%s', (_name, edit, expected) => {
		const { score, matches } = fixtureScoreAndMatches(questionnaire, base, NOW);
		const proposed = setPlan(
			{
				...proposePlan({
					questionnaire,
					assessment: base,
					score,
					matches,
					now: NOW
				}),
				ambition: 'Kept'
			},
			NOW
		)(base);
		const start = edit ? dropPriority('end-to-end-engineering', NOW)(proposed) : proposed;
		expect(isEdited(start.plan!)).toBe(edit);
		const after = setImportanceFollowingPlan({
			questionnaire,
			matches,
			transformationId: 'eco-production',
			importance: 3,
			now: '2026-12-01T08:00:00.000Z'
		})(start);
		expect(order(after)).toEqual(expected);
		expect(after.plan!.ambition).toBe('Kept');
		expect(importanceOf(after, 'eco-production')).toBe(3);
	});
});
