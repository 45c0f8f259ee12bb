// The other messages of one language, for every page but the start page (see fr.ts): whole
// features, and the advisor and flow messages the start page does not show.
import advisor from '../messages/advisor/fr-more';
import flow from '../messages/flow/fr-more';
import instruments from '../messages/instruments/fr';
import money from '../messages/money/fr';
import plan from '../messages/plan/fr';
import results from '../messages/results/fr';
import scoring from '../messages/scoring/fr';
import settings from '../messages/settings/fr';

export default { advisor, flow, instruments, money, plan, results, scoring, settings };
