// Export and import of assessments. An import is checked completely first (domain readImportText
// and checkImport, and here the zip, entry by entry against its declared size and CRC-32, and the
// photo bytes), then merged and written inside ONE readwrite transaction: either every record
// lands or none does.
import type { Zippable } from 'fflate';
import {
	byCodeUnits,
	buildExport,
	imageTypeOf,
	migrateAssessment,
	checkImport,
	readImportText,
	planImport,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ZIP_BYTES,
	MAX_IMPORT_PHOTOS,
	MAX_PHOTO_BYTES,
	MAX_UNZIP_MILLISECONDS,
	MAX_UNZIPPED_BYTES,
	ZIP_JSON_NAME,
	type Assessment,
	type ExportFile,
	type ExportScope,
	type ImportError,
	type ImportSummary,
	type MigrationCause,
	type ParsedImport,
	type PhotoEntry,
	type Tombstone
} from '$lib/domain';
import { version as appVersion } from '../../../package.json';
import { LAST_BACKUP_KEY } from './backup';
import { db } from './db';
import { deletionIn, forgetDeletion, listDeleted, putDeletion } from './deleted';
import { announceChange } from './sync';
import type { ToImportWorker } from './import.worker';

/** Records "export all" could not include, by why: they are listed in Settings, under Set aside. */
export type LeftOut = { newerVersion: number; damaged: number };

async function readAll(
	filter?: (a: Assessment) => boolean
): Promise<{ assessments: Assessment[]; leftOut: LeftOut }> {
	const database = await db();
	const assessments: Assessment[] = [];
	const leftOut: LeftOut = { newerVersion: 0, damaged: 0 };
	const count = (cause: MigrationCause) =>
		(leftOut[cause === 'newer-version' ? 'newerVersion' : 'damaged'] += 1);
	for (const raw of await database.getAll('assessments')) {
		const migrated = migrateAssessment(raw);
		// Unreadable records stay where they are; listAssessments quarantines them.
		if (!migrated.ok) count(migrated.cause);
		else if (!filter || filter(migrated.value)) assessments.push(migrated.value);
	}
	for (const entry of await database.getAll('quarantine')) {
		const migrated = migrateAssessment(entry.record);
		count(migrated.ok ? 'invalid' : migrated.cause);
	}
	assessments.sort((a, b) => byCodeUnits(a.createdAt, b.createdAt) || byCodeUnits(a.id, b.id));
	return { assessments, leftOut };
}

/**
 * The assessments of an export, and the deletions that travel with it (all of them, or the
 * company's; none with a single assessment). Only "all" reports what it left out (the others
 * choose by company or id).
 */
async function select(
	scope: ExportScope,
	key?: string
): Promise<{ assessments: Assessment[]; deleted: Tombstone[]; leftOut: LeftOut }> {
	const tombstones = scope === 'assessment' ? [] : (await listDeleted()).map((d) => d.tombstone);
	if (scope === 'all') return { ...(await readAll()), deleted: tombstones };
	const { assessments } = await readAll((a) => (scope === 'company' ? a.companyId : a.id) === key);
	return {
		assessments,
		deleted: tombstones.filter((t) => t.companyId === key),
		leftOut: { newerVersion: 0, damaged: 0 }
	};
}

/** Only an "export all" that holds something is a backup: exporting nothing protects nothing. */
async function markBackup(scope: ExportScope, now: string, count: number): Promise<void> {
	if (scope === 'all' && count > 0) await (await db()).put('meta', now, LAST_BACKUP_KEY);
}

/** The JSON text of an export file with the chosen assessments (no photos). */
export async function exportAssessments(
	scope: ExportScope,
	key?: string
): Promise<{ json: string; count: number; leftOut: LeftOut }> {
	const { assessments, deleted, leftOut } = await select(scope, key);
	const now = new Date().toISOString();
	const file = buildExport(assessments, { appVersion, scope, now, deleted });
	await markBackup(scope, now, assessments.length);
	return { json: JSON.stringify(file), count: assessments.length, leftOut };
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
): Promise<{
	blob: Blob;
	extension: 'json' | 'zip';
	count: number;
	photos: number;
	leftOut: LeftOut;
}> {
	const { assessments, deleted, leftOut } = await select(scope, key);
	const now = new Date().toISOString();
	const database = await db();
	const stored = [];
	if (withPhotos) {
		for (const a of assessments)
			stored.push(...(await database.getAllFromIndex('photos', 'byAssessment', a.id)));
	}
	if (stored.length === 0) {
		const json = JSON.stringify(buildExport(assessments, { appVersion, scope, now, deleted }));
		await markBackup(scope, now, assessments.length);
		return {
			blob: new Blob([json], { type: 'application/json' }),
			extension: 'json',
			count: assessments.length,
			photos: 0,
			leftOut
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
		JSON.stringify(buildExport(assessments, { appVersion, scope, now, photos: entries, deleted }))
	);
	const zipped = zipSync(files);
	await markBackup(scope, now, assessments.length);
	return {
		blob: new Blob([new Uint8Array(zipped)], { type: 'application/zip' }),
		extension: 'zip',
		count: assessments.length,
		photos: entries.length,
		leftOut
	};
}

export { lastBackupAt } from './backup';

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: ImportError };
type Available = readonly { id: string; version: number }[];

/** Lets the page handle input between two long steps. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * parseImport with a pause for the page before parsing and before checking the records: each step
 * of a large file takes tens of milliseconds, together they could take a few hundred.
 */
async function parseImportPaced(text: string, available: Available): Promise<ParsedImport> {
	await pause();
	// A byte order mark is not part of the JSON (Blob.text() keeps it; TextDecoder drops it).
	const read = readImportText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (!read.ok) return read;
	await pause();
	return checkImport(read.data, available);
}

/**
 * Checks and imports an export file's text. Nothing is written unless the whole file is valid;
 * the merge and all writes happen in one transaction, so two tabs importing at once, or a tab
 * answering while an import runs, cannot lose an answer.
 */
export async function importText(text: string, available: Available): Promise<ImportResult> {
	const parsed = await parseImportPaced(text, available);
	if (!parsed.ok) return parsed;
	if (parsed.file.photos?.length)
		return { ok: false, error: { code: 'corrupt', detail: 'photos listed but no zip' } };
	return apply(parsed.file, new Map());
}

/**
 * Parses and checks an import file's JSON in a worker (import.worker.ts), so that the page keeps
 * answering clicks whatever the file holds. Where there are no workers (Node, which runs the
 * storage tests), the same checks run here, with pauses for the page between the long steps.
 */
async function parseOffPage(
	source: Blob | Uint8Array,
	available: Available
): Promise<ParsedImport> {
	if (typeof Worker === 'undefined') {
		let text: string;
		try {
			text =
				source instanceof Blob
					? await source.text()
					: new TextDecoder('utf-8', { fatal: true }).decode(source);
		} catch {
			return { ok: false, error: { code: 'corrupt', detail: 'the JSON is not UTF-8' } };
		}
		return parseImportPaced(text, available);
	}
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<ParsedImport>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<ParsedImport>) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(event.message || 'The import check failed'));
			const message: ToImportWorker = { source, available: [...available] };
			worker.postMessage(message, source instanceof Uint8Array ? [source.buffer] : []);
		});
	} finally {
		worker.terminate();
	}
}

/** Imports a file as picked by the user: a JSON export, or a zip export with photos. */
export async function importFile(file: Blob, available: Available): Promise<ImportResult> {
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
	if (!isZip) {
		if (file.size > MAX_IMPORT_BYTES)
			return { ok: false, error: { code: 'too-large', detail: String(file.size) } };
		const parsed = await parseOffPage(file, available);
		if (!parsed.ok) return parsed;
		if (parsed.file.photos?.length)
			return { ok: false, error: { code: 'corrupt', detail: 'photos listed but no zip' } };
		return apply(parsed.file, new Map());
	}
	if (file.size > MAX_IMPORT_ZIP_BYTES)
		return { ok: false, error: { code: 'too-large', detail: String(file.size) } };
	// The zip reader (and fflate with it) is loaded only when a zip is imported.
	const { readZip } = await import('./zip');
	const unzipped = await readZip(file, {
		maxTotalBytes: MAX_UNZIPPED_BYTES,
		maxEntryBytes: (name) =>
			name === ZIP_JSON_NAME
				? MAX_IMPORT_BYTES
				: /^photos\/[A-Za-z0-9._-]{1,100}$/.test(name)
					? MAX_PHOTO_BYTES
					: null,
		maxEntries: MAX_IMPORT_PHOTOS + 10,
		maxMilliseconds: MAX_UNZIP_MILLISECONDS
	});
	if (!unzipped.ok) return unzipped;
	const files = unzipped.files;
	const json = files.get(ZIP_JSON_NAME);
	if (!json)
		return { ok: false, error: { code: 'not-ours', detail: `no ${ZIP_JSON_NAME} in the zip` } };
	const parsed = await parseOffPage(json, available);
	if (!parsed.ok) return parsed;
	const bytes = new Map<string, { entry: PhotoEntry; data: Uint8Array }>();
	for (const entry of parsed.file.photos ?? []) {
		const data = files.get(entry.file);
		if (!data) return { ok: false, error: { code: 'corrupt', detail: `${entry.file} is missing` } };
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
	const tx = database.transaction(['assessments', 'meta', 'photos'], 'readwrite');
	const store = tx.objectStore('assessments');
	const local = new Map<string, Assessment>();
	const localDeleted = new Map<string, Tombstone>();
	const ids = [...file.assessments.map((a) => a.id), ...(file.deleted ?? []).map((t) => t.id)];
	for (const id of ids) {
		const deletion = await deletionIn(tx, id);
		if (deletion) localDeleted.set(id, deletion.tombstone);
		const raw = await store.get(id);
		if (!raw) continue;
		const migrated = migrateAssessment(raw);
		if (!migrated.ok) {
			tx.abort();
			await tx.done.catch(() => undefined);
			return {
				ok: false,
				error: {
					code: 'invalid-record',
					detail: `local assessment ${id}: ${migrated.error}`
				}
			};
		}
		local.set(id, migrated.value);
	}
	const { writes, deletions, summary } = planImport(
		local,
		file.assessments,
		new Date().toISOString(),
		{ local: localDeleted, incoming: file.deleted ?? [] }
	);
	for (const record of writes) await store.put(record);
	for (const id of deletions.forget) await forgetDeletion(tx, id);
	for (const tombstone of deletions.remember) await putDeletion(tx, { tombstone });
	for (const { tombstone, record } of deletions.remove) {
		await putDeletion(tx, { tombstone, record });
		await store.delete(tombstone.id);
	}
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
	for (const { tombstone } of deletions.remove) announceChange(tombstone.id, -1);
	return { ok: true, summary: { ...summary, photosAdded } };
}
