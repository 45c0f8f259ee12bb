// The messages of one language the start page shows (its portfolio, export and import, the
// header), loaded on their own: a reader downloads only theirs, and the start page only these.
// advisor and flow hold the start page's keys here, the rest in <language>-more.ts.
import advisor from '../messages/advisor/en';
import common from '../messages/common/en';
import flow from '../messages/flow/en';

export default { advisor, common, flow };
