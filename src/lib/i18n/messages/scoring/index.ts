// The scoring messages in all four languages, for code that picks the language itself.
// The interface loads one language at a time through $lib/i18n (see lang/).
import type { Catalog } from '../../catalog';
import de from './de';
import en from './en';
import fr from './fr';
import nl from './nl';

export const scoring: Catalog<typeof en> = { en, nl, fr, de };
