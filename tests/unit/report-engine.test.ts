import { describe, expect, it } from 'vitest';
import {
	fitContent,
	fitDocument,
	fitToWinAnsi,
	isWinAnsi
} from '../../src/lib/report/engine/win-ansi';
import { renderDocument } from '../../src/lib/report/engine/engine';

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
