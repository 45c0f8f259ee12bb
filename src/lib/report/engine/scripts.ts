// Text in scripts the standard PDF fonts cannot draw: Greek, Cyrillic, Arabic and Hebrew. A name
// or note in them is cut into runs, each run set in the font that draws it (Helvetica, or one of
// the Noto fallback fonts in ./fonts), and the runs are put in the order they are read on the
// page. The fonts are loaded only for a report that holds such text (see engine.ts).
//
// What is supported, exactly:
// - Greek, Cyrillic, Arabic and Hebrew letters, their marks and their presentation forms print in
//   Noto Sans, Noto Sans Arabic and Noto Sans Hebrew (regular and bold; italics print upright).
// - Arabic letters are joined (initial, medial, final forms, lam-alef) by the font's own OpenType
//   rules, applied by fontkit, which also draws each right-to-left word from right to left.
// - Word order follows a reduced form of the Unicode bidirectional algorithm (UAX #9), per line:
//   the direction of a line is that of most of its words, left to right on a tie (UAX #9 takes
//   its first letter's, P2–P3, but the report's sentences start with the company name); in a
//   left-to-right line,
//   a sequence of right-to-left words (with the numbers and punctuation between them) is shown in
//   reverse order; in a right-to-left line, all words are, except sequences of left-to-right
//   words and numbers, which keep their order. Brackets in a right-to-left word are mirrored.
// - Not supported: reordering after line wrapping (a right-to-left paragraph long enough to wrap
//   is reordered as one line, then wrapped, so its lines read from the last one up), explicit
//   direction controls (they are removed), and other scripts (CJK, Indic, Thai…), which still
//   print as "?".

/** The fallback font families, as registered with pdfmake. */
export type FallbackFamily = 'NotoSans' | 'NotoSansArabic' | 'NotoSansHebrew';
export const FALLBACK_FAMILIES: readonly FallbackFamily[] = [
	'NotoSans',
	'NotoSansArabic',
	'NotoSansHebrew'
];

const GREEK_CYRILLIC = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f]/u;
export const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
export const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;

/** The fallback family that draws `char`, or null for text Helvetica draws (or fits). */
export function fallbackFamily(char: string): FallbackFamily | null {
	if (GREEK_CYRILLIC.test(char)) return 'NotoSans';
	if (ARABIC.test(char)) return 'NotoSansArabic';
	if (HEBREW.test(char)) return 'NotoSansHebrew';
	return null;
}

/** The fallback families `text` needs. */
export function familiesIn(text: string, into = new Set<FallbackFamily>()): Set<FallbackFamily> {
	for (const char of text) {
		const family = fallbackFamily(char);
		if (family) into.add(family);
	}
	return into;
}
