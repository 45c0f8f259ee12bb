// Every interface message in one language, loaded on its own: a reader downloads only theirs.
import advisor from '../messages/advisor/fr';
import common from '../messages/common/fr';
import flow from '../messages/flow/fr';
import instruments from '../messages/instruments/fr';
import money from '../messages/money/fr';
import plan from '../messages/plan/fr';
import results from '../messages/results/fr';
import scoring from '../messages/scoring/fr';
import settings from '../messages/settings/fr';

export default { advisor, common, flow, instruments, money, plan, results, scoring, settings };
