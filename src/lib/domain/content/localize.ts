// Pure domain code: no DOM, no storage, no Svelte.
import type { Language, LocalizedText, Questionnaire, TransformationId } from './schema';

/**
 * The text in `language`, else English, else whichever language there is.
 *
 *   localize({ nl: 'Ja', en: 'Yes' }, 'nl') -> 'Ja'
 *   localize({ nl: 'Ja', en: 'Yes' }, 'fr') -> 'Yes'
 *   localize({ de: 'Ja' }, 'fr')            -> 'Ja'
 */
export function localize(text: LocalizedText | undefined, language: Language): string {
	if (!text) return '';
	return text[language] ?? text.en ?? text.nl ?? text.fr ?? text.de ?? '';
}

/**
 * A name that is either one proper name for every language ("VLAIO") or written per language
 * ("Sirris and Agoria" / "Sirris et Agoria"), in `language`.
 *
 *   localizeName('VLAIO', 'fr')                                   -> 'VLAIO'
 *   localizeName({ en: 'European Commission', fr: 'Commission européenne' }, 'fr')
 *                                                                 -> 'Commission européenne'
 */
export function localizeName(name: string | LocalizedText, language: Language): string {
	return typeof name === 'string' ? name : localize(name, language);
}

/**
 * A transformation's name as the questionnaire gives it, in `language`; its id when the
 * questionnaire does not have it (an assessment made with another version).
 *
 *   transformationName(questionnaire, 'digital-factory', 'nl') -> 'Digitale fabriek'
 */
export function transformationName(
	questionnaire: Pick<Questionnaire, 'transformations'> | null | undefined,
	id: TransformationId,
	language: Language
): string {
	const transformation = questionnaire?.transformations.find((t) => t.id === id);
	return localize(transformation?.name, language) || id;
}
