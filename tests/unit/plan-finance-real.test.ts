// The plan's money against the real catalogue in questionnaires/instruments: one table of five
// companies and one fixed plan, with the exact instrument counted for each action, its amount, the
// instruments shown but not counted, those that fit but pay nothing (and why), and those whose own
// conditions exclude the company. Every amount was worked out by hand from the catalogue's
// published terms (the arithmetic is beside each row), not by running the code; when research
// changes a fact of the catalogue, the rows it touches must be worked out again.
// Below the table, property checks that hold whatever the figures: no amount above its caps, none
// below its minimums, each ceiling spent once.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	eligibilityFacts,
	isEligible,
	minCostFor,
	paysForAction,
	planFinance,
	type ActionFinance,
	type ActionPlan,
	type CompanyProfile,
	type IneligibleReason,
	type RefusedOffer,
	type SupportOffer
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';
import {
	ANDERLECHT,
	EUPEN,
	financePlan,
	HASSELT_STARTER,
	KORTRIJK,
	NAMUR,
	type PlanActionSpec
} from '../fixtures/finance';

const TODAY = new Date('2026-12-01T12:00:00Z');
const catalogue = loadContent(resolve('questionnaires')).instruments;

const COMPANIES = {
	// Flemish Region, 30 staff: small; founded 1990 (36 years).
	Kortrijk: KORTRIJK,
	// Walloon Region, 120 staff and €30 m turnover: medium; founded 1980.
	Namur: NAMUR,
	// Walloon Region and German-speaking Community, 20 staff: small; founded 2005.
	Eupen: EUPEN,
	// Brussels-Capital Region, 8 staff and €1.5 m turnover: micro; founded 2010; food (C10).
	Anderlecht: ANDERLECHT,
	// Flemish Region, 3 staff: micro; founded 2025 (1 year old on 1 December 2026).
	'Hasselt (starter)': HASSELT_STARTER
} satisfies Record<string, CompanyProfile>;
type Company = keyof typeof COMPANIES;

/** The fixed plan of the table, in plan order (shared ceilings are spent in this order). */
const ACTIONS = {
	erp: { id: 'erp', costType: 'consultancy', topics: ['digitalisation'], cost: 15000 },
	cyber: { id: 'cyber', costType: 'consultancy', topics: ['cybersecurity'], cost: 12000 },
	scanner: { id: 'scanner', costType: 'investment', topics: ['digitalisation'], cost: 12000 },
	vision: {
		id: 'vision',
		costType: 'rd',
		topics: ['product-development', 'automation'],
		cost: 150000
	},
	skills: { id: 'skills', costType: 'training', topics: ['skills'], cost: 12000 },
	patent: {
		id: 'patent',
		costType: 'consultancy',
		topics: ['intellectual-property', 'product-development'],
		cost: 6000
	},
	// A second patent application in the same year: one patent voucher a year.
	patent2: {
		id: 'patent2',
		costType: 'consultancy',
		topics: ['intellectual-property'],
		cost: 4000
	},
	heat: { id: 'heat', costType: 'investment', topics: ['energy'], cost: 200000 }
} satisfies Record<string, PlanActionSpec>;
type ActionId = keyof typeof ACTIONS;

const FIXED_PLAN: ActionPlan = financePlan([
	['digital-factory', [ACTIONS.erp, ACTIONS.cyber, ACTIONS.scanner]],
	['smart-production-systems', [ACTIONS.vision]],
	['human-centred-production', [ACTIONS.skills]],
	['end-to-end-engineering', [ACTIONS.patent, ACTIONS.patent2]],
	['eco-production', [ACTIONS.heat]]
]);
const PLAN_COST = 15000 + 12000 + 12000 + 150000 + 12000 + 6000 + 4000 + 200000; // 411,000

/**
 * One row of the table:
 * - an action row: what the company gets for one action of the fixed plan. `counted` is the
 *   instrument counted in the plan's support ("id amount", "capped:project|year" when a cap
 *   limited it) or null; `shown` the other offers, not counted ("id amount [capped:…]
 *   [why not counted]"); `refused` the instruments that fit but pay nothing ("id reason figures");
 *   `excluded` the instruments of the company's own area that pay for such an action but whose
 *   conditions exclude it ("id reason kinds"). Omitted lists are empty.
 * - an eligibility row: one instrument the company may not use, and the reasons.
 * - a totals row: the plan's estimated cost, support and net cost.
 */
type Row =
	| {
			company: Company;
			action: ActionId;
			counted: string | null;
			shown?: string[];
			refused?: string[];
			excluded?: string[];
	  }
	| { company: Company; instrument: string; excludedFor: IneligibleReason['kind'][] }
	| { company: Company; totals: { cost: number; support: number; net: number } };

// Instruments that fit several rows with the same outcome.
const PMV_LOANS = [
	'pmv-cofinanciering no-rate',
	'winwinlening no-rate',
	'pmv-waarborgregeling no-rate'
];
// Flemish strategic transformation support: investment only from €1,000,000.
const STRAT_INVEST = 'strategische-transformatiesteun below-min-cost 1000000';
// Flemish schemes for an energy investment of €200,000: strategic ecology support starts at
// €1.5 m; the others publish no rate (premium per technology list, loans).
const FLEMISH_HEAT = [
	STRAT_INVEST,
	'strategische-ecologiesteun below-min-cost 1500000',
	'ecologiepremie-plus no-rate',
	'green-investeringssteun no-rate',
	'ecoboostlening no-rate',
	...PMV_LOANS,
	'investeringsaftrek no-rate'
];
// R&D of €150,000 on product development in Flanders (micro or small: same rates):
// research project 60 % = 90,000, below its €100,000 minimum grant; EIC Accelerator 70 % =
// 105,000, below its €500,000 minimum; Horizon Europe 70 % = 105,000 in competitive calls (not
// counted); feasibility study 50 % = 75,000, capped at 50,000 a project. The SME Fund's IP
// vouchers pay IP fees only: not this R&D.
const FLEMISH_VISION = {
	// development project 45 % of 150,000 = 67,500, above its €25,000 minimum grant, under its cap.
	counted: 'vlaio-ontwikkelingsproject 67500',
	shown: ['horizon-europe 105000 competitive', 'vlaio-oo-haalbaarheidsstudie 50000 capped:project'],
	refused: [
		'vlaio-onderzoeksproject below-min-aid 100000 (90000)',
		'eic-accelerator below-min-aid 500000 (105000)',
		'bedrijfsvoorheffing-onderzoekers no-rate'
	]
};
// Walloon R&D of €150,000: Horizon Europe as in Flanders, the EIC below its minimum, the
// researchers' payroll-tax exemption without a rate.
const WALLOON_VISION_OTHERS = {
	shown: ['horizon-europe 105000 competitive'],
	refused: [
		'eic-accelerator below-min-aid 500000 (105000)',
		'bedrijfsvoorheffing-onderzoekers no-rate'
	]
};

const TABLE: Row[] = [
	// ── Kortrijk: small Flemish firm ──
	// ERP advice: growth subsidy from €20,000 (and unconfirmed); advice vouchers now cybersecurity only.
	{
		company: 'Kortrijk',
		action: 'erp',
		counted: null,
		refused: ['kmo-groeisubsidie below-min-cost 20000']
	},
	// Cybersecurity advice: 45 % of 12,000 = 5,400, under the SME wallet's 7,500 yearly ceiling; the
	// unconfirmed improvement track (50 % = 6,000) pays more but is not counted.
	{
		company: 'Kortrijk',
		action: 'cyber',
		counted: 'kmo-portefeuille-advies-cybersecurity 5400',
		shown: ['cybersecurity-verbetertraject 6000 unconfirmed']
	},
	// A €12,000 scanner: below the transformation support's €1 m; loans and the tax deduction
	// publish no rate; the PMV start loan is for firms up to 4 years old (Kortrijk: 36).
	{
		company: 'Kortrijk',
		action: 'scanner',
		counted: null,
		refused: [STRAT_INVEST, ...PMV_LOANS, 'investeringsaftrek no-rate'],
		excluded: ['pmv-startlening age']
	},
	{
		company: 'Kortrijk',
		action: 'vision',
		...FLEMISH_VISION,
		excluded: ['innovatieve-starterssteun age']
	},
	// Training: 30 % of 12,000 = 3,600, but the SME wallet's yearly ceiling of 7,500 is shared with
	// the cybersecurity advice (5,400 spent): 7,500 − 5,400 = 2,100. Strategic transformation
	// support pays training from €100,000 only.
	{
		company: 'Kortrijk',
		action: 'skills',
		counted: 'kmo-portefeuille 2100 capped:year',
		refused: ['strategische-transformatiesteun below-min-cost 100000']
	},
	// Patent: 75 % of 6,000 = 4,500, capped at the patent voucher's 2,500.
	{
		company: 'Kortrijk',
		action: 'patent',
		counted: 'sme-fund-ip-vouchers 2500 capped:project',
		refused: ['kmo-groeisubsidie below-min-cost 20000']
	},
	// A second patent the same year: the yearly ceiling of 2,500 is used by the first.
	{
		company: 'Kortrijk',
		action: 'patent2',
		counted: null,
		refused: ['sme-fund-ip-vouchers budget-used year 2500']
	},
	// Heat recovery €200,000: LIFE 60 % = 120,000 but its call is closed (not counted).
	{
		company: 'Kortrijk',
		action: 'heat',
		counted: null,
		shown: ['life-programme 120000 closed'],
		refused: FLEMISH_HEAT,
		excluded: ['pmv-startlening age']
	},
	{ company: 'Kortrijk', instrument: 'digitale-transformatieprojecten', excludedFor: ['ended'] },
	{ company: 'Kortrijk', instrument: 'pmv-startlening', excludedFor: ['age'] },
	// 5,400 + 67,500 + 2,100 + 2,500 = 77,500; 411,000 − 77,500 = 333,500.
	{ company: 'Kortrijk', totals: { cost: PLAN_COST, support: 77500, net: 333500 } },

	// ── Namur: medium Walloon firm ──
	// Digital maturity cheque 50 % of 15,000 = 7,500, under its 50,000 three-year ceiling.
	{ company: 'Namur', action: 'erp', counted: 'wal-cheque-maturite-numerique 7500' },
	// Cybersecurity cheque 75 % of 12,000 = 9,000.
	{ company: 'Namur', action: 'cyber', counted: 'wal-cheque-cybersecurite 9000' },
	// SME investment premium from €25,000 (12,000 is below: refused, no amount shown).
	{
		company: 'Namur',
		action: 'scanner',
		counted: null,
		refused: ['wal-prime-investissement-pme below-min-cost 25000', 'investeringsaftrek no-rate']
	},
	// Walloon R&D aid, medium rate 45 % of 150,000 = 67,500.
	{ company: 'Namur', action: 'vision', counted: 'wal-aides-rdi 67500', ...WALLOON_VISION_OTHERS },
	// Training cheques: no rate to compute (a fixed value per hour).
	{ company: 'Namur', action: 'skills', counted: null, refused: ['wal-cheques-formation no-rate'] },
	{ company: 'Namur', action: 'patent', counted: 'sme-fund-ip-vouchers 2500 capped:project' },
	{
		company: 'Namur',
		action: 'patent2',
		counted: null,
		refused: ['sme-fund-ip-vouchers budget-used year 2500']
	},
	// SME premium: no rate published in the catalogue; the large-company aid excludes a medium firm.
	{
		company: 'Namur',
		action: 'heat',
		counted: null,
		shown: ['life-programme 120000 closed'],
		refused: ['wal-prime-investissement-pme no-rate', 'investeringsaftrek no-rate'],
		excluded: ['wal-prime-investissement-ge size']
	},
	{ company: 'Namur', instrument: 'wal-prime-investissement-ge', excludedFor: ['size'] },
	{ company: 'Namur', instrument: 'wal-cheque-relance-numerique', excludedFor: ['ended'] },
	// 7,500 + 9,000 + 67,500 + 2,500 = 86,500; 411,000 − 86,500 = 324,500.
	{ company: 'Namur', totals: { cost: PLAN_COST, support: 86500, net: 324500 } },

	// ── Eupen: small firm in the German-speaking Community (Walloon Region) ──
	// The Walloon Region's economic aid serves Eupen: same cheques as Namur, small rates.
	{ company: 'Eupen', action: 'erp', counted: 'wal-cheque-maturite-numerique 7500' },
	{ company: 'Eupen', action: 'cyber', counted: 'wal-cheque-cybersecurite 9000' },
	{
		company: 'Eupen',
		action: 'scanner',
		counted: null,
		refused: ['wal-prime-investissement-pme below-min-cost 25000', 'investeringsaftrek no-rate']
	},
	// Walloon R&D aid, small rate 55 % of 150,000 = 82,500.
	{ company: 'Eupen', action: 'vision', counted: 'wal-aides-rdi 82500', ...WALLOON_VISION_OTHERS },
	// Training is the Community's: the Walloon training cheques exclude Eupen; the Community's
	// training aid has no rate; its further-training aid (33 % of 12,000 = 3,960, capped at 1,000)
	// is unconfirmed (not counted).
	{
		company: 'Eupen',
		action: 'skills',
		counted: null,
		shown: ['dg-weiterbildungsfoerderung 1000 capped:project unconfirmed'],
		refused: ['dg-ausbildungsbeihilfe no-rate'],
		excluded: ['wal-cheques-formation german-speaking-community']
	},
	{ company: 'Eupen', action: 'patent', counted: 'sme-fund-ip-vouchers 2500 capped:project' },
	{
		company: 'Eupen',
		action: 'patent2',
		counted: null,
		refused: ['sme-fund-ip-vouchers budget-used year 2500']
	},
	{
		company: 'Eupen',
		action: 'heat',
		counted: null,
		shown: ['life-programme 120000 closed'],
		refused: ['wal-prime-investissement-pme no-rate', 'investeringsaftrek no-rate'],
		excluded: ['wal-prime-investissement-ge size']
	},
	{
		company: 'Eupen',
		instrument: 'wal-cheques-formation',
		excludedFor: ['german-speaking-community']
	},
	{
		company: 'Eupen',
		instrument: 'wal-centres-de-competence',
		excludedFor: ['german-speaking-community']
	},
	{ company: 'Eupen', instrument: 'eif-sme-loan-guarantee', excludedFor: ['ended'] },
	// 7,500 + 9,000 + 82,500 + 2,500 = 101,500; 411,000 − 101,500 = 309,500.
	{ company: 'Eupen', totals: { cost: PLAN_COST, support: 101500, net: 309500 } },

	// ── Anderlecht: Brussels micro firm ──
	// Digitalisation premium 25 % of 15,000 = 3,750, under its 10,000 yearly ceiling.
	{ company: 'Anderlecht', action: 'erp', counted: 'bru-prime-digitalisation 3750' },
	// No Brussels, federal or EU scheme pays cybersecurity advice.
	{ company: 'Anderlecht', action: 'cyber', counted: null },
	// Investment premium from €15,000 for a micro firm: 12,000 is below (never 5 % = 600 shown).
	{
		company: 'Anderlecht',
		action: 'scanner',
		counted: null,
		refused: ['bru-prime-investissement below-min-cost 15000', 'investeringsaftrek no-rate']
	},
	// Innoviris R&D 45 % = 67,500 is unconfirmed, Horizon Europe competitive: nothing is counted.
	// Joint R&D sets no micro rate.
	{
		company: 'Anderlecht',
		action: 'vision',
		counted: null,
		shown: ['horizon-europe 105000 competitive', 'innoviris-rd-project 67500 unconfirmed'],
		refused: [
			'innoviris-joint-rd no-rate',
			'eic-accelerator below-min-aid 500000 (105000)',
			'bedrijfsvoorheffing-onderzoekers no-rate'
		]
	},
	// No Brussels scheme pays training.
	{ company: 'Anderlecht', action: 'skills', counted: null },
	// Patent voucher 75 % of 6,000 = 4,500, capped at 2,500; the consultancy premium (product
	// development) pays 25 % of 6,000 = 1,500: shown, not counted; innovation vouchers: no rate.
	{
		company: 'Anderlecht',
		action: 'patent',
		counted: 'sme-fund-ip-vouchers 2500 capped:project',
		shown: ['bru-prime-consultance 1500'],
		refused: ['boost-innovation-vouchers no-rate']
	},
	{
		company: 'Anderlecht',
		action: 'patent2',
		counted: null,
		refused: ['sme-fund-ip-vouchers budget-used year 2500', 'boost-innovation-vouchers no-rate']
	},
	// Investment premium 5 % of 200,000 = 10,000 (above the micro minimum of 15,000 invested, under
	// the 350,000 yearly ceiling).
	{
		company: 'Anderlecht',
		action: 'heat',
		counted: 'bru-prime-investissement 10000',
		shown: ['life-programme 120000 closed'],
		refused: ['investeringsaftrek no-rate']
	},
	{ company: 'Anderlecht', instrument: 'eif-sme-loan-guarantee', excludedFor: ['ended'] },
	// 3,750 + 2,500 + 10,000 = 16,250; 411,000 − 16,250 = 394,750.
	{ company: 'Anderlecht', totals: { cost: PLAN_COST, support: 16250, net: 394750 } },

	// ── Hasselt: Flemish micro starter, 1 year old ──
	{
		company: 'Hasselt (starter)',
		action: 'erp',
		counted: null,
		refused: ['kmo-groeisubsidie below-min-cost 20000']
	},
	// Micro rate as small: 45 % of 12,000 = 5,400.
	{
		company: 'Hasselt (starter)',
		action: 'cyber',
		counted: 'kmo-portefeuille-advies-cybersecurity 5400',
		shown: ['cybersecurity-verbetertraject 6000 unconfirmed']
	},
	// The starter may use the PMV start loan (up to 4 years old): it fits, with no rate to compute.
	{
		company: 'Hasselt (starter)',
		action: 'scanner',
		counted: null,
		refused: [STRAT_INVEST, 'pmv-startlening no-rate', ...PMV_LOANS, 'investeringsaftrek no-rate']
	},
	// As Kortrijk, plus innovative starter support (up to 2 years old; from €70,000 of R&D): no rate.
	{
		company: 'Hasselt (starter)',
		action: 'vision',
		...FLEMISH_VISION,
		refused: [...FLEMISH_VISION.refused, 'innovatieve-starterssteun no-rate']
	},
	// 30 % of 12,000 = 3,600; 7,500 − 5,400 = 2,100 left of the shared yearly ceiling.
	{
		company: 'Hasselt (starter)',
		action: 'skills',
		counted: 'kmo-portefeuille 2100 capped:year',
		refused: ['strategische-transformatiesteun below-min-cost 100000']
	},
	{
		company: 'Hasselt (starter)',
		action: 'patent',
		counted: 'sme-fund-ip-vouchers 2500 capped:project',
		refused: ['kmo-groeisubsidie below-min-cost 20000']
	},
	{
		company: 'Hasselt (starter)',
		action: 'patent2',
		counted: null,
		refused: ['sme-fund-ip-vouchers budget-used year 2500']
	},
	{
		company: 'Hasselt (starter)',
		action: 'heat',
		counted: null,
		shown: ['life-programme 120000 closed'],
		refused: [...FLEMISH_HEAT, 'pmv-startlening no-rate']
	},
	// 5,400 + 67,500 + 2,100 + 2,500 = 77,500; 411,000 − 77,500 = 333,500.
	{ company: 'Hasselt (starter)', totals: { cost: PLAN_COST, support: 77500, net: 333500 } }
];

const facts = (company: Company) => eligibilityFacts(COMPANIES[company], TODAY);
const financeOf = (company: Company) =>
	planFinance({ plan: FIXED_PLAN, instruments: catalogue, facts: facts(company), today: TODAY });

function offerText(offer: SupportOffer): string {
	return [
		offer.instrument.id,
		offer.amount,
		offer.cappedBy ? `capped:${offer.cappedBy}` : null,
		offer.notCounted
	]
		.filter((part) => part !== null)
		.join(' ');
}

function refusalText({ instrument, reason }: RefusedOffer): string {
	const figures =
		reason.kind === 'below-min-cost'
			? [reason.minCost]
			: reason.kind === 'below-min-aid'
				? [reason.minAid, `(${reason.amount})`]
				: reason.kind === 'budget-used'
					? [reason.cap, reason.budget]
					: [];
	return [instrument.id, reason.kind, ...figures].join(' ');
}

/** Instruments of the company's own area that pay for such an action but exclude the company. */
function excludedFor(company: Company, action: ActionFinance): string[] {
	const planAction = FIXED_PLAN.priorities
		.flatMap((p) => p.actions)
		.find((a) => a.id === action.actionId)!;
	return catalogue
		.filter((instrument) => paysForAction(instrument, planAction, action.transformationId))
		.map((instrument) => ({ instrument, eligibility: isEligible(instrument, facts(company)) }))
		.filter(
			({ eligibility }) =>
				!eligibility.eligible &&
				!eligibility.reasons.some((r) => r.kind === 'region' || r.kind === 'region-unknown')
		)
		.map(({ instrument, eligibility }) =>
			[instrument.id, ...eligibility.reasons.map((r) => r.kind)].join(' ')
		);
}

const sorted = (items: readonly string[]) => [...items].sort();

describe('the money of a fixed plan for five companies, against the real catalogue', () => {
	it('covers every company and every action of the plan', () => {
		for (const company of Object.keys(COMPANIES))
			for (const action of Object.keys(ACTIONS))
				expect(
					TABLE.some((row) => row.company === company && 'action' in row && row.action === action),
					`${company} ${action}`
				).toBe(true);
	});

	it.each(TABLE.map((row) => [rowName(row), row] as const))('%s', (_name, row) => {
		if ('instrument' in row) {
			const instrument = catalogue.find((i) => i.id === row.instrument);
			expect(instrument, row.instrument).toBeDefined();
			const eligibility = isEligible(instrument!, facts(row.company));
			expect(eligibility.eligible).toBe(false);
			expect(eligibility.reasons.map((r) => r.kind)).toEqual(row.excludedFor);
			return;
		}
		const finance = financeOf(row.company);
		if ('totals' in row) {
			expect({ cost: finance.cost, support: finance.support, net: finance.net }).toEqual(
				row.totals
			);
			expect(finance.uncosted).toBe(0);
			return;
		}
		const action = finance.priorities
			.flatMap((p) => p.actions)
			.find((a) => a.actionId === row.action)!;
		expect(action.missing).toBeNull();
		expect(action.support ? offerText(action.support) : null).toBe(row.counted);
		expect(sorted(action.alternatives.map(offerText))).toEqual(sorted(row.shown ?? []));
		expect(sorted(action.refused.map(refusalText))).toEqual(sorted(row.refused ?? []));
		expect(sorted(excludedFor(row.company, action))).toEqual(sorted(row.excluded ?? []));
	});
});

function rowName(row: Row): string {
	if ('instrument' in row) return `${row.company}: ${row.instrument} excluded (${row.excludedFor})`;
	if ('totals' in row) return `${row.company}: plan totals`;
	return `${row.company}: ${row.action} -> ${row.counted ?? 'nothing counted'}`;
}

const eligibleIds = (profile: CompanyProfile) =>
	catalogue
		.filter((instrument) => isEligible(instrument, eligibilityFacts(profile, TODAY)).eligible)
		.map((instrument) => instrument.id);

/** A wider plan for the property checks: one action of every kind of cost on typical topics. */
const TYPICAL_PLAN = financePlan([
	[
		'digital-factory',
		[
			{ id: 'erp', costType: 'consultancy', topics: ['digitalisation'], cost: 15000 },
			{ id: 'cyber', costType: 'consultancy', topics: ['cybersecurity'], cost: 12000 },
			{ id: 'mes', costType: 'investment', topics: ['digitalisation'], cost: 80000 }
		]
	],
	[
		'smart-production-systems',
		[
			{ id: 'cobot', costType: 'investment', topics: ['automation'], cost: 120000 },
			{ id: 'vision', costType: 'rd', topics: ['product-development', 'automation'], cost: 250000 }
		]
	],
	[
		'human-centred-production',
		[{ id: 'skills', costType: 'training', topics: ['skills'], cost: 12000 }]
	],
	['eco-production', [{ id: 'heat', costType: 'investment', topics: ['energy'], cost: 200000 }]]
]);

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
			const finance = planFinance({
				plan: TYPICAL_PLAN,
				instruments: catalogue,
				facts,
				today: TODAY
			});
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
			plan: TYPICAL_PLAN,
			instruments: catalogue,
			facts: eligibilityFacts(COMPANIES.Kortrijk, TODAY),
			today: TODAY
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
