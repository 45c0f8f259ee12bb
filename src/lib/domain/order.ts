/**
 * Orders two strings by their UTF-16 code units: for ISO 8601 timestamps of one form (`…Z`) and
 * for ids, that is time order and a stable, locale-free order. localeCompare is for words a person
 * reads; on the start page its first call built the browser's collator (25–90 ms on a test
 * machine) to sort two dates.
 *
 *   byCodeUnits('2026-01-02T09:00:00.000Z', '2026-01-10T08:00:00.000Z') -> -1
 */
export function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
