// When "export all" last ran, in a module of its own: the start page reads it to remind about a
// backup, without downloading the export and import code (transfer.ts) before the user acts.
import { db } from './db';

/** meta key: ISO time of the last "export all", for the backup reminder. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** When "export all" last ran on this device, or null. */
export async function lastBackupAt(): Promise<string | null> {
	const value = await (await db()).get('meta', LAST_BACKUP_KEY);
	return typeof value === 'string' ? value : null;
}
