// The other messages of one language, for every page but the start page (see de.ts): whole
// features, and the advisor and flow messages the start page does not show.
import advisor from '../messages/advisor/de-more';
import flow from '../messages/flow/de-more';
import instruments from '../messages/instruments/de';
import money from '../messages/money/de';
import plan from '../messages/plan/de';
import results from '../messages/results/de';
import scoring from '../messages/scoring/de';
import settings from '../messages/settings/de';

export default { advisor, flow, instruments, money, plan, results, scoring, settings };
