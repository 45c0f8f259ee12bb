// The instruments part of `npm run content:stats`: how big the catalogue is per level and how much
// of it rests on old or unsourced facts. Runs in Node on the loaded catalogue.
import {
	INSTRUMENT_LEVELS,
	isStale,
	monthsSince,
	type CatalogueInstrument,
	type InstrumentLevel
} from '../domain';
import { publicUrl } from '../domain/content/validate';

export type InstrumentStats = {
	total: number;
	byLevel: Record<InstrumentLevel, number>;
	/** Instruments without any source. The schema rejects them, so this should stay 0. */
	missingSource: number;
	/** Instruments without an asOf date. The schema rejects them, so this should stay 0. */
	missingAsOf: number;
	/** Instruments whose asOf is more than 12 months before `today`: the UI warns about these. */
	olderThan12Months: number;
};

/**
 * Counts for the catalogue at `today`.
 *
 *   instrumentStats([kmoPortefeuille (flanders, asOf 2026-01), cheque (wallonia, asOf 2018-03)], new Date('2026-11-22'))
 *     -> { total: 2, byLevel: { federal: 0, flanders: 1, wallonia: 1, brussels: 0, eu: 0, programme: 0 },
 *          missingSource: 0, missingAsOf: 0, olderThan12Months: 1 }
 */
export function instrumentStats(instruments: CatalogueInstrument[], today: Date): InstrumentStats {
	const byLevel = Object.fromEntries(INSTRUMENT_LEVELS.map((level) => [level, 0])) as Record<
		InstrumentLevel,
		number
	>;
	let missingSource = 0;
	let missingAsOf = 0;
	let olderThan12Months = 0;
	for (const instrument of instruments) {
		byLevel[instrument.level] += 1;
		if (!instrument.sources?.length) missingSource += 1;
		if (!instrument.asOf) missingAsOf += 1;
		else if (isStale(instrument.asOf, today)) olderThan12Months += 1;
	}
	return { total: instruments.length, byLevel, missingSource, missingAsOf, olderThan12Months };
}

/** Instruments not checked for longer than this are listed by `npm run content:stale`. */
export const RECHECK_AFTER_MONTHS = 6;

export type StaleEntry = {
	id: string;
	level: InstrumentLevel;
	checked: string;
	confirmed: boolean;
	/** The page to check it against: its official link, else its first source with a URL. */
	url: string | null;
};

/**
 * The instruments whose `checked` date is more than 6 months before `today` (or exactly 6
 * months), and every unconfirmed one however recently it was looked at (no source confirms it
 * yet), oldest first, ties by id: what maintainers should check against the source next.
 *
 *   checked 2026-05-31 at 2026-12-01 -> listed; checked 2026-06-02 -> not listed, unless unconfirmed
 */
export function staleInstruments(
	instruments: readonly CatalogueInstrument[],
	today: Date
): StaleEntry[] {
	return instruments
		.filter(
			(instrument) =>
				!instrument.confirmed || monthsSince(instrument.checked, today) >= RECHECK_AFTER_MONTHS
		)
		.map((instrument) => ({
			id: instrument.id,
			level: instrument.level,
			checked: instrument.checked,
			confirmed: instrument.confirmed,
			url: instrument.link ?? instrument.sources.map(publicUrl).find((url) => !!url) ?? null
		}))
		.sort((a, b) =>
			a.checked < b.checked ? -1 : a.checked > b.checked ? 1 : a.id < b.id ? -1 : 1
		);
}
