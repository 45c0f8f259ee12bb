// The messages of one language the start page shows (its portfolio, export and import, the
// header), loaded on their own: a reader downloads only theirs, and the start page only these.
// advisor and flow hold the start page's keys here, the rest in <language>-more.ts.
import advisor from '../messages/advisor/fr';
import common from '../messages/common/fr';
import flow from '../messages/flow/fr';

export default { advisor, common, flow };
