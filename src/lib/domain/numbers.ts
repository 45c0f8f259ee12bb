// Pure domain code: no DOM, no storage, no Svelte.
// Whole numbers as Belgians type them into a form: staff, turnover, balance sheet.

/** Why typed text is not a whole number; the form says so in the reader's language. */
export type NumberRefusal =
	/** "9,5 M", "2 mio", "900k": an abbreviation instead of the figure. */
	| 'abbreviation'
	/** "9,5" or "9.000,50": a decimal comma (or a decimal point: "9.5"). */
	| 'decimal'
	/** "9.00.000", "90.00": separators not between groups of three digits. */
	| 'grouping'
	/** Anything else: letters, a minus sign, a currency sign. */
	| 'not-a-number';

export type ParsedNumber =
	| { kind: 'empty' }
	| { kind: 'number'; value: number }
	| { kind: 'refused'; reason: NumberRefusal };

/** Spaces people and browsers put between thousands: space, no-break space, narrow no-break space. */
const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * Reads a whole number typed the Belgian way: digits, with dots or spaces between the groups of
 * three ("9.000.000", "9 000 000", "9000000"). A comma is the decimal sign in Belgium, so "9,5" is
 * refused rather than read as 95; an English "9,000,000" is refused for the same reason, rather
 * than guessed. Abbreviations ("9,5 M", "900k") are refused with their own reason, so the form
 * can ask for the full figure.
 *
 *   parseWholeNumber('9.000.000')  -> { kind: 'number', value: 9000000 }
 *   parseWholeNumber(' 9 000 000') -> { kind: 'number', value: 9000000 }
 *   parseWholeNumber('€ 250.000')  -> { kind: 'number', value: 250000 }
 *   parseWholeNumber('9,5 M')      -> { kind: 'refused', reason: 'abbreviation' }
 *   parseWholeNumber('')           -> { kind: 'empty' }
 */
export function parseWholeNumber(text: string): ParsedNumber {
	// A euro sign or "EUR" around the amount says what the label says already.
	const trimmed = text
		.replace(SPACES, ' ')
		.trim()
		.replace(/^(€|eur)\s*|\s*(€|eur)$/gi, '');
	if (trimmed === '') return { kind: 'empty' };
	if (/^[\d.,\s]+\s*(k|m|mio|mln|md|mrd|miljoen|million|millions|millionen)\.?$/i.test(trimmed))
		return { kind: 'refused', reason: 'abbreviation' };
	if (!/^[\d., ]+$/.test(trimmed)) return { kind: 'refused', reason: 'not-a-number' };
	if (trimmed.includes(',')) return { kind: 'refused', reason: 'decimal' };
	const groups = trimmed.split(/[. ]/);
	if (groups.length > 1) {
		const [first, ...rest] = groups;
		const grouped = /^\d{1,3}$/.test(first!) && rest.every((group) => /^\d{3}$/.test(group));
		if (!grouped) {
			// "9.5" reads as an English decimal; "9.00.000" as a mistyped group.
			const lastIsShort = groups.length === 2 && /^\d{1,2}$/.test(rest[0]!);
			return {
				kind: 'refused',
				reason: lastIsShort && trimmed.includes('.') ? 'decimal' : 'grouping'
			};
		}
	}
	const value = Number(groups.join(''));
	if (!Number.isSafeInteger(value)) return { kind: 'refused', reason: 'not-a-number' };
	return { kind: 'number', value };
}
