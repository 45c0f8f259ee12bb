import { describe, expect, it } from 'vitest';
import {
	companyAge,
	eligibilityFacts,
	emptyProfile,
	isGermanSpeakingPostcode,
	languageForPostcode,
	naceDivision,
	naceSection,
	regionFromPostcode,
	sizeClass,
	transformationName,
	type Questionnaire
} from '../../src/lib/domain';

describe('regionFromPostcode', () => {
	it.each([
		['1000', 'brussels'],
		['1210', 'brussels'],
		['1212', 'brussels'],
		['1931', 'flanders'],
		['1300', 'wallonia'],
		['1348', 'wallonia'],
		['1500', 'flanders'],
		['2000', 'flanders'],
		['3000', 'flanders'],
		['3500', 'flanders'],
		['4000', 'wallonia'],
		['4700', 'wallonia'],
		['5000', 'wallonia'],
		['6000', 'wallonia'],
		['6700', 'wallonia'],
		['7000', 'wallonia'],
		['8500', 'flanders'],
		['9000', 'flanders'],
		[' 9000 ', 'flanders'],
		['0999', null],
		['9999', null],
		['1299', null],
		['4705', null],
		['900', null],
		['90000', null],
		['B-9000', null],
		['', null]
	])('%s -> %s', (postcode, region) => {
		expect(regionFromPostcode(postcode)).toBe(region);
	});

	it.each([
		['4700', 'de'],
		['4780', 'de'],
		['4000', 'fr'],
		['9000', 'nl'],
		['1000', null]
	])('suggests a language for %s: %s', (postcode, language) => {
		expect(languageForPostcode(postcode)).toBe(language);
	});
});

describe('sizeClass (EU recommendation 2003/361)', () => {
	it.each([
		{ employees: 8, turnover: 1e6, balanceSheet: null, expected: 'micro' },
		{ employees: 9, turnover: 3e6, balanceSheet: 1.5e6, expected: 'micro' },
		{ employees: 9, turnover: 3e6, balanceSheet: 3e6, expected: 'small' },
		{ employees: 10, turnover: null, balanceSheet: null, expected: 'small' },
		{ employees: 40, turnover: 12e6, balanceSheet: 9e6, expected: 'small' },
		{ employees: 40, turnover: 12e6, balanceSheet: 11e6, expected: 'medium' },
		{ employees: 249, turnover: 60e6, balanceSheet: 43e6, expected: 'medium' },
		{ employees: 249, turnover: 60e6, balanceSheet: 44e6, expected: 'large' },
		{ employees: 250, turnover: 1e6, balanceSheet: 1e6, expected: 'large' },
		{ employees: null, turnover: 1e6, balanceSheet: 1e6, expected: null }
	])(
		'$employees staff, turnover $turnover, balance $balanceSheet -> $expected',
		({ employees, turnover, balanceSheet, expected }) => {
			expect(sizeClass({ employees, turnover, balanceSheet })).toBe(expected);
		}
	);
});

describe('sector and age', () => {
	it.each([
		['C25', 'C', '25'],
		['C', 'C', null],
		['F', 'F', null],
		['01', 'A', '01'],
		[null, null, null]
	])('%s is in section %s, division %s', (code, section, division) => {
		expect(naceSection(code)).toBe(section);
		expect(naceDivision(code)).toBe(division);
	});

	it('counts the company age in whole years', () => {
		expect(companyAge(2020, new Date('2026-11-22'))).toBe(6);
		expect(companyAge(null, new Date('2026-11-22'))).toBeNull();
	});
});

describe('eligibilityFacts', () => {
	const profile = {
		...emptyProfile(),
		postcode: '9000',
		employees: 45,
		turnover: 8_000_000,
		sector: 'C25',
		yearFounded: 1987
	};
	const today = new Date('2026-12-01');

	it('takes the region from the postcode, the size class from staff and money, the age at today', () => {
		expect(eligibilityFacts(profile, today)).toEqual({
			region: 'flanders',
			germanSpeakingCommunity: false,
			sizeClass: 'small',
			companyAgeYears: 39,
			sector: 'C25'
		});
	});

	it("keeps the region the user chose over the postcode's", () => {
		const chosen = { ...profile, region: 'brussels' as const, regionOverridden: true };
		expect(eligibilityFacts(chosen, today).region).toBe('brussels');
	});

	it('knows nothing it was not told', () => {
		expect(eligibilityFacts(emptyProfile(), today)).toEqual({
			region: null,
			germanSpeakingCommunity: false,
			sizeClass: null,
			companyAgeYears: null,
			sector: null
		});
	});
});

describe('isGermanSpeakingPostcode: the nine municipalities of the German-speaking Community', () => {
	it.each([
		['4700', true], // Eupen
		['4701', true], // Kettenis (Eupen)
		['4710', true], // Lontzen
		['4711', true], // Walhorn (Lontzen)
		['4720', true], // Kelmis
		['4721', true], // Neu-Moresnet (Kelmis)
		['4728', true], // Hergenrath (Kelmis)
		['4730', true], // Raeren
		['4731', true], // Eynatten (Raeren)
		['4750', true], // Bütgenbach
		['4760', true], // Büllingen
		['4761', true], // Rocherath (Büllingen)
		['4770', true], // Amel
		['4771', true], // Heppenbach (Amel)
		['4780', true], // Sankt Vith
		['4782', true], // Schönberg (Sankt Vith)
		['4783', true], // Lommersweiler (Sankt Vith)
		['4784', true], // Crombach (Sankt Vith)
		['4790', true], // Burg-Reuland
		['4791', true], // Thommen (Burg-Reuland)
		[' 4700 ', true],
		['4702', false], // not a postcode
		['4740', false],
		['4800', false], // Verviers
		['4837', false], // Baelen: French-speaking, next to Eupen
		['4950', false], // Waimes: French-speaking, next to Bütgenbach
		['4960', false], // Malmedy
		['1000', false],
		['', false]
	])('%s -> %s', (postcode, expected) => {
		expect(isGermanSpeakingPostcode(postcode)).toBe(expected);
	});

	it('Eupen is in the Walloon Region and the Community', () => {
		const facts = eligibilityFacts({ ...emptyProfile(), postcode: '4700' }, new Date('2026-12-01'));
		expect([facts.region, facts.germanSpeakingCommunity]).toEqual(['wallonia', true]);
	});
});

describe('transformationName', () => {
	const questionnaire = {
		transformations: [
			{ id: 'digital-factory', name: { nl: 'Digitale fabriek', en: 'Digital factory' } }
		]
	} as unknown as Questionnaire;

	it.each([
		['nl', 'Digitale fabriek'],
		['en', 'Digital factory'],
		['fr', 'Digital factory']
	] as const)('in %s: %s (English when the language is missing)', (language, name) => {
		expect(transformationName(questionnaire, 'digital-factory', language)).toBe(name);
	});

	it('falls back to the id for a transformation the questionnaire does not have', () => {
		expect(transformationName(questionnaire, 'eco-production', 'nl')).toBe('eco-production');
		expect(transformationName(null, 'eco-production', 'nl')).toBe('eco-production');
	});
});
