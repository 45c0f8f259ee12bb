// Pure domain code: no DOM, no storage, no Svelte.
// Checks on a JSON text made before it is parsed. JSON.parse recurses once per level of nesting,
// so a file nested 100,000 levels deep would end in a stack overflow (or, on another engine, a
// frozen tab): such a file is refused by rule, by a scan that keeps no stack at all. The same scan
// finds keys that could change object prototypes if some code copied them, so the parse itself
// needs no reviver (which would be called once for each of a large file's million values).

/** Deepest nesting of objects and arrays an import file may have; an export of ours needs 9. */
export const MAX_JSON_DEPTH = 32;

export type JsonScan =
	| { ok: true }
	| { ok: false; problem: 'too-deep'; depth: number }
	| { ok: false; problem: 'forbidden-key'; key: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
/** A forbidden key written with escapes ("\u005f\u005fproto\u005f\u005f") is at most this long. */
const LONGEST_ESCAPED_KEY = 6 * 11;

/** Index of the quote that closes the string whose content starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
	for (let at = text.indexOf('"', from); at >= 0; at = text.indexOf('"', at + 1)) {
		let backslashes = 0;
		while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
		if (backslashes % 2 === 0) return at;
	}
	return -1;
}

/** Whether the string that ended just before `from` is an object key (a colon follows). */
function isKey(text: string, from: number): boolean {
	let at = from;
	let c = text.charCodeAt(at);
	// JSON whitespace: space, tab, line feed, carriage return.
	while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt((at += 1));
	return c === COLON;
}

/**
 * Whether the string between `from` and `to` could read as one of the keys: of the same length, or
 * short enough with escapes in it. Most strings are ruled out without copying them.
 */
function mayBeForbidden(
	text: string,
	from: number,
	to: number,
	keys: ReadonlySet<string>
): boolean {
	const length = to - from;
	if (length > LONGEST_ESCAPED_KEY || keys.size === 0) return false;
	for (const key of keys) if (key.length === length) return true;
	for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === BACKSLASH) return true;
	return false;
}

/** A key's text as JSON.parse will read it: escapes decoded. */
function keyText(raw: string): string {
	if (!raw.includes('\\')) return raw;
	try {
		return JSON.parse(`"${raw}"`) as string;
	} catch {
		return raw; // malformed: JSON.parse refuses the whole text anyway
	}
}

/**
 * Scans a JSON text without parsing it: refuses nesting of objects and arrays deeper than
 * `maxDepth` (stopping at the first level too deep) and any key in `forbiddenKeys`, escaped or not.
 * Brackets and keys inside strings do not count. Malformed text is left for JSON.parse to refuse.
 * Strings are skipped with indexOf, so a 10 MB string costs one native search; a 5 MB export of
 * 2,000 assessments takes some 50 ms.
 *
 * @example scanJson('{"a":[[1]]}', 2, new Set()) → { ok: false, problem: 'too-deep', depth: 3 }
 * @example scanJson('{"a":"[[["}', 1, new Set()) → { ok: true }
 */
export function scanJson(
	text: string,
	maxDepth: number,
	forbiddenKeys: ReadonlySet<string>
): JsonScan {
	let depth = 0;
	for (let at = 0; at < text.length; at += 1) {
		const c = text.charCodeAt(at);
		if (c === QUOTE) {
			const end = closingQuote(text, at + 1);
			if (end < 0) return { ok: true };
			if (mayBeForbidden(text, at + 1, end, forbiddenKeys) && isKey(text, end + 1)) {
				const key = keyText(text.slice(at + 1, end));
				if (forbiddenKeys.has(key)) return { ok: false, problem: 'forbidden-key', key };
			}
			at = end;
		} else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
			depth += 1;
			if (depth > maxDepth) return { ok: false, problem: 'too-deep', depth };
		} else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth -= 1;
	}
	return { ok: true };
}
