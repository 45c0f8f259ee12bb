// Pure domain code: no DOM, no storage, no Svelte.
// Stored and imported assessment records carry a `schemaVersion`. Older records are brought up to
// date by the ordered steps below, one version at a time, so that an assessment saved by any
// earlier release still opens. A record from a newer release is refused, never guessed at.
import * as v from 'valibot';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment';
import { LANGUAGES, REGIONS, TRANSFORMATION_IDS } from './content/schema';

type RawRecord = Record<string, unknown>;

/** Step `n` turns a record of version n into version n + 1. */
export const MIGRATIONS: Record<number, (record: RawRecord) => RawRecord> = {};

const level = v.picklist([1, 2, 3, 4, 5] as const);
const answerSchema = v.object({
	value: v.union([level, v.picklist(['dont-know', 'not-applicable'] as const)]),
	at: v.string(),
	suggested: v.optional(v.boolean())
});
const nullableNumber = v.nullable(v.pipe(v.number(), v.finite()));
const transformationRecord = <T extends v.GenericSchema>(value: T) =>
	v.partial(
		v.object(
			Object.fromEntries(TRANSFORMATION_IDS.map((id) => [id, value])) as Record<
				(typeof TRANSFORMATION_IDS)[number],
				T
			>
		)
	);

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const planSchema = v.object({
	priorities: v.array(
		v.object({
			transformationId: v.picklist(TRANSFORMATION_IDS),
			actions: v.array(
				v.object({
					id: shortText(200),
					text: shortText(2000),
					owner: shortText(300),
					dueDate: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
					fromQuestionnaire: v.optional(v.object({ questionId: v.string(), from: v.number() }))
				})
			),
			instrumentIds: v.array(v.string())
		})
	),
	ambition: shortText(2000),
	proposedAt: v.string()
});

/** The shape of a current record. Unknown extra fields are kept (newer optional features). */
export const assessmentRecordSchema = v.looseObject({
	schemaVersion: v.literal(ASSESSMENT_SCHEMA_VERSION),
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	companyId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	questionnaire: v.object({ id: v.string(), version: v.pipe(v.number(), v.integer()) }),
	language: v.picklist(LANGUAGES),
	createdAt: v.string(),
	updatedAt: v.string(),
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	profile: v.object({
		name: v.pipe(v.string(), v.maxLength(300)),
		postcode: v.pipe(v.string(), v.maxLength(20)),
		region: v.nullable(v.picklist(REGIONS)),
		regionOverridden: v.boolean(),
		employees: nullableNumber,
		turnover: nullableNumber,
		balanceSheet: nullableNumber,
		sector: v.nullable(v.pipe(v.string(), v.maxLength(10))),
		yearFounded: nullableNumber
	}),
	respondents: v.array(
		v.object({
			id: v.string(),
			name: v.pipe(v.string(), v.maxLength(300)),
			role: v.pipe(v.string(), v.maxLength(300))
		})
	),
	answers: v.record(v.string(), v.record(v.string(), answerSchema)),
	consensus: v.record(v.string(), answerSchema),
	selfEstimates: transformationRecord(v.object({ value: level, at: v.string() })),
	targets: transformationRecord(level),
	lastStep: v.string(),
	completedAt: v.nullable(v.string()),
	// Action plan and importance (issue 5).
	plan: v.optional(planSchema),
	importance: v.optional(transformationRecord(v.picklist([1, 2, 3] as const))),
	// Notes per question and the assessment this one started from (issue 6).
	notes: v.optional(
		v.record(v.string(), v.object({ text: v.pipe(v.string(), v.maxLength(5000)), at: v.string() }))
	),
	basedOn: v.optional(v.pipe(v.string(), v.maxLength(100)))
});

export type MigrationResult =
	{ ok: true; value: Assessment; migrated: boolean } | { ok: false; error: string };

/** Brings a stored or imported record up to the current schema version and checks its shape. */
export function migrateAssessment(raw: unknown): MigrationResult {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
		return { ok: false, error: 'not an assessment record' };
	let record = raw as RawRecord;
	const version = record.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: 'the record has no valid schemaVersion' };
	}
	if (version > ASSESSMENT_SCHEMA_VERSION) {
		return {
			ok: false,
			error: `the record was made by a newer version of the app (schema ${version}; this app reads up to ${ASSESSMENT_SCHEMA_VERSION})`
		};
	}
	for (let from = version; from < ASSESSMENT_SCHEMA_VERSION; from += 1) {
		const step = MIGRATIONS[from];
		if (!step) return { ok: false, error: `no migration from schema ${from}` };
		record = { ...step(record), schemaVersion: from + 1 };
	}
	const parsed = v.safeParse(assessmentRecordSchema, record);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
		return { ok: false, error: `${path || 'record'}: ${issue.message}` };
	}
	return {
		ok: true,
		value: parsed.output as unknown as Assessment,
		migrated: version !== ASSESSMENT_SCHEMA_VERSION
	};
}
