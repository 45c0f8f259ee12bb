// npm run --silent content:stale: the instruments not checked against their source in the last 6
// months and those no current source confirms, oldest first, one per line: checked date, whether the facts are confirmed, level, id and
// the page to check. For maintainers; the app itself says how many facts are fresh.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/server/content';
import { RECHECK_AFTER_MONTHS, staleInstruments } from '../src/lib/server/instrument-stats';

const content = loadContent(resolve('questionnaires'));
const stale = staleInstruments(content.instruments, new Date());
for (const entry of stale) {
	console.log(
		[
			entry.checked,
			entry.confirmed ? 'confirmed' : 'unconfirmed',
			entry.level,
			entry.id,
			entry.url ?? '(no URL: find a public source)'
		].join('\t')
	);
}
console.log(
	`${stale.length} of ${content.instruments.length} instruments unconfirmed or not checked in the last ${RECHECK_AFTER_MONTHS} months`
);
