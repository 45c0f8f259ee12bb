// Pure domain code: no DOM, no storage, no Svelte.
import type { Language, LocalizedText } from './schema';

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
