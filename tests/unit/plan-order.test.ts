// A plan in a sensible order: the questionnaire's `after` links between next actions set the
// proposed dates, and an edit that puts an action before one it must follow is flagged.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	addAction,
	editPlan,
	orderConflicts,
	planPrerequisites,
	proposePlan,
	proposePriority,
	scoreAssessment,
	setActionDueDate,
	type ActionPlan,
	type Assessment,
	type PlanAction,
	type Questionnaire
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';
import { fixtureAssessment, fixtureQuestionnaire } from '../fixtures/plan-fixture';

const NOW = '2026-11-22T10:00:00.000Z';
const EDIT = '2026-11-23T09:30:00.000Z';

/**
 * The fixture questionnaire with ids on some next actions and `after` links between them. The
 * default fixture plan holds digital-factory a@1 b@1 c@2, end-to-end-engineering a@2 b@2 c@2 and
 * eco-production a@2 b@2 c@3; each action takes `from × 2` weeks at most.
 */
function linked(links: { at: string; id?: string; after?: string[] }[]): Questionnaire {
	const questionnaire = fixtureQuestionnaire();
	for (const link of links) {
		const [questionId, from] = link.at.split('@') as [string, string];
		const action = questionnaire.transformations
			.flatMap((t) => t.questions)
			.find((q) => q.id === questionId)
			?.nextActions?.find((a) => a.from === Number(from));
		if (!action) throw new Error(`no next action ${link.at}`);
		if (link.id) action.id = link.id;
		if (link.after) action.after = link.after;
	}
	return questionnaire;
}

// "choose an ERP" (digital-factory.c from 2, 4 weeks) before "use the ERP planning module"
// (digital-factory.a from 1, 2 weeks); an engineering action waits for the ERP too, and an
// eco-production action waits for that engineering action: a chain across three priorities.
const questionnaire = linked([
	{ at: 'digital-factory.c@2', id: 'choose-erp' },
	{ at: 'digital-factory.a@1', after: ['choose-erp'] },
	{ at: 'end-to-end-engineering.b@2', id: 'plm', after: ['choose-erp'] },
	{ at: 'eco-production.a@2', after: ['plm'] }
]);

function plan(assessment: Assessment = fixtureAssessment()): ActionPlan {
	const score = scoreAssessment(questionnaire, assessment);
	return proposePlan({ questionnaire, assessment, score, now: NOW });
}

const dueDates = (p: ActionPlan) =>
	Object.fromEntries(p.priorities.flatMap((x) => x.actions.map((a) => [a.id, a.dueDate])));

describe('planPrerequisites', () => {
	it('lists, per action, the actions of the plan it waits for', () => {
		const prerequisites = planPrerequisites(
			questionnaire,
			plan().priorities.flatMap((p) => p.actions)
		);
		expect(prerequisites.get('digital-factory.a@1')).toEqual(['digital-factory.c@2']);
		expect(prerequisites.get('end-to-end-engineering.b@2')).toEqual(['digital-factory.c@2']);
		expect(prerequisites.get('eco-production.a@2')).toEqual(['end-to-end-engineering.b@2']);
		expect(prerequisites.get('digital-factory.c@2')).toEqual([]);
	});

	it('ignores a prerequisite that is not in the plan and actions the user wrote', () => {
		const actions: PlanAction[] = [
			{
				id: 'digital-factory.a@1',
				text: '',
				owner: '',
				dueDate: null,
				fromQuestionnaire: { questionId: 'digital-factory.a', from: 1 }
			},
			{ id: 'mine', text: 'Call the ERP vendor', owner: '', dueDate: null }
		];
		expect(planPrerequisites(questionnaire, actions)).toEqual(
			new Map([
				['digital-factory.a@1', []],
				['mine', []]
			])
		);
	});
});

describe('proposed dates respect the order', () => {
	it('starts an action when the one it waits for is due, across priorities', () => {
		expect(dueDates(plan())).toMatchObject({
			// no link: today (2026-11-22) + 4 weeks
			'digital-factory.c@2': '2026-12-20',
			// after choose-erp: 2026-12-20 + 2 weeks, although it is the shortest action
			'digital-factory.a@1': '2027-01-03',
			'end-to-end-engineering.b@2': '2027-01-17',
			// after plm, which waits for choose-erp: 2027-01-17 + 4 weeks
			'eco-production.a@2': '2027-02-14',
			// no link: today + 4 weeks
			'eco-production.b@2': '2026-12-20'
		});
		expect(orderConflicts(questionnaire, plan()).size).toBe(0);
	});

	it('without links every action starts today, as before', () => {
		const assessment = fixtureAssessment();
		const plain = fixtureQuestionnaire();
		const proposal = proposePlan({
			questionnaire: plain,
			assessment,
			score: scoreAssessment(plain, assessment),
			now: NOW
		});
		expect(dueDates(proposal)['digital-factory.a@1']).toBe('2026-12-06');
	});

	it('schedules an added priority after the plan it joins', () => {
		const assessment = fixtureAssessment();
		const existing = plan();
		// The user had moved "choose an ERP" to the summer; engineering is added afterwards.
		const moved = setActionDueDate(
			'digital-factory',
			'digital-factory.c@2',
			'2027-06-30',
			EDIT
		)({ ...assessment, plan: existing }).plan as ActionPlan;
		const added = proposePriority({
			questionnaire,
			assessment,
			score: scoreAssessment(questionnaire, assessment),
			transformationId: 'end-to-end-engineering',
			language: 'en',
			today: '2026-11-22',
			plan: {
				priorities: moved.priorities.filter((p) => p.transformationId === 'digital-factory')
			}
		});
		expect(added.actions.find((a) => a.id === 'end-to-end-engineering.b@2')?.dueDate).toBe(
			'2027-07-28'
		);
		expect(added.actions.find((a) => a.id === 'end-to-end-engineering.a@2')?.dueDate).toBe(
			'2026-12-20'
		);
	});
});

describe('orderConflicts: an edit that breaks the order is flagged', () => {
	const base = (): Assessment => ({ ...fixtureAssessment(), plan: plan() });
	const move = (assessment: Assessment, actionId: string, date: string) =>
		setActionDueDate(
			actionId.startsWith('digital') ? 'digital-factory' : 'end-to-end-engineering',
			actionId,
			date,
			EDIT
		)(assessment);

	it('flags an action due before the one it waits for, naming that one', () => {
		const edited = move(base(), 'digital-factory.a@1', '2026-12-01');
		const conflicts = orderConflicts(questionnaire, edited.plan as ActionPlan);
		expect([...conflicts.keys()]).toEqual(['digital-factory.a@1']);
		expect(conflicts.get('digital-factory.a@1')?.map((a) => [a.id, a.dueDate])).toEqual([
			['digital-factory.c@2', '2026-12-20']
		]);
	});

	it('flags the dependants when the prerequisite is moved later', () => {
		const edited = move(base(), 'digital-factory.c@2', '2027-03-01');
		expect([...orderConflicts(questionnaire, edited.plan as ActionPlan).keys()]).toEqual([
			'digital-factory.a@1',
			'end-to-end-engineering.b@2'
		]);
	});

	it('does not flag the same date, a cleared date, or a prerequisite without a date', () => {
		const same = move(base(), 'digital-factory.a@1', '2026-12-20');
		expect(orderConflicts(questionnaire, same.plan as ActionPlan).size).toBe(0);
		const cleared = move(base(), 'digital-factory.a@1', '');
		expect(orderConflicts(questionnaire, cleared.plan as ActionPlan).size).toBe(0);
		const undated = move(
			move(base(), 'digital-factory.c@2', ''),
			'digital-factory.a@1',
			'2026-11-30'
		);
		expect(orderConflicts(questionnaire, undated.plan as ActionPlan).size).toBe(0);
	});

	it('never flags an action the user wrote', () => {
		const assessment = fixtureAssessment();
		const withMine = editPlan(
			plan(assessment),
			addAction(
				'digital-factory',
				{ id: 'mine', text: 'Visit a plant', owner: '', dueDate: '2026-11-25' },
				EDIT
			)
		)(assessment);
		expect(orderConflicts(questionnaire, withMine.plan as ActionPlan).has('mine')).toBe(false);
	});
});

describe('the questionnaire in the app', () => {
	const v1 = loadContent(resolve('questionnaires')).questionnaires.find((q) => q.version === 1);

	it('proposes "choose an ERP" before "use the ERP planning module"', () => {
		if (!v1) throw new Error('questionnaire version 1 not found');
		// Every question of two transformations answered at 4, except the four below.
		const levels: Record<string, number> = {
			'digital-factory.planning': 2,
			'digital-factory.system-integration': 1,
			'smart-production-systems.connected-machines': 1,
			'smart-production-systems.data-analytics': 2
		};
		const mine = Object.fromEntries(
			v1.transformations
				.filter((t) => ['digital-factory', 'smart-production-systems'].includes(t.id))
				.flatMap((t) => t.questions)
				.map((q) => [q.id, { value: levels[q.id] ?? 4, at: NOW }])
		) as Assessment['answers'][string];
		const assessment: Assessment = {
			...fixtureAssessment(),
			questionnaire: { id: v1.id, version: v1.version },
			answers: { r1: mine },
			targets: {}
		};
		const actions = proposePlan({
			questionnaire: v1,
			assessment,
			score: scoreAssessment(v1, assessment),
			now: NOW,
			actionsPerPriority: 5
		}).priorities.flatMap((p) => p.actions);
		const due = (id: string) => actions.find((a) => a.id === id)?.dueDate ?? '';
		// choose an ERP: 12 months at most; the planning module (4 months) only after it.
		expect(due('digital-factory.system-integration@1')).toBe('2027-11-22');
		expect(due('digital-factory.planning@2')).toBe('2028-03-22');
		// analyse machine data only after the first machine is connected.
		expect(
			due('smart-production-systems.data-analytics@2') >
				due('smart-production-systems.connected-machines@1')
		).toBe(true);
	});
});
