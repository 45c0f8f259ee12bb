import type { Language } from '$lib/domain';
import { intlTag } from './intl';

/** The two forms a count takes in NL, FR, EN and DE; other CLDR categories fall back to `other`. */
export type PluralForms = { one: string; other: string };

const rules = new Map<Language, Intl.PluralRules>();

/**
 * The form for a count, by the language's own rule (Intl.PluralRules): French takes the singular
 * for 0 and 1 ("0 réponse", "1 réponse"), Dutch, English and German for 1 only. Messages call it
 * instead of writing "antwoord(en)".
 *
 *   plural('fr', 0, { one: '0 aide', other: '0 aides' }) -> '0 aide'
 *   plural('nl', 0, { one: '0 aide', other: '0 aides' }) -> '0 aides'
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
	let rule = rules.get(language);
	if (!rule) {
		rule = new Intl.PluralRules(intlTag(language));
		rules.set(language, rule);
	}
	return rule.select(count) === 'one' ? forms.one : forms.other;
}
