// Pure domain code: no DOM, no storage, no Svelte.
// Text a user typed ends up where nobody sees it being interpreted: a PDF's title and author (shown
// in a viewer's title bar and file properties) and file names. Characters there that are
// invisible or that reorder what is shown can disguise the text (a right-to-left override, U+202E,
// makes "evil<RLO>fdp.exe" display as "evilexe.pdf"), so they go.

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and the invisible formatting
 * characters: zero-width spaces and joiners, direction marks (LRM, RLM, the Arabic letter mark),
 * direction embeddings, overrides and isolates, invisible operators, the byte-order mark and the
 * interlinear annotation characters.
 */
export const CONTROL_OR_INVISIBLE =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/** Half of a surrogate pair without its other half: not a character, cannot be encoded. */
export const LONE_SURROGATE =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One line of plain text, as typed, without control or invisible characters: line breaks and tabs
 * become spaces, whitespace runs one space, the ends trimmed, lone surrogate halves dropped.
 *
 *   singleLine('ACME\u202e nv\n(Gent)') -> 'ACME nv (Gent)'
 */
export function singleLine(text: string): string {
	return text
		.replace(LONE_SURROGATE, '')
		.replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ')
		.replace(CONTROL_OR_INVISIBLE, '')
		.replace(/\s+/g, ' ')
		.trim();
}
