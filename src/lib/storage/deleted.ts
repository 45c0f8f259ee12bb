// Deleted assessments: a tombstone per deletion, kept with the deleted record (for undo, also
// after a reload) and its photos until it is purged after TOMBSTONE_DAYS. Tombstones travel with
// exports so that a deletion wins over older copies on other devices (domain/transfer.ts). They
// live in the `meta` store under `deleted:<id>`, so no database upgrade is needed.
import {
	byCodeUnits,
	migrateAssessment,
	tombstoneExpired,
	type Assessment,
	type Tombstone
} from '$lib/domain';
import type { IDBPTransaction } from 'idb';
import { db, type ScanDB } from './db';
import { announceChange } from './sync';

const PREFIX = 'deleted:';
const range = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

/** What is stored per deletion: the tombstone, and the record when it was deleted here. */
export type Deletion = { tombstone: Tombstone; record?: Assessment };

function readDeletion(value: unknown): Deletion | null {
	const v = value as Partial<Deletion> | null;
	const t = v?.tombstone;
	if (!t || typeof t.id !== 'string' || typeof t.deletedAt !== 'string') return null;
	const tombstone = { id: t.id, companyId: String(t.companyId ?? ''), deletedAt: t.deletedAt };
	const migrated = v.record === undefined ? null : migrateAssessment(v.record);
	return migrated?.ok ? { tombstone, record: migrated.value } : { tombstone };
}

type MetaTx = IDBPTransaction<ScanDB, ('meta' | 'assessments' | 'photos')[], 'readwrite'>;

/** Stores a deletion inside a transaction that covers `meta`. */
export async function putDeletion(tx: MetaTx, deletion: Deletion): Promise<void> {
	await tx.objectStore('meta').put(deletion, `${PREFIX}${deletion.tombstone.id}`);
}

/** Forgets a deletion inside a transaction that covers `meta`. */
export async function forgetDeletion(tx: MetaTx, id: string): Promise<void> {
	await tx.objectStore('meta').delete(`${PREFIX}${id}`);
}

/** The tombstone of `id` inside a transaction that covers `meta`, if there is one. */
export async function deletionIn(tx: MetaTx, id: string): Promise<Deletion | null> {
	return readDeletion(await tx.objectStore('meta').get(`${PREFIX}${id}`));
}

/**
 * Deletes an assessment: in one transaction the record leaves the list and its tombstone, with
 * the record, takes its place. Its photos stay until the tombstone is purged, so undo brings
 * everything back.
 */
export async function deleteAssessment(id: string, now = new Date().toISOString()): Promise<void> {
	const database = await db();
	const tx = database.transaction(['assessments', 'meta', 'photos'], 'readwrite');
	const raw = await tx.objectStore('assessments').get(id);
	if (raw) {
		const migrated = migrateAssessment(raw);
		const record = migrated.ok ? migrated.value : undefined;
		await putDeletion(tx, {
			tombstone: { id, companyId: record?.companyId ?? '', deletedAt: now },
			...(record ? { record } : {})
		});
		await tx.objectStore('assessments').delete(id);
	}
	await tx.done;
	announceChange(id, -1);
}

/** Puts a deleted assessment back (with its photos, which were kept) and forgets the deletion. */
export async function restoreDeleted(id: string): Promise<boolean> {
	const database = await db();
	const tx = database.transaction(['assessments', 'meta', 'photos'], 'readwrite');
	const deletion = await deletionIn(tx, id);
	if (!deletion?.record) {
		tx.abort();
		await tx.done.catch(() => undefined);
		return false;
	}
	if (!(await tx.objectStore('assessments').getKey(id)))
		await tx.objectStore('assessments').put(deletion.record);
	await forgetDeletion(tx, id);
	await tx.done;
	announceChange(id, deletion.record.revision);
	return true;
}

/** Every deletion remembered on this device, newest first. */
export async function listDeleted(): Promise<Deletion[]> {
	const values = await (await db()).getAll('meta', range());
	return values
		.map(readDeletion)
		.filter((d): d is Deletion => d !== null)
		.sort((a, b) => byCodeUnits(b.tombstone.deletedAt, a.tombstone.deletedAt));
}

/**
 * Forgets deletions older than TOMBSTONE_DAYS at `now`, with the deleted record and its photos
 * (unless the assessment is back). Resolves to how many were purged.
 */
export async function purgeDeleted(now = new Date().toISOString()): Promise<number> {
	const database = await db();
	const tx = database.transaction(['assessments', 'meta', 'photos'], 'readwrite');
	const meta = tx.objectStore('meta');
	let purged = 0;
	for (const key of await meta.getAllKeys(range())) {
		const deletion = readDeletion(await meta.get(key));
		if (deletion && !tombstoneExpired(deletion.tombstone, now)) continue;
		await meta.delete(key);
		purged += 1;
		const id = String(key).slice(PREFIX.length);
		if (await tx.objectStore('assessments').getKey(id)) continue;
		const photos = tx.objectStore('photos');
		for (const photo of await photos.index('byAssessment').getAllKeys(id))
			await photos.delete(photo);
	}
	await tx.done;
	return purged;
}
