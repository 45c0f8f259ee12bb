// Every interface message in one language, loaded on its own: a reader downloads only theirs.
import advisor from '../messages/advisor/nl';
import common from '../messages/common/nl';
import flow from '../messages/flow/nl';
import instruments from '../messages/instruments/nl';
import money from '../messages/money/nl';
import plan from '../messages/plan/nl';
import results from '../messages/results/nl';
import scoring from '../messages/scoring/nl';
import settings from '../messages/settings/nl';

export default { advisor, common, flow, instruments, money, plan, results, scoring, settings };
