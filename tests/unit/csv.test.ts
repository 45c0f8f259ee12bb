import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	csvCell,
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
