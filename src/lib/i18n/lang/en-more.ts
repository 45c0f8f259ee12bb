// The other messages of one language, for every page but the start page (see en.ts): whole
// features, and the advisor and flow messages the start page does not show.
import advisor from '../messages/advisor/en-more';
import flow from '../messages/flow/en-more';
import instruments from '../messages/instruments/en';
import money from '../messages/money/en';
import plan from '../messages/plan/en';
import results from '../messages/results/en';
import scoring from '../messages/scoring/en';
import settings from '../messages/settings/en';

export default { advisor, flow, instruments, money, plan, results, scoring, settings };
