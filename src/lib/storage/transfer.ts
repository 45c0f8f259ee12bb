// Export and import of assessments. An import is checked completely first (domain parseImport,
// and here the zip and the photo bytes), then merged and written inside ONE readwrite transaction:
// either every record lands or none does.
import type { Zippable } from 'fflate';
import {
	buildExport,
	imageTypeOf,
	migrateAssessment,
	parseImport,
	planImport,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ZIP_BYTES,
	MAX_PHOTO_BYTES,
	MAX_UNZIPPED_BYTES,
	ZIP_JSON_NAME,
	type Assessment,
	type ExportFile,
	type ExportScope,
	type ImportError,
	type ImportSummary,
	type PhotoEntry
} from '$lib/domain';
import { version as appVersion } from '../../../package.json';
import { db } from './db';
import { announceChange } from './sync';

/** meta key: ISO time of the last "export all", for the backup reminder. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

async function readAll(filter?: (a: Assessment) => boolean): Promise<Assessment[]> {
	const database = await db();
	const result: Assessment[] = [];
	for (const raw of await database.getAll('assessments')) {
		const migrated = migrateAssessment(raw);
		// Unreadable records stay where they are; listAssessments quarantines them.
		if (migrated.ok && (!filter || filter(migrated.value))) result.push(migrated.value);
	}
	return result.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function select(scope: ExportScope, key?: string): Promise<Assessment[]> {
	if (scope === 'all') return readAll();
	if (scope === 'company') return readAll((a) => a.companyId === key);
	return readAll((a) => a.id === key);
}

async function markBackup(scope: ExportScope, now: string): Promise<void> {
	if (scope === 'all') await (await db()).put('meta', now, LAST_BACKUP_KEY);
}

/** The JSON text of an export file with the chosen assessments (no photos). */
export async function exportAssessments(
	scope: ExportScope,
	key?: string
): Promise<{ json: string; count: number }> {
	const assessments = await select(scope, key);
	const now = new Date().toISOString();
	const file = buildExport(assessments, { appVersion, scope, now });
	await markBackup(scope, now);
	return { json: JSON.stringify(file), count: assessments.length };
}

const EXTENSION: Record<PhotoEntry['type'], string> = {
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'image/webp': 'webp'
};

/**
 * An export file as a Blob: JSON, or a zip with the JSON and the photo files when `withPhotos`
 * and the chosen assessments have photos.
 */
export async function exportBlob(
	scope: ExportScope,
	key: string | undefined,
	withPhotos: boolean
): Promise<{ blob: Blob; extension: 'json' | 'zip'; count: number; photos: number }> {
	const assessments = await select(scope, key);
	const now = new Date().toISOString();
	const database = await db();
	const stored = [];
	if (withPhotos) {
		for (const a of assessments)
			stored.push(...(await database.getAllFromIndex('photos', 'byAssessment', a.id)));
	}
	if (stored.length === 0) {
		const json = JSON.stringify(buildExport(assessments, { appVersion, scope, now }));
		await markBackup(scope, now);
		return {
			blob: new Blob([json], { type: 'application/json' }),
			extension: 'json',
			count: assessments.length,
			photos: 0
		};
	}
	// fflate is loaded only when photos are exported or a zip imported: not on the start page.
	const { strToU8, zipSync } = await import('fflate');
	const entries: PhotoEntry[] = [];
	const files: Zippable = {};
	for (const [index, photo] of stored.entries()) {
		const bytes = new Uint8Array(await photo.blob.arrayBuffer());
		const type = imageTypeOf(bytes);
		if (!type) continue;
		const file = `photos/${index + 1}.${EXTENSION[type]}`;
		// Photos are compressed already: store them as they are.
		files[file] = [bytes, { level: 0 }];
		entries.push({
			id: photo.id,
			assessmentId: photo.assessmentId,
			questionId: photo.questionId,
			width: photo.width,
			height: photo.height,
			at: photo.at,
			type,
			file
		});
	}
	files[ZIP_JSON_NAME] = strToU8(
		JSON.stringify(buildExport(assessments, { appVersion, scope, now, photos: entries }))
	);
	const zipped = zipSync(files);
	await markBackup(scope, now);
	return {
		blob: new Blob([new Uint8Array(zipped)], { type: 'application/zip' }),
		extension: 'zip',
		count: assessments.length,
		photos: entries.length
	};
}

/** When "export all" last ran on this device, or null. */
export async function lastBackupAt(): Promise<string | null> {
	const value = await (await db()).get('meta', LAST_BACKUP_KEY);
	return typeof value === 'string' ? value : null;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: ImportError };
type Available = readonly { id: string; version: number }[];

/**
 * Checks and imports an export file's text. Nothing is written unless the whole file is valid;
 * the merge and all writes happen in one transaction, so two tabs importing at once, or a tab
 * answering while an import runs, cannot lose an answer.
 */
export async function importText(text: string, available: Available): Promise<ImportResult> {
	const parsed = parseImport(text, available);
	if (!parsed.ok) return parsed;
	if (parsed.file.photos?.length)
		return { ok: false, error: { code: 'corrupt', detail: 'photos listed but no zip' } };
	return apply(parsed.file, new Map());
}

/** Imports a file as picked by the user: a JSON export, or a zip export with photos. */
export async function importFile(file: Blob, available: Available): Promise<ImportResult> {
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
	if (!isZip) {
		if (file.size > MAX_IMPORT_BYTES)
			return { ok: false, error: { code: 'too-large', detail: String(file.size) } };
		return importText((await file.text()).replace(/^\uFEFF/, ''), available);
	}
	if (file.size > MAX_IMPORT_ZIP_BYTES)
		return { ok: false, error: { code: 'too-large', detail: String(file.size) } };
	const { strFromU8, unzipSync } = await import('fflate');
	let files: Record<string, Uint8Array>;
	try {
		let total = 0;
		files = unzipSync(new Uint8Array(await file.arrayBuffer()), {
			filter(entry) {
				// Refuse a zip bomb before inflating anything.
				total += entry.originalSize;
				if (total > MAX_UNZIPPED_BYTES) throw new RangeError('unpacks to more than the limit');
				return entry.name === ZIP_JSON_NAME || /^photos\/[A-Za-z0-9._-]{1,100}$/.test(entry.name);
			}
		});
	} catch (error) {
		const tooLarge = error instanceof RangeError;
		return {
			ok: false,
			error: {
				code: tooLarge ? 'too-large' : 'corrupt',
				detail: error instanceof Error ? error.message : String(error)
			}
		};
	}
	const json = files[ZIP_JSON_NAME];
	if (!json)
		return { ok: false, error: { code: 'not-ours', detail: `no ${ZIP_JSON_NAME} in the zip` } };
	if (json.length > MAX_IMPORT_BYTES)
		return { ok: false, error: { code: 'too-large', detail: String(json.length) } };
	let text: string;
	try {
		text = strFromU8(json);
	} catch {
		return { ok: false, error: { code: 'corrupt', detail: 'the JSON is not UTF-8' } };
	}
	const parsed = parseImport(text.replace(/^\uFEFF/, ''), available);
	if (!parsed.ok) return parsed;
	const bytes = new Map<string, { entry: PhotoEntry; data: Uint8Array }>();
	for (const entry of parsed.file.photos ?? []) {
		const data = files[entry.file];
		if (!data) return { ok: false, error: { code: 'corrupt', detail: `${entry.file} is missing` } };
		if (data.length > MAX_PHOTO_BYTES)
			return { ok: false, error: { code: 'too-large', detail: entry.file } };
		// The bytes must really be the image type declared: no SVG, HTML or script posing as a photo.
		if (imageTypeOf(data) !== entry.type)
			return {
				ok: false,
				error: { code: 'unsafe', detail: `${entry.file} is not a ${entry.type}` }
			};
		bytes.set(entry.id, { entry, data });
	}
	return apply(parsed.file, bytes);
}

async function apply(
	file: ExportFile,
	photos: ReadonlyMap<string, { entry: PhotoEntry; data: Uint8Array }>
): Promise<ImportResult> {
	const database = await db();
	const tx = database.transaction(['assessments', 'photos'], 'readwrite');
	const store = tx.objectStore('assessments');
	const local = new Map<string, Assessment>();
	for (const incoming of file.assessments) {
		const raw = await store.get(incoming.id);
		if (!raw) continue;
		const migrated = migrateAssessment(raw);
		if (!migrated.ok) {
			tx.abort();
			await tx.done.catch(() => undefined);
			return {
				ok: false,
				error: {
					code: 'invalid-record',
					detail: `local assessment ${incoming.id}: ${migrated.error}`
				}
			};
		}
		local.set(incoming.id, migrated.value);
	}
	const { writes, summary } = planImport(local, file.assessments, new Date().toISOString());
	for (const record of writes) await store.put(record);
	let photosAdded = 0;
	const photoStore = tx.objectStore('photos');
	for (const { entry, data } of photos.values()) {
		// Photos never change once taken: one already here (same id) is left as it is.
		if (await photoStore.getKey(entry.id)) continue;
		await photoStore.put({
			id: entry.id,
			assessmentId: entry.assessmentId,
			questionId: entry.questionId,
			blob: new Blob([new Uint8Array(data)], { type: entry.type }),
			width: entry.width,
			height: entry.height,
			at: entry.at
		});
		photosAdded += 1;
	}
	await tx.done;
	for (const record of writes) announceChange(record.id, record.revision);
	return { ok: true, summary: { ...summary, photosAdded } };
}
