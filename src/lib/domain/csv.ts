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
import type { Language, Questionnaire } from './content/schema';
import { localize } from './content/localize';
import type { Progress } from './history';
import { round1, type AssessmentScore, type ScoreStatus } from './scoring';

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

/** Column and status labels for the scores CSV, in the file's language (from the i18n catalog). */
export type ScoreCsvLabels = {
	company: string;
	transformation: string;
	score: string;
	status: string;
	statusLabel: Record<ScoreStatus, string>;
	weakestArea: string;
	weakestAreaScore: string;
	target: string;
	gap: string;
	selfEstimate: string;
	completeness: string;
	notApplicable: string;
	open: string;
	overall: string;
	previousScore: string;
	progress: string;
};

/**
 * The scores as CSV rows: a header, one row per transformation, the overall row. Indicative
 * scores are labelled in their own column, so a spreadsheet filter can leave them out; the
 * weakest area, the "not applicable" count and the open questions sit beside the completeness.
 * Numbers are plain numbers (score and area to one decimal, completeness in %).
 */
export function scoreCsvRows(input: {
	score: AssessmentScore;
	questionnaire: Questionnaire;
	company: string;
	language: Language;
	labels: ScoreCsvLabels;
	/** Earlier scores per transformation (T0 → T1), when there is an earlier assessment. */
	progress?: readonly Progress[];
}): CsvCell[][] {
	const { score, questionnaire, company, language, labels, progress } = input;
	const one = (value: number | null) => (value === null ? null : round1(value));
	const header: CsvCell[] = [
		labels.company,
		labels.transformation,
		labels.score,
		labels.status,
		labels.weakestArea,
		labels.weakestAreaScore,
		labels.target,
		labels.gap,
		labels.selfEstimate,
		`${labels.completeness} (%)`,
		labels.notApplicable,
		labels.open
	];
	if (progress) header.push(labels.previousScore, labels.progress);
	const rows: CsvCell[][] = [header];
	for (const t of score.transformations) {
		const name = localize(
			questionnaire.transformations.find((x) => x.id === t.transformationId)?.name,
			language
		);
		const row: CsvCell[] = [
			company,
			name,
			one(t.score),
			labels.statusLabel[t.status],
			t.weakestArea ? localize(t.weakestArea.area, language) : null,
			t.weakestArea ? one(t.weakestArea.score) : null,
			t.target,
			t.gap,
			t.selfEstimate,
			Math.round(t.completeness * 100),
			t.notApplicable,
			t.open
		];
		if (progress) {
			const p = progress.find((x) => x.transformationId === t.transformationId);
			row.push(one(p?.before ?? null), p?.change ?? null);
		}
		rows.push(row);
	}
	const overall: CsvCell[] = [
		company,
		labels.overall,
		one(score.overall),
		null,
		null,
		null,
		null,
		null,
		null,
		Math.round(score.completeness * 100),
		score.notApplicable,
		score.open
	];
	if (progress) overall.push(null, null);
	rows.push(overall);
	return rows;
}
