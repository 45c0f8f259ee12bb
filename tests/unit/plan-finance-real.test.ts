// A few checks against the real catalogue in questionnaires/instruments (the fixture tests in
// plan-finance.test.ts fix the arithmetic). These hold whatever figures the research updates:
// who may use what, and that no amount breaks its own instrument's terms.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	eligibilityFacts,
	emptyProfile,
	isEligible,
	minCostFor,
	planFinance,
	type ActionCostType,
	type ActionPlan,
	type ActionTopic,
	type CompanyProfile,
	type TransformationId
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';

const TODAY = new Date('2026-12-01T12:00:00Z');
const catalogue = loadContent(resolve('questionnaires')).instruments;
const company = (fields: Partial<CompanyProfile>): CompanyProfile => ({
	...emptyProfile(),
	...fields
});

const COMPANIES = {
	Kortrijk: company({ postcode: '8500', employees: 30, yearFounded: 1990, sector: 'C25' }),
	Namur: company({
		postcode: '5000',
		employees: 120,
		turnover: 30e6,
		yearFounded: 1980,
		sector: 'C22'
	}),
	Eupen: company({ postcode: '4700', employees: 20, yearFounded: 2005, sector: 'C28' }),
	Anderlecht: company({
		postcode: '1070',
		employees: 8,
		turnover: 1.5e6,
		yearFounded: 2010,
		sector: 'C10'
	}),
	'Hasselt (starter)': company({ postcode: '3500', employees: 3, yearFounded: 2025, sector: 'C32' })
};

const eligibleIds = (profile: CompanyProfile) =>
	catalogue
		.filter((instrument) => isEligible(instrument, eligibilityFacts(profile, TODAY)).eligible)
		.map((instrument) => instrument.id);

/** A plan with one action of every kind of cost on typical topics, at typical SME amounts. */
function typicalPlan(): ActionPlan {
	const a = (id: string, costType: ActionCostType, topics: ActionTopic[], cost: number) => ({
		id,
		text: id,
		owner: '',
		dueDate: null,
		costType,
		topics,
		cost
	});
	const priority = (transformationId: TransformationId, actions: ReturnType<typeof a>[]) => ({
		transformationId,
		instrumentIds: [],
		actions
	});
	return {
		priorities: [
			priority('digital-factory', [
				a('erp', 'consultancy', ['digitalisation'], 15000),
				a('cyber', 'consultancy', ['cybersecurity'], 12000),
				a('mes', 'investment', ['digitalisation'], 80000)
			]),
			priority('smart-production-systems', [
				a('cobot', 'investment', ['automation'], 120000),
				a('vision', 'rd', ['product-development', 'automation'], 250000)
			]),
			priority('human-centred-production', [a('skills', 'training', ['skills'], 12000)]),
			priority('eco-production', [a('heat', 'investment', ['energy'], 200000)])
		],
		ambition: '',
		proposedAt: TODAY.toISOString(),
		editedAt: null
	};
}

describe('the real catalogue', () => {
	it('has one next step, with a public contact', () => {
		const next = catalogue.filter((instrument) => instrument.nextStep);
		expect(next).toHaveLength(1);
		expect(next[0]!.contact?.url ?? next[0]!.contact?.email).toBeTruthy();
	});

	it.each(Object.entries(COMPANIES))('%s: no ended scheme ever fits', (_name, profile) => {
		const ended = catalogue.filter((i) => i.status === 'ended').map((i) => i.id);
		expect(ended.length).toBeGreaterThan(0);
		expect(eligibleIds(profile).filter((id) => ended.includes(id))).toEqual([]);
	});

	it('Eupen: none of the schemes that exclude the German-speaking Community, and its own ones', () => {
		const ids = eligibleIds(COMPANIES.Eupen);
		const excluded = catalogue
			.filter((i) => i.eligibility?.excludesGermanSpeakingCommunity)
			.map((i) => i.id);
		expect(excluded.length).toBeGreaterThan(0);
		expect(ids.filter((id) => excluded.includes(id))).toEqual([]);
		const community = catalogue
			.filter((i) => i.level === 'german-speaking-community' && i.status !== 'ended')
			.map((i) => i.id);
		expect(community.length).toBeGreaterThan(0);
		expect(community.every((id) => ids.includes(id))).toBe(true);
		// Economic aid of the Walloon Region still serves Eupen.
		expect(ids.some((id) => catalogue.find((i) => i.id === id)!.level === 'wallonia')).toBe(true);
	});

	it('Namur: the Walloon schemes, none of the Community, none of Flanders or Brussels', () => {
		const levels = new Set(
			eligibleIds(COMPANIES.Namur).map((id) => catalogue.find((i) => i.id === id)!.level)
		);
		expect(levels.has('wallonia')).toBe(true);
		for (const other of ['german-speaking-community', 'flanders', 'brussels'] as const)
			expect(levels.has(other)).toBe(false);
	});

	it.each(Object.entries(COMPANIES))(
		'%s: every amount within its own instrument’s caps and minimums, each ceiling spent once',
		(_name, profile) => {
			const facts = eligibilityFacts(profile, TODAY);
			const finance = planFinance({ plan: typicalPlan(), instruments: catalogue, facts });
			const spent = new Map<string, number>();
			for (const action of finance.priorities.flatMap((p) => p.actions)) {
				for (const offer of [action.support, ...action.alternatives]) {
					if (!offer) continue;
					const funding = offer.instrument.funding!;
					expect(isEligible(offer.instrument, facts).eligible).toBe(true);
					expect(offer.amount).toBeGreaterThan(0);
					expect(offer.amount).toBeLessThanOrEqual(action.cost!);
					expect(offer.amount).toBeLessThanOrEqual(funding.capPerProject ?? Infinity);
					expect(offer.amount).toBeGreaterThanOrEqual(funding.minAid ?? 0);
					expect(action.cost!).toBeGreaterThanOrEqual(
						minCostFor(funding.minCost, facts.sizeClass) ?? 0
					);
				}
				if (action.support) {
					expect(action.support.instrument.confirmed).toBe(true);
					expect(action.support.instrument.status).toBe('open');
					expect(action.support.instrument.funding!.competitive).not.toBe(true);
					const key =
						action.support.instrument.funding!.sharesCeilingWith ?? action.support.instrument.id;
					spent.set(key, (spent.get(key) ?? 0) + action.support.amount);
				}
			}
			for (const [id, sum] of spent) {
				const funding = catalogue.find((i) => i.id === id)!.funding!;
				expect(sum).toBeLessThanOrEqual(
					Math.min(funding.capPerYear ?? Infinity, funding.capPerPeriod?.amount ?? Infinity)
				);
			}
			expect(finance.net).toBe(finance.cost - finance.support);
		}
	);

	it('Kortrijk: the cybersecurity advice voucher pays the cybersecurity action only', () => {
		const finance = planFinance({
			plan: typicalPlan(),
			instruments: catalogue,
			facts: eligibilityFacts(COMPANIES.Kortrijk, TODAY)
		});
		const byAction = new Map(
			finance.priorities
				.flatMap((p) => p.actions)
				.map((a) => [
					a.actionId,
					[a.support, ...a.alternatives].flatMap((o) => (o ? [o.instrument.id] : []))
				])
		);
		expect(byAction.get('cyber')).toContain('kmo-portefeuille-advies-cybersecurity');
		expect(byAction.get('erp')).not.toContain('kmo-portefeuille-advies-cybersecurity');
	});
});
