import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	answerCsvRows,
	csvCell,
	round1,
	scoreAssessment,
	type AnswerCsvLabels,
	type Assessment,
	csvDialect,
	scoreAnswers,
	scoreCsvRows,
	toCsv,
	UTF8_BOM,
	type CsvCell,
	type CsvDialect,
	type Questionnaire,
	type ScoreCsvLabels
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';
import { fixtureAssessment, fixtureQuestionnaire } from '../fixtures/plan-fixture';

const BE: CsvDialect = { separator: ';', decimal: ',' };
const EN: CsvDialect = { separator: ',', decimal: '.' };

describe('csvCell', () => {
	it.each<[string, CsvCell, CsvDialect, string]>([
		['plain text', 'Acme', BE, 'Acme'],
		['accents stay', 'Liège Métal', BE, 'Liège Métal'],
		['a quote is doubled and the cell quoted', 'The "best" NV', BE, '"The ""best"" NV"'],
		['the separator forces quotes (BE)', 'a;b', BE, '"a;b"'],
		['the separator forces quotes (EN)', 'a,b', EN, '"a,b"'],
		['a line break forces quotes', 'line 1\nline 2', BE, '"line 1\nline 2"'],
		['leading space is kept by quoting', ' x', BE, '" x"'],
		['formula with =', '=HYPERLINK("http://evil")', BE, `"'=HYPERLINK(""http://evil"")"`],
		['formula with +', '+32 9 123', BE, "'+32 9 123"],
		['formula with -', '-2+3', BE, "'-2+3"],
		['formula with @', '@SUM(A1)', BE, "'@SUM(A1)"],
		['formula with tab', '\t=1', BE, `'\t=1`],
		['decimal comma in Belgian settings', 2.5, BE, '2,5'],
		['decimal point in English settings', 2.5, EN, '2.5'],
		['a negative number stays a number', -0.7, BE, '-0,7'],
		['an integer', 4, BE, '4'],
		['null is empty', null, BE, ''],
		['NaN is empty', Number.NaN, BE, '']
	])('%s', (_label, value, dialect, expected) => {
		expect(csvCell(value, dialect)).toBe(expected);
	});
});

describe('toCsv', () => {
	it('starts with a BOM, separates fields by the dialect and ends lines with CRLF', () => {
		expect(
			toCsv(
				[
					['Transformation', 'Score'],
					['Digital factory', 2.3],
					['Eco-production', null]
				],
				BE
			)
		).toBe(`${UTF8_BOM}Transformation;Score\r\nDigital factory;2,3\r\nEco-production;\r\n`);
	});

	it.each([
		['nl', ';'],
		['fr', ';'],
		['de', ';'],
		['en', ',']
	] as const)('the %s file uses "%s"', (language, separator) => {
		expect(csvDialect(language).separator).toBe(separator);
	});
});

describe('scoreCsvRows', () => {
	const [, miniV2] = loadContent(resolve('tests/fixtures/content/valid-v2')).questionnaires as [
		Questionnaire,
		Questionnaire
	];
	const labels: ScoreCsvLabels = {
		company: 'Company',
		transformation: 'Transformation',
		score: 'Score',
		status: 'Status',
		statusLabel: { scored: 'scored', indicative: 'indicative', 'not-assessed': 'not assessed' },
		weakestArea: 'Weakest area',
		weakestAreaScore: 'Weakest area score',
		target: 'Target',
		gap: 'Gap',
		selfEstimate: 'Self-estimate',
		completeness: 'Answered',
		notApplicable: 'N/A',
		open: 'Open',
		overall: 'Overall',
		previousScore: 'Previous',
		progress: 'Change'
	};

	it('labels indicative scores and puts weakest area, N/A and open questions in their columns', () => {
		const score = scoreAnswers(miniV2, {
			'digital-factory.first': 2,
			'digital-factory.second': 'not-applicable',
			'eco-production.first': 5
		});
		const rows = scoreCsvRows({
			score,
			questionnaire: miniV2,
			company: 'Acme',
			language: 'en',
			labels
		});
		expect(rows[0]).toEqual([
			'Company',
			'Transformation',
			'Score',
			'Status',
			'Weakest area',
			'Weakest area score',
			'Target',
			'Gap',
			'Self-estimate',
			'Answered (%)',
			'N/A',
			'Open'
		]);
		expect(rows[3]).toEqual([
			'Acme',
			'digital-factory',
			2,
			'scored',
			'Area first',
			2,
			4,
			2,
			null,
			100,
			1,
			0
		]);
		expect(rows[6]?.slice(2, 6)).toEqual([5, 'indicative', 'Area first', 5]);
		expect(rows[1]?.slice(2, 4)).toEqual([null, 'not assessed']);
		expect(rows.at(-1)).toEqual([
			'Acme',
			'Overall',
			2,
			null,
			null,
			null,
			null,
			null,
			null,
			15,
			1,
			11
		]);
	});
});

describe('answerCsvRows: every answer in long format', () => {
	const questionnaire = fixtureQuestionnaire();
	const labels: AnswerCsvLabels = {
		company: 'Company',
		started: 'Started',
		questionnaire: 'Questionnaire',
		version: 'Version',
		respondent: 'Respondent',
		role: 'Role',
		transformation: 'Transformation',
		questionId: 'Question id',
		question: 'Question',
		level: 'Level',
		answer: 'Answer',
		note: 'Note',
		transformationScore: 'Transformation score',
		overall: 'Overall score',
		unnamed: (n) => `Respondent ${n}`,
		consensus: 'Consensus',
		dontKnow: "Don't know",
		notApplicable: 'Not applicable',
		suggested: 'Suggested, not confirmed',
		yes: 'yes',
		no: 'no'
	};
	const NOW = '2026-11-22T10:00:00.000Z';
	const base = fixtureAssessment();
	const assessment: Assessment = {
		...base,
		answers: {
			r1: {
				...base.answers.r1,
				'eco-production.b': { value: 'dont-know', at: NOW },
				'eco-production.c': { value: 2, at: NOW, suggested: true }
			},
			r2: { 'digital-factory.a': { value: 3, at: NOW } }
		},
		consensus: { 'digital-factory.a': { value: 2, at: NOW } },
		notes: { 'digital-factory.a': { text: 'Excel only', at: NOW } }
	};
	const score = scoreAssessment(questionnaire, assessment);
	const rows = answerCsvRows({ assessment, questionnaire, score, language: 'en', labels });
	const row = (respondent: string, questionId: string) =>
		rows.find((r) => r[4] === respondent && r[7] === questionId);

	it('has one row per respondent × question, then one per consensus', () => {
		// 7 transformations × 3 questions, 2 respondents, 1 consensus.
		expect(rows).toHaveLength(1 + 2 * 21 + 1);
		expect(rows[0]).toEqual([
			'Company',
			'Started',
			'Questionnaire',
			'Version',
			'Respondent',
			'Role',
			'Transformation',
			'Question id',
			'Question',
			'Level',
			'Answer',
			'Note',
			'Transformation score',
			'Overall score'
		]);
	});

	it('gives the level as a number, the answer in words, the note flag and the scores', () => {
		const digital = score.transformations.find((t) => t.transformationId === 'digital-factory');
		expect(row('Anne Dupont', 'digital-factory.a')).toEqual([
			'Müller & Fils <Liège> Ça',
			'2026-11-22',
			'made-different',
			3,
			'Anne Dupont',
			'Directrice générale',
			'Digital factory',
			'digital-factory.a',
			'Question a of digital-factory? (en)',
			1,
			1,
			'yes',
			round1(digital!.score!),
			round1(score.overall!)
		]);
		expect(row('Consensus', 'digital-factory.a')?.slice(9, 12)).toEqual([2, 2, 'yes']);
	});

	it('leaves the level empty where it does not count, and keeps unanswered questions', () => {
		expect(row('Anne Dupont', 'eco-production.b')?.slice(9, 12)).toEqual([
			null,
			"Don't know",
			'no'
		]);
		expect(row('Anne Dupont', 'eco-production.c')?.slice(9, 11)).toEqual([
			null,
			'Suggested, not confirmed'
		]);
		expect(row('Jan <b>Peeters</b>', 'eco-production.a')?.slice(9, 11)).toEqual([null, null]);
	});
});
