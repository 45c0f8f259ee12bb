import { describe, expect, it } from 'vitest';
import {
	fitContent,
	fitDocument,
	familiesInDocument,
	fitText,
	fitToWinAnsi,
	isWinAnsi
} from '../../src/lib/report/engine/win-ansi';
import { renderDocument } from '../../src/lib/report/engine/engine';
import { shaper, visualOrder } from '../../src/lib/report/engine/bidi';
import { FALLBACK_FAMILIES } from '../../src/lib/report/engine/scripts';

describe('fitToWinAnsi: text for the standard PDF fonts', () => {
	it.each([
		[
			'Müller & Fils – Ça coûte 10 000 € „gut“ « oui » œuvre',
			'Müller & Fils – Ça coûte 10 000 € „gut“ « oui » œuvre'
		],
		['Łukasz Wójcik', 'Lukasz Wójcik'],
		['Şahin Yılmaz, Dağ', 'Sahin Yilmaz, Dag'],
		['Nguyễn Thị', 'Nguyen Thi'],
		['10\u202f000\u00a0€', '10\u00a0000\u00a0€'],
		['\u22121,5', '–1,5'],
		['ﬁne', 'fine'],
		['a\u200bb\u202ec', 'abc'],
		['≤ 3 → 4', '<= 3 -> 4'],
		['工場', '??'],
		['line\nbreak\ttab', 'line\nbreak tab'],
		['Cafe\u0301', 'Café']
	])('%j -> %j', (input, expected) => {
		expect(fitToWinAnsi(input)).toBe(expected);
		expect([...fitToWinAnsi(input)].every(isWinAnsi)).toBe(true);
	});

	it('fits every printed string of a definition and nothing else', () => {
		const node = {
			stack: [
				'Łódź',
				{ text: [{ text: 'ğ', bold: true }, 'ı'], style: 'ł-style', id: 'ł' },
				{ table: { body: [['Ş', { text: 'Đ' }]] }, layout: 'ł' },
				{ columns: [{ text: 'ŧ' }], ul: ['ħ'] }
			]
		};
		expect(fitContent(node)).toEqual({
			stack: [
				'Lódz',
				{ text: [{ text: 'g', bold: true }, 'i'], style: 'ł-style', id: 'ł' },
				{ table: { body: [['S', { text: 'D' }]] }, layout: 'ł' },
				{ columns: [{ text: 't' }], ul: ['h'] }
			]
		});
	});

	it('fits what the header and footer functions return', () => {
		const doc = fitDocument({
			content: [],
			footer: (page: number) => ({ text: `Strona ${page} – Łask` })
		});
		expect((doc.footer as (page: number) => unknown)(2)).toEqual({ text: 'Strona 2 – Lask' });
	});
});

describe('the report engine', () => {
	it('renders with the standard fonts, none embedded, and text that extracts as written', async () => {
		const bytes = await renderDocument({
			content: [
				{ text: 'Zelfevaluatie – Autoévaluation – Selbstbewertung: Größe, ça, één, €', bold: true },
				{ text: 'Łukasz', italics: true }
			],
			defaultStyle: { font: 'Helvetica' }
		});
		const pdf = new TextDecoder('latin1').decode(bytes);
		expect(pdf.startsWith('%PDF-')).toBe(true);
		expect(pdf).toMatch(/\/BaseFont \/Helvetica-Bold/);
		expect(pdf).toMatch(/\/BaseFont \/Helvetica-Oblique/);
		expect(pdf).not.toMatch(/\/FontFile/);
	});
});

describe('the report text and the standard fonts', () => {
	it('every message of the report, in every language, is printable as written', async () => {
		const { report } = await import('../../src/lib/i18n/messages/report');
		const unprintable: string[] = [];
		for (const [language, messages] of Object.entries(report))
			for (const [key, value] of Object.entries(messages)) {
				// Functions are called with sample arguments; their literal text is what matters.
				const text =
					typeof value === 'function'
						? String((value as (...args: unknown[]) => unknown)('x', 'y', 'z', 'w'))
						: String(value);
				if (fitToWinAnsi(text) !== text.normalize('NFC'))
					unprintable.push(`${language}.${key}: ${text}`);
			}
		expect(unprintable).toEqual([]);
	});
});

describe('text in other scripts', () => {
	const ALL = shaper(new Set(FALLBACK_FAMILIES));

	it.each([
		['Firma ACME nv', ['Firma', ' ', 'ACME', ' ', 'nv']],
		['שלום עולם', ['עולם', ' ', 'שלום']],
		['شركة الأمل للصناعات', ['للصناعات', ' ', 'الأمل', ' ', 'شركة']],
		// A right-to-left name inside a left-to-right line: only its words swap.
		['Firma شركة الأمل nv', ['Firma', ' ', 'الأمل', ' ', 'شركة', ' ', 'nv']],
		// A Latin name and a number inside a right-to-left line keep their own order.
		[
			'شركة الأمل للصناعات ACME 2026',
			['2026', ' ', 'ACME', ' ', 'للصناعات', ' ', 'الأمل', ' ', 'شركة']
		],
		['Αθηνά Μηχανική', ['Αθηνά', ' ', 'Μηχανική']],
		// A report sentence that starts with an Arabic name stays a left-to-right sentence.
		[
			'شركة الأمل scores 2.8 out of 5',
			['الأمل', ' ', 'شركة', ' ', 'scores', ' ', '2.8', ' ', 'out', ' ', 'of', ' ', '5']
		]
	])('visual order of %j', (line, expected) => {
		expect(visualOrder(line)).toEqual(expected);
	});

	it('sets each script in its font, and mirrors brackets and keeps digits in right-to-left words', () => {
		expect(fitText('Завод Восток', ALL)).toEqual([
			{ text: 'Завод', font: 'NotoSans' },
			' ',
			{ text: 'Восток', font: 'NotoSans' }
		]);
		expect(fitText('(الأمل)', ALL)).toEqual(['(', { text: 'الأمل', font: 'NotoSansArabic' }, ')']);
		// fontkit draws an Arabic run right to left: digits are handed over reversed so they read ١٢٣.
		expect(fitText('مصنع١٢٣', ALL)).toEqual([
			{ text: '٣٢١', font: 'NotoSansArabic' },
			{ text: 'مصنع', font: 'NotoSansArabic' }
		]);
		// Direction overrides are dropped before anything is ordered.
		expect(fitText('\u202eΑΒΓ', ALL)).toEqual([{ text: 'ΑΒΓ', font: 'NotoSans' }]);
	});

	it('prints "?" for a script whose font is not loaded, and leaves Latin text a plain string', () => {
		expect(fitText('Ωmega')).toBe('?mega');
		expect(fitText('Łukasz', ALL)).toBe('Lukasz');
		expect(familiesInDocument({ content: [{ text: 'ACME' }], header: () => 'Łódź' }).size).toBe(0);
		expect([...familiesInDocument({ content: ['x'], header: () => ({ text: 'מפעל' }) })]).toEqual([
			'NotoSansHebrew'
		]);
	});

	it('renders Greek, Cyrillic, Arabic and Hebrew names in embedded subsets of the Noto fonts', async () => {
		const bytes = await renderDocument({
			content: [
				{ text: 'Αθηνά Μηχανική ΑΕ', bold: true },
				'Завод Восток',
				'شركة الأمل للصناعات',
				'מפעל הגליל'
			],
			defaultStyle: { font: 'Helvetica' }
		});
		const pdf = new TextDecoder('latin1').decode(bytes);
		for (const font of [
			'NotoSans-Bold',
			'NotoSans-Regular',
			'NotoSansArabic-Regular',
			'NotoSansHebrew-Regular'
		])
			expect(pdf).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}\\b`));
		expect(pdf).toMatch(/\/FontFile2/);
		// Subsets: a few KB each, not the whole fonts.
		expect(bytes.length).toBeLessThan(60_000);
	});
});
