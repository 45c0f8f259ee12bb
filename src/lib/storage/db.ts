// The only module that opens IndexedDB. Everything else goes through the repository functions in
// this folder. The shapes of the stored values are defined (and checked) in domain/record.ts.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment, QuarantinedRecord, StoredPhoto } from '$lib/domain';

export const DB_NAME = 'made-different-scan';
/** Structure version of the database (stores and indexes), not of the records in it. */
export const DB_VERSION = 1;

export interface ScanDB extends DBSchema {
	assessments: {
		key: string;
		value: Assessment;
		indexes: { byCompany: string; byUpdated: string };
	};
	/** Records that could not be read or migrated: kept aside, never deleted silently. */
	quarantine: {
		key: string;
		value: QuarantinedRecord;
	};
	/** Small key/value facts about this device: last backup, persistence asked, … */
	meta: {
		key: string;
		value: unknown;
	};
	/** Photos as blobs, keyed `<assessmentId>/<photoId>`. */
	photos: {
		key: string;
		value: StoredPhoto;
		indexes: { byAssessment: string };
	};
}

let connection: Promise<IDBPDatabase<ScanDB>> | undefined;

export function db(): Promise<IDBPDatabase<ScanDB>> {
	connection ??= openDB<ScanDB>(DB_NAME, DB_VERSION, {
		upgrade(database, oldVersion) {
			// One block per structure version; each creates only what did not exist before.
			if (oldVersion < 1) {
				const assessments = database.createObjectStore('assessments', { keyPath: 'id' });
				assessments.createIndex('byCompany', 'companyId');
				assessments.createIndex('byUpdated', 'updatedAt');
				database.createObjectStore('quarantine', { keyPath: 'id' });
				database.createObjectStore('meta');
				const photos = database.createObjectStore('photos', { keyPath: 'id' });
				photos.createIndex('byAssessment', 'assessmentId');
			}
		},
		blocking() {
			// Another tab runs a newer app version and needs to upgrade: let it.
			connection?.then(
				(database) => database.close(),
				// It never opened: nothing to close.
				() => {}
			);
			connection = undefined;
		},
		terminated() {
			// The browser closed the connection (Safari does under memory pressure): reopen next time.
			connection = undefined;
		}
	});
	connection.catch(() => {
		connection = undefined;
	});
	return connection;
}

/** For tests: forget the open connection. */
export async function closeDb(): Promise<void> {
	const open = connection;
	connection = undefined;
	if (open) (await open).close();
}
