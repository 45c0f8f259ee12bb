// The other messages of one language, for every page but the start page (see de.ts).
import instruments from '../messages/instruments/de';
import money from '../messages/money/de';
import plan from '../messages/plan/de';
import results from '../messages/results/de';
import scoring from '../messages/scoring/de';
import settings from '../messages/settings/de';

export default { instruments, money, plan, results, scoring, settings };
