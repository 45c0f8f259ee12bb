// The report's shared layout: page geometry, colours, text styles, and the small building blocks
// every section uses (headings, the ambition box, ruled tables). No section draws its own styles.
import type { Content, CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

export const A4_WIDTH = 595.28;
export const MARGIN_X = 56;
export const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN_X;
/** Top, bottom: room for the running header and the footer. */
export const MARGIN_TOP = 64;
export const MARGIN_BOTTOM = 60;

export const COLOR = {
	ink: '#1f2937',
	muted: '#6b7280',
	line: '#d1d5db',
	faint: '#f3f4f6',
	brand: '#1d3f6e',
	score: '#0f7b8a',
	target: '#475569',
	self: '#d9822b',
	// The plan page's warning colour (app.css --warn): an action due before one it must follow.
	warn: '#8a5300'
};

export const STYLES: StyleDictionary = {
	brand: { fontSize: 9, bold: true, color: COLOR.score, characterSpacing: 1 },
	title: { fontSize: 26, bold: true, color: COLOR.brand, lineHeight: 1.1 },
	company: { fontSize: 20, color: COLOR.ink, lineHeight: 1.15 },
	h1: { fontSize: 17, bold: true, color: COLOR.brand, margin: [0, 0, 0, 10] },
	h2: { fontSize: 13, bold: true, color: COLOR.brand, margin: [0, 14, 0, 4] },
	h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
	small: { fontSize: 8.5, color: COLOR.muted },
	facts: { fontSize: 9, color: COLOR.muted, margin: [0, 0, 0, 6] },
	th: { fontSize: 8.5, bold: true, color: COLOR.muted },
	cell: { fontSize: 9 },
	num: { fontSize: 9, alignment: 'right' }
};

export const DEFAULT_STYLE = {
	font: 'Helvetica',
	fontSize: 10,
	lineHeight: 1.25,
	color: COLOR.ink
};

/**
 * Intl puts a narrow no-break space (U+202F) in French numbers ("10 000 €"), which the standard
 * PDF fonts lack; the ordinary no-break space looks the same and keeps the number whole. (The
 * engine fits all other text to those fonts too: engine/win-ansi.ts.)
 */
export function pdfSafe(text: string): string {
	return text.replace(/\u202f/g, '\u00a0');
}

/** "A, B and C" in the report's language. */
export function joinList(items: string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function heading(
	text: string,
	style: 'h1' | 'h2' | 'h3',
	extra: { pageBreak?: 'before'; id?: string } = {}
): Content {
	return { text, style, headlineLevel: 1, ...extra };
}

/** A table with a rule under its header row and thin rules between rows, no vertical lines. */
export const RULED: CustomTableLayout = {
	hLineWidth: (i: number) => (i === 1 ? 0.8 : i === 0 ? 0 : 0.3),
	hLineColor: (i: number) => (i === 1 ? COLOR.ink : COLOR.line),
	vLineWidth: () => 0,
	paddingTop: () => 4,
	paddingBottom: () => 4
};

export function ambitionBox(
	label: string,
	ambition: string,
	margin: [number, number, number, number] = [0, 4, 0, 8]
): Content {
	return {
		table: {
			widths: ['*'],
			body: [
				[
					{
						stack: [
							{ text: label, style: 'th', margin: [0, 0, 0, 2] },
							{ text: ambition.trim(), italics: true }
						]
					}
				]
			]
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: (i: number) => (i === 0 ? 3 : 0),
			vLineColor: () => COLOR.score,
			fillColor: () => COLOR.faint,
			paddingLeft: () => 10,
			paddingTop: () => 6,
			paddingBottom: () => 6
		},
		margin
	};
}
