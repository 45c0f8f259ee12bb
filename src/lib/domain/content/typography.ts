// Pure domain code: no DOM, no storage, no Svelte.
// Numbers in the content's prose written the way each reader expects, and the way the app's own
// figures (i18n/format.ts) already are: the support cards showed "Betaalt 40 tot 50 %" from the
// catalogue beside "50% van de subsidiabele kosten" worked out by the app.
//   - Dutch and English write the percent sign against the number: "50%".
//   - French and German put a space before it, one that never breaks: "50 %" (the line does not
//     end between "50" and "%"), as formatPercent does.
//   - French groups thousands with a narrow space that never breaks either: "25 000 euros" (as
//     formatMoney does, also where a source grouped them with a point: "25.000 euros"), so that
//     an amount is not split over two lines and reads as the app's own; and its quotation marks
//     keep the space inside them unbroken: "« Non confirmé »", not "«" at the end of a line. Its
//     apostrophe is the typographic one, as in the interface's messages: "l’aide", not "l'aide"
//     beside "Retirer l’action".
// The catalogue and the questionnaires are written with plain spaces, readable in their files; the
// content is typeset once, when it is loaded for the build.
import { mapTexts } from './languages.ts';
import type { Language } from './schema.ts';

const NO_BREAK_SPACE = '\u00a0';

/** What stands between a number and its percent sign, as Intl writes it (CLDR): "50%", "50 %". */
export const PERCENT_SPACE: Record<Language, string> = {
	nl: '',
	en: '',
	fr: NO_BREAK_SPACE,
	de: NO_BREAK_SPACE
};

/** Digit grouping per language, as Intl.NumberFormat writes it (CLDR): French a narrow space. */
export const DIGIT_GROUP: Record<Language, string> = { nl: '.', fr: '\u202f', de: '.', en: ',' };

/**
 * `text` with its percentages (and, in French, its digit groups, quotation marks and apostrophes)
 * written as `language` writes them.
 */
export function typeset(text: string, language: Language): string {
	const percent = text.replace(/(\d)[ \u00a0\u202f]?%/g, `$1${PERCENT_SPACE[language]}%`);
	if (language !== 'fr') return percent;
	// A group of three digits after a space or a point, and not followed by another digit: "25 000",
	// "1 000 000", and "25.000" as some sources write it (French writes decimals with a comma).
	return percent
		.replace(/(\d)[ .](?=\d{3}(?!\d))/g, `$1${DIGIT_GROUP.fr}`)
		.replace(/« /g, `«${NO_BREAK_SPACE}`)
		.replace(/ »/g, `${NO_BREAK_SPACE}»`)
		.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

/** Every text of `content` typeset in its own language (see typeset). */
export function typesetContent<T>(content: T): T {
	return mapTexts(content, typeset);
}
