// Pure domain code. Deletions as tombstones, apart from the import and merge (transfer.ts): the
// start page purges expired ones without downloading the import code.
import type { Assessment } from './record';

/** A deleted assessment, remembered so that the deletion wins over older copies elsewhere. */
export type Tombstone = { id: string; companyId: string; deletedAt: string };

/** How long a deletion is remembered (and can be undone on this device). */
export const TOMBSTONE_DAYS = 30;

/** Whether a tombstone is older than TOMBSTONE_DAYS at `now` and can be purged. */
export function tombstoneExpired(tombstone: Pick<Tombstone, 'deletedAt'>, now: string): boolean {
	return Date.parse(now) - Date.parse(tombstone.deletedAt) > TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;
}

/**
 * Whether a deletion wins over a copy of the assessment: the copy was last edited at or before
 * the deletion. A copy edited later wins over the deletion.
 *
 *   deleted 10:00, copy updated 09:30 -> true (the old copy stays deleted)
 *   deleted 10:00, copy updated 10:30 -> false (someone worked on it after the deletion)
 */
export function deletionWins(
	tombstone: Pick<Tombstone, 'deletedAt'>,
	record: Pick<Assessment, 'updatedAt'>
): boolean {
	return record.updatedAt <= tombstone.deletedAt;
}
