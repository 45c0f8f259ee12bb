// Pure domain code: no DOM, no storage, no Svelte.
// Scores as CSV for spreadsheets (RFC 4180).
//
// Decimals and separators: Excel reads a CSV with the separators of the computer's regional
// settings. In Belgium (nl-BE, fr-BE, de-BE) that is ";" between fields and "," as decimal sign;
// in English settings "," and ".". So the file follows the language chosen for it: 'nl', 'fr' and
// 'de' give `2,5;4` and 'en' gives `2.5,4`. Numbers are never formatted with thousands
// separators, so every spreadsheet reads them as numbers.
//
// Safety: a cell starting with = + - @ (or tab / carriage return) is taken as a formula by Excel,
// LibreOffice and Google Sheets ("CSV injection"). Such text cells get a leading apostrophe, which
// spreadsheets show as plain text. Our own numbers are written as numbers and never prefixed
// (a negative gap stays a negative number).
import type { Language } from './content/schema';

/** Byte order mark: without it Excel opens UTF-8 as Windows-1252 and mangles "Liège". */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null;

export type CsvDialect = { separator: ',' | ';'; decimal: '.' | ',' };

/** The dialect Excel expects with the given language's Belgian regional settings. */
export function csvDialect(language: Language): CsvDialect {
	return language === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, escaped per RFC 4180.
 *
 * @example csvCell('Müller "Fils"; Cie', { separator: ';', decimal: ',' }) → '"Müller ""Fils""; Cie"'
 * @example csvCell(2.5, { separator: ';', decimal: ',' }) → '2,5'
 * @example csvCell('=1+1', …) → "'=1+1"
 */
export function csvCell(value: CsvCell, dialect: CsvDialect): string {
	if (value === null) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		const text = String(value);
		return dialect.decimal === ',' ? text.replace('.', ',') : text;
	}
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV file: BOM, CRLF line ends (RFC 4180), every row with the same separator.
 *
 * @example toCsv([['a', 1.5]], { separator: ';', decimal: ',' }) → '\uFEFFa;1,5\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
	return (
		UTF8_BOM +
		rows
			.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator))
			.join('\r\n') +
		'\r\n'
	);
}
