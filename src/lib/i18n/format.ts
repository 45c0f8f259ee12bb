import type { Language } from '$lib/domain';
import { intlTag } from './intl';

/** A score on the 1–5 scale to one decimal, with the language's decimal sign; '–' when null. */
export function formatScore(value: number | null, language: Language): string {
	if (value === null || !Number.isFinite(value)) return '–';
	return new Intl.NumberFormat(intlTag(language), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(Math.round((value + Number.EPSILON) * 10) / 10);
}

export function formatSignedGap(value: number | null, language: Language): string {
	if (value === null) return '–';
	const text = formatScore(Math.abs(value), language);
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function formatPercent(fraction: number, language: Language): string {
	return new Intl.NumberFormat(intlTag(language), {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(fraction);
}

export function formatEuro(amount: number, language: Language): string {
	return new Intl.NumberFormat(intlTag(language), {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	}).format(amount);
}

export function formatNumber(value: number, language: Language): string {
	return new Intl.NumberFormat(intlTag(language)).format(value);
}

/**
 * A whole number in a form field, grouped as the reader writes it: 9.000.000 in Dutch and German,
 * 9 000 000 in French. English gets spaces too (the ISO way), not 9,000,000: in Belgium a comma is
 * the decimal sign and the form reads it so (parseWholeNumber).
 */
export function formatWholeNumberInput(value: number, language: Language): string {
	const text = new Intl.NumberFormat(intlTag(language), { maximumFractionDigits: 0 }).format(value);
	return language === 'en' ? text.replace(/,/g, '\u202f') : text;
}

export function formatDate(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	// A day without a time (a call's closing day, a check date) is that day everywhere: read as
	// UTC midnight, it must be printed in UTC too, or a reader west of UTC sees the day before.
	const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
	return new Intl.DateTimeFormat(intlTag(language), {
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
	return new Intl.DateTimeFormat(intlTag(language), {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, month - 1, 1)));
}
