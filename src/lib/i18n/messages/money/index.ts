// The money side of the plan and the next step; pure TS so the PDF report can use it too.
import type { Catalog } from '../../catalog';
import de from './de';
import en from './en';
import fr from './fr';
import nl from './nl';

export const money: Catalog<typeof en> = { en, nl, fr, de };
