// Pure domain code: no DOM, no storage, no Svelte.
// Stored and imported assessment records carry a `schemaVersion`. Older records are brought up to
// date by the ordered steps below, one version at a time, so that an assessment saved by any
// earlier release still opens. A record from a newer release is refused, never guessed at. The
// shape a record must have at the end is the schema in record.ts.
import * as v from 'valibot';
import { ASSESSMENT_SCHEMA_VERSION, assessmentRecordSchema, type Assessment } from './record';

type RawRecord = Record<string, unknown>;

function isObject(value: unknown): value is RawRecord {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A reason names the field, but never repeats megabytes of a hostile value. */
function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Step `n` turns a record of version n into version n + 1. */
export const MIGRATIONS: Record<number, (record: RawRecord) => RawRecord> = {
	/**
	 * 1 → 2: a stored plan records when the user last edited it (`editedAt`). Version 1 stored a
	 * plan only once the user changed the proposal, and whether that change was more than the
	 * ambition cannot be told without the questionnaire; so an old plan counts as edited (at the
	 * record's last update). That errs on the safe side: an edited plan is never re-proposed
	 * over the user's work, at worst "propose again" is offered for one that was not edited.
	 */
	1: (record) => {
		const plan = record.plan;
		if (!isObject(plan)) return record;
		return { ...record, plan: { ...plan, editedAt: record.updatedAt } };
	}
};

/** Why a record cannot be read: a newer release made it, or it is damaged (wrong shape). */
export type MigrationCause = 'newer-version' | 'invalid';

export type MigrationResult =
	| { ok: true; value: Assessment; migrated: boolean }
	| { ok: false; error: string; cause: MigrationCause };

/** Brings a stored or imported record up to the current schema version and checks its shape. */
export function migrateAssessment(raw: unknown): MigrationResult {
	if (!isObject(raw)) return { ok: false, error: 'not an assessment record', cause: 'invalid' };
	let record = raw;
	const version = record.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: 'the record has no valid schemaVersion', cause: 'invalid' };
	}
	if (version > ASSESSMENT_SCHEMA_VERSION) {
		return {
			ok: false,
			error: `the record was made by a newer version of the app (schema ${version}; this app reads up to ${ASSESSMENT_SCHEMA_VERSION})`,
			cause: 'newer-version'
		};
	}
	for (let from = version; from < ASSESSMENT_SCHEMA_VERSION; from += 1) {
		const step = MIGRATIONS[from];
		if (!step) return { ok: false, error: `no migration from schema ${from}`, cause: 'invalid' };
		record = { ...step(record), schemaVersion: from + 1 };
	}
	const parsed = v.safeParse(assessmentRecordSchema, record);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = issue.path?.map((item) => shorten(String(item.key), 40)).join('.') ?? '';
		return {
			ok: false,
			error: `${path || 'record'}: ${shorten(issue.message, 200)}`,
			cause: 'invalid'
		};
	}
	return { ok: true, value: parsed.output, migrated: version !== ASSESSMENT_SCHEMA_VERSION };
}
