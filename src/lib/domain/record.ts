// Pure domain code: no DOM, no storage, no Svelte.
// The one definition of everything the app stores on the device: the assessment record (with its
// profile, answers and action plan) and the evidence photos. Each shape is a valibot schema; the
// TypeScript types are inferred from it, so the type and the check of a stored or imported record
// cannot drift apart. Storage and import check records against these schemas (migrations.ts);
// the rest of the domain builds on the types. This module depends on nothing but the content
// vocabulary (languages, regions, transformation ids).
import * as v from 'valibot';
import {
	ACTION_COST_TYPES,
	ACTION_TOPICS,
	LANGUAGES,
	REGIONS,
	TRANSFORMATION_IDS,
	type TransformationId
} from './content/schema';

/** Bumped with every change to the stored shape; migrations.ts brings older records up to date. */
export const ASSESSMENT_SCHEMA_VERSION = 2;

/**
 * The most a stored or imported record may hold. Far above what anyone types (the form fields
 * stop at the same lengths) and what a questionnaire asks, but small enough that no file can make
 * the app carry megabytes in one field or thousands of entries in one list. A record over a limit
 * is refused with the field's path and the limit, e.g. "profile.name: longer than 300 characters".
 */
export const RECORD_LIMITS = {
	/** Company, respondent and owner names, roles. */
	name: 300,
	/** Ambition and the text of an action. */
	longText: 2000,
	note: 5000,
	/** Record, company, respondent and action ids; questionnaire ids; keys of answer maps. */
	id: 200,
	/** ISO timestamps ("2026-11-22T10:00:00.000Z" is 24 characters). */
	time: 40,
	/** Short codes: postcode, NACE code, the last step. */
	code: 100,
	respondents: 100,
	/** Answers per respondent, consensus answers, notes: questions in one questionnaire. */
	answers: 1000,
	/** Actions per priority. */
	actions: 200,
	/** Matched instruments per priority. */
	instruments: 500,
	/** Topics of one action (there are 11 today; room for a few more). */
	topics: 20,
	/** An action's cost or cost range in EUR: a billion is far above any plan. */
	euros: 1_000_000_000,
	/** Fields this release does not know (kept for a newer release): how many, and how big each. */
	extraFields: 20,
	extraFieldChars: 100_000
} as const;

const tooLong = (max: number) => `longer than ${max} characters`;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, tooLong(max)));
const recordId = v.pipe(
	v.string(),
	v.minLength(1, 'empty'),
	v.maxLength(RECORD_LIMITS.id, tooLong(RECORD_LIMITS.id))
);
const key = text(RECORD_LIMITS.id);
const time = text(RECORD_LIMITS.time);
const nullableNumber = v.nullable(v.pipe(v.number(), v.finite()));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** An amount in EUR a plan may hold: finite, not negative, at most RECORD_LIMITS.euros. */
const euros = v.pipe(
	v.number(),
	v.finite(),
	v.minValue(0, 'a negative amount'),
	v.maxValue(RECORD_LIMITS.euros, `more than ${RECORD_LIMITS.euros} EUR`)
);

/** A list of at most `max` items. */
function list<T extends v.GenericSchema>(item: T, max: number) {
	return v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));
}

/** A map of at most `max` entries with bounded keys. */
function map<T extends v.GenericSchema>(value: T, max: number) {
	return v.pipe(
		v.record(key, value),
		v.check((entries) => Object.keys(entries).length <= max, `more than ${max} entries`)
	);
}

/** A value per transformation, each one optional. */
function perTransformation<T extends v.GenericSchema>(value: T) {
	const entries = Object.fromEntries(TRANSFORMATION_IDS.map((id) => [id, value])) as Record<
		TransformationId,
		T
	>;
	return v.partial(v.object(entries));
}

// ---- Answers -------------------------------------------------------------------------------

export const maturityLevelSchema = v.picklist([1, 2, 3, 4, 5] as const);
export type Level = v.InferOutput<typeof maturityLevelSchema>;

export const answerValueSchema = v.union([
	maturityLevelSchema,
	v.picklist(['dont-know', 'not-applicable'] as const)
]);
export type AnswerValue = v.InferOutput<typeof answerValueSchema>;

export const answerSchema = v.object({
	value: answerValueSchema,
	/**
	 * ISO timestamp of when it was given. The newer answer wins when two copies are merged, and a
	 * write never replaces a stored answer with an older one (keepNewerAnswers).
	 */
	at: time,
	/** Set when the answer was carried over from an earlier assessment and not yet confirmed. */
	suggested: v.optional(v.boolean())
});
export type Answer = v.InferOutput<typeof answerSchema>;

// ---- Company and people --------------------------------------------------------------------

export const companyProfileSchema = v.object({
	name: text(RECORD_LIMITS.name),
	postcode: text(20),
	/** Derived from the postcode unless the user chose another region. */
	region: v.nullable(v.picklist(REGIONS)),
	regionOverridden: v.boolean(),
	employees: nullableNumber,
	/** Annual turnover in EUR. */
	turnover: nullableNumber,
	/** Balance-sheet total in EUR. */
	balanceSheet: nullableNumber,
	/** NACE code: a manufacturing division such as 'C25', or a section letter. */
	sector: v.nullable(text(10)),
	yearFounded: nullableNumber
});
export type CompanyProfile = v.InferOutput<typeof companyProfileSchema>;

export const respondentSchema = v.object({
	id: key,
	name: text(RECORD_LIMITS.name),
	/** Free text: "Managing director", "Production manager"… */
	role: text(RECORD_LIMITS.name)
});
export type Respondent = v.InferOutput<typeof respondentSchema>;

// ---- Action plan ---------------------------------------------------------------------------

/** How much a transformation matters to the company: 1 low, 2 normal, 3 high. */
export const importanceSchema = v.picklist([1, 2, 3] as const);
export type Importance = v.InferOutput<typeof importanceSchema>;

export const planActionSchema = v.object({
	id: key,
	/** What to do, in the assessment's language; free text once the user edits it. */
	text: text(RECORD_LIMITS.longText),
	/** Who leads it: a name or a role, free text. */
	owner: text(RECORD_LIMITS.name),
	/** Target date, YYYY-MM-DD, or null when none is set. */
	dueDate: v.nullable(isoDay),
	/** Set when the action was proposed from a question's next actions. */
	fromQuestionnaire: v.optional(v.object({ questionId: key, from: v.number() })),
	/** What the money buys; from the questionnaire (v2) or chosen by the user. */
	costType: v.optional(v.picklist(ACTION_COST_TYPES)),
	/** What the action is about; from the questionnaire (v2) or chosen by the user. */
	topics: v.optional(list(v.picklist(ACTION_TOPICS), RECORD_LIMITS.topics)),
	/**
	 * Written only by versions before December 2026: a "typical" cost range in EUR the
	 * questionnaire gave without a public source, whose middle became the proposed cost. Read (old
	 * plans keep loading and their figure is flagged, see isUnsourcedEstimate), never written.
	 */
	costRange: v.optional(v.object({ min: euros, max: euros })),
	/** The estimated total cost in EUR the plan counts with; null or absent when none is set. */
	cost: v.optional(v.nullable(euros))
});
export type PlanAction = v.InferOutput<typeof planActionSchema>;

export const planPrioritySchema = v.object({
	/** One priority per transformation; it is also the priority's id. */
	transformationId: v.picklist(TRANSFORMATION_IDS),
	actions: list(planActionSchema, RECORD_LIMITS.actions),
	/** Ids of the matched support instruments that serve this transformation, best first. */
	instrumentIds: list(key, RECORD_LIMITS.instruments)
});
export type PlanPriority = v.InferOutput<typeof planPrioritySchema>;

export const actionPlanSchema = v.object({
	priorities: list(planPrioritySchema, TRANSFORMATION_IDS.length),
	/** A short statement of where top management wants the company to be. */
	ambition: text(RECORD_LIMITS.longText),
	/** ISO timestamp of the proposal the plan started from. */
	proposedAt: time,
	/**
	 * ISO timestamp of the user's last change to the priorities or actions; null while the plan is
	 * still the proposal (the ambition does not count). An edited plan is the user's: it no longer
	 * follows changes of importance.
	 */
	editedAt: v.nullable(time)
});
export type ActionPlan = v.InferOutput<typeof actionPlanSchema>;

// ---- Moves to a newer questionnaire version ----------------------------------------------

const questionnaireRefSchema = v.object({
	id: v.string(),
	version: v.pipe(v.number(), v.integer())
});

/** One move of an assessment to a newer questionnaire version (upgrade.ts), with what it kept. */
export const upgradeRecordSchema = v.object({
	from: questionnaireRefSchema,
	to: questionnaireRefSchema,
	at: v.string(),
	/** Question ids of the new version whose answer (or note) came from the old version. */
	carriedOver: v.array(v.string()),
	/** The answers as they were under the old version, untouched: nothing is lost. */
	snapshot: v.object({
		answers: v.record(v.string(), v.record(v.string(), answerSchema)),
		consensus: v.record(v.string(), answerSchema),
		completedAt: v.nullable(v.string()),
		notes: v.optional(v.record(v.string(), v.object({ text: text(5000), at: v.string() })))
	})
});
export type UpgradeRecord = v.InferOutput<typeof upgradeRecordSchema>;

// ---- The assessment ------------------------------------------------------------------------

const assessmentEntries = {
	schemaVersion: v.literal(ASSESSMENT_SCHEMA_VERSION),
	id: recordId,
	/** Groups assessments of one company (portfolio, T0 → T1 history). */
	companyId: recordId,
	questionnaire: v.object({ id: key, version: v.pipe(v.number(), v.integer()) }),
	language: v.picklist(LANGUAGES),
	createdAt: time,
	updatedAt: time,
	/** Increases with every change; with `updatedAt` it orders copies of the same record. */
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	profile: companyProfileSchema,
	respondents: list(respondentSchema, RECORD_LIMITS.respondents),
	/** Answers per respondent id, then per question id. */
	answers: map(map(answerSchema, RECORD_LIMITS.answers), RECORD_LIMITS.respondents),
	/** Answers agreed on after a discussion; they override the respondents' answers. */
	consensus: map(answerSchema, RECORD_LIMITS.answers),
	/** Self-estimate per transformation, given before its questions. */
	selfEstimates: perTransformation(v.object({ value: maturityLevelSchema, at: time })),
	/** Target level per transformation; 4 (Factory of the Future) when not set. */
	targets: perTransformation(maturityLevelSchema),
	/** The last step the user was on, to resume there: 'profile', a transformation id, 'results'. */
	lastStep: text(RECORD_LIMITS.code),
	completedAt: v.nullable(time),
	/** The action plan, once the user changed the proposal; absent means "propose one". */
	plan: v.optional(actionPlanSchema),
	/** How much each transformation matters to the company, 1–3; 2 when not set. */
	importance: v.optional(perTransformation(importanceSchema)),
	/** A note per question id, written during a site visit; absent when none. */
	notes: v.optional(
		map(v.object({ text: text(RECORD_LIMITS.note), at: time }), RECORD_LIMITS.answers)
	),
	/** The earlier assessment of the same company this one started from, for T0 → T1. */
	basedOn: v.optional(key),
	/** Each move to a newer questionnaire version, with the answers as they were (issue 9). */
	upgradedFrom: v.optional(v.array(upgradeRecordSchema))
};

/**
 * Fields this release does not know are kept (a newer release may have written them), but only a
 * few and none of them large: an unknown field cannot be a way around the limits above.
 */
function extraFieldsWithinLimits(record: object): boolean {
	const extra = Object.keys(record).filter((name) => !(name in assessmentEntries));
	if (extra.length > RECORD_LIMITS.extraFields) return false;
	return extra.every((name) => {
		try {
			const json = JSON.stringify((record as Record<string, unknown>)[name]);
			return json === undefined || json.length <= RECORD_LIMITS.extraFieldChars;
		} catch {
			return false; // cyclic or otherwise not data
		}
	});
}

/**
 * The check of a current stored or imported record. Unknown extra fields are kept, so a record
 * written by a newer release with an extra optional feature survives a round trip.
 */
const looseAssessment = v.looseObject(assessmentEntries);
export const assessmentRecordSchema = v.pipe(
	looseAssessment,
	v.check<v.InferOutput<typeof looseAssessment>, string>(
		extraFieldsWithinLimits,
		`more than ${RECORD_LIMITS.extraFields} unknown fields, or one longer than ${RECORD_LIMITS.extraFieldChars} characters`
	)
);
/** The assessment as the app works with it: the record's known fields. */
export type Assessment = v.InferOutput<v.ObjectSchema<typeof assessmentEntries, undefined>>;

// ---- Photos --------------------------------------------------------------------------------

/** A photo taken as evidence for a question; stored as a blob next to its assessment. */
export const storedPhotoSchema = v.object({
	/** `<assessmentId>/<photoId>`, so an assessment's photos sort and delete together. */
	id: text(2 * RECORD_LIMITS.id + 1),
	assessmentId: key,
	questionId: key,
	blob: v.blob(),
	width: v.pipe(v.number(), v.integer(), v.minValue(1)),
	height: v.pipe(v.number(), v.integer(), v.minValue(1)),
	at: time
});
export type StoredPhoto = v.InferOutput<typeof storedPhotoSchema>;

// ---- Records kept aside --------------------------------------------------------------------

/** A stored record that could not be read or migrated: kept with the reason, never dropped. */
export const quarantinedRecordSchema = v.object({
	id: v.string(),
	reason: v.string(),
	at: v.string(),
	record: v.unknown()
});
export type QuarantinedRecord = v.InferOutput<typeof quarantinedRecordSchema>;
