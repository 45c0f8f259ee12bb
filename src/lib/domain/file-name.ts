// Pure domain code: no DOM, no storage, no Svelte.
import type { Language } from './content/schema';
import { CONTROL_OR_INVISIBLE, LONE_SURROGATE } from './plain-text';
// File names built from what users typed (a company name) must save on Windows, macOS, Linux,
// Android and iOS alike, and must not be able to disguise their extension.

/** Names Windows reserves for devices, whatever the extension ("CON.pdf" cannot be saved). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

// Reserved on Windows; control and invisible characters (see plain-text.ts) go with them.
const UNSAFE = new RegExp(`[<>:"/\\\\|?*]|${CONTROL_OR_INVISIBLE.source}`, 'g');

/** Longest company part, in UTF-8 bytes: leaves room for the rest within every file system's 255. */
const MAX_COMPANY_BYTES = 120;

function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/**
 * One safe segment of a file name: unsafe characters become spaces, whitespace runs become a
 * single hyphen, leading and trailing dots, hyphens and spaces go, accents stay (NFC), and the
 * result is cut at `maxBytes` UTF-8 bytes without splitting a character.
 *
 *   safeFileNamePart('Müller & Fils <Liège> Ça') -> 'Müller-&-Fils-Liège-Ça'
 *   safeFileNamePart('  a/b:c.  ')               -> 'a-b-c'
 */
export function safeFileNamePart(text: string, maxBytes = MAX_COMPANY_BYTES): string {
	const cleaned = text
		.normalize('NFC')
		.replace(LONE_SURROGATE, '')
		.replace(UNSAFE, ' ')
		.trim()
		.replace(/\s+/g, '-')
		.replace(/-{2,}/g, '-');
	let result = '';
	for (const char of cleaned) {
		if (utf8Length(result + char) > maxBytes) break;
		result += char;
	}
	// Trailing dots and spaces are dropped by Windows; leading dots hide files on Unix.
	return result.replace(/^[.\s-]+|[.\s-]+$/g, '');
}

/** The last part of the report's file name, in the report's language. */
const REPORT_SUFFIX: Record<Language, string> = {
	en: 'action-plan',
	nl: 'actieplan',
	fr: 'plan-d-action',
	de: 'aktionsplan'
};

/**
 * The report's file name, `<company>-<date>-<action plan in the report's language>.pdf`, safe on
 * every operating system.
 * `date` is an ISO date or timestamp; only its YYYY-MM-DD part is used. Without a usable company
 * name the name starts with the date.
 *
 *   pdfFileName('Müller & Fils <Liège> Ça', '2026-11-22T10:00:00Z')
 *     -> 'Müller-&-Fils-Liège-Ça-2026-11-22-action-plan.pdf'
 *   pdfFileName('CON', '2026-11-22') -> '_CON-2026-11-22-action-plan.pdf'
 *   pdfFileName('ACME', '2026-11-22', 'fr') -> 'ACME-2026-11-22-plan-d-action.pdf'
 */
export function pdfFileName(company: string, date: string, language: Language = 'en'): string {
	const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? safeFileNamePart(date, 20);
	let companyPart = safeFileNamePart(company);
	// Windows looks at the part before the first dot ("CON.nv-…" is the device CON).
	const stem = companyPart.split('.')[0] ?? '';
	if (WINDOWS_RESERVED.test(stem)) companyPart = `_${companyPart}`;
	return [companyPart, day, REPORT_SUFFIX[language]].filter(Boolean).join('-') + '.pdf';
}

/**
 * The calendar day of `date` where the device is, YYYY-MM-DD: a file saved late in the evening
 * carries that evening's date, not UTC's.
 */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "made-different-scan-2026-11-22.json": the prefix, the device's date of `now`, the extension. */
export function datedFileName(prefix: string, extension: string, now: Date): string {
	return `${prefix}-${localDay(now)}.${extension}`;
}
