// Pure domain code: no DOM, no storage, no Svelte.
// Moving assessments between devices without a server: the export file format, the checks an
// import must pass before anything is stored, and the merge of an imported copy with the local one.
//
// Merge rules (docs: each bullet is tested in tests/unit/transfer.test.ts):
// - Records are matched by `id`. An id that is not on this device is added as it is.
// - Answers are merged one by one (per respondent and question, per consensus question, per
//   self-estimate, per note): an answer present on one side only is kept; when both sides hold
//   one, the one with the later `at` wins. Equal timestamps are broken by comparing the values, so
//   both devices end with the same result whichever imports first.
// - A conflict is reported when both copies hold a *different* answer for the same slot: without
//   a server the app cannot know whether the later answer was given knowing the earlier one, so
//   it keeps the later one and lists the replaced one for a person to check. Nothing is dropped
//   silently. A suggested (unconfirmed) answer losing to a real one is not a conflict.
// - Everything else (profile, targets, importance, plan, language, respondents' names) comes from
//   the copy that was edited last (`updatedAt`, then `revision`). A differing company profile is
//   reported as a conflict too.
// - Respondents are united by id; `completedAt` keeps the earliest completion.
// - When the merge gives exactly the local content, nothing is written: importing the same file
//   twice changes nothing (idempotent). When it gives exactly the imported content, the imported
//   record is stored as it is (same revision). Otherwise the result gets a revision above both.
// - A record whose questionnaire version differs from the local copy's is not merged (its answers
//   refer to other questions); it is reported and skipped.
// - Deletions travel as tombstones (id, company, when). A deletion wins over every copy last
//   edited at or before it: an older export imported again does not bring a deleted assessment
//   back, and a tombstone in a file deletes the local copy if that copy is not newer. A copy
//   edited after the deletion wins over it (someone went on working on it). Tombstones are kept
//   30 days (TOMBSTONE_DAYS), then purged.
import { MAX_JSON_DEPTH, scanJson } from './json-limits';
import { migrateAssessment } from './migrations';
import { byCodeUnits } from './order';
import { canonical, content } from './record-content';
import { deletionWins, type Tombstone } from './tombstone';
import { MAX_IMPORT_ASSESSMENTS, MAX_IMPORT_BYTES, MAX_IMPORT_PHOTOS } from './transfer-limits';
import type { Answer, Assessment, Respondent } from './record';
import type { TransformationId } from './content/schema';

/** Identifies our export files; anything else is "not ours". */
export const TRANSFER_FORMAT = 'made-different-scan/export';
/** Raised when the file layout changes; a file with a higher number is refused. */
export const TRANSFER_FORMAT_VERSION = 1;
/** Name of the export file inside a zip. */
export const ZIP_JSON_NAME = 'made-different-scan.json';
/** Keys that could change object prototypes if some code copied them: refused anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

export type ExportScope = 'all' | 'company' | 'assessment';

export type ExportFile = {
	format: typeof TRANSFER_FORMAT;
	formatVersion: number;
	/** The app version that wrote the file, for support. */
	appVersion: string;
	exportedAt: string;
	scope: ExportScope;
	/** The questionnaire versions the assessments were answered with. */
	questionnaires: { id: string; version: number }[];
	assessments: Assessment[];
	/** Assessments deleted in the last 30 days, so the deletion travels too (see Tombstone). */
	deleted?: Tombstone[];
	/** Present in a zip export: one entry per photo file in the zip. */
	photos?: PhotoEntry[];
};

/** Checks the tombstone list of an export file; a string says what is wrong. */
function parseTombstones(raw: unknown): Tombstone[] | string {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) return 'deleted is not a list';
	if (raw.length > MAX_IMPORT_ASSESSMENTS) return `more than ${MAX_IMPORT_ASSESSMENTS} deletions`;
	const tombstones: Tombstone[] = [];
	for (const [index, item] of raw.entries()) {
		const t = item as Partial<Record<keyof Tombstone, unknown>> | null;
		const ok =
			t !== null &&
			typeof t === 'object' &&
			typeof t.id === 'string' &&
			t.id.length > 0 &&
			t.id.length <= 200 &&
			typeof t.companyId === 'string' &&
			t.companyId.length <= 200 &&
			typeof t.deletedAt === 'string' &&
			!Number.isNaN(Date.parse(t.deletedAt)) &&
			t.deletedAt.length <= 50;
		if (!ok) return `deletion ${index + 1} is not valid`;
		tombstones.push({
			id: t.id as string,
			companyId: t.companyId as string,
			deletedAt: t.deletedAt as string
		});
	}
	return tombstones;
}

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** A photo in a zip export: its metadata here, its bytes in `file` inside the zip. */
export type PhotoEntry = {
	/** The stored key, `<assessmentId>/<photo id>`. */
	id: string;
	assessmentId: string;
	questionId: string;
	width: number;
	height: number;
	at: string;
	type: PhotoType;
	/** Path inside the zip, e.g. `photos/3.jpg`. */
	file: string;
};

/**
 * The image type from a file's first bytes, whatever its name says; null for anything else
 * (an SVG or HTML file posing as a photo is refused).
 *
 * @example imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) → 'image/jpeg'
 */
export function imageTypeOf(bytes: Uint8Array): PhotoType | null {
	const at = (i: number) => bytes[i] ?? -1;
	if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
	if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png';
	const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
	return null;
}

/** Checks the photo list of an export file against the assessments in it. */
function parsePhotos(raw: unknown, assessmentIds: ReadonlySet<string>): PhotoEntry[] | string {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) return 'photos is not a list';
	if (raw.length > MAX_IMPORT_PHOTOS) return `more than ${MAX_IMPORT_PHOTOS} photos`;
	const files = new Set<string>();
	const ids = new Set<string>();
	const photos: PhotoEntry[] = [];
	for (const [index, item] of raw.entries()) {
		const p = item as Partial<Record<keyof PhotoEntry, unknown>> | null;
		const ok =
			p !== null &&
			typeof p === 'object' &&
			typeof p.assessmentId === 'string' &&
			assessmentIds.has(p.assessmentId) &&
			typeof p.id === 'string' &&
			p.id.length <= 250 &&
			p.id.startsWith(`${p.assessmentId}/`) &&
			typeof p.questionId === 'string' &&
			p.questionId.length <= 200 &&
			typeof p.width === 'number' &&
			typeof p.height === 'number' &&
			Number.isInteger(p.width) &&
			Number.isInteger(p.height) &&
			p.width > 0 &&
			p.height > 0 &&
			p.width <= 10000 &&
			p.height <= 10000 &&
			typeof p.at === 'string' &&
			p.at.length <= 50 &&
			(PHOTO_TYPES as readonly unknown[]).includes(p.type) &&
			typeof p.file === 'string' &&
			/^photos\/[A-Za-z0-9._-]{1,100}$/.test(p.file);
		if (!ok) return `photo ${index + 1} is not valid`;
		const entry = p as PhotoEntry;
		if (files.has(entry.file) || ids.has(entry.id)) return `photo ${index + 1} appears twice`;
		files.add(entry.file);
		ids.add(entry.id);
		photos.push({
			id: entry.id,
			assessmentId: entry.assessmentId,
			questionId: entry.questionId,
			width: entry.width,
			height: entry.height,
			at: entry.at,
			type: entry.type,
			file: entry.file
		});
	}
	return photos;
}

/**
 * Builds the export file for some assessments.
 *
 * @example buildExport([a, b], { appVersion: '0.1.0', scope: 'all', now: '2026-01-01T00:00:00Z' })
 *   // → { format: 'made-different-scan/export', formatVersion: 1, questionnaires: [{ id: 'made-different', version: 1 }], assessments: [a, b], … }
 */
export function buildExport(
	assessments: readonly Assessment[],
	options: {
		appVersion: string;
		scope: ExportScope;
		now: string;
		photos?: PhotoEntry[];
		deleted?: readonly Tombstone[];
	}
): ExportFile {
	const questionnaires = new Map<string, { id: string; version: number }>();
	for (const a of assessments)
		questionnaires.set(`${a.questionnaire.id}@${a.questionnaire.version}`, { ...a.questionnaire });
	return {
		format: TRANSFER_FORMAT,
		formatVersion: TRANSFER_FORMAT_VERSION,
		appVersion: options.appVersion,
		exportedAt: options.now,
		scope: options.scope,
		questionnaires: [...questionnaires.values()].sort(
			(x, y) => byCodeUnits(x.id, y.id) || x.version - y.version
		),
		assessments: [...assessments],
		...(options.deleted?.length ? { deleted: options.deleted.map((t) => ({ ...t })) } : {}),
		...(options.photos?.length ? { photos: options.photos } : {})
	};
}

export type ImportErrorCode =
	| 'too-large'
	| 'corrupt'
	| 'not-ours'
	| 'newer-format'
	| 'unsafe'
	| 'unknown-questionnaire'
	| 'invalid-record'
	| 'duplicate-id';

export type ImportError = { code: ImportErrorCode; detail: string };
export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

function failed(code: ImportErrorCode, detail: string): { ok: false; error: ImportError } {
	return { ok: false, error: { code, detail } };
}

/**
 * The first half of parseImport: size, nesting depth and forbidden keys at any depth (all before
 * parsing, so no file can exhaust the parser's stack), then JSON syntax. Split off so that a
 * caller can let the page breathe between parsing and checking a large file.
 */
export function readImportText(
	text: string
): { ok: true; data: unknown } | { ok: false; error: ImportError } {
	// Each UTF-16 code unit is at least one UTF-8 byte: a longer string is certainly too large.
	if (text.length > MAX_IMPORT_BYTES) return failed('too-large', `${text.length} characters`);
	const scan = scanJson(text, MAX_JSON_DEPTH, FORBIDDEN_KEYS);
	if (!scan.ok && scan.problem === 'too-deep')
		return failed('unsafe', `nested more than ${MAX_JSON_DEPTH} levels deep`);
	if (!scan.ok) return failed('unsafe', `the file contains the key "${scan.key}"`);
	try {
		return { ok: true, data: JSON.parse(text) };
	} catch (error) {
		return failed('corrupt', error instanceof Error ? error.message : String(error));
	}
}

/**
 * Reads an import file's text and checks all of it before anything is stored: readImportText,
 * then checkImport. One failing record fails the whole file: an import is all or nothing.
 */
export function parseImport(
	text: string,
	available: readonly { id: string; version: number }[]
): ParsedImport {
	const read = readImportText(text);
	return read.ok ? checkImport(read.data, available) : read;
}

/**
 * The second half of parseImport, on the parsed JSON: our format marker, format version, every
 * record's shape (migrating records of older schema versions), duplicate ids, and that this app
 * has every questionnaire version used.
 */
export function checkImport(
	data: unknown,
	available: readonly { id: string; version: number }[]
): ParsedImport {
	const fail = failed;
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		return fail('not-ours', 'not a JSON object');
	const file = data as Record<string, unknown>;
	if (file.format !== TRANSFER_FORMAT)
		return fail('not-ours', 'no Made Different scan format marker');
	const formatVersion = file.formatVersion;
	if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
		return fail('corrupt', 'formatVersion is missing');
	}
	if (formatVersion > TRANSFER_FORMAT_VERSION) {
		return fail(
			'newer-format',
			`format ${formatVersion}, this app reads up to ${TRANSFER_FORMAT_VERSION}`
		);
	}
	if (!Array.isArray(file.assessments)) return fail('corrupt', 'assessments is not a list');
	if (file.assessments.length > MAX_IMPORT_ASSESSMENTS)
		return fail('too-large', `more than ${MAX_IMPORT_ASSESSMENTS} assessments`);
	const known = new Set(available.map((q) => `${q.id}@${q.version}`));
	const assessments: Assessment[] = [];
	const ids = new Set<string>();
	for (const [index, raw] of file.assessments.entries()) {
		const migrated = migrateAssessment(raw);
		if (!migrated.ok) {
			const code = migrated.cause === 'newer-version' ? 'newer-format' : 'invalid-record';
			return fail(code, `assessment ${index + 1}: ${migrated.error}`);
		}
		const a = migrated.value;
		if (ids.has(a.id)) return fail('duplicate-id', `assessment ${a.id} appears twice`);
		ids.add(a.id);
		const key = `${a.questionnaire.id}@${a.questionnaire.version}`;
		if (!known.has(key)) return fail('unknown-questionnaire', key);
		assessments.push(a);
	}
	const photos = parsePhotos(file.photos, ids);
	if (typeof photos === 'string') return fail('invalid-record', photos);
	const deleted = parseTombstones(file.deleted);
	if (typeof deleted === 'string') return fail('invalid-record', deleted);
	return {
		ok: true,
		file: {
			format: TRANSFER_FORMAT,
			formatVersion,
			appVersion: typeof file.appVersion === 'string' ? file.appVersion.slice(0, 50) : '',
			exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt.slice(0, 50) : '',
			scope: file.scope === 'company' || file.scope === 'assessment' ? file.scope : 'all',
			questionnaires: [
				...new Set(assessments.map((a) => `${a.questionnaire.id}@${a.questionnaire.version}`))
			].map((k) => {
				const at = k.lastIndexOf('@');
				return { id: k.slice(0, at), version: Number(k.slice(at + 1)) };
			}),
			assessments,
			...(deleted.length ? { deleted } : {}),
			...(photos.length ? { photos } : {})
		}
	};
}

export type ConflictSlot =
	| { kind: 'answer'; respondentId: string; respondentName: string; questionId: string }
	| { kind: 'consensus'; questionId: string }
	| { kind: 'self-estimate'; transformationId: TransformationId }
	| { kind: 'note'; questionId: string }
	| { kind: 'profile' };

/** Two copies disagreed; `kept` is stored, `replaced` is shown to the user and not stored. */
export type MergeConflict = {
	assessmentId: string;
	companyName: string;
	slot: ConflictSlot;
	kept: { value: string; at: string };
	replaced: { value: string; at: string };
};

export type MergeOutcome =
	| { status: 'added'; result: Assessment; conflicts: [] }
	| { status: 'unchanged'; result: Assessment; conflicts: MergeConflict[] }
	| { status: 'updated'; result: Assessment; conflicts: MergeConflict[] }
	| { status: 'skipped'; result: Assessment; conflicts: []; reason: 'questionnaire-version' };

type Timed = { at: string };

/** Later `at` wins; equal times are broken by the value's JSON so every device picks the same. */
function later<T extends Timed>(a: T, b: T): T {
	if (a.at !== b.at) return a.at > b.at ? a : b;
	return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function show(value: unknown): string {
	if (value !== null && typeof value === 'object' && 'value' in value)
		return String((value as { value: unknown }).value);
	if (value !== null && typeof value === 'object' && 'text' in value)
		return String((value as { text: unknown }).text);
	return JSON.stringify(value);
}

/** Merges two maps of timed entries slot by slot, collecting conflicts. */
function mergeTimed<T extends Timed>(
	local: Readonly<Record<string, T>> | undefined,
	incoming: Readonly<Record<string, T>> | undefined,
	onConflict: (key: string, kept: T, replaced: T) => void,
	isSoft: (entry: T) => boolean = () => false
): Record<string, T> {
	const result: Record<string, T> = {};
	const keys = new Set([...Object.keys(local ?? {}), ...Object.keys(incoming ?? {})]);
	for (const key of [...keys].sort()) {
		const mine = local?.[key];
		const theirs = incoming?.[key];
		if (mine && theirs) {
			const winner = later(mine, theirs);
			result[key] = winner;
			const loser = winner === mine ? theirs : mine;
			const differs = show(mine) !== show(theirs);
			if (differs && !isSoft(loser) && !isSoft(winner)) onConflict(key, winner, loser);
		} else if (mine ?? theirs) {
			result[key] = (mine ?? theirs)!;
		}
	}
	return result;
}

function newerRecord(local: Assessment, incoming: Assessment): Assessment {
	if (local.updatedAt !== incoming.updatedAt)
		return local.updatedAt > incoming.updatedAt ? local : incoming;
	return incoming.revision > local.revision ? incoming : local;
}

/**
 * Merges an imported copy of an assessment into the local one (or adds it), following the rules
 * at the top of this file.
 *
 * @example
 * // local: q1 = 2 at 09:00; imported: q1 = 3 at 10:00, q2 = 4 at 10:05
 * mergeAssessment(local, imported, now) // → updated: q1 = 3, q2 = 4; one conflict (q1: kept 3, replaced 2)
 */
export function mergeAssessment(
	local: Assessment | undefined,
	incoming: Assessment,
	now: string
): MergeOutcome {
	if (!local) return { status: 'added', result: incoming, conflicts: [] };
	if (
		local.questionnaire.id !== incoming.questionnaire.id ||
		local.questionnaire.version !== incoming.questionnaire.version
	) {
		return { status: 'skipped', result: local, conflicts: [], reason: 'questionnaire-version' };
	}
	const conflicts: MergeConflict[] = [];
	const base = newerRecord(local, incoming);
	const companyName = base.profile.name;
	const report = (slot: ConflictSlot, kept: unknown, replaced: unknown) =>
		conflicts.push({
			assessmentId: local.id,
			companyName,
			slot,
			kept: { value: show(kept), at: (kept as Partial<Timed>).at ?? '' },
			replaced: { value: show(replaced), at: (replaced as Partial<Timed>).at ?? '' }
		});
	const soft = (answer: Answer) => answer.suggested === true;
	const nameOf = (respondentId: string) =>
		[...base.respondents, ...local.respondents, ...incoming.respondents].find(
			(r) => r.id === respondentId
		)?.name ?? '';

	const respondentIds = [
		...new Set([...Object.keys(local.answers), ...Object.keys(incoming.answers)])
	].sort();
	const answers: Record<string, Record<string, Answer>> = {};
	for (const respondentId of respondentIds) {
		answers[respondentId] = mergeTimed(
			local.answers[respondentId],
			incoming.answers[respondentId],
			(questionId, kept, replaced) =>
				report(
					{ kind: 'answer', respondentId, respondentName: nameOf(respondentId), questionId },
					kept,
					replaced
				),
			soft
		);
	}
	const consensus = mergeTimed(local.consensus, incoming.consensus, (questionId, kept, replaced) =>
		report({ kind: 'consensus', questionId }, kept, replaced)
	);
	const selfEstimates = mergeTimed(
		local.selfEstimates as Record<string, { value: number; at: string }>,
		incoming.selfEstimates as Record<string, { value: number; at: string }>,
		(transformationId, kept, replaced) =>
			report(
				{ kind: 'self-estimate', transformationId: transformationId as TransformationId },
				kept,
				replaced
			)
	) as Assessment['selfEstimates'];
	const notes = mergeTimed(local.notes, incoming.notes, (questionId, kept, replaced) =>
		report({ kind: 'note', questionId }, kept, replaced)
	);
	if (canonical(local.profile) !== canonical(incoming.profile)) {
		const other = base === local ? incoming : local;
		// Show only the fields that differ, e.g. "postcode: 9000, employees: 45".
		const fields = (Object.keys(base.profile) as (keyof Assessment['profile'])[]).filter(
			(key) => canonical(base.profile[key]) !== canonical(other.profile[key])
		);
		const describe = (a: Assessment) =>
			fields.map((key) => `${key}: ${a.profile[key] ?? '–'}`).join(', ');
		report(
			{ kind: 'profile' },
			{ value: describe(base), at: base.updatedAt },
			{ value: describe(other), at: other.updatedAt }
		);
	}

	const respondents: Respondent[] = [];
	const seen = new Set<string>();
	// The newer copy's order and names first, then anyone only the other copy knows.
	for (const r of [...base.respondents, ...(base === local ? incoming : local).respondents]) {
		if (seen.has(r.id)) continue;
		seen.add(r.id);
		respondents.push({ ...r });
	}
	const completions = [local.completedAt, incoming.completedAt]
		.filter((c): c is string => c !== null)
		.sort();

	const merged: Assessment = {
		...base,
		respondents,
		answers,
		consensus,
		selfEstimates,
		completedAt: completions[0] ?? null
	};
	if (Object.keys(notes).length) merged.notes = notes;
	else delete merged.notes;

	if (content(merged) === content(local)) return { status: 'unchanged', result: local, conflicts };
	if (content(merged) === content(incoming))
		return { status: 'updated', result: incoming, conflicts };
	const updatedAt = [local.updatedAt, incoming.updatedAt, now].sort().at(-1)!;
	return {
		status: 'updated',
		result: { ...merged, revision: Math.max(local.revision, incoming.revision) + 1, updatedAt },
		conflicts
	};
}

export type ImportSummary = {
	/** Photos stored by the import (a photo already on this device is not stored again). */
	photosAdded?: number;
	added: number;
	updated: number;
	unchanged: number;
	skipped: { assessmentId: string; companyName: string; reason: 'questionnaire-version' }[];
	conflicts: MergeConflict[];
	/** Copies in the file of assessments deleted on this device: they stay deleted. */
	stayDeleted?: number;
	/** Assessments on this device deleted where the file comes from: deleted here too. */
	deleted?: number;
};

/** What an import does about deletions (see planImport). */
export type DeletionPlan = {
	/** Local records to delete, each with its tombstone (the record is kept with it for undo). */
	remove: { tombstone: Tombstone; record: Assessment }[];
	/** Tombstones to remember (no local copy), so that the deletion travels on. */
	remember: Tombstone[];
	/** Local tombstones a newer copy in the file has overruled. */
	forget: string[];
};

/**
 * Merges a whole parsed import into the local records it touches; `local` maps id → stored record.
 * Returns the records to write (only those that changed), the deletions to apply and the summary
 * to show. `deletions` are the tombstones on this device (by id) and those in the file: a copy
 * that a deletion wins over (deletionWins) is not brought back, and a local record deleted in the
 * file's device is deleted here too unless it is newer.
 *
 * @example planImport(new Map(), file.assessments, now) // → { writes: all records, summary: { added: n, … } }
 */
export function planImport(
	local: ReadonlyMap<string, Assessment>,
	incoming: readonly Assessment[],
	now: string,
	deletions: { local: ReadonlyMap<string, Tombstone>; incoming: readonly Tombstone[] } = {
		local: new Map(),
		incoming: []
	}
): { writes: Assessment[]; deletions: DeletionPlan; summary: ImportSummary } {
	const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, skipped: [], conflicts: [] };
	const writes: Assessment[] = [];
	const plan: DeletionPlan = { remove: [], remember: [], forget: [] };
	for (const record of incoming) {
		const tombstone = deletions.local.get(record.id);
		if (tombstone && deletionWins(tombstone, record)) {
			summary.stayDeleted = (summary.stayDeleted ?? 0) + 1;
			continue;
		}
		if (tombstone) plan.forget.push(record.id);
		const outcome = mergeAssessment(local.get(record.id), record, now);
		if (outcome.status === 'skipped') {
			summary.skipped.push({
				assessmentId: record.id,
				companyName: record.profile.name,
				reason: outcome.reason
			});
			continue;
		}
		summary[outcome.status] += 1;
		summary.conflicts.push(...outcome.conflicts);
		if (outcome.status !== 'unchanged') writes.push(outcome.result);
	}
	const inFile = new Set(incoming.map((record) => record.id));
	for (const tombstone of deletions.incoming) {
		// A copy in the same file, or a deletion this device knows already, settles it.
		if (inFile.has(tombstone.id) || deletions.local.has(tombstone.id)) continue;
		const record = local.get(tombstone.id);
		if (!record) plan.remember.push({ ...tombstone });
		else if (deletionWins(tombstone, record)) {
			plan.remove.push({ tombstone: { ...tombstone }, record });
			summary.deleted = (summary.deleted ?? 0) + 1;
		}
	}
	return { writes, deletions: plan, summary };
}
