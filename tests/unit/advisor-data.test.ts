// Advisor data that holds: nothing is stored before the user enters something, and a repeat
// assessment (T0 → T1) starts from the previous one's people and plan and is told apart in the list.
import { describe, expect, it } from 'vitest';
import {
	addRespondent,
	companyHistory,
	createAssessment,
	enteredSomething,
	groupPortfolio,
	matchesSearch,
	portfolioRow,
	setAmbition,
	setAnswer,
	setLastStep,
	setNote,
	setPlan,
	setProfile,
	startFromPrevious,
	type Assessment,
	type Change
} from '../../src/lib/domain';

const NOW = '2026-11-22T10:00:00.000Z';
const LATER = '2026-11-22T10:05:00.000Z';

function empty(id = 'a1', createdAt = NOW, respondentId = 'r1'): Assessment {
	return createAssessment({
		id,
		companyId: 'c1',
		respondentId,
		questionnaire: { id: 'made-different', version: 1 },
		language: 'nl',
		now: createdAt
	});
}

const apply = (a: Assessment, ...changes: Change[]) => changes.reduce((acc, c) => c(acc), a);

describe('enteredSomething: a started assessment is stored only once the user enters something', () => {
	const started = empty();

	it('moving through the steps is not entering something', () => {
		const moved = apply(
			started,
			setLastStep('digital-factory', LATER),
			setLastStep('profile', LATER)
		);
		expect(moved).not.toBe(started);
		expect(enteredSomething(started, moved)).toBe(false);
	});

	it.each<[string, Change]>([
		['a company name', setProfile({ ...started.profile, name: 'Acme' }, LATER)],
		['an answer', setAnswer('r1', 'digital-factory.planning', 2, LATER)],
		['a note', setNote('digital-factory.planning', 'Excel only', LATER)],
		['a second person', addRespondent({ id: 'r2', name: 'Bart', role: '' }, LATER)]
	])('%s is', (_label, change) => {
		expect(enteredSomething(started, change(started))).toBe(true);
	});

	it('a follow-up with everything copied from T0 is not, until the user changes it', () => {
		const t0 = apply(
			empty('t0', '2025-03-03T09:00:00.000Z'),
			setProfile({ ...empty().profile, name: 'History BV', postcode: '8500' }, NOW),
			setAnswer('r1', 'digital-factory.planning', 2, NOW)
		);
		const t1 = startFromPrevious(t0, ['digital-factory.planning'], LATER)(empty('t1', LATER, 'rx'));
		expect(enteredSomething(t1, setLastStep('digital-factory', LATER)(t1))).toBe(false);
		expect(enteredSomething(t1, setProfile({ ...t1.profile, employees: 12 }, LATER)(t1))).toBe(
			true
		);
	});
});

describe('startFromPrevious: T1 starts from T0’s people, targets and plan, not its answers', () => {
	const t0 = apply(
		empty('t0', '2025-03-03T09:00:00.000Z'),
		addRespondent({ id: 'r2', name: 'Bart', role: 'HR' }, NOW),
		setAnswer('r1', 'digital-factory.planning', 2, NOW),
		setAnswer('r2', 'digital-factory.planning', 4, NOW),
		setPlan(
			{
				priorities: [
					{
						transformationId: 'digital-factory',
						actions: [{ id: 'x', text: 'Choose an ERP', owner: 'Anne', dueDate: '2025-09-30' }],
						instrumentIds: []
					}
				],
				ambition: '',
				proposedAt: NOW,
				editedAt: NOW
			},
			NOW
		),
		setAmbition('Leverbetrouwbaarheid 98 % tegen 2027', NOW)
	);
	const t1 = startFromPrevious(t0, ['digital-factory.planning'], LATER)(empty('t1', LATER, 'rx'));

	it('copies the people, with T0’s answers as suggestions for the first of them only', () => {
		expect(t1.respondents.map((r) => r.name)).toEqual(['', 'Bart']);
		expect(t1.respondents.map((r) => r.id)).toEqual(['r1', 'r2']);
		expect(t1.answers).toEqual({
			r1: { 'digital-factory.planning': { value: 3, at: LATER, suggested: true } },
			r2: {}
		});
	});

	it('copies the plan with its ambition, as a copy', () => {
		expect(t1.plan?.ambition).toBe('Leverbetrouwbaarheid 98 % tegen 2027');
		expect(t1.plan?.priorities[0]?.actions[0]?.text).toBe('Choose an ERP');
		expect(t1.plan).not.toBe(t0.plan);
		expect(t1.basedOn).toBe('t0');
	});

	it('an assessment that already has answers keeps its own people', () => {
		const own = setAnswer('rx', 'digital-factory.planning', 5, NOW)(empty('t1', LATER, 'rx'));
		const next = startFromPrevious(t0, ['digital-factory.planning'], LATER)(own);
		expect(next.respondents.map((r) => r.id)).toEqual(['rx']);
		expect(next.answers.rx?.['digital-factory.planning']?.value).toBe(5);
	});
});

describe('companyHistory: the list tells T0 and T1 apart', () => {
	it('numbers the rounds by start date and names what a repeat repeats', () => {
		const t0 = empty('t0', '2025-03-03T09:00:00.000Z');
		const t1 = { ...empty('t1', '2026-11-22T09:00:00.000Z'), basedOn: 't0' };
		const t2 = { ...empty('t2', '2026-11-23T09:00:00.000Z'), basedOn: 'gone' };
		const other = { ...empty('o', '2026-01-01T00:00:00.000Z'), companyId: 'c2' };
		const [company, second] = groupPortfolio(
			[t0, t2, other, t1].map((a) => portfolioRow(a, undefined))
		);
		expect(company?.rows.map((r) => [r.assessment.id, r.round, r.repeatOf])).toEqual([
			['t2', 2, null],
			['t1', 1, '2025-03-03T09:00:00.000Z'],
			['t0', 0, null]
		]);
		expect(second?.rows.map((r) => [r.round, r.repeatOf])).toEqual([[0, null]]);
		expect(companyHistory([])).toEqual([]);
	});
});

describe('matchesSearch: the start page finds a company as people type its name', () => {
	const named = (name: string, postcode: string) => {
		const a = empty('s1');
		const [company] = groupPortfolio([
			portfolioRow({ ...a, profile: { ...a.profile, name, postcode } }, undefined)
		]);
		return company!;
	};

	it('whatever the accents, the case and the apostrophe', () => {
		const company = named('L’Atelier de Liège', '4000');
		for (const query of ["l'atelier", 'L’ATELIER', 'liege 4000', 'atelier liège'])
			expect(matchesSearch(company, query), query).toBe(true);
		expect(matchesSearch(named("L'Atelier", '4000'), 'l’atelier')).toBe(true);
		expect(matchesSearch(company, 'atelier 9000')).toBe(false);
	});
});
