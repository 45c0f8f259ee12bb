import { describe, expect, it } from 'vitest';
import {
	isEligible,
	minCostFor,
	planFinance,
	eligibilityFacts,
	type ActionCostType,
	type CatalogueInstrument,
	type CompanyProfile,
	type PlanFinance
} from '../../src/lib/domain';
import {
	ANDERLECHT,
	company,
	EUPEN,
	FINANCE_CATALOGUE,
	financePlan as plan,
	HASSELT_STARTER,
	KORTRIJK,
	NAMUR,
	fxDgTraining,
	fxKmoCyber,
	fxKmoTraining,
	fxVlGrowth,
	fxVlStarter,
	fxWaEnded,
	fxWaTrainingCheque,
	type PlanActionSpec
} from '../fixtures/finance';
import { instrument } from '../fixtures/instruments';

const TODAY = new Date('2026-12-01T12:00:00Z');

/** One line per action: the counted instrument and amount, the others, and the refusals. */
function summary(finance: PlanFinance) {
	return finance.priorities.flatMap((p) =>
		p.actions.map((a) => ({
			action: a.actionId,
			support: a.support
				? `${a.support.instrument.id} ${a.support.amount}${a.support.cappedBy ? ` capped:${a.support.cappedBy}` : ''}`
				: null,
			alternatives: a.alternatives.map(
				(o) => `${o.instrument.id} ${o.amount}${o.notCounted ? ` ${o.notCounted}` : ''}`
			),
			refused: a.refused.map((r) => `${r.instrument.id} ${JSON.stringify(r.reason)}`),
			missing: a.missing
		}))
	);
}

const totals = (finance: PlanFinance) => [
	...finance.priorities.map((p) => [p.transformationId, p.cost, p.support, p.net, p.uncosted]),
	['total', finance.cost, finance.support, finance.net, finance.uncosted]
];

const CASES = [
	{
		name: 'a small metalworker in Kortrijk',
		profile: KORTRIJK,
		plan: plan([
			[
				'digital-factory',
				[
					{ id: 'erp-advice', costType: 'consultancy', topics: ['digitalisation'], cost: 20000 },
					{ id: 'cyber-advice', costType: 'consultancy', topics: ['cybersecurity'], cost: 12000 },
					{ id: 'robot-cell', costType: 'investment', topics: ['automation'], cost: 120000 }
				]
			],
			[
				'human-centred-production',
				[
					{ id: 'training-1', costType: 'training', topics: ['skills'], cost: 15000 },
					{ id: 'training-2', costType: 'training', topics: ['skills'], cost: 20000 },
					{ id: 'training-3', costType: 'training', topics: ['skills'], cost: 5000 }
				]
			],
			[
				'end-to-end-engineering',
				[
					{ id: 'prototype', costType: 'rd', topics: ['product-development'], cost: 60000 },
					{ id: 'new-product', costType: 'rd', topics: ['product-development'], cost: 200000 }
				]
			]
		]),
		actions: [
			{
				// Advice on an ERP: the cybersecurity voucher does not pay for it; the transformation
				// support starts at €25,000; only an unconfirmed scheme would pay, and is not counted.
				action: 'erp-advice',
				support: null,
				alternatives: ['fx-vl-unconfirmed 8000 unconfirmed'],
				refused: ['fx-vl-transformation {"kind":"below-min-cost","minCost":25000}'],
				missing: null
			},
			{
				action: 'cyber-advice',
				support: 'fx-kmo-cyber 3600',
				alternatives: ['fx-vl-unconfirmed 4800 unconfirmed'],
				refused: ['fx-vl-transformation {"kind":"below-min-cost","minCost":25000}'],
				missing: null
			},
			{
				// 30 % of €120,000 is €36,000: capped at €30,000 per project.
				action: 'robot-cell',
				support: 'fx-vl-transformation 30000 capped:project',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				action: 'training-1',
				support: 'fx-kmo-training 4500',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				// 30 % would be €6,000, but only €3,000 of the €7,500 yearly ceiling is left.
				action: 'training-2',
				support: 'fx-kmo-training 3000 capped:year',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				action: 'training-3',
				support: null,
				alternatives: [],
				refused: ['fx-kmo-training {"kind":"budget-used","cap":"year","budget":7500}'],
				missing: null
			},
			{
				// 25 % of €60,000 is €15,000: below the €25,000 minimum grant.
				action: 'prototype',
				support: null,
				alternatives: ['fx-eu-research 42000 competitive'],
				refused: ['fx-vl-development {"kind":"below-min-aid","minAid":25000,"amount":15000}'],
				missing: null
			},
			{
				// EU research pays more, but only to the winners of its calls: not counted.
				action: 'new-product',
				support: 'fx-vl-development 50000',
				alternatives: ['fx-eu-research 140000 competitive'],
				refused: [],
				missing: null
			}
		],
		totals: [
			['digital-factory', 152000, 33600, 118400, 0],
			['human-centred-production', 40000, 7500, 32500, 0],
			['end-to-end-engineering', 260000, 50000, 210000, 0],
			['total', 452000, 91100, 360900, 0]
		]
	},
	{
		name: 'a medium plastics company in Namur',
		profile: NAMUR,
		plan: plan([
			[
				'smart-production-systems',
				[
					{ id: 'sensors', costType: 'investment', topics: ['automation'], cost: 80000 },
					{ id: 'line', costType: 'investment', topics: ['automation'], cost: 400000 }
				]
			],
			[
				'digital-factory',
				[
					{ id: 'mes-scan', costType: 'consultancy', topics: ['digitalisation'], cost: 10000 },
					{ id: 'mes-choice', costType: 'consultancy', topics: ['digitalisation'], cost: 30000 }
				]
			],
			[
				'human-centred-production',
				[{ id: 'operators', costType: 'training', topics: ['skills'], cost: 8000 }]
			]
		]),
		actions: [
			{
				// A medium company's investment premium starts at €100,000.
				action: 'sensors',
				support: null,
				alternatives: [],
				refused: ['fx-wa-investment {"kind":"below-min-cost","minCost":100000}'],
				missing: null
			},
			{
				action: 'line',
				support: 'fx-wa-investment 40000',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				action: 'mes-scan',
				support: 'fx-wa-cheques 5000',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				action: 'mes-choice',
				support: 'fx-wa-cheques 6000 capped:project',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				// Training cheques are for micro and small companies; the ended scheme never pays.
				action: 'operators',
				support: null,
				alternatives: [],
				refused: [],
				missing: null
			}
		],
		totals: [
			['smart-production-systems', 480000, 40000, 440000, 0],
			['digital-factory', 40000, 11000, 29000, 0],
			['human-centred-production', 8000, 0, 8000, 0],
			['total', 528000, 51000, 477000, 0]
		]
	},
	{
		name: 'a small machine builder in Eupen (German-speaking Community)',
		profile: EUPEN,
		plan: plan([
			[
				'human-centred-production',
				[{ id: 'welding-course', costType: 'training', topics: ['skills'], cost: 10000 }]
			],
			[
				'digital-factory',
				[{ id: 'erp-advice', costType: 'consultancy', topics: ['digitalisation'], cost: 10000 }]
			],
			[
				'smart-production-systems',
				[{ id: 'cobot', costType: 'investment', topics: ['automation'], cost: 60000 }]
			]
		]),
		actions: [
			{
				// Walloon training cheques exclude the Community; its own aid pays, up to €4,000 a year.
				action: 'welding-course',
				support: 'fx-dg-training 4000 capped:year',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				// Economic aid stays Walloon in Eupen: the business cheques do pay.
				action: 'erp-advice',
				support: 'fx-wa-cheques 6000 capped:project',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				action: 'cobot',
				support: 'fx-wa-investment 9000',
				alternatives: [],
				refused: [],
				missing: null
			}
		],
		totals: [
			['human-centred-production', 10000, 4000, 6000, 0],
			['digital-factory', 10000, 6000, 4000, 0],
			['smart-production-systems', 60000, 9000, 51000, 0],
			['total', 80000, 19000, 61000, 0]
		]
	},
	{
		name: 'a micro food producer in Anderlecht',
		profile: ANDERLECHT,
		plan: plan([
			[
				'digital-factory',
				[
					{ id: 'erp-advice', costType: 'consultancy', topics: ['digitalisation'], cost: 12000 },
					{ id: 'lean-office', costType: 'consultancy', topics: ['organisation'], cost: 16000 }
				]
			],
			[
				'eco-production',
				[
					{ id: 'heat-pump-small', costType: 'investment', topics: ['energy'], cost: 10000 },
					{ id: 'heat-recovery', costType: 'investment', topics: ['energy'], cost: 40000 }
				]
			],
			[
				'world-class-manufacturing',
				[
					{ id: 'quality-audit', costType: 'consultancy', topics: ['quality'], cost: null },
					{ id: 'v1-action', cost: 5000 }
				]
			]
		]),
		actions: [
			{
				action: 'erp-advice',
				support: 'fx-bx-consultancy 6000',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				// The federal organisation advice excludes food (NACE 10); the Brussels premium has
				// €4,000 of its €10,000 yearly ceiling left.
				action: 'lean-office',
				support: 'fx-bx-consultancy 4000 capped:year',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				action: 'heat-pump-small',
				support: null,
				alternatives: [],
				refused: ['fx-bx-investment {"kind":"below-min-cost","minCost":15000}'],
				missing: null
			},
			{
				action: 'heat-recovery',
				support: 'fx-bx-investment 8000',
				alternatives: [],
				refused: [],
				missing: null
			},
			{ action: 'quality-audit', support: null, alternatives: [], refused: [], missing: 'cost' },
			{ action: 'v1-action', support: null, alternatives: [], refused: [], missing: 'cost-type' }
		],
		totals: [
			['digital-factory', 28000, 10000, 18000, 0],
			['eco-production', 50000, 8000, 42000, 0],
			['world-class-manufacturing', 5000, 0, 5000, 1],
			['total', 83000, 18000, 65000, 1]
		]
	},
	{
		name: 'a starter in Hasselt, founded in 2025',
		profile: HASSELT_STARTER,
		plan: plan([
			[
				'digital-factory',
				[{ id: 'erp-advice', costType: 'consultancy', topics: ['digitalisation'], cost: 8000 }]
			],
			[
				'world-class-manufacturing',
				[
					{ id: 'quality-system', costType: 'consultancy', topics: ['quality'], cost: 6000 },
					{ id: 'shop-layout', costType: 'consultancy', topics: ['organisation'], cost: 3000 }
				]
			]
		]),
		actions: [
			{
				action: 'erp-advice',
				support: 'fx-vl-starter 4000',
				alternatives: ['fx-vl-unconfirmed 3200 unconfirmed'],
				refused: ['fx-vl-transformation {"kind":"below-min-cost","minCost":25000}'],
				missing: null
			},
			{
				// Quality coaching needs 3 years of existence: not offered to the starter.
				action: 'quality-system',
				support: 'fx-vl-starter 3000',
				alternatives: [],
				refused: [],
				missing: null
			},
			{
				// 90 % of €3,000 is €2,700, capped at €2,000; still more than the starter subsidy.
				action: 'shop-layout',
				support: 'fx-fed-organisation 2000 capped:project',
				alternatives: ['fx-vl-starter 1500'],
				refused: [],
				missing: null
			}
		],
		totals: [
			['digital-factory', 8000, 4000, 4000, 0],
			['world-class-manufacturing', 9000, 5000, 4000, 0],
			['total', 17000, 9000, 8000, 0]
		]
	}
];

describe('planFinance: cost, support and net cost of the plan for five companies', () => {
	it.each(CASES)('$name: the instruments and amounts per action', (c) => {
		const finance = planFinance({
			plan: c.plan,
			instruments: FINANCE_CATALOGUE,
			facts: eligibilityFacts(c.profile, TODAY),
			today: TODAY
		});
		expect(summary(finance)).toEqual(c.actions);
	});

	it.each(CASES)('$name: estimated cost, support and net cost per priority and in total', (c) => {
		const finance = planFinance({
			plan: c.plan,
			instruments: FINANCE_CATALOGUE,
			facts: eligibilityFacts(c.profile, TODAY),
			today: TODAY
		});
		expect(totals(finance)).toEqual(c.totals);
	});

	it.each(CASES)(
		'$name: no amount above a cap or below a minimum, no budget counted twice',
		(c) => {
			const facts = eligibilityFacts(c.profile, TODAY);
			const finance = planFinance({
				plan: c.plan,
				instruments: FINANCE_CATALOGUE,
				facts,
				today: TODAY
			});
			const counted = new Map<string, number>();
			for (const action of finance.priorities.flatMap((p) => p.actions)) {
				for (const offer of [action.support, ...action.alternatives]) {
					if (!offer) continue;
					const funding = offer.instrument.funding!;
					expect(offer.amount).toBeGreaterThan(0);
					expect(offer.amount).toBeLessThanOrEqual(funding.capPerProject ?? Infinity);
					expect(offer.amount).toBeLessThanOrEqual(funding.capPerYear ?? Infinity);
					expect(offer.amount).toBeGreaterThanOrEqual(funding.minAid ?? 0);
					expect(action.cost!).toBeGreaterThanOrEqual(
						minCostFor(funding.minCost, facts.sizeClass) ?? 0
					);
					expect(offer.amount).toBeLessThanOrEqual(action.cost!);
				}
				if (action.support) {
					const id = action.support.instrument.id;
					counted.set(id, (counted.get(id) ?? 0) + action.support.amount);
					expect(action.support.notCounted).toBeNull();
				}
			}
			for (const [id, sum] of counted) {
				const funding = FINANCE_CATALOGUE.find((i) => i.id === id)!.funding!;
				expect(sum).toBeLessThanOrEqual(
					Math.min(funding.capPerYear ?? Infinity, funding.capPerPeriod?.amount ?? Infinity)
				);
			}
		}
	);

	// One digital-factory advice action, weighed for a company with one fact missing.
	it.each([
		{
			name: 'counts nothing without the company size: rates depend on it',
			action: { id: 'a', costType: 'consultancy', topics: ['cybersecurity'], cost: 9000 },
			profile: { ...KORTRIJK, employees: null },
			expected: { action: 'a', support: null, alternatives: [], refused: [], missing: 'size' },
			totals: [9000, 0, 9000]
		},
		{
			// fx-kmo-cyber (cybersecurity only) is left out; the any-topic schemes are weighed.
			name: 'an action without topics is not paid by an instrument for some topics only',
			action: { id: 'a', costType: 'consultancy', cost: 12000 },
			profile: KORTRIJK,
			expected: {
				action: 'a',
				support: null,
				alternatives: ['fx-vl-unconfirmed 4800 unconfirmed'],
				refused: ['fx-vl-transformation {"kind":"below-min-cost","minCost":25000}'],
				missing: null
			},
			totals: [12000, 0, 12000]
		}
	] as {
		name: string;
		action: PlanActionSpec;
		profile: CompanyProfile;
		expected: ReturnType<typeof summary>[number];
		totals: [number, number, number];
	}[])('$name', ({ action, profile, expected, totals }) => {
		const finance = planFinance({
			plan: plan([['digital-factory', [action]]]),
			instruments: FINANCE_CATALOGUE,
			facts: eligibilityFacts(profile, TODAY),
			today: TODAY
		});
		expect(summary(finance)).toEqual([expected]);
		expect([finance.cost, finance.support, finance.net]).toEqual(totals);
	});
});

describe('eligibility that holds: the excluded cases', () => {
	const at = (profile: CompanyProfile) => eligibilityFacts(profile, TODAY);
	const LIEGE_SMALL = company({ postcode: '4000', employees: 20, yearFounded: 2005 });
	const VERVIERS_SMALL = company({ postcode: '4800', employees: 20, yearFounded: 2005 });

	it.each([
		[
			'Walloon training cheques, Eupen',
			fxWaTrainingCheque,
			EUPEN,
			false,
			'german-speaking-community'
		],
		['Walloon training cheques, Liège', fxWaTrainingCheque, LIEGE_SMALL, true, null],
		[
			'Walloon training cheques, Verviers (4800, not the Community)',
			fxWaTrainingCheque,
			VERVIERS_SMALL,
			true,
			null
		],
		['Community training aid, Eupen', fxDgTraining, EUPEN, true, null],
		[
			'Community training aid, Sankt Vith (4780)',
			fxDgTraining,
			{ ...EUPEN, postcode: '4780' },
			true,
			null
		],
		['Community training aid, Liège', fxDgTraining, LIEGE_SMALL, false, 'region'],
		['Community training aid, Kortrijk', fxDgTraining, KORTRIJK, false, 'region'],
		['starter subsidy, a 1-year-old firm', fxVlStarter, HASSELT_STARTER, true, null],
		['starter subsidy, a 36-year-old firm', fxVlStarter, KORTRIJK, false, 'age'],
		[
			'quality coaching (3 years minimum), a 1-year-old firm',
			fxVlGrowth,
			HASSELT_STARTER,
			false,
			'min-age'
		],
		['quality coaching (3 years minimum), a 36-year-old firm', fxVlGrowth, KORTRIJK, true, null],
		['an ended Walloon scheme, Namur', fxWaEnded, NAMUR, false, 'ended']
	] as [string, CatalogueInstrument, CompanyProfile, boolean, string | null][])(
		'%s',
		(_name, instrument, profile, eligible, reason) => {
			const result = isEligible(instrument, at(profile));
			expect(result.eligible).toBe(eligible);
			expect(result.reasons[0]?.kind ?? null).toBe(reason);
		}
	);

	it('a company whose region was set to Flanders by hand is not treated as the Community', () => {
		const facts = at({ ...EUPEN, region: 'flanders', regionOverridden: true });
		expect(facts.germanSpeakingCommunity).toBe(false);
		expect(isEligible(fxDgTraining, facts).eligible).toBe(false);
	});
});

describe('one budget per instrument for the whole plan', () => {
	const cyberPlan = plan([
		[
			'digital-factory',
			[
				{ id: 'a', costType: 'consultancy', topics: ['cybersecurity'], cost: 40000 },
				{ id: 'b', costType: 'consultancy', topics: ['cybersecurity'], cost: 40000 }
			]
		]
	]);
	const withCaps = (funding: Partial<NonNullable<CatalogueInstrument['funding']>>) =>
		({
			...fxKmoCyber,
			funding: { ...fxKmoCyber.funding!, capPerYear: undefined, ...funding }
		}) as CatalogueInstrument;

	it.each([
		[
			'a yearly ceiling below the multi-year one binds',
			{ capPerYear: 7500, capPerPeriod: { amount: 20000, years: 3 } },
			['fx-kmo-cyber 7500 capped:year', null]
		],
		[
			'a multi-year ceiling below the yearly one binds',
			{ capPerYear: 15000, capPerPeriod: { amount: 10000, years: 3 } },
			['fx-kmo-cyber 10000 capped:period', null]
		],
		[
			'the per-project cap applies to each action',
			{ capPerProject: 5000 },
			['fx-kmo-cyber 5000 capped:project', 'fx-kmo-cyber 5000 capped:project']
		],
		[
			'without a ceiling each action is paid in full',
			{},
			['fx-kmo-cyber 12000', 'fx-kmo-cyber 12000']
		]
	] as const)('%s', (_name, caps, expected) => {
		const finance = planFinance({
			plan: cyberPlan,
			instruments: [withCaps(caps)],
			facts: eligibilityFacts(KORTRIJK, TODAY),
			today: TODAY
		});
		expect(summary(finance).map((a) => a.support)).toEqual(expected);
	});
});

describe('which totals rest on the company’s own figures', () => {
	it('counts costed, uncosted and still-unsourced actions per priority and for the plan', () => {
		const base = plan([
			[
				'digital-factory',
				[
					{ id: 'own', costType: 'consultancy', topics: ['cybersecurity'], cost: 12000 },
					{ id: 'old', costType: 'consultancy', topics: ['cybersecurity'], cost: 10000 },
					{ id: 'none', costType: 'training', topics: ['skills'], cost: null }
				]
			],
			['eco-production', [{ id: 'later', costType: 'investment', cost: null }]]
		]);
		// 'old' is a plan stored before December 2026: the middle of an unsourced range.
		const stored = {
			...base,
			priorities: base.priorities.map((p) => ({
				...p,
				actions: p.actions.map((a) =>
					a.id === 'old' ? { ...a, costRange: { min: 5000, max: 15000 } } : a
				)
			}))
		};
		const finance = planFinance({
			plan: stored,
			instruments: FINANCE_CATALOGUE,
			facts: eligibilityFacts(KORTRIJK, TODAY),
			today: TODAY
		});
		const counts = (t: PlanFinance | PlanFinance['priorities'][number]) => [
			t.costed,
			t.uncosted,
			t.unchecked
		];
		expect(finance.priorities.map(counts)).toEqual([
			[2, 1, 1],
			[0, 1, 0]
		]);
		expect(counts(finance)).toEqual([2, 2, 1]);
	});
});

describe('instruments that share one ceiling (one wallet)', () => {
	it('training and cybersecurity advice of the same wallet spend one yearly ceiling', () => {
		const cyber = {
			...fxKmoCyber,
			funding: { ...fxKmoCyber.funding!, sharesCeilingWith: 'fx-kmo-training' }
		} as CatalogueInstrument;
		const finance = planFinance({
			plan: plan([
				[
					'digital-factory',
					[
						{ id: 'course', costType: 'training', topics: ['skills'], cost: 20000 },
						{ id: 'cyber', costType: 'consultancy', topics: ['cybersecurity'], cost: 10000 }
					]
				]
			]),
			instruments: [fxKmoTraining, cyber],
			facts: eligibilityFacts(KORTRIJK, TODAY),
			today: TODAY
		});
		// 30 % of €20,000 = €6,000; then 30 % of €10,000 = €3,000 but only €1,500 is left of €7,500.
		expect(summary(finance).map((a) => a.support)).toEqual([
			'fx-kmo-training 6000',
			'fx-kmo-cyber 1500 capped:year'
		]);
	});
});

describe('terms per kind of cost (strategic transformation support: 8 % investment, 20 % training)', () => {
	const sts = instrument('flanders', {
		id: 'fx-sts',
		kind: 'subsidy',
		funding: {
			covers: ['investment', 'training'],
			rate: { micro: 0.08, small: 0.08, medium: 0.08 },
			byCostType: {
				training: { rate: { micro: 0.2, small: 0.2, medium: 0.2, large: 0.2 }, minCost: 100000 }
			},
			capPerYear: 500000,
			minCost: 1000000
		},
		transformations: ['human-centred-production', 'smart-production-systems'],
		stages: ['realisation'],
		status: 'open',
		asOf: '2026-12'
	});
	const finance = (costType: ActionCostType, cost: number, profile = KORTRIJK) =>
		summary(
			planFinance({
				plan: plan([['human-centred-production', [{ id: 'a', costType, cost }]]]),
				instruments: [sts],
				facts: eligibilityFacts(profile, TODAY),
				today: TODAY
			})
		)[0];

	it.each([
		['investment of €2,000,000 at 8 %', 'investment', 2_000_000, 'fx-sts 160000', []],
		['training of €150,000 at 20 %', 'training', 150_000, 'fx-sts 30000', []],
		[
			'training below its own €100,000 minimum',
			'training',
			90_000,
			null,
			['fx-sts {"kind":"below-min-cost","minCost":100000}']
		],
		[
			'investment of €150,000 below the €1 million minimum',
			'investment',
			150_000,
			null,
			['fx-sts {"kind":"below-min-cost","minCost":1000000}']
		]
	] as [string, ActionCostType, number, string | null, string[]][])(
		'%s',
		(_name, costType, cost, support, refused) => {
			expect(finance(costType, cost)).toMatchObject({ support, refused });
		}
	);

	it('a large company gets the training rate but no investment rate', () => {
		const large = company({ ...KORTRIJK, employees: 400 });
		expect(finance('training', 200_000, large)).toMatchObject({ support: 'fx-sts 40000' });
		expect(finance('investment', 2_000_000, large)!.refused).toEqual(['fx-sts {"kind":"no-rate"}']);
	});
});

describe('a condition the profile cannot check: shown with what to add, never counted', () => {
	// Kortrijk without its founding year or its sector.
	const unknown = company({ ...KORTRIJK, yearFounded: null, sector: null });
	const finance = (profile: typeof KORTRIJK) =>
		planFinance({
			plan: plan([
				[
					'world-class-manufacturing',
					[{ id: 'quality-advice', costType: 'consultancy', topics: ['quality'], cost: 10000 }]
				],
				[
					'human-centred-production',
					[{ id: 'course', costType: 'training', topics: ['skills'], cost: 10000 }]
				]
			]),
			instruments: FINANCE_CATALOGUE,
			facts: eligibilityFacts(profile, TODAY),
			today: TODAY
		});

	it('without a founding year or a sector: the offers are shown, the support total stays 0', () => {
		const result = finance(unknown);
		expect(summary(result)).toEqual([
			{
				// Starter subsidy (up to 3 years old): 50 % of €10,000 = €5,000, at its €5,000 cap;
				// quality coaching (at least 3 years old): 40 % = €4,000. Neither age is known.
				action: 'quality-advice',
				support: null,
				alternatives: ['fx-vl-starter 5000 unchecked', 'fx-vl-growth 4000 unchecked'],
				refused: [],
				missing: null
			},
			{
				// Training voucher 30 % of €10,000 = €3,000, but it excludes NACE section A.
				action: 'course',
				support: null,
				alternatives: ['fx-kmo-training 3000 unchecked'],
				refused: [],
				missing: null
			}
		]);
		const offers = result.priorities.flatMap((p) => p.actions.flatMap((a) => a.alternatives));
		expect(offers.map((o) => o.unchecked)).toEqual([['age'], ['age'], ['sector']]);
		expect([result.cost, result.support, result.net]).toEqual([20000, 0, 20000]);
	});

	it('with the founding year and the sector: the firm of 1990 gets the coaching, not the starter subsidy', () => {
		const result = finance(KORTRIJK);
		expect(summary(result).map((a) => [a.action, a.support, a.alternatives])).toEqual([
			['quality-advice', 'fx-vl-growth 4000', []],
			['course', 'fx-kmo-training 3000', []]
		]);
		expect(result.support).toBe(7000);
	});
});
