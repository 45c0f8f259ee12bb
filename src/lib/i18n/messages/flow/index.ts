// The flow messages in all four languages, for code that picks the language itself.
// The interface loads one language at a time through $lib/i18n (see lang/).
import type { Catalog } from '../../catalog';
import de from './de';
import deMore from './de-more';
import en from './en';
import enMore from './en-more';
import fr from './fr';
import frMore from './fr-more';
import nl from './nl';
import nlMore from './nl-more';

export const flow: Catalog<typeof en & typeof enMore> = {
	en: { ...en, ...enMore },
	nl: { ...nl, ...nlMore },
	fr: { ...fr, ...frMore },
	de: { ...de, ...deMore }
};
