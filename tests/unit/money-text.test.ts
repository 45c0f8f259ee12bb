// The sentences of an action's money when a condition could not be checked (no founding year,
// no sector): the same words on the plan page, the results' cards and the PDF, in four languages.
import { describe, expect, it } from 'vitest';
import {
	eligibilityFacts,
	localize,
	planFinance,
	type Language,
	type SizeClass
} from '../../src/lib/domain';
import { money } from '../../src/lib/i18n/messages/money';
import {
	describeActionMoney,
	uncheckedConditions
} from '../../src/lib/i18n/messages/money/describe';
import {
	company,
	financePlan,
	fxKmoTraining,
	fxVlGrowth,
	fxVlStarter,
	KORTRIJK
} from '../fixtures/finance';

const TODAY = new Date('2026-12-01T12:00:00Z');
const format = (language: Language) => ({
	euro: (amount: number) => `€${amount}`,
	percent: (fraction: number) => `${fraction * 100}%`,
	month: (iso: string) => iso,
	date: (iso: string) => iso,
	name: (text: Parameters<typeof localize>[0]) => localize(text, language),
	operator: (name: unknown) => String(name),
	sizes: (sizes: readonly SizeClass[]) => sizes.join(' + ')
});

describe('uncheckedConditions', () => {
	it.each<[Language, string]>([
		[
			'en',
			'Depends on your company’s age (for companies up to 3 years old): add the founding year in the company profile.'
		],
		[
			'nl',
			'Hangt af van de leeftijd van uw bedrijf (voor bedrijven tot 3 jaar oud): vul het oprichtingsjaar in bij het bedrijfsprofiel.'
		],
		[
			'fr',
			'Dépend de l’âge de votre entreprise (pour les entreprises de 3 ans maximum) : indiquez l’année de création dans le profil de l’entreprise.'
		],
		[
			'de',
			'Hängt vom Alter Ihres Unternehmens ab (für Unternehmen bis 3 Jahre alt): Geben Sie im Unternehmensprofil das Gründungsjahr an.'
		]
	])('%s: the age limit and the fact to add', (language, sentence) => {
		expect(uncheckedConditions(fxVlStarter, ['age'], money[language], format(language))).toEqual([
			sentence
		]);
	});

	it('says each limit the way it is set: a minimum, a range, one year, this year', () => {
		const t = money.en;
		const aged = (eligibility: object) =>
			uncheckedConditions({ ...fxVlGrowth, eligibility }, ['age'], t, format('en'))[0];
		expect(aged({ minCompanyAgeYears: 3 })).toContain('(for companies at least 3 years old)');
		expect(aged({ minCompanyAgeYears: 2, maxCompanyAgeYears: 5 })).toContain(
			'(for companies 2 to 5 years old)'
		);
		expect(aged({ maxCompanyAgeYears: 1 })).toContain('(for companies up to 1 year old)');
		expect(aged({ maxCompanyAgeYears: 0 })).toContain('(for companies founded this year)');
		expect(money.fr.ageUpTo(1)).toBe('pour les entreprises de 1 an maximum');
		expect(money.de.ageUpTo(1)).toBe('für Unternehmen bis 1 Jahr alt');
	});

	it('names the excluded sectors and the sizes', () => {
		expect(uncheckedConditions(fxKmoTraining, ['sector', 'size'], money.en, format('en'))).toEqual([
			'Depends on your sector (not for NACE A): add your sector in the company profile.',
			'Depends on your company’s size (for micro + small + medium): add the number of employees in the company profile.'
		]);
	});
});

describe('describeActionMoney: an offer whose condition could not be checked', () => {
	it('says it is not counted, and what to add', () => {
		const finance = planFinance({
			plan: financePlan([
				['human-centred-production', [{ id: 'course', costType: 'training', cost: 10000 }]]
			]),
			instruments: [fxKmoTraining],
			facts: eligibilityFacts(company({ ...KORTRIJK, sector: null }), TODAY),
			today: TODAY
		});
		const text = describeActionMoney(finance.priorities[0]!.actions[0]!, money.en, format('en'));
		expect(text.support).toBeNull();
		expect(text.missing).toBe('No support counted for this action.');
		expect(text.notes).toEqual([
			'fx-kmo-training might pay €3000, but your company profile lacks a fact its conditions depend on: not counted. Terms as of 2026-02. Depends on your sector (not for NACE A): add your sector in the company profile.'
		]);
	});
});

describe('describeActionMoney: every amount carries the date of its terms', () => {
	it('the counted support, an amount not counted and a refusal', () => {
		// Training voucher 30 %: €3,000 for the first course, €6,000 capped at the €4,500 left of
		// its €7,500 yearly ceiling for the second, nothing for the third.
		const finance = planFinance({
			plan: financePlan([
				[
					'human-centred-production',
					[
						{ id: 'course', costType: 'training', cost: 10000 },
						{ id: 'course-2', costType: 'training', cost: 20000 },
						{ id: 'course-3', costType: 'training', cost: 5000 }
					]
				]
			]),
			instruments: [fxKmoTraining],
			facts: eligibilityFacts(KORTRIJK, TODAY),
			today: TODAY
		});
		const [first, , third] = finance.priorities[0]!.actions.map((action) =>
			describeActionMoney(action, money.en, format('en'))
		);
		expect(first!.support).toBe(
			'Support: €3000 from fx-kmo-training (30% of the cost; terms as of 2026-02)'
		);
		expect(third!.notes).toEqual([
			'fx-kmo-training: its yearly ceiling of €7500 is used by earlier actions of this plan. Terms as of 2026-02.'
		]);
	});
});

describe('describeActionMoney: another scheme that would pay for the same action', () => {
	/** fxKmoTraining under another id, its rates times `factor`. */
	const twin = (id: string, factor: number) => {
		const copy = JSON.parse(JSON.stringify(fxKmoTraining).replaceAll('fx-kmo-training', id));
		for (const size of Object.keys(copy.funding.rate)) copy.funding.rate[size] *= factor;
		return copy as typeof fxKmoTraining;
	};
	const notes = (factor: number) => {
		const finance = planFinance({
			plan: financePlan([
				['human-centred-production', [{ id: 'course', costType: 'training', cost: 10000 }]]
			]),
			instruments: [fxKmoTraining, twin('fx-other', factor)],
			facts: eligibilityFacts(KORTRIJK, TODAY),
			today: TODAY
		});
		return describeActionMoney(finance.priorities[0]!.actions[0]!, money.en, format('en')).notes;
	};

	it('paying less: only the larger amount counts', () => {
		expect(notes(0.5)[0]).toMatch(
			/^fx-other would pay €1500 instead\. .*only the larger amount is counted\./
		);
	});

	it('paying as much: one of the two counts, no "larger" amount', () => {
		expect(notes(1)[0]).toMatch(
			/^fx-(other|kmo-training) would pay the same, €3000\. .*only one of the two is counted\./
		);
	});
});

describe('a cost proposed by an earlier version from an unsourced range', () => {
	it('asks for the company’s own estimate or quote, in four languages', () => {
		expect(money.en.unsourcedEstimate).toMatch(/no public source.*own estimate.*quote/);
		expect(money.nl.unsourcedEstimate).toMatch(/zonder publieke bron.*eigen raming.*offerte/);
		expect(money.fr.unsourcedEstimate).toMatch(/sans source publique.*propre estimation.*devis/);
		expect(money.de.unsourcedEstimate).toMatch(
			/ohne öffentliche Quelle.*eigene Schätzung.*Angebot/
		);
	});
});
