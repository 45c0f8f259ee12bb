import type { Language } from '$lib/domain';
import { conjunction, dateFormat, numberFormat } from './intl';

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

const percentFormat = (language: Language) =>
	numberFormat(language, 'percent', { style: 'percent', maximumFractionDigits: 0 });

export function formatPercent(fraction: number, language: Language): string {
	return percentFormat(language).format(fraction);
}

/**
 * Builds the formats an assessment's pages use, ahead of use. The first Intl format a page builds
 * loads the locale's data: about 15 ms, 60 ms at a phone's speed; each later kind a few ms more.
 * Those pages call this while the assessment is read from the device, so that cost is not in the
 * tasks that draw the scores and the support cards.
 */
export function prepareFormats(language: Language): void {
	percentFormat(language);
	monthFormat(language);
	conjunction(language, []);
}

export function formatEuro(amount: number, language: Language): string {
	return numberFormat(language, 'euro', {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	}).format(amount);
}

export function formatNumber(value: number, language: Language): string {
	return numberFormat(language, 'plain').format(value);
}

/**
 * A whole number in a form field, grouped as the reader writes it: 9.000.000 in Dutch and German,
 * 9 000 000 in French. English gets spaces too (the ISO way), not 9,000,000: in Belgium a comma is
 * the decimal sign and the form reads it so (parseWholeNumber).
 */
export function formatWholeNumberInput(value: number, language: Language): string {
	const text = numberFormat(language, 'whole', { maximumFractionDigits: 0 }).format(value);
	return language === 'en' ? text.replace(/,/g, '\u202f') : text;
}

export function formatDate(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	// A day without a time (a call's closing day, a check date) is that day everywhere: read as
	// UTC midnight, it must be printed in UTC too, or a reader west of UTC sees the day before.
	const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
	return dateFormat(language, dayOnly ? 'day-utc' : 'day', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...(dayOnly && { timeZone: 'UTC' })
	}).format(date);
}

/** "as of March 2024" style month and year, from YYYY-MM or YYYY-MM-DD. */
export function formatMonth(isoMonth: string, language: Language): string {
	const [year, month] = isoMonth.split('-').map(Number);
	if (!year || !month) return isoMonth;
	return monthFormat(language).format(new Date(Date.UTC(year, month - 1, 1)));
}

function monthFormat(language: Language): Intl.DateTimeFormat {
	return dateFormat(language, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
