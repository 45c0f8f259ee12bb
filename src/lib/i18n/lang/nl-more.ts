// The other messages of one language, for every page but the start page (see nl.ts): whole
// features, and the advisor and flow messages the start page does not show.
import advisor from '../messages/advisor/nl-more';
import flow from '../messages/flow/nl-more';
import instruments from '../messages/instruments/nl';
import money from '../messages/money/nl';
import plan from '../messages/plan/nl';
import results from '../messages/results/nl';
import scoring from '../messages/scoring/nl';
import settings from '../messages/settings/nl';

export default { advisor, flow, instruments, money, plan, results, scoring, settings };
