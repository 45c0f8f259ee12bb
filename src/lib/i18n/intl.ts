import type { Language } from '$lib/domain';

/** BCP 47 tag for number and date formatting: Belgian conventions; English as in the UK. */
export function intlTag(language: Language): string {
	return language === 'en' ? 'en-GB' : `${language}-BE`;
}

// Building an Intl formatter costs far more than using one (a results page formats a few hundred
// scores, amounts and dates: built per call, that was a tenth of a second at a phone's speed), so
// each one is built once per language and kind, then kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
	let formatter = formatters.get(key) as T | undefined;
	if (!formatter) {
		formatter = build();
		formatters.set(key, formatter);
	}
	return formatter;
}

/** The language's number format with `options`; `kind` names the options (one kind, one set). */
export function numberFormat(
	language: Language,
	kind: string,
	options?: Intl.NumberFormatOptions
): Intl.NumberFormat {
	return kept(`n:${kind}:${language}`, () => new Intl.NumberFormat(intlTag(language), options));
}

/** The language's date format with `options`; `kind` names the options (one kind, one set). */
export function dateFormat(
	language: Language,
	kind: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	return kept(`d:${kind}:${language}`, () => new Intl.DateTimeFormat(intlTag(language), options));
}
