import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkedFacts,
	fundingTerms,
	groupMatches,
	instrumentRegions,
	isEligible,
	isStale,
	matchInstruments,
	nextJourneyStage,
	regionFromPostcode,
	stageForScore,
	type CatalogueInstrument,
	type IneligibleReason,
	type ProfileFacts,
	type Region,
	type SizeClass
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';
import { instrumentStats, staleInstruments } from '../../src/lib/server/instrument-stats';
import { FINANCE_CATALOGUE } from '../fixtures/finance';
import { instruments as instrumentMessages } from '../../src/lib/i18n/messages/instruments';
import {
	bxInnovationClosed,
	bxStartup,
	euInnovation,
	FIXTURE_CATALOGUE,
	fedTax,
	mdNetwork,
	scoreOf,
	vlVoucher,
	waCheque
} from '../fixtures/instruments';

const TODAY = new Date('2026-11-22T10:00:00Z');

// World-class manufacturing 1.5 (gap 2.5, next stage diagnosis), digital factory 2.0 (gap 2,
// plan), eco-production 3.0 (gap 1, realisation), smart production systems 4.2 (no gap).
const SCORE = scoreOf({
	'world-class-manufacturing': 1.5,
	'digital-factory': 2,
	'eco-production': 3,
	'smart-production-systems': 4.2
});

type Expected = {
	id: string;
	stage: string;
	/** The share of the cost it pays this company (its terms); null when it pays none. */
	rate: number | null;
	stale?: boolean;
};

describe('matchInstruments: each company gets exactly what its eligibility allows', () => {
	it.each<{
		company: string;
		region: Region;
		sizeClass: SizeClass;
		age: number;
		sector: string;
		expected: Expected[];
	}>([
		{
			company: 'small Flemish company',
			region: 'flanders',
			sizeClass: 'small',
			age: 20,
			sector: 'C25',
			expected: [
				// Theme rate 0.6 for digital factory, above the base rate.
				{
					id: 'vl-voucher',
					stage: 'diagnosis',
					rate: 0.6
				},
				{ id: 'md-network', stage: 'diagnosis', rate: null },
				// Serves digital factory one stage ahead (realisation for a company at plan).
				{ id: 'fed-tax', stage: 'realisation', rate: null },
				{
					id: 'eu-innovation',
					stage: 'realisation',
					rate: 0.5
				},
				// Unknown status ranks last.
				{
					id: 'vl-transformation-subsidy',
					stage: 'plan',
					rate: 0.45,
					stale: true
				}
			]
		},
		{
			company: 'medium Walloon company',
			region: 'wallonia',
			sizeClass: 'medium',
			age: 40,
			sector: 'C28',
			expected: [
				{
					id: 'wa-cheque',
					stage: 'diagnosis',
					rate: 0.5
				},
				{ id: 'md-network', stage: 'diagnosis', rate: null },
				{ id: 'fed-tax', stage: 'realisation', rate: null }
			]
		},
		{
			company: 'Brussels micro start-up',
			region: 'brussels',
			sizeClass: 'micro',
			age: 2,
			sector: 'C26',
			expected: [
				{ id: 'md-network', stage: 'diagnosis', rate: null },
				{
					id: 'bx-startup',
					stage: 'plan',
					rate: 0.7
				},
				{ id: 'fed-tax', stage: 'realisation', rate: null },
				{
					id: 'eu-innovation',
					stage: 'realisation',
					rate: 0.5
				},
				// Closed: still listed (the UI says so), after every open one.
				{
					id: 'bx-innovation',
					stage: 'realisation',
					rate: 0.8
				}
			]
		},
		{
			company: 'large Flemish food company',
			region: 'flanders',
			sizeClass: 'large',
			age: 50,
			sector: 'C10',
			expected: [
				{ id: 'md-network', stage: 'diagnosis', rate: null },
				{ id: 'fed-tax', stage: 'realisation', rate: null },
				// The large-company rate.
				{
					id: 'vl-transformation-subsidy',
					stage: 'plan',
					rate: 0.25,
					stale: true
				}
			]
		},
		{
			company: 'large Walloon company',
			region: 'wallonia',
			sizeClass: 'large',
			age: 12,
			sector: 'C24',
			expected: [
				{ id: 'md-network', stage: 'diagnosis', rate: null },
				// Its terms only: no amount without a real cost (the plan computes those).
				{
					id: 'wa-investment',
					stage: 'plan',
					rate: 0.1
				},
				{ id: 'fed-tax', stage: 'realisation', rate: null }
			]
		}
	])('$company', ({ region, sizeClass, age, sector, expected }) => {
		const matches = matchInstruments({
			instruments: FIXTURE_CATALOGUE,
			region,
			sizeClass,
			companyAgeYears: age,
			sector,
			score: SCORE,
			today: TODAY
		});
		expect(
			matches.map((match) => ({
				id: match.instrument.id,
				stage: match.stage,
				rate: match.terms?.rate ?? null,
				...(match.stale ? { stale: true } : {})
			}))
		).toEqual(expected);
		expect(matches.map((match) => match.rank)).toEqual(expected.map((_, index) => index + 1));
		for (const match of matches) {
			expect(instrumentRegions(match.instrument)).toContain(region);
			expect(match.instrument.status).not.toBe('ended');
		}
	});

	it('lists the served transformations largest gap first, each with its own next stage', () => {
		const [voucher] = matchInstruments({
			instruments: [vlVoucher],
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: 20,
			sector: 'C25',
			score: SCORE,
			today: TODAY
		});
		expect(voucher?.transformations).toEqual([
			{
				transformationId: 'world-class-manufacturing',
				score: 1.5,
				target: 4,
				gap: 2.5,
				stage: 'diagnosis',
				matchedStage: 'diagnosis'
			},
			{
				transformationId: 'digital-factory',
				score: 2,
				target: 4,
				gap: 2,
				stage: 'plan',
				matchedStage: 'plan'
			}
		]);
		// The federal tax measure serves digital factory (next stage plan) one stage ahead.
		const [tax] = matchInstruments({
			instruments: [fedTax],
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: 20,
			sector: 'C25',
			score: SCORE,
			today: TODAY
		});
		expect(tax?.transformations.map((t) => [t.transformationId, t.stage, t.matchedStage])).toEqual([
			['digital-factory', 'plan', 'realisation'],
			['eco-production', 'realisation', 'realisation']
		]);
	});

	it('matches nothing when every transformation is at or above its target', () => {
		const score = scoreOf({ 'digital-factory': 4, 'eco-production': 4.5 });
		expect(
			matchInstruments({
				instruments: FIXTURE_CATALOGUE,
				region: 'flanders',
				sizeClass: 'small',
				companyAgeYears: 5,
				sector: 'C25',
				score,
				today: TODAY
			})
		).toEqual([]);
	});

	it('does not match an instrument serving only transformations without a gap', () => {
		const score = scoreOf({ 'smart-production-systems': 2, 'eco-production': 4 });
		const ids = matchInstruments({
			instruments: [euInnovation, vlVoucher],
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: 5,
			sector: 'C25',
			score,
			today: TODAY
		}).map((m) => m.instrument.id);
		// eu-innovation serves smart production systems at realisation, but that company is at 2.0
		// (next stage plan; realisation is one stage ahead: matched). vl-voucher serves neither.
		expect(ids).toEqual(['eu-innovation']);
	});

	it('an indicative score (too few answers) chooses no support; the same score scored does', () => {
		const scored = scoreOf({ 'smart-production-systems': 2, 'eco-production': 4 });
		const indicative = {
			...scored,
			transformations: scored.transformations.map((t) =>
				t.transformationId === 'smart-production-systems'
					? { ...t, status: 'indicative' as const, answered: 1, open: 3, completeness: 0.25 }
					: t
			)
		};
		const ids = (score: typeof scored) =>
			matchInstruments({
				instruments: [euInnovation],
				region: 'flanders',
				sizeClass: 'small',
				companyAgeYears: 5,
				sector: 'C25',
				score,
				today: TODAY
			}).map((m) => m.instrument.id);
		expect(ids(scored)).toEqual(['eu-innovation']);
		expect(ids(indicative)).toEqual([]);
	});

	it('with no known region shows only instruments open to all three regions', () => {
		const matches = matchInstruments({
			instruments: FIXTURE_CATALOGUE,
			region: null,
			sizeClass: 'small',
			companyAgeYears: 3,
			sector: null,
			score: SCORE,
			today: TODAY
		});
		expect(matches.map((m) => m.instrument.id)).toEqual(['md-network', 'fed-tax']);
	});

	it('with no known size class still matches but gives no terms', () => {
		const matches = matchInstruments({
			instruments: [vlVoucher],
			region: 'flanders',
			sizeClass: null,
			companyAgeYears: null,
			sector: null,
			score: SCORE,
			today: TODAY
		});
		expect(matches.map((m) => [m.instrument.id, m.terms])).toEqual([['vl-voucher', null]]);
	});
});

describe("ranking rules, each breaking the previous one's ties", () => {
	// Same base: an open Flemish voucher serving digital factory (gap 2, next stage plan).
	const base = {
		...vlVoucher,
		transformations: ['digital-factory' as const],
		stages: ['plan' as const]
	};
	const rank = (instruments: CatalogueInstrument[]) =>
		matchInstruments({
			instruments,
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: 20,
			sector: 'C25',
			score: SCORE,
			today: TODAY
		}).map((m) => m.instrument.id);
	it.each<{ rule: string; first: CatalogueInstrument; second: CatalogueInstrument }>([
		{
			rule: '0. confirmed facts before unconfirmed ones, whatever else',
			first: { ...base, id: 'b', status: 'unknown', asOf: '2019-01' },
			second: { ...base, id: 'a', confirmed: false, checked: '2026-11-22' }
		},
		{
			rule: '1. open before unknown',
			first: { ...base, id: 'b' },
			second: { ...base, id: 'a', status: 'unknown' }
		},
		{
			rule: '1. unknown before closed',
			first: { ...base, id: 'b', status: 'unknown' },
			second: { ...base, id: 'a', status: 'closed' }
		},
		{
			rule: '1b. fresh before stale, before the size of the gap',
			first: {
				...base,
				id: 'b',
				transformations: ['world-class-manufacturing'],
				stages: ['diagnosis']
			},
			second: { ...base, id: 'a', asOf: '2020-01' }
		},
		{
			rule: '2. larger gap first',
			first: {
				...base,
				id: 'b',
				transformations: ['world-class-manufacturing'],
				stages: ['diagnosis']
			},
			second: { ...base, id: 'a' }
		},
		{
			rule: '3. own stage before one ahead',
			first: { ...base, id: 'b' },
			second: { ...base, id: 'a', stages: ['realisation'] }
		},
		{
			rule: '4. regional before federal',
			first: { ...base, id: 'b' },
			second: { ...base, id: 'a', level: 'federal', regions: undefined }
		},
		{
			rule: '4. regional before programme even when serving fewer gaps',
			first: { ...base, id: 'b' },
			second: {
				...base,
				id: 'a',
				level: 'programme',
				regions: undefined,
				transformations: ['digital-factory', 'eco-production'],
				stages: ['plan', 'realisation']
			}
		},
		{
			rule: '5. more gap transformations first',
			first: {
				...base,
				id: 'b',
				transformations: ['digital-factory', 'eco-production'],
				stages: ['plan', 'realisation']
			},
			second: { ...base, id: 'a' }
		},
		{
			rule: '6. larger share of the cost first',
			first: { ...base, id: 'b', funding: { covers: ['consultancy'], rate: { small: 0.6 } } },
			second: { ...base, id: 'a', funding: { covers: ['consultancy'], rate: { small: 0.4 } } }
		},
		{
			rule: '6. a rate before none',
			first: { ...base, id: 'b' },
			second: { ...base, id: 'a', funding: undefined }
		},
		{
			rule: '7. fresh before stale',
			first: { ...base, id: 'b' },
			second: { ...base, id: 'a', asOf: '2020-01' }
		},
		{
			rule: '8. newer facts first',
			first: { ...base, id: 'b', asOf: '2026-06' },
			second: { ...base, id: 'a', asOf: '2026-01' }
		},
		{ rule: '9. then by id', first: { ...base, id: 'a' }, second: { ...base, id: 'b' } }
	])('$rule', ({ first, second }) => {
		expect(rank([second, first])).toEqual([first.id, second.id]);
		expect(rank([first, second])).toEqual([first.id, second.id]);
	});

	it('before all: conditions all checked before one the profile lacks the fact for, whatever else', () => {
		// No founding year: whether a scheme for firms up to 5 years old fits is not known.
		const checked = {
			...base,
			id: 'b',
			eligibility: { sizeClasses: ['small' as const] },
			confirmed: false,
			status: 'unknown' as const,
			asOf: '2019-01'
		};
		const young = { ...base, id: 'a', eligibility: { maxCompanyAgeYears: 5 } };
		const noSector = { ...base, id: 'c', eligibility: { excludedSectors: ['A'] } };
		const matches = matchInstruments({
			instruments: [young, noSector, checked],
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: null,
			sector: null,
			score: SCORE,
			today: TODAY
		});
		expect(matches.map((m) => [m.instrument.id, m.unchecked, m.rank])).toEqual([
			['b', [], 1],
			['a', ['age'], 2],
			['c', ['sector'], 3]
		]);
	});
});

describe('isEligible', () => {
	const facts = (overrides: Partial<ProfileFacts>): ProfileFacts => ({
		region: 'flanders',
		sizeClass: 'small',
		companyAgeYears: 10,
		sector: 'C25',
		...overrides
	});
	it.each<{
		name: string;
		instrument: CatalogueInstrument;
		facts: ProfileFacts;
		reasons: IneligibleReason[];
		unchecked?: string[];
	}>([
		{
			name: 'Flemish voucher, small Flemish company',
			instrument: vlVoucher,
			facts: facts({}),
			reasons: []
		},
		{
			name: 'Flemish voucher, Walloon company',
			instrument: vlVoucher,
			facts: facts({ region: 'wallonia' }),
			reasons: [{ kind: 'region', regions: ['flanders'], company: 'wallonia' }]
		},
		{
			name: 'Flemish voucher, large company',
			instrument: vlVoucher,
			facts: facts({ sizeClass: 'large' }),
			reasons: [{ kind: 'size', allowed: ['micro', 'small', 'medium'], company: 'large' }]
		},
		{
			name: 'Flemish voucher, farm (section A)',
			instrument: vlVoucher,
			facts: facts({ sector: 'A' }),
			reasons: [{ kind: 'sector', excluded: 'A', company: 'A' }]
		},
		{
			name: 'Walloon cheque, beverages (division 11)',
			instrument: waCheque,
			facts: facts({ region: 'wallonia', sector: 'C11' }),
			reasons: [{ kind: 'sector', excluded: '11', company: 'C11' }]
		},
		{
			name: 'Walloon cheque, division given without section',
			instrument: waCheque,
			facts: facts({ region: 'wallonia', sector: '10' }),
			reasons: [{ kind: 'sector', excluded: '10', company: '10' }]
		},
		{
			name: 'Brussels start-up aid, 5 years old',
			instrument: bxStartup,
			facts: facts({ region: 'brussels', sizeClass: 'micro', companyAgeYears: 5 }),
			reasons: []
		},
		{
			name: 'Brussels start-up aid, 6 years old',
			instrument: bxStartup,
			facts: facts({ region: 'brussels', sizeClass: 'micro', companyAgeYears: 6 }),
			reasons: [{ kind: 'age', maxYears: 5, company: 6 }]
		},
		{
			name: 'Brussels start-up aid, old medium Flemish company: every reason',
			instrument: bxStartup,
			facts: facts({ sizeClass: 'medium', companyAgeYears: 30 }),
			reasons: [
				{ kind: 'region', regions: ['brussels'], company: 'flanders' },
				{ kind: 'size', allowed: ['micro', 'small'], company: 'medium' },
				{ kind: 'age', maxYears: 5, company: 30 }
			]
		},
		{
			name: 'EU scheme for two regions, Walloon company',
			instrument: euInnovation,
			facts: facts({ region: 'wallonia' }),
			reasons: [{ kind: 'region', regions: ['flanders', 'brussels'], company: 'wallonia' }]
		},
		{
			name: 'EU scheme for two regions, unknown region',
			instrument: euInnovation,
			facts: facts({ region: null }),
			reasons: [{ kind: 'region-unknown', regions: ['flanders', 'brussels'] }]
		},
		{
			name: 'federal tax measure, unknown region',
			instrument: fedTax,
			facts: facts({ region: null, sizeClass: null }),
			reasons: []
		},
		{
			name: 'closed Brussels voucher stays eligible',
			instrument: bxInnovationClosed,
			facts: facts({ region: 'brussels' }),
			reasons: []
		},
		{
			name: 'unknown facts are listed, not held against the company',
			instrument: bxStartup,
			facts: facts({ region: 'brussels', sizeClass: null, companyAgeYears: null }),
			reasons: [],
			unchecked: ['size', 'age']
		},
		{
			name: 'unknown sector for a sector rule',
			instrument: waCheque,
			facts: facts({ region: 'wallonia', sector: null }),
			reasons: [],
			unchecked: ['sector']
		}
	])('$name', ({ instrument, facts, reasons, unchecked }) => {
		const result = isEligible(instrument, facts);
		expect(result.reasons).toEqual(reasons);
		expect(result.eligible).toBe(reasons.length === 0);
		expect(result.unchecked).toEqual(unchecked ?? []);
	});

	it('never lets an ended scheme through', () => {
		const ended = FIXTURE_CATALOGUE.find((i) => i.status === 'ended')!;
		expect(isEligible(ended, facts({}))).toEqual({
			eligible: false,
			reasons: [{ kind: 'ended' }],
			unchecked: []
		});
	});
});

describe('fundingTerms: the rate a company gets, without an invented amount', () => {
	it('takes the theme of the largest gap, not the best theme of any gap', () => {
		const label = (en: string) => ({ nl: en, fr: en, en, de: en });
		const themed = {
			...vlVoucher,
			funding: {
				covers: ['training' as const],
				rate: { small: 0.3 },
				themes: [
					{
						label: label('Cyber'),
						transformations: ['digital-factory' as const],
						rate: { small: 0.45 }
					},
					{
						label: label('Energy'),
						transformations: ['eco-production' as const],
						rate: { small: 0.4 }
					}
				]
			}
		};
		const eco = fundingTerms(themed, 'small', ['eco-production', 'digital-factory']);
		expect(eco).toMatchObject({ rate: 0.4, themeLabel: label('Energy') });
		const digital = fundingTerms(themed, 'small', ['digital-factory', 'eco-production']);
		expect(digital).toMatchObject({ rate: 0.45, themeLabel: label('Cyber') });
		const plain = fundingTerms(themed, 'small', ['production-network']);
		expect(plain).toEqual({ covers: ['training'], rate: 0.3 });
		expect(fundingTerms(themed, null, ['digital-factory'])).toBeNull();
	});

	it('carries the caps and the minimum for the size, and never an amount', () => {
		const terms = fundingTerms(
			{
				...vlVoucher,
				funding: {
					...vlVoucher.funding!,
					capPerProject: 9000,
					capPerYear: 4000,
					minCost: { small: 5000, medium: 20000 }
				}
			},
			'medium'
		);
		expect(terms).toMatchObject({ capPerProject: 9000, capPerYear: 4000, minCost: 20000 });
		expect(terms).not.toHaveProperty('amount');
	});
});

describe('journey stages', () => {
	it.each([
		[null, 'awareness'],
		[1, 'diagnosis'],
		[1.94, 'diagnosis'],
		[1.96, 'plan'],
		[2.9, 'plan'],
		[3, 'realisation'],
		[3.9, 'realisation'],
		[4, 'growth'],
		[5, 'growth']
	] as const)('score %s → %s', (score, stage) => {
		expect(stageForScore(score)).toBe(stage);
	});

	it.each([
		[{ 'digital-factory': 2.4 }, 1, 'plan'],
		[{ 'digital-factory': 3.5 }, 0.9, 'realisation'],
		[{ 'digital-factory': 3.5 }, 0.4, 'diagnosis'],
		[{ 'digital-factory': 1.2 }, 0.2, 'diagnosis'],
		[{}, 0, 'awareness']
	] as const)('company %o with completeness %s → %s', (scores, completeness, stage) => {
		expect(nextJourneyStage(scoreOf(scores, completeness))).toBe(stage);
	});
});

describe('isStale', () => {
	it.each([
		['2025-11', '2026-11-22', false],
		['2025-10', '2026-10-31', false],
		['2025-10', '2026-11-01', true],
		['2025-10-15', '2026-10-14', false],
		['2025-10-15', '2026-11-15', true],
		['2014-06', '2026-11-22', true]
	] as const)('asOf %s at %s → %s', (asOf, today, stale) => {
		expect(isStale(asOf, new Date(`${today}T12:00:00Z`))).toBe(stale);
	});
});

describe('groupMatches', () => {
	it('groups by transformation (largest gap first) and by stage (journey order)', () => {
		const matches = matchInstruments({
			instruments: FIXTURE_CATALOGUE,
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: 20,
			sector: 'C25',
			score: SCORE,
			today: TODAY
		});
		const grouped = groupMatches(matches);
		expect(
			grouped.byTransformation.map((g) => [
				g.transformationId,
				g.stage,
				g.matches.map((m) => m.instrument.id)
			])
		).toEqual([
			['world-class-manufacturing', 'diagnosis', ['vl-voucher', 'md-network']],
			[
				'digital-factory',
				'plan',
				['vl-voucher', 'md-network', 'fed-tax', 'vl-transformation-subsidy']
			],
			['eco-production', 'realisation', ['fed-tax', 'eu-innovation', 'vl-transformation-subsidy']]
		]);
		expect(grouped.byStage.map((g) => [g.stage, g.matches.map((m) => m.instrument.id)])).toEqual([
			['diagnosis', ['vl-voucher', 'md-network']],
			['plan', ['vl-transformation-subsidy']],
			['realisation', ['fed-tax', 'eu-innovation']]
		]);
	});

	it('is empty for no matches', () => {
		expect(groupMatches([])).toEqual({ byTransformation: [], byStage: [] });
	});
});

describe('the real catalogue', () => {
	const { instruments } = loadContent(resolve('questionnaires'));
	// Every transformation below target, at stages from diagnosis to realisation.
	const score = scoreOf({
		'world-class-manufacturing': 1.5,
		'end-to-end-engineering': 2.5,
		'digital-factory': 2,
		'human-centred-production': 3,
		'production-network': 1,
		'eco-production': 3.5,
		'smart-production-systems': 2.2
	});

	it.each([
		['9000', 'flanders'],
		['4000', 'wallonia'],
		['1000', 'brussels']
	] as const)('postcode %s: only %s and national instruments, none ended', (postcode, region) => {
		expect(regionFromPostcode(postcode)).toBe(region);
		for (const sizeClass of ['micro', 'small', 'medium', 'large'] as const) {
			const matches = matchInstruments({
				instruments,
				region,
				sizeClass,
				companyAgeYears: 3,
				sector: 'C25',
				score,
				today: TODAY
			});
			for (const match of matches) {
				expect(instrumentRegions(match.instrument), match.instrument.id).toContain(region);
				expect(match.instrument.status, match.instrument.id).not.toBe('ended');
				expect(['flanders', 'wallonia', 'brussels'].filter((r) => r !== region)).not.toContain(
					match.instrument.level
				);
			}
		}
		// The region's own schemes are offered to a small manufacturer there.
		const small = matchInstruments({
			instruments,
			region,
			sizeClass: 'small',
			companyAgeYears: 3,
			sector: 'C25',
			score,
			today: TODAY
		});
		expect(small.some((match) => match.instrument.level === region)).toBe(true);
	});
});

describe('instrumentStats', () => {
	it('counts per level, missing facts and stale ones', () => {
		const noSource = { ...mdNetwork, id: 'no-source', sources: [] };
		const noAsOf = { ...fedTax, id: 'no-as-of', asOf: '' };
		expect(instrumentStats([...FIXTURE_CATALOGUE, noSource, noAsOf], TODAY)).toEqual({
			total: 12,
			byLevel: {
				federal: 2,
				flanders: 3,
				wallonia: 2,
				brussels: 2,
				eu: 1,
				programme: 2,
				'german-speaking-community': 0
			},
			missingSource: 1,
			missingAsOf: 1,
			// vl-transformation-subsidy (2019-05) and vl-ended (2016-03).
			olderThan12Months: 2
		});
	});
});

describe('the reason sentence and the date warnings, in four languages', () => {
	const parts = {
		transformation: 'Digital factory',
		score: '2.0',
		target: 4,
		kind: 'voucher',
		stage: 'plan',
		ahead: false
	} as const;
	it.each([
		[
			'en',
			parts,
			'Digital factory is at 2.0, your target is 4: this voucher fits your next step, drawing up an action plan.'
		],
		[
			'en',
			{ ...parts, kind: 'network', stage: 'realisation', ahead: true },
			'Digital factory is at 2.0, your target is 4: this network fits a later step, carrying out the changes.'
		],
		[
			'nl',
			{ ...parts, transformation: 'Digitale fabriek', score: '2,0' },
			'Digitale fabriek staat op 2,0, uw doel is 4: deze steunmaatregel past bij uw volgende stap, het opstellen van een actieplan.'
		],
		[
			'fr',
			{ ...parts, transformation: 'Usine numérique', score: '2,0', kind: 'subsidy' },
			'Usine numérique est à 2,0, votre objectif est 4 : ce subside convient pour votre prochaine étape, l’élaboration d’un plan d’action.'
		],
		[
			'de',
			{ ...parts, transformation: 'Digitale Fabrik', score: '2,0' },
			'Digitale Fabrik steht bei 2,0, Ihr Ziel ist 4: Dieser Gutschein passt zu Ihrem nächsten Schritt, der Ausarbeitung eines Aktionsplans.'
		]
	] as const)('%s: %o', (language, p, sentence) => {
		expect(instrumentMessages[language].reason(p)).toBe(sentence);
	});

	it.each([
		[
			'en',
			'April 2024',
			'These facts date from April 2024: check the current rules with the operator before you apply'
		],
		[
			'fr',
			'avril 2024',
			'Ces informations datent d’avril 2024 : vérifiez les règles en vigueur auprès de l’opérateur avant d’introduire votre demande'
		],
		[
			'fr',
			'mars 2024',
			'Ces informations datent de mars 2024 : vérifiez les règles en vigueur auprès de l’opérateur avant d’introduire votre demande'
		]
	] as const)('%s stale warning for %s', (language, month, text) => {
		expect(instrumentMessages[language].stale(month)).toBe(text);
	});

	it.each(['nl', 'fr', 'de'] as const)('%s: the section heading is translated', (language) => {
		const heading = instrumentMessages[language].heading;
		expect(heading.trim()).not.toBe('');
		expect(heading).not.toBe(instrumentMessages.en.heading);
	});
});

describe('region names in sentences', () => {
	it.each([
		['fr', 'brussels', 'Aides pour une entreprise située à Bruxelles'],
		['fr', 'wallonia', 'Aides pour une entreprise située en Wallonie'],
		['nl', 'flanders', 'Getoond voor een bedrijf in Vlaanderen'],
		['en', 'brussels', 'Shown for a company in Brussels']
	] as const)('%s %s', (language, region, start) => {
		expect(instrumentMessages[language].regionIntro(region)).toMatch(new RegExp(`^${start},`));
	});
});

describe('matchInstruments: the German-speaking Community and topics', () => {
	const DF_SCORE = scoreOf({ 'digital-factory': 2, 'human-centred-production': 2 });
	const match = (input: Partial<Parameters<typeof matchInstruments>[0]>) =>
		matchInstruments({
			instruments: FINANCE_CATALOGUE,
			region: 'wallonia',
			sizeClass: 'small',
			companyAgeYears: 20,
			sector: 'C28',
			score: DF_SCORE,
			today: TODAY,
			...input
		})
			.map((m) => m.instrument.id)
			.sort();

	it('a firm in Eupen gets the Community training aid, not the Walloon training cheques', () => {
		const ids = match({ germanSpeakingCommunity: true });
		expect(ids).toContain('fx-dg-training');
		expect(ids).not.toContain('fx-wa-training-cheque');
		expect(ids).toContain('fx-wa-cheques');
	});

	it('a firm in Liège gets the Walloon training cheques, not the Community aid', () => {
		const ids = match({ germanSpeakingCommunity: false });
		expect(ids).toContain('fx-wa-training-cheque');
		expect(ids).not.toContain('fx-dg-training');
	});

	it("an instrument for some topics only is matched when the gap's next actions are on one", () => {
		const flemish = { region: 'flanders' as const };
		expect(
			match({ ...flemish, gapTopics: { 'digital-factory': ['digitalisation'] } })
		).not.toContain('fx-kmo-cyber');
		expect(
			match({ ...flemish, gapTopics: { 'digital-factory': ['digitalisation', 'cybersecurity'] } })
		).toContain('fx-kmo-cyber');
		// v1: the actions' topics are not known, so the card is shown (its text says what it pays).
		expect(match(flemish)).toContain('fx-kmo-cyber');
	});
});

describe('checkedFacts: the freshness line of the catalogue', () => {
	const at = new Date('2026-12-01T12:00:00Z');
	it.each([
		['confirmed, checked 1 month ago', true, '2026-11-01', 1],
		['confirmed, checked exactly 12 months ago', true, '2025-12-01', 1],
		['confirmed, checked 13 months ago', true, '2025-11-01', 0],
		['unconfirmed, looked at yesterday', false, '2026-11-30', 0]
	] as const)('%s -> %i', (_name, confirmed, checked, expected) => {
		expect(checkedFacts([{ confirmed, checked }], at)).toEqual({ checked: expected, total: 1 });
	});
});

describe('staleInstruments: npm run content:stale', () => {
	it('lists those not checked in 6 months and the unconfirmed, oldest first, with the page to check', () => {
		const at = new Date('2026-12-01T12:00:00Z');
		const list = staleInstruments(
			[
				{ ...vlVoucher, id: 'recent', checked: '2026-06-02' },
				{ ...vlVoucher, id: 'looked-at-today', checked: '2026-12-01', confirmed: false },
				{ ...vlVoucher, id: 'six-months', checked: '2026-06-01' },
				{ ...waCheque, id: 'old', checked: '2024-03-15', confirmed: false },
				{
					...fedTax,
					id: 'report-only',
					checked: '2025-01-10',
					link: undefined,
					sources: [{ report: { title: 'T', publisher: 'P', year: 2019 } }]
				}
			],
			at
		);
		expect(list.map((e) => [e.checked, e.id, e.confirmed, e.url])).toEqual([
			['2024-03-15', 'old', false, 'https://example.org/wa-cheque'],
			['2025-01-10', 'report-only', true, null],
			['2026-06-01', 'six-months', true, 'https://example.org/vl-voucher'],
			['2026-12-01', 'looked-at-today', false, 'https://example.org/vl-voucher']
		]);
	});
});
