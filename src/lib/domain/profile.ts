// Pure domain code: no DOM, no storage, no Svelte.
// The company profile: region from the Belgian postcode, EU SME size class, NACE sector.
import type { Language, Region, SizeClass } from './content/schema';
import { isBelgianPostcode } from './postcodes';
import type { CompanyProfile } from './record';

/**
 * The region of a Belgian postcode: null for one bpost does not deliver to (isBelgianPostcode),
 * else by bpost's ranges per province.
 *
 *   regionFromPostcode('9000') -> 'flanders'  (Ghent)
 *   regionFromPostcode('4000') -> 'wallonia'  (Liège)
 *   regionFromPostcode('1000') -> 'brussels'
 *   regionFromPostcode('1300') -> 'wallonia'  (Walloon Brabant)
 *   regionFromPostcode('99')   -> null        (not a postcode)
 *   regionFromPostcode('9999') -> null        (four digits, but no such postcode)
 */
export function regionFromPostcode(postcode: string): Region | null {
	const trimmed = postcode.trim();
	if (!isBelgianPostcode(trimmed)) return null;
	const code = Number(trimmed);
	if (code <= 1299) return 'brussels';
	if (code <= 1499) return 'wallonia'; // Walloon Brabant
	if (code <= 3999) return 'flanders'; // Flemish Brabant, Antwerp, Limburg
	if (code <= 7999) return 'wallonia'; // Liège, Namur, Hainaut, Luxembourg
	return 'flanders'; // West and East Flanders
}

/**
 * The postcodes of the nine municipalities of the German-speaking Community (bpost codes of the
 * municipalities and their sections, as listed on "List of postal codes in Belgium", Wikipedia,
 * checked 2026-12-01; the nine municipalities as named by the Ministerium der Deutschsprachigen
 * Gemeinschaft, pdg.be "Städte und Gemeinden"). No other Belgian municipality uses a 47xx code,
 * but unassigned codes in the range are not the Community.
 */
export const GERMAN_SPEAKING_POSTCODES: Readonly<Record<string, string>> = {
	'4700': 'Eupen',
	'4701': 'Eupen (Kettenis)',
	'4710': 'Lontzen',
	'4711': 'Lontzen (Walhorn)',
	'4720': 'Kelmis',
	'4721': 'Kelmis (Neu-Moresnet)',
	'4728': 'Kelmis (Hergenrath)',
	'4730': 'Raeren',
	'4731': 'Raeren (Eynatten)',
	'4750': 'Bütgenbach',
	'4760': 'Büllingen',
	'4761': 'Büllingen (Rocherath)',
	'4770': 'Amel',
	'4771': 'Amel (Heppenbach)',
	'4780': 'Sankt Vith',
	'4782': 'Sankt Vith (Schönberg)',
	'4783': 'Sankt Vith (Lommersweiler)',
	'4784': 'Sankt Vith (Crombach)',
	'4790': 'Burg-Reuland',
	'4791': 'Burg-Reuland (Thommen)'
};

/**
 * Whether a postcode lies in the German-speaking Community. Its firms are in the Walloon Region
 * (regionFromPostcode gives 'wallonia'), but training and employment are the Community's, so
 * some Walloon schemes do not serve them and the Community has its own.
 *
 *   isGermanSpeakingPostcode('4700') -> true   (Eupen)
 *   isGermanSpeakingPostcode('4784') -> true   (Crombach, Sankt Vith)
 *   isGermanSpeakingPostcode('4705') -> false  (not a postcode)
 *   isGermanSpeakingPostcode('4800') -> false  (Verviers)
 */
export function isGermanSpeakingPostcode(postcode: string): boolean {
	return Object.hasOwn(GERMAN_SPEAKING_POSTCODES, postcode.trim());
}

/** Suggested language for a postcode, or null when the region is bilingual (Brussels). */
export function languageForPostcode(postcode: string): Language | null {
	if (isGermanSpeakingPostcode(postcode)) return 'de';
	const region = regionFromPostcode(postcode);
	if (region === 'flanders') return 'nl';
	if (region === 'wallonia') return 'fr';
	return null;
}

export type SizeInputs = {
	employees: number | null;
	turnover: number | null;
	balanceSheet: number | null;
};

/**
 * EU SME size class (Commission Recommendation 2003/361/EC, art. 2): the headcount ceiling must be
 * respected, and either the turnover or the balance-sheet ceiling. Unknown financial figures are
 * not held against the company; an unknown headcount gives no class.
 *
 * | class  | staff < | turnover ≤ | or balance sheet ≤ |
 * |--------|---------|------------|--------------------|
 * | micro  | 10      | €2 m       | €2 m               |
 * | small  | 50      | €10 m      | €10 m              |
 * | medium | 250     | €50 m      | €43 m              |
 *
 *   sizeClass({ employees: 8, turnover: 1e6, balanceSheet: null }) -> 'micro'
 *   sizeClass({ employees: 40, turnover: 12e6, balanceSheet: 9e6 }) -> 'small'
 *   sizeClass({ employees: 40, turnover: 12e6, balanceSheet: 11e6 }) -> 'medium'
 *   sizeClass({ employees: 300, turnover: 1e6, balanceSheet: 1e6 }) -> 'large'
 */
export function sizeClass({ employees, turnover, balanceSheet }: SizeInputs): SizeClass | null {
	if (employees === null || !Number.isFinite(employees) || employees < 0) return null;
	const withinMoney = (turnoverCap: number, balanceCap: number) => {
		if (turnover === null && balanceSheet === null) return true;
		const turnoverOk = turnover !== null && turnover <= turnoverCap;
		const balanceOk = balanceSheet !== null && balanceSheet <= balanceCap;
		// With only one figure known, that figure decides.
		if (turnover === null) return balanceOk;
		if (balanceSheet === null) return turnoverOk;
		return turnoverOk || balanceOk;
	};
	if (employees < 10 && withinMoney(2e6, 2e6)) return 'micro';
	if (employees < 50 && withinMoney(10e6, 10e6)) return 'small';
	if (employees < 250 && withinMoney(50e6, 43e6)) return 'medium';
	return 'large';
}

/** Company age in whole years at `today`, or null when the founding year is unknown. */
export function companyAge(yearFounded: number | null, today: Date): number | null {
	if (yearFounded === null || !Number.isInteger(yearFounded)) return null;
	return Math.max(0, today.getUTCFullYear() - yearFounded);
}

/** What instruments' eligibility depends on, as known from the company profile. */
export type EligibilityFacts = {
	region: Region | null;
	/**
	 * The company is in one of the nine municipalities of the German-speaking Community (inside
	 * the Walloon Region). Absent means not, or not known.
	 */
	germanSpeakingCommunity?: boolean;
	sizeClass: SizeClass | null;
	companyAgeYears: number | null;
	/** NACE code as in the profile: 'C25', 'C' or '25'. */
	sector: string | null;
};

/**
 * The profile's facts for matching support instruments: the region the user chose (it wins over
 * the postcode's), else the postcode's; the German-speaking Community from the postcode, only
 * while the region is Wallonia (where its municipalities lie); the EU size class; the company's
 * age at `today`.
 *
 *   profile: postcode '9000', region null, 45 staff, turnover €8 m, sector 'C25', founded 1987
 *   eligibilityFacts(profile, 2026-12-01) -> { region: 'flanders', germanSpeakingCommunity: false,
 *                                              sizeClass: 'small', companyAgeYears: 39, sector: 'C25' }
 *   postcode '4700' (Eupen)                -> { region: 'wallonia', germanSpeakingCommunity: true, … }
 */
export function eligibilityFacts(profile: CompanyProfile, today: Date): EligibilityFacts {
	const region = profile.region ?? regionFromPostcode(profile.postcode);
	return {
		region,
		germanSpeakingCommunity: region === 'wallonia' && isGermanSpeakingPostcode(profile.postcode),
		sizeClass: sizeClass(profile),
		companyAgeYears: companyAge(profile.yearFounded, today),
		sector: profile.sector
	};
}

/** NACE section of a sector code: 'C25' -> 'C', 'C' -> 'C', '25' -> 'C'. */
export function naceSection(code: string | null): string | null {
	if (!code) return null;
	const match = /^([A-U])?(\d{2})?$/.exec(code);
	if (!match) return null;
	if (match[1]) return match[1];
	const division = Number(match[2]);
	return (
		NACE_SECTION_BY_DIVISION.find(([from, to]) => division >= from && division <= to)?.[2] ?? null
	);
}

/** NACE division of a sector code: 'C25' -> '25', 'C' -> null. */
export function naceDivision(code: string | null): string | null {
	const match = code ? /(\d{2})$/.exec(code) : null;
	return match ? match[1]! : null;
}

// NACE Rev. 2 division ranges per section.
const NACE_SECTION_BY_DIVISION: [number, number, string][] = [
	[1, 3, 'A'],
	[5, 9, 'B'],
	[10, 33, 'C'],
	[35, 35, 'D'],
	[36, 39, 'E'],
	[41, 43, 'F'],
	[45, 47, 'G'],
	[49, 53, 'H'],
	[55, 56, 'I'],
	[58, 63, 'J'],
	[64, 66, 'K'],
	[68, 68, 'L'],
	[69, 75, 'M'],
	[77, 82, 'N'],
	[84, 84, 'O'],
	[85, 85, 'P'],
	[86, 88, 'Q'],
	[90, 93, 'R'],
	[94, 96, 'S'],
	[97, 98, 'T'],
	[99, 99, 'U']
];
