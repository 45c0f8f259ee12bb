// Every interface message in one language, loaded on its own: a reader downloads only theirs.
import advisor from '../messages/advisor/en';
import common from '../messages/common/en';
import flow from '../messages/flow/en';
import instruments from '../messages/instruments/en';
import money from '../messages/money/en';
import plan from '../messages/plan/en';
import results from '../messages/results/en';
import scoring from '../messages/scoring/en';
import settings from '../messages/settings/en';

export default { advisor, common, flow, instruments, money, plan, results, scoring, settings };
