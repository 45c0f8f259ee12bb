// Reading order and runs of text in Greek, Cyrillic, Arabic and Hebrew: what is supported is
// described at the top of scripts.ts. Loaded with the fallback fonts (fallback-fonts.ts), so the
// usual report does not carry it.
import { fitToWinAnsi, type Printed } from './win-ansi';
import { ARABIC, HEBREW, fallbackFamily, familiesIn, type FallbackFamily } from './scripts';

/** Digits of the Arabic script: read left to right, like every number. */
const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/u;

const isRtl = (char: string) => ARABIC.test(char) || HEBREW.test(char);
/** A letter of a left-to-right script: Latin, Greek, Cyrillic (and any other not right-to-left). */
const isStrongLtr = (char: string) => /\p{L}/u.test(char) && !isRtl(char);

type Direction = 'rtl' | 'ltr' | 'neutral';

function direction(word: string): Direction {
	let ltr = false;
	for (const char of word) {
		if (isRtl(char)) return 'rtl';
		if (isStrongLtr(char)) ltr = true;
	}
	return ltr ? 'ltr' : 'neutral';
}

/**
 * Reverses, in place, each maximal sequence of tokens that starts and ends with a token of
 * direction `strong` and holds only such tokens, neutral ones and spaces between.
 */
function reverseRuns(tokens: string[], strong: Direction): void {
	let start = -1;
	let end = -1;
	const flush = () => {
		if (start >= 0 && end > start)
			tokens.splice(start, end - start + 1, ...tokens.slice(start, end + 1).reverse());
		start = end = -1;
	};
	tokens.forEach((token, index) => {
		const d = /^\s+$/.test(token) ? 'neutral' : direction(token);
		if (d === strong) {
			if (start < 0) start = index;
			end = index;
		} else if (d !== 'neutral') flush();
	});
	flush();
}

/**
 * The words and spaces of one line in the order they are shown, left to right (see the top of
 * this file for the rules).
 *
 *   visualOrder('Firma شركة الأمل nv') -> ['Firma', ' ', 'الأمل', ' ', 'شركة', ' ', 'nv']
 */
export function visualOrder(line: string): string[] {
	const tokens = line.split(/(\s+)/).filter(Boolean);
	// The line's direction is that of most of its words (a tie: left to right), not of its first
	// letter (UAX #9, P2): the report's sentences start with the company name, and an Arabic name
	// must not turn a Dutch sentence around.
	let balance = 0;
	for (const token of tokens) {
		const d = direction(token);
		if (d === 'rtl') balance += 1;
		else if (d === 'ltr') balance -= 1;
	}
	if (balance <= 0) {
		reverseRuns(tokens, 'rtl');
		return tokens;
	}
	tokens.reverse();
	// Left-to-right words, and numbers, keep their own order inside a right-to-left line.
	reverseRuns(tokens, 'ltr');
	return tokens;
}

/** One piece of printed text and the fallback family it is set in (none: Helvetica). */
export type Run = { text: string; family: FallbackFamily | null };

const MIRRORED: Record<string, string> = {
	'(': ')',
	')': '(',
	'[': ']',
	']': '[',
	'{': '}',
	'}': '{',
	'<': '>',
	'>': '<',
	'«': '»',
	'»': '«'
};

/** Cuts a word into runs of one family each; Arabic-script digits are a run of their own. */
function wordRuns(word: string): Run[] {
	const runs: Run[] = [];
	for (const char of word) {
		const family = fallbackFamily(char);
		const digit = ARABIC_DIGIT.test(char);
		const last = runs.at(-1);
		const lastDigit = last ? ARABIC_DIGIT.test(last.text.at(-1) ?? '') : false;
		if (last && last.family === family && lastDigit === digit) last.text += char;
		else runs.push({ text: char, family });
	}
	return runs;
}

/**
 * A right-to-left word, as runs shown left to right. fontkit draws each Arabic or Hebrew run from
 * right to left itself; the runs are put in reverse order, brackets in them mirrored, and a run of
 * Arabic-script digits is handed over reversed, so that fontkit's reversal shows it as written.
 */
function rtlWordRuns(word: string): Run[] {
	return wordRuns(word)
		.reverse()
		.map((run) => {
			if (ARABIC_DIGIT.test(run.text)) return { ...run, text: [...run.text].reverse().join('') };
			if (run.family) return run;
			return { ...run, text: [...run.text].map((char) => MIRRORED[char] ?? char).join('') };
		});
}

/** Text (which may hold several lines) as runs in the order they are shown. */
export function shapeRuns(text: string): Run[] {
	const runs: Run[] = [];
	const push = (run: Run) => {
		const last = runs.at(-1);
		// Neighbouring Helvetica pieces join; fallback runs stay apart, each its own word for fontkit.
		if (last && last.family === null && run.family === null) last.text += run.text;
		else runs.push({ ...run });
	};
	text.split('\n').forEach((line, index) => {
		if (index > 0) push({ text: '\n', family: null });
		for (const token of visualOrder(line)) {
			const pieces = direction(token) === 'rtl' ? rtlWordRuns(token) : wordRuns(token);
			pieces.forEach(push);
		}
	});
	return runs;
}

/**
 * Text with letters of the `available` fallback families as runs in reading order, each in the
 * font that draws it (the rest fitted to Windows-1252); null when it has none.
 */
export function shaper(available: ReadonlySet<FallbackFamily>) {
	return (composed: string): Printed | null => {
		if (![...familiesIn(composed)].some((family) => available.has(family))) return null;
		return shapeRuns(composed).map((run) =>
			run.family && available.has(run.family)
				? { text: run.text, font: run.family }
				: fitToWinAnsi(run.text)
		);
	};
}
