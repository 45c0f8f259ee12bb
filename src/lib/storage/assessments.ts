// Repository for assessments. Every change is applied inside one readwrite transaction to the
// latest stored copy, so concurrent tabs serialise instead of overwriting each other.
import {
	byCodeUnits,
	keepNewerAnswers,
	migrateAssessment,
	type Assessment,
	type Change
} from '$lib/domain';
import { db } from './db';
import { announceChange } from './sync';

/** Why a record could not be read or written: its own fault, or the storage's. */
export type StorageFailure = 'newer-version' | 'damaged' | 'storage';

export class StorageError extends Error {
	override name = 'StorageError';
	constructor(
		message: string,
		readonly failure: StorageFailure = 'storage'
	) {
		super(message);
	}
}

function describe(error: unknown): string {
	if (error instanceof DOMException && error.name === 'QuotaExceededError')
		return 'the device is out of storage space';
	return error instanceof Error ? error.message : String(error);
}

/** Reads one assessment, migrating it if it was stored by an older release. */
export async function getAssessment(id: string): Promise<Assessment | undefined> {
	const database = await db();
	const raw = await database.get('assessments', id);
	if (!raw) return undefined;
	const result = migrateAssessment(raw);
	if (!result.ok)
		throw new StorageError(
			`Assessment ${id} cannot be read: ${result.error}`,
			result.cause === 'newer-version' ? 'newer-version' : 'damaged'
		);
	if (result.migrated) await database.put('assessments', result.value);
	return result.value;
}

/**
 * All readable assessments, newest first. Records that cannot be migrated are moved to the
 * quarantine store (kept, reported), never dropped.
 */
export async function listAssessments(): Promise<{
	assessments: Assessment[];
	unreadable: number;
}> {
	const database = await db();
	const raws = await database.getAll('assessments');
	const assessments: Assessment[] = [];
	let unreadable = 0;
	for (const raw of raws) {
		const result = migrateAssessment(raw);
		if (result.ok) assessments.push(result.value);
		else {
			unreadable += 1;
			const id =
				typeof (raw as { id?: unknown }).id === 'string'
					? (raw as { id: string }).id
					: crypto.randomUUID();
			const tx = database.transaction(['assessments', 'quarantine'], 'readwrite');
			await tx
				.objectStore('quarantine')
				.put({ id, reason: result.error, at: new Date().toISOString(), record: raw });
			await tx.objectStore('assessments').delete(id);
			await tx.done;
		}
	}
	assessments.sort((a, b) => byCodeUnits(b.updatedAt, a.updatedAt));
	return { assessments, unreadable };
}

export async function putAssessment(assessment: Assessment): Promise<void> {
	try {
		const database = await db();
		await database.put('assessments', assessment);
	} catch (error) {
		throw new StorageError(`Could not save: ${describe(error)}`);
	}
	announceChange(assessment.id, assessment.revision);
}

/**
 * Applies `change` to the stored assessment atomically and returns the result. This is the only
 * way the app edits an assessment. Inside the one transaction: the change is applied to the latest
 * stored copy, compare-and-set keeps every stored answer that is newer than the change's
 * (keepNewerAnswers), and a result that would not pass the record's checks is refused, so the app
 * can never store a record it would later have to set aside. With `draft`, an assessment not
 * stored yet starts from that copy (the first change the user makes to a new assessment).
 */
export async function updateAssessment(
	id: string,
	change: Change,
	draft?: Assessment
): Promise<Assessment> {
	let updated: Assessment;
	try {
		const database = await db();
		const tx = database.transaction('assessments', 'readwrite');
		const raw = (await tx.store.get(id)) ?? draft;
		if (!raw) throw new StorageError(`Assessment ${id} no longer exists on this device`);
		const current = migrateAssessment(raw);
		if (!current.ok) throw new StorageError(`Assessment ${id} cannot be read: ${current.error}`);
		updated = keepNewerAnswers(current.value, change(current.value));
		if (updated !== current.value || raw === draft) {
			const checked = migrateAssessment(updated);
			if (!checked.ok) {
				tx.abort();
				await tx.done.catch(() => undefined);
				throw new StorageError(`Could not save: ${checked.error}`);
			}
		}
		if (updated !== current.value || current.migrated || raw === draft) await tx.store.put(updated);
		await tx.done;
	} catch (error) {
		if (error instanceof StorageError) throw error;
		throw new StorageError(`Could not save: ${describe(error)}`);
	}
	announceChange(updated.id, updated.revision);
	return updated;
}
