import type { Language } from '$lib/domain';

/** BCP 47 tag for number and date formatting: Belgian conventions; English as in the UK. */
export function intlTag(language: Language): string {
	return language === 'en' ? 'en-GB' : `${language}-BE`;
}
