import type { Language } from '$lib/domain';
import { DIGIT_GROUP as GROUP, PERCENT_SPACE } from '$lib/domain/content/typography';
import { dateFormat, numberFormat } from './intl';

// Scores, percentages, euro amounts, dates, months and lists are written here without Intl. The
// first Intl number, date or list format a browser tab builds loads the locale's data: 35–80 ms
// on a test machine's Chromium, more at a phone's speed, inside the task that draws the start
// page's list or the results. The forms below are the CLDR forms Intl writes for nl-BE, fr-BE,
// de-BE and en-GB; tests/unit/format.test.ts holds each equal to Intl over the values pages show.
// What falls outside those (negative amounts, very large numbers, years before 1000) goes to Intl.

/**
 * `value` × 10^`shift` as a whole number, rounded half away from zero as Intl rounds: on the
 * shortest decimal that names the double, shifted, not on the binary product (0.285 × 100 is
 * 28.499999999999996 in binary; Intl reads 0.285, shifts it to 28.5 and writes 29).
 */
function roundedWhole(value: number, shift = 0): number {
	if (!Number.isFinite(value)) return Number.NaN;
	const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
	const digits = mantissa.replace('.', '');
	const before = Number(exponent) + shift + 1; // digits before the decimal point
	const whole = before > 0 ? Number(digits.slice(0, before).padEnd(before, '0')) : 0;
	const roundsUp = before >= 0 && (digits[before] ?? '0') >= '5';
	return Math.sign(value) * (whole + (roundsUp ? 1 : 0));
}

/** Whether `whole` is one the hand-written forms cover: 0 up to 2^53 − 1, not -0. */
const isPlainWhole = (whole: number) =>
	Number.isSafeInteger(whole) && whole >= 0 && !Object.is(whole, -0);

/** A whole number with the language's digit grouping: 12.345.678, 12 345 678, 12,345,678. */
function groupDigits(whole: number, language: Language): string {
	return String(whole).replace(/\B(?=(\d{3})+$)/g, GROUP[language]);
}

/**
 * A score on the 1–5 scale (or a gap between two) to one decimal, with the language's decimal
 * sign; '–' when null. Written without Intl below a thousand, where it needs no grouping: the first
 * Intl.NumberFormat a page builds loads the locale's data, a sixtieth of a second at a phone's
 * speed, in the task that draws the scores. tests/unit/format.test.ts holds it equal to Intl's.
 */
export function formatScore(value: number | null, language: Language): string {
	if (value === null || !Number.isFinite(value)) return '–';
	const rounded = Math.round((value + Number.EPSILON) * 10) / 10;
	if (Math.abs(rounded) >= 1000)
		return numberFormat(language, 'score', {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1
		}).format(rounded);
	// toFixed(1) of a number already rounded to tenths is exact; -0 is written as 0.
	const text = (rounded === 0 ? 0 : rounded).toFixed(1);
	return language === 'en' ? text : text.replace('.', ',');
}

export function formatSignedGap(value: number | null, language: Language): string {
	if (value === null) return '–';
	const text = formatScore(Math.abs(value), language);
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** "43 %" in French and German, "43%" in Dutch and English: a fraction as a whole percentage. */
export function formatPercent(fraction: number, language: Language): string {
	const whole = roundedWhole(fraction, 2);
	if (!isPlainWhole(whole))
		return numberFormat(language, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(
			fraction
		);
	const digits = groupDigits(whole, language);
	return `${digits}${PERCENT_SPACE[language]}%`;
}

/** A whole euro amount: "€ 12.345" (nl), "12 345 €" (fr), "12.345 €" (de), "€12,345" (en). */
export function formatEuro(amount: number, language: Language): string {
	const whole = roundedWhole(amount);
	if (!isPlainWhole(whole))
		return numberFormat(language, 'euro', {
			style: 'currency',
			currency: 'EUR',
			maximumFractionDigits: 0
		}).format(amount);
	const digits = groupDigits(whole, language);
	if (language === 'nl') return `€\u00a0${digits}`;
	if (language === 'en') return `€${digits}`;
	return `${digits}\u00a0€`;
}

/** A number with up to three decimals, grouped: "12.345,678"; whole numbers without Intl. */
export function formatNumber(value: number, language: Language): string {
	if (isPlainWhole(value)) return groupDigits(value, language);
	return numberFormat(language, 'plain').format(value);
}

/**
 * A whole number in a form field, grouped as the reader writes it: 9.000.000 in Dutch and German,
 * 9 000 000 in French. English gets spaces too (the ISO way), not 9,000,000: in Belgium a comma is
 * the decimal sign and the form reads it so (parseWholeNumber).
 */
export function formatWholeNumberInput(value: number, language: Language): string {
	const whole = roundedWhole(value);
	const text = isPlainWhole(whole)
		? groupDigits(whole, language)
		: numberFormat(language, 'whole', { maximumFractionDigits: 0 }).format(value);
	return language === 'en' ? text.replace(/,/g, '\u202f') : text;
}

/** The months as a date names them (CLDR: format context, wide). */
const MONTHS: Record<Language, readonly string[]> = {
	nl: [
		'januari',
		'februari',
		'maart',
		'april',
		'mei',
		'juni',
		'juli',
		'augustus',
		'september',
		'oktober',
		'november',
		'december'
	],
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	de: [
		'Januar',
		'Februar',
		'März',
		'April',
		'Mai',
		'Juni',
		'Juli',
		'August',
		'September',
		'Oktober',
		'November',
		'Dezember'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

/** "2 december 2026", "2 décembre 2026", "2. Dezember 2026", "2 December 2026". */
function writeDay(day: number, monthIndex: number, year: number, language: Language): string {
	return `${day}${language === 'de' ? '.' : ''} ${MONTHS[language][monthIndex]} ${year}`;
}

export function formatDate(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	// A day without a time (a call's closing day, a check date) is that day everywhere: read as
	// UTC midnight, it must be printed in UTC too, or a reader west of UTC sees the day before.
	// A moment (when an assessment was made) is printed on the reader's own calendar.
	const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
	const year = dayOnly ? date.getUTCFullYear() : date.getFullYear();
	if (year < 1000 || year > 9999)
		return dateFormat(language, dayOnly ? 'day-utc' : 'day', {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			...(dayOnly && { timeZone: 'UTC' })
		}).format(date);
	return dayOnly
		? writeDay(date.getUTCDate(), date.getUTCMonth(), year, language)
		: writeDay(date.getDate(), date.getMonth(), year, language);
}

/** "as of March 2024" style month and year, from YYYY-MM or YYYY-MM-DD. */
export function formatMonth(isoMonth: string, language: Language): string {
	const [year, month] = isoMonth.split('-').map(Number);
	if (!year || !month) return isoMonth;
	if (year < 1000 || year > 9999 || month > 12)
		return dateFormat(language, 'month', {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(Date.UTC(year, month - 1, 1)));
	return `${MONTHS[language][month - 1]} ${year}`;
}

/** The word that joins the last two items of a list. */
const AND: Record<Language, string> = { nl: 'en', fr: 'et', de: 'und', en: 'and' };

/** "A, B en C", as Intl.ListFormat (conjunction) joins items; no serial comma in en-GB. */
export function conjunction(language: Language, items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${AND[language]} ${items.at(-1)}`;
}
