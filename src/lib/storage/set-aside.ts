// Records set aside: stored records this release cannot use, kept and shown so nothing is lost.
// Two kinds: records in the quarantine store (made by a newer release, or damaged), and
// assessments answered with a questionnaire version this release does not have (readable, but
// without their questions they cannot be shown or scored). Settings lists them with the reason,
// exports them exactly as stored, and retries them after an upgrade.
import {
	byCodeUnits,
	mergeAssessment,
	migrateAssessment,
	TRANSFER_FORMAT,
	TRANSFER_FORMAT_VERSION,
	type Assessment,
	type QuarantinedRecord
} from '$lib/domain';
import { version as appVersion } from '../../../package.json';
import { db } from './db';
import { announceChange } from './sync';

type Available = readonly { id: string; version: number }[];

export type SetAsideKind = 'newer-version' | 'damaged' | 'missing-questionnaire';

export type SetAsideRecord = {
	id: string;
	kind: SetAsideKind;
	/** What is wrong, in technical English (the field and the rule), for support. */
	reason: string;
	/**
	 * When it was set aside; null for an assessment whose questionnaire is missing, and for a
	 * record not yet moved aside (it stopped reading since the start page last listed it).
	 */
	since: string | null;
	/** The company name, as far as it can be read; '' when it cannot. */
	companyName: string;
	/** The questionnaire it was answered with, as far as it can be read. */
	questionnaire: { id: string; version: number } | null;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** The company name and questionnaire of a record that may be of any shape. */
function describeRaw(raw: unknown): Pick<SetAsideRecord, 'companyName' | 'questionnaire'> {
	const record = isObject(raw) ? raw : {};
	const profile = isObject(record.profile) ? record.profile : {};
	const questionnaire = isObject(record.questionnaire) ? record.questionnaire : {};
	return {
		companyName: typeof profile.name === 'string' ? profile.name.slice(0, 300) : '',
		questionnaire:
			typeof questionnaire.id === 'string' && typeof questionnaire.version === 'number'
				? { id: questionnaire.id.slice(0, 200), version: questionnaire.version }
				: null
	};
}

const key = (q: { id: string; version: number }) => `${q.id}@${q.version}`;

function missingQuestionnaire(a: Assessment, available: Available): boolean {
	return !available.some((q) => key(q) === key(a.questionnaire));
}

/** Every record set aside on this device, quarantined ones first, oldest first. */
export async function listSetAside(available: Available): Promise<SetAsideRecord[]> {
	const database = await db();
	const result: SetAsideRecord[] = [];
	const quarantined = await database.getAll('quarantine');
	quarantined.sort((a, b) => byCodeUnits(a.at, b.at) || byCodeUnits(a.id, b.id));
	for (const entry of quarantined) {
		// Judged again now: the reason may have changed with this release.
		const now = migrateAssessment(entry.record);
		result.push({
			id: entry.id,
			kind: !now.ok && now.cause === 'newer-version' ? 'newer-version' : 'damaged',
			reason: now.ok ? entry.reason : now.error,
			since: entry.at,
			...describeRaw(entry.record)
		});
	}
	for (const raw of await database.getAll('assessments')) {
		const read = migrateAssessment(raw);
		// Unreadable, and not yet moved aside (the start page does that when it lists the records):
		// shown all the same, as a page that could not open it sends the user here.
		if (!read.ok) {
			result.push({
				id: (raw as { id: string }).id,
				kind: read.cause === 'newer-version' ? 'newer-version' : 'damaged',
				reason: read.error,
				since: null,
				...describeRaw(raw)
			});
			continue;
		}
		if (!missingQuestionnaire(read.value, available)) continue;
		result.push({
			id: read.value.id,
			kind: 'missing-questionnaire',
			reason: `questionnaire ${key(read.value.questionnaire)} is not in this version of the app`,
			since: null,
			...describeRaw(read.value)
		});
	}
	return result;
}

/**
 * The records set aside, exactly as they are stored, in an export file: a newer release (or this
 * one, once it has the missing questionnaire) imports it as usual. `ids` picks some; all when absent.
 */
export async function exportSetAside(
	available: Available,
	ids?: readonly string[]
): Promise<{ json: string; count: number }> {
	const database = await db();
	const wanted = (id: string) => !ids || ids.includes(id);
	const records: unknown[] = [];
	for (const entry of await database.getAll('quarantine'))
		if (wanted(entry.id)) records.push(entry.record);
	for (const raw of await database.getAll('assessments')) {
		const read = migrateAssessment(raw);
		const setAside = !read.ok || missingQuestionnaire(read.value, available);
		if (setAside && wanted((raw as { id: string }).id)) records.push(raw);
	}
	const questionnaires = new Map<string, { id: string; version: number }>();
	for (const record of records) {
		const q = describeRaw(record).questionnaire;
		if (q) questionnaires.set(key(q), q);
	}
	const file = {
		format: TRANSFER_FORMAT,
		formatVersion: TRANSFER_FORMAT_VERSION,
		appVersion,
		exportedAt: new Date().toISOString(),
		scope: 'all',
		questionnaires: [...questionnaires.values()],
		assessments: records
	};
	return { json: JSON.stringify(file), count: records.length };
}

/**
 * Tries every quarantined record again (after an upgrade, a record of a newer release may now be
 * readable): one that reads is put back, merged with a copy of the same id if there is one.
 * Returns how many came back and how many are still set aside (quarantined or missing their
 * questionnaire).
 */
export async function retrySetAside(
	available: Available
): Promise<{ restored: number; remaining: number }> {
	const database = await db();
	const tx = database.transaction(['quarantine', 'assessments'], 'readwrite');
	const quarantine = tx.objectStore('quarantine');
	const assessments = tx.objectStore('assessments');
	const restored: Assessment[] = [];
	for (const entry of (await quarantine.getAll()) as QuarantinedRecord[]) {
		const read = migrateAssessment(entry.record);
		if (!read.ok) continue;
		const raw = await assessments.get(read.value.id);
		const local = raw ? migrateAssessment(raw) : undefined;
		if (local && !local.ok) continue; // the copy here is unreadable too: keep both as they are
		const merged = mergeAssessment(local?.value, read.value, new Date().toISOString());
		// Answered with another questionnaire version than the copy here: cannot be merged, stays aside.
		if (merged.status === 'skipped') continue;
		if (merged.status !== 'unchanged') await assessments.put(merged.result);
		await quarantine.delete(entry.id);
		restored.push(merged.result);
	}
	await tx.done;
	for (const record of restored) announceChange(record.id, record.revision);
	const remaining = (await listSetAside(available)).length;
	return { restored: restored.length, remaining };
}
