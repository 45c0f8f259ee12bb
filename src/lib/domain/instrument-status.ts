// Pure domain code: no DOM, no storage, no Svelte.
// The status of an instrument on a given day. The catalogue's `status` is what was true when its
// facts were checked; a call with dates (`applicationsOpen`, `applicationsClose`) opens and closes
// on its own as the days pass. Every reader of the status (matching, the plan's money, the cards,
// the PDF, the catalogue page) asks here, so that a call that closed yesterday is closed
// everywhere at once.
import type { CatalogueInstrument, InstrumentStatus } from './content/schema';

export type InstrumentStatusOnDay = {
	/** The status that day: the catalogue's, except an open call outside its dates is closed. */
	status: InstrumentStatus;
	/** Open, and its last day for applications is known (YYYY-MM-DD). */
	applicationsUntil?: string;
	/** The catalogue says open, but this call closed after this day (YYYY-MM-DD); no new call is known. */
	closedOn?: string;
	/** The catalogue says open, but this call takes applications only from this day (YYYY-MM-DD). */
	opensOn?: string;
};

/**
 * The hours Belgian clocks are ahead of UTC at `time` (ms): 2 in summer time, 1 otherwise. Summer
 * time runs in the EU from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
 * of October (Directive 2000/84/EC, arts. 2 and 3). Computed, not asked of Intl: a time-zone format
 * is the first Intl object the results page would build, and loading its data cost 35–80 ms.
 */
function belgianOffsetHours(time: number): number {
	const year = new Date(time).getUTCFullYear();
	const lastSundayAt1 = (month: number) => {
		const lastDay = new Date(Date.UTC(year, month + 1, 0));
		return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
	};
	return time >= lastSundayAt1(2) && time < lastSundayAt1(9) ? 2 : 1;
}

/**
 * The calendar day in Belgium at `moment`, YYYY-MM-DD: calls close at a Brussels time, so a
 * user's 5 December in Brussels is 5 December even while UTC still says the 4th.
 *
 *   belgianDay(new Date('2026-12-04T23:30:00Z')) -> '2026-12-05' (00:30 in Brussels)
 */
export function belgianDay(moment: Date): string {
	const time = moment.getTime();
	return new Date(time + belgianOffsetHours(time) * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The status of an instrument on the day of `today` (in Belgium). Only an `open` instrument
 * changes with the days: before `applicationsOpen` and after `applicationsClose` it is closed,
 * and the reader is told when it opens or when it closed. The closing day itself is still open.
 * Closed, ended and unknown instruments keep their status: a date does not confirm that a call
 * we could not confirm is running, nor open a call the catalogue says is closed.
 *
 *   open, applicationsClose 2026-12-04, today 2026-12-04 -> { status: 'open', applicationsUntil: '2026-12-04' }
 *   open, applicationsClose 2026-12-04, today 2026-12-05 -> { status: 'closed', closedOn: '2026-12-04' }
 *   open, applicationsOpen 2027-02-01,  today 2026-12-05 -> { status: 'closed', opensOn: '2027-02-01' }
 *   open, no dates                                       -> { status: 'open' }
 */
export function instrumentStatusOn(
	instrument: Pick<CatalogueInstrument, 'status' | 'applicationsOpen' | 'applicationsClose'>,
	today: Date
): InstrumentStatusOnDay {
	const { status, applicationsOpen, applicationsClose } = instrument;
	if (status !== 'open') return { status };
	const day = belgianDay(today);
	// ISO days compare as text.
	if (applicationsClose !== undefined && day > applicationsClose)
		return { status: 'closed', closedOn: applicationsClose };
	if (applicationsOpen !== undefined && day < applicationsOpen)
		return { status: 'closed', opensOn: applicationsOpen };
	return applicationsClose !== undefined
		? { status: 'open', applicationsUntil: applicationsClose }
		: { status: 'open' };
}
