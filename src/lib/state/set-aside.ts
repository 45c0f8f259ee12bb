// Records set aside (Settings): listed with the reason, exported exactly as stored, and tried
// again after an update, against the questionnaires built into this version of the app.
import { questionnaireIndex } from 'virtual:content';
import { downloadBlob } from '$lib/browser/download';
import { datedFileName } from '$lib/domain';
import {
	exportSetAside,
	listSetAside,
	retrySetAside,
	type SetAsideKind,
	type SetAsideRecord
} from '$lib/storage/set-aside';

export type { SetAsideKind, SetAsideRecord };

/** Every record set aside on this device. */
export function setAsideRecords(): Promise<SetAsideRecord[]> {
	return listSetAside(questionnaireIndex);
}

/** Saves the records (`ids`, or all) as they are stored, in an export file; resolves to how many. */
export async function exportSetAsideAndSave(ids?: readonly string[]): Promise<number> {
	const { json, count } = await exportSetAside(questionnaireIndex, ids);
	downloadBlob(
		new Blob([json], { type: 'application/json' }),
		datedFileName('made-different-scan-set-aside', 'json', new Date())
	);
	return count;
}

/** Tries every quarantined record again: how many came back, how many are still set aside. */
export function retrySetAsideRecords(): Promise<{ restored: number; remaining: number }> {
	return retrySetAside(questionnaireIndex);
}
