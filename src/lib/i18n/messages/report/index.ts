// The PDF report's text, in the assessment's language. Pure TS: the report builder imports it
// directly, never through index.svelte.ts.
// The interface loads one language at a time through $lib/i18n (see lang/).
import type { Catalog } from '../../catalog';
import de from './de';
import en from './en';
import fr from './fr';
import nl from './nl';

export * from './shared';

export const report: Catalog<typeof en> = { en, nl, fr, de };
