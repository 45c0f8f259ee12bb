// The report is set in the standard PDF fonts (Helvetica), which draw the Windows-1252 character
// set: every letter, quote, dash and currency sign of Dutch, French, German and English. Text
// outside it (a name typed with "Ł" or "ğ", a narrow no-break space from Intl, a minus sign) is
// fitted here before it reaches the PDF, so nothing prints as a missing-glyph box or garbles
// the line: the same letter without its accent, the look-alike in the set, or "?".
// Greek, Cyrillic, Arabic and Hebrew are the exception: they print in fallback fonts (scripts.ts).
import { familiesIn, type FallbackFamily } from './scripts';

/** Windows-1252's characters between 0x80 and 0x9F; the rest of the set is Latin-1 itself. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function isWinAnsi(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return (
		char === '\n' ||
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0xff) ||
		CP1252_EXTRA.includes(char)
	);
}

/** Look-alikes for characters that neither are in the set nor decompose into it. */
const LOOK_ALIKE: Record<string, string> = {
	'\t': ' ',
	'\u2007': '\u00a0',
	'\u202f': '\u00a0',
	'\u2212': '–',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '–',
	'\u2015': '—',
	'\u2032': "'",
	'\u2033': '"',
	'\u2264': '<=',
	'\u2265': '>=',
	'\u2192': '->',
	'\u2190': '<-',
	'\u2260': '!=',
	'\u2248': '~',
	'\u2022': '•',
	Ł: 'L',
	ł: 'l',
	Đ: 'D',
	đ: 'd',
	Ħ: 'H',
	ħ: 'h',
	ı: 'i',
	Ŀ: 'L',
	ŀ: 'l',
	Ŧ: 'T',
	ŧ: 't',
	Ŋ: 'N',
	ŋ: 'n',
	ẞ: 'SS',
	ſ: 's'
};
/** Zero-width and direction marks: invisible, and nothing to print. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

function fitChar(char: string): string {
	if (isWinAnsi(char)) return char;
	const alike = LOOK_ALIKE[char];
	if (alike !== undefined) return alike;
	// Spaces of every width print as a space.
	if (/\s/u.test(char)) return ' ';
	// "ğ" -> "g", "ș" -> "s", "ﬁ" -> "fi": the letters without their marks, when those fit.
	for (const form of ['NFD', 'NFKD'] as const) {
		const base = char.normalize(form).replace(/\p{M}/gu, '');
		if (base && [...base].every(isWinAnsi)) return base;
	}
	return '?';
}

/** Text that the standard PDF fonts print as written, or as close to it as they can. */
export function fitToWinAnsi(text: string): string {
	const composed = text.normalize('NFC').replace(INVISIBLE, '');
	let out = '';
	for (const char of composed) out += fitChar(char);
	return out;
}

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

/** What a printed string becomes: itself fitted, or runs each set in the font that draws it. */
export type Printed = string | (string | { text: string; font: FallbackFamily })[];

/**
 * Sets text (composed, without invisible characters) in fallback fonts, or returns null when it
 * has nothing for them. Only a report that needs fallback fonts loads one (bidi.ts).
 */
export type Shaper = (composed: string) => Printed | null;

/** A printed string, fitted: set in fallback fonts by `shape`, else fitted to Windows-1252. */
export function fitText(text: string, shape?: Shaper): Printed {
	return (shape && shape(text.normalize('NFC').replace(INVISIBLE, ''))) ?? fitToWinAnsi(text);
}

/** Every printed string of a pdfmake node, fitted: text, stacks, columns, lists, table cells. */
export function fitContent<T>(node: T, shape?: Shaper): T {
	const fit = <U>(child: U) => fitContent(child, shape);
	if (typeof node === 'string') {
		const printed = fitText(node, shape);
		// Runs are inline pieces: pdfmake takes them as the `text` of a node.
		return (typeof printed === 'string' ? printed : { text: printed }) as T;
	}
	if (Array.isArray(node)) return node.map(fit) as T;
	if (!node || typeof node !== 'object') return node;
	const source = node as Record<string, unknown>;
	const copy: Record<string, unknown> = { ...source };
	if (typeof source.text === 'string') copy.text = fitText(source.text, shape);
	else if ('text' in source) copy.text = fit(source.text);
	for (const key of CONTAINERS) if (Array.isArray(source[key])) copy[key] = fit(source[key]);
	const table = source.table as { body?: unknown[][] } | undefined;
	if (table?.body) copy.table = { ...table, body: table.body.map((row) => row.map(fit)) };
	return copy as T;
}

type Dynamic = (...args: never[]) => unknown;

/**
 * The whole document, fitted, including what the header and footer functions return; text for
 * the fallback fonts is set in them by `shape`.
 */
export function fitDocument<T extends { content: unknown; header?: unknown; footer?: unknown }>(
	doc: T,
	shape?: Shaper
): T {
	const dynamic = (part: unknown) =>
		typeof part === 'function'
			? (...args: never[]) => fitContent((part as Dynamic)(...args), shape)
			: fitContent(part, shape);
	return {
		...doc,
		content: fitContent(doc.content, shape),
		...(doc.header !== undefined ? { header: dynamic(doc.header) } : {}),
		...(doc.footer !== undefined ? { footer: dynamic(doc.footer) } : {})
	};
}

/**
 * The fallback families a document needs: those of every string in it, and in what its header
 * and footer print on a sample page (they print the company name).
 */
export function familiesInDocument(doc: {
	content: unknown;
	header?: unknown;
	footer?: unknown;
}): Set<FallbackFamily> {
	const found = new Set<FallbackFamily>();
	const walk = (node: unknown): void => {
		if (typeof node === 'string') familiesIn(node, found);
		else if (Array.isArray(node)) node.forEach(walk);
		else if (node && typeof node === 'object') Object.values(node).forEach(walk);
	};
	walk(doc.content);
	for (const part of [doc.header, doc.footer])
		walk(typeof part === 'function' ? (part as (...args: unknown[]) => unknown)(2, 2, {}) : part);
	return found;
}
