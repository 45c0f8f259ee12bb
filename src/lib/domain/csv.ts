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
import type { Answer, Assessment } from './record';
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

/** Column and value labels for the answers CSV, in the file's language (from the i18n catalog). */
export type AnswerCsvLabels = {
	company: string;
	started: string;
	questionnaire: string;
	version: string;
	respondent: string;
	role: string;
	transformation: string;
	questionId: string;
	question: string;
	level: string;
	answer: string;
	note: string;
	transformationScore: string;
	overall: string;
	/** Name of a respondent who has none: "Respondent 2". */
	unnamed: (n: number) => string;
	/** The group's agreed answer, shown as a respondent of its own. */
	consensus: string;
	dontKnow: string;
	notApplicable: string;
	/** A suggestion carried over from the previous assessment, not confirmed (it does not count). */
	suggested: string;
	yes: string;
	no: string;
};

/**
 * The answers in long format, for a spreadsheet's pivot table: a header, then one row per
 * respondent × question of the questionnaire (unanswered ones too, with an empty answer), then one
 * row per question the group agreed a consensus on. Each row carries the company, the day the
 * assessment was started, the questionnaire and its version, the transformation, the level as a
 * number (empty for "don't know", "not applicable" and unconfirmed suggestions), the answer in
 * words, whether the question has a note (not its text: notes may be confidential), and the
 * transformation's and the overall score shown on the results page.
 *
 *   2 respondents × 35 questions, 1 consensus -> 1 + 70 + 1 rows
 */
export function answerCsvRows(input: {
	assessment: Assessment;
	questionnaire: Questionnaire;
	score: AssessmentScore;
	language: Language;
	labels: AnswerCsvLabels;
}): CsvCell[][] {
	const { assessment, questionnaire, score, language, labels } = input;
	const one = (value: number | null) => (value === null ? null : round1(value));
	const header: CsvCell[] = [
		labels.company,
		labels.started,
		labels.questionnaire,
		labels.version,
		labels.respondent,
		labels.role,
		labels.transformation,
		labels.questionId,
		labels.question,
		labels.level,
		labels.answer,
		labels.note,
		labels.transformationScore,
		labels.overall
	];
	const inWords = (answer: Answer | undefined): CsvCell => {
		if (!answer) return null;
		if (answer.suggested) return labels.suggested;
		if (answer.value === 'dont-know') return labels.dontKnow;
		if (answer.value === 'not-applicable') return labels.notApplicable;
		return answer.value;
	};
	const level = (answer: Answer | undefined): CsvCell =>
		answer && !answer.suggested && typeof answer.value === 'number' ? answer.value : null;
	const people: { name: string; role: string; answers: Record<string, Answer>; all: boolean }[] = [
		...assessment.respondents.map((r, i) => ({
			name: r.name.trim() || labels.unnamed(i + 1),
			role: r.role,
			answers: assessment.answers[r.id] ?? {},
			all: true
		})),
		{ name: labels.consensus, role: '', answers: assessment.consensus, all: false }
	];
	const rows: CsvCell[][] = [header];
	for (const person of people) {
		for (const transformation of questionnaire.transformations) {
			const scored = score.transformations.find((t) => t.transformationId === transformation.id);
			for (const question of transformation.questions) {
				const answer = person.answers[question.id];
				if (!person.all && !answer) continue;
				rows.push([
					assessment.profile.name,
					assessment.createdAt.slice(0, 10),
					questionnaire.id,
					questionnaire.version,
					person.name,
					person.role,
					localize(transformation.name, language),
					question.id,
					localize(question.text, language),
					level(answer),
					inWords(answer),
					assessment.notes?.[question.id]?.text.trim() ? labels.yes : labels.no,
					one(scored?.score ?? null),
					one(score.overall)
				]);
			}
		}
	}
	return rows;
}
