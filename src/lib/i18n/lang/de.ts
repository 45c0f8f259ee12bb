// Every interface message in one language, loaded on its own: a reader downloads only theirs.
import advisor from '../messages/advisor/de';
import common from '../messages/common/de';
import flow from '../messages/flow/de';
import instruments from '../messages/instruments/de';
import money from '../messages/money/de';
import plan from '../messages/plan/de';
import results from '../messages/results/de';
import scoring from '../messages/scoring/de';
import settings from '../messages/settings/de';

export default { advisor, common, flow, instruments, money, plan, results, scoring, settings };
