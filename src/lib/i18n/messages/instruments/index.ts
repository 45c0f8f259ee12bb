// Support instruments: the catalogue page, the instrument card and the "Support for your next
// step" section of the results. Pure TS (no Svelte), so the PDF report can use it too.
// The interface loads one language at a time through $lib/i18n (see lang/).
import type { Catalog } from '../../catalog';
import de from './de';
import en from './en';
import fr from './fr';
import nl from './nl';

export * from './shared';

export const instruments: Catalog<typeof en> = { en, nl, fr, de };
