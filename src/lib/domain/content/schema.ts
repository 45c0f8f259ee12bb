// Pure domain code: no DOM, no storage, no Svelte.
// The one schema for everything in questionnaires/: questionnaires, transformation files and the
// instrument catalogue. Field descriptions double as documentation in the generated JSON Schema.
import * as v from 'valibot';

export const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The seven Made Different transformations, in the programme's order. */
export const TRANSFORMATION_IDS = [
	'world-class-manufacturing',
	'end-to-end-engineering',
	'digital-factory',
	'human-centred-production',
	'production-network',
	'eco-production',
	'smart-production-systems'
] as const;
export type TransformationId = (typeof TRANSFORMATION_IDS)[number];

export const REGIONS = ['flanders', 'wallonia', 'brussels'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Where an instrument's company must be established: one of the three regions, or the
 * German-speaking Community (nine municipalities inside the Walloon Region that hold the
 * Community's own competences, such as training and employment).
 */
export const INSTRUMENT_AREAS = [...REGIONS, 'german-speaking-community'] as const;
export type InstrumentArea = (typeof INSTRUMENT_AREAS)[number];

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const JOURNEY_STAGES = ['awareness', 'diagnosis', 'plan', 'realisation', 'growth'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const INSTRUMENT_KINDS = [
	'subsidy',
	'voucher',
	'tax-incentive',
	'loan-equity',
	'coaching',
	'network',
	'training',
	'research-infrastructure',
	'award',
	'information'
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_LEVELS = [
	'federal',
	'flanders',
	'wallonia',
	'brussels',
	'eu',
	'programme',
	'german-speaking-community'
] as const;
export type InstrumentLevel = (typeof INSTRUMENT_LEVELS)[number];

export const INSTRUMENT_STATUSES = ['open', 'closed', 'ended', 'unknown'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

export const COST_KINDS = [
	'consultancy',
	'training',
	'investment',
	'rd',
	'personnel',
	'loan',
	'tax'
] as const;
export type CostKind = (typeof COST_KINDS)[number];

const kebabId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens')
);

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/**
 * Text in several languages. Every key must be a known language; a missing language is not a
 * schema error (the app falls back to English) but is reported by `npm run validate`.
 */
export const localizedTextSchema = v.pipe(
	v.strictObject({
		nl: v.optional(nonEmpty),
		fr: v.optional(nonEmpty),
		en: v.optional(nonEmpty),
		de: v.optional(nonEmpty)
	}),
	v.check((text) => Object.keys(text).length > 0, 'needs at least one language'),
	v.description('A text per language: nl, fr, en, de.')
);
export type LocalizedText = v.InferOutput<typeof localizedTextSchema>;

const durationSchema = v.pipe(
	v.strictObject({
		min: v.pipe(v.number(), v.integer(), v.minValue(1)),
		max: v.pipe(v.number(), v.integer(), v.minValue(1)),
		unit: v.picklist(['weeks', 'months'])
	}),
	v.check((d) => d.min <= d.max, 'min must not be larger than max'),
	v.description('Typical duration of the action, e.g. {min: 2, max: 4, unit: weeks}.')
);
export type Duration = v.InferOutput<typeof durationSchema>;

/** What the money for a next action buys; the support catalogue matches instruments on it. */
export const ACTION_COST_TYPES = ['consultancy', 'training', 'investment', 'rd'] as const;
export type ActionCostType = (typeof ACTION_COST_TYPES)[number];

/** Themes of a next action; support instruments and the plan group actions by them. */
export const ACTION_TOPICS = [
	'digitalisation',
	'automation',
	'energy',
	'environment',
	'circularity',
	'cybersecurity',
	'skills',
	'quality',
	'logistics',
	'product-development',
	'intellectual-property',
	'organisation'
] as const;
export type ActionTopic = (typeof ACTION_TOPICS)[number];

export const nextActionSchema = v.strictObject({
	id: v.optional(
		v.pipe(
			kebabId,
			v.description('Unique across the questionnaire version; required from version 2 on.')
		)
	),
	from: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(1),
		v.maxValue(4),
		v.description('The level this action starts from (1-4); it leads to the next level.')
	),
	action: v.pipe(
		localizedTextSchema,
		v.description('What to do, imperative, one or two sentences.')
	),
	duration: durationSchema,
	lead: v.pipe(kebabId, v.description('Who usually leads it: a key of the questionnaire roles.')),
	costType: v.optional(
		v.pipe(
			v.picklist(ACTION_COST_TYPES),
			v.description('What the money buys; required from version 2 on.')
		)
	),
	topics: v.optional(
		v.pipe(
			v.array(v.picklist(ACTION_TOPICS)),
			v.minLength(1, 'name at least one topic'),
			v.description('One or more themes; required from version 2 on.')
		)
	),
	// No typical cost range: every figure a user sees needs a public source, and none gives what
	// these steps cost a manufacturer; the plan asks for the company's own estimate instead.
	// (strictObject refuses a `cost` key, so such a figure cannot come back unnoticed.)
	after: v.optional(
		v.pipe(
			v.array(kebabId),
			v.minLength(1),
			v.description('Ids of next actions (same version) that must be done first.')
		)
	)
});
export type NextAction = v.InferOutput<typeof nextActionSchema>;

/** The date of a public fact (a question's legal claim, an instrument's figures): month or day. */
const factDate = v.pipe(
	v.string(),
	v.regex(
		/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
		'must be a date YYYY-MM or YYYY-MM-DD'
	)
);

const httpsUrl = v.pipe(
	v.string(),
	v.url('must be a URL'),
	v.startsWith('https://', 'must be an https URL')
);

/**
 * The public source of a fact stated in a question (a legal duty, a regulation, a date). Users
 * see its title and publisher; `asOf` is the date of the fact, `checked` when we last confirmed it.
 */
export const claimSourceSchema = v.strictObject({
	title: nonEmpty,
	publisher: nonEmpty,
	url: httpsUrl,
	asOf: v.pipe(factDate, v.description('The date of the fact.')),
	checked: v.pipe(factDate, v.description('When the fact was last confirmed.'))
});
export type ClaimSource = v.InferOutput<typeof claimSourceSchema>;

/** The public page that names a transformation's EU ADMA name and performance areas. */
export const admaSourceSchema = v.strictObject({
	title: nonEmpty,
	publisher: nonEmpty,
	year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
	url: httpsUrl
});
export type AdmaSource = v.InferOutput<typeof admaSourceSchema>;

const questionIdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must look like <transformation-id>.<area>, kebab-case')
);

export const questionSchema = v.strictObject({
	id: v.pipe(
		questionIdSchema,
		v.description('Unique id, <transformation-id>.<area>. Never reuse an id for another meaning.')
	),
	previous: v.optional(
		v.pipe(
			questionIdSchema,
			v.description(
				'The question of the previous version whose answers carry over: only where the meaning is the same.'
			)
		)
	),
	area: v.pipe(localizedTextSchema, v.description('The performance area, 2-5 words.')),
	text: v.pipe(localizedTextSchema, v.description('The question, one short sentence.')),
	help: v.optional(v.pipe(localizedTextSchema, v.description('Help with a concrete example.'))),
	practices: v.optional(
		v.pipe(
			v.array(kebabId),
			v.minLength(1, 'name at least one practice'),
			v.description(
				'Kebab ids of the practices this question scores; each practice in one question only per version. Required from version 2 on.'
			)
		)
	),
	notApplicable: v.optional(
		v.pipe(
			v.strictObject({
				reason: v.pipe(
					localizedTextSchema,
					v.description('When the question does not apply; shown in the help.')
				)
			}),
			v.description(
				'Present only where the question can truly not apply: then "Not applicable" is offered.'
			)
		)
	),
	sources: v.optional(
		v.pipe(
			v.array(claimSourceSchema),
			v.minLength(1),
			v.description('Public sources of the facts stated; required when a text names a legal duty.')
		)
	),
	weight: v.optional(
		v.pipe(
			v.number(),
			v.minValue(0.5),
			v.maxValue(3),
			v.description('Weight in the transformation mean; default 1.')
		)
	),
	levels: v.pipe(
		v.array(localizedTextSchema),
		v.length(5, 'needs exactly 5 level descriptors, level 1 first'),
		v.description('Five observable descriptors, level 1 (lowest) to level 5.')
	),
	nextActions: v.optional(
		v.pipe(
			v.array(nextActionSchema),
			v.maxLength(4),
			v.description('What to do to go from each level to the next.')
		)
	)
});
export type Question = v.InferOutput<typeof questionSchema>;

export const transformationSchema = v.strictObject({
	id: v.picklist(TRANSFORMATION_IDS, `must be one of: ${TRANSFORMATION_IDS.join(', ')}`),
	name: v.pipe(localizedTextSchema, v.description('The programme name of the transformation.')),
	admaName: v.optional(
		v.pipe(
			localizedTextSchema,
			v.description('The current EU ADMA name of the transformation; required from version 2 on.')
		)
	),
	admaSource: v.optional(admaSourceSchema),
	sources: v.optional(
		v.pipe(
			v.array(claimSourceSchema),
			v.minLength(1),
			v.description(
				'Public sources of facts in the description or future level; required when they name a legal duty.'
			)
		)
	),
	description: v.optional(
		v.pipe(localizedTextSchema, v.description('One paragraph on what the transformation covers.'))
	),
	futureLevel: v.optional(
		v.pipe(
			localizedTextSchema,
			v.description('What Factory-of-the-Future performance looks like here.')
		)
	),
	questions: v.pipe(v.array(questionSchema), v.minLength(1, 'needs at least one question'))
});
export type Transformation = v.InferOutput<typeof transformationSchema>;

export const levelSchema = v.strictObject({
	level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
	name: localizedTextSchema,
	description: v.optional(localizedTextSchema)
});

/** questionnaire.yaml: everything but the transformations' content, which lives in one file each. */
export const questionnaireHeaderSchema = v.strictObject({
	id: kebabId,
	version: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(1),
		v.description('Raise for any change to questions or levels.')
	),
	languages: v.pipe(v.array(v.picklist(LANGUAGES)), v.minLength(1)),
	title: localizedTextSchema,
	description: v.optional(localizedTextSchema),
	levels: v.pipe(v.array(levelSchema), v.length(5, 'needs exactly 5 levels')),
	roles: v.optional(v.record(kebabId, localizedTextSchema)),
	estimatedMinutes: v.optional(
		v.pipe(
			v.number(),
			v.integer(),
			v.minValue(1),
			v.description(
				'Time to answer, as measured from the word count (docs/authoring.md); the description must name it. Required from version 2 on.'
			)
		)
	),
	draft: v.optional(
		v.pipe(
			v.boolean(),
			v.description(
				'true while the transformation files are being written: the version is validated but not built into the app.'
			)
		)
	),
	transformations: v.pipe(
		v.array(v.picklist(TRANSFORMATION_IDS)),
		v.description(
			'The seven transformation ids in programme order; one file each in transformations/.'
		)
	)
});
export type QuestionnaireHeader = v.InferOutput<typeof questionnaireHeaderSchema>;

/** A whole questionnaire, as the app uses it: the header with its transformations merged in. */
export const questionnaireSchema = v.strictObject({
	...questionnaireHeaderSchema.entries,
	transformations: v.array(transformationSchema)
});
export type Questionnaire = v.InferOutput<typeof questionnaireSchema>;

const rateSchema = v.pipe(
	v.number(),
	v.minValue(0, 'a rate is a fraction from 0 to 1'),
	v.maxValue(1, 'a rate is a fraction from 0 to 1 (0.3 = 30 %)')
);
const ratesBySizeSchema = v.strictObject({
	micro: v.optional(rateSchema),
	small: v.optional(rateSchema),
	medium: v.optional(rateSchema),
	large: v.optional(rateSchema)
});
export type RatesBySize = v.InferOutput<typeof ratesBySizeSchema>;
const euros = v.pipe(v.number(), v.minValue(0));

/** An amount in EUR, either one figure or one per size class (e.g. a minimum investment). */
const eurosBySizeSchema = v.union(
	[
		euros,
		v.strictObject({
			micro: v.optional(euros),
			small: v.optional(euros),
			medium: v.optional(euros),
			large: v.optional(euros)
		})
	],
	'must be an amount in EUR or {micro, small, medium, large} amounts'
);
export type EurosBySize = v.InferOutput<typeof eurosBySizeSchema>;

/** The terms for one kind of cost, where they differ from the instrument's general ones. */
const costTermsSchema = v.strictObject({
	rate: ratesBySizeSchema,
	minCost: v.optional(eurosBySizeSchema)
});

export const fundingSchema = v.strictObject({
	covers: v.pipe(v.array(v.picklist(COST_KINDS)), v.minLength(1)),
	topics: v.optional(
		v.pipe(
			v.array(v.picklist(ACTION_TOPICS, `must be one of: ${ACTION_TOPICS.join(', ')}`)),
			v.minLength(1),
			v.description('Pays only for actions on these topics; omit for any topic.')
		)
	),
	rate: v.optional(ratesBySizeSchema),
	themes: v.optional(
		v.array(
			v.strictObject({
				label: localizedTextSchema,
				transformations: v.array(v.picklist(TRANSFORMATION_IDS)),
				rate: ratesBySizeSchema
			})
		)
	),
	byCostType: v.optional(
		v.pipe(
			v.strictObject({
				consultancy: v.optional(costTermsSchema),
				training: v.optional(costTermsSchema),
				investment: v.optional(costTermsSchema),
				rd: v.optional(costTermsSchema)
			}),
			v.description(
				'Where the share or the minimum depends on what the money buys (e.g. 8 % of investment from EUR 1 million, 20 % of training from EUR 100,000): the terms for that kind of cost, used instead of `rate` and `minCost` for actions of that kind. The kind must be in `covers`.'
			)
		)
	),
	capPerProject: v.optional(euros),
	capPerYear: v.optional(euros),
	capPerPeriod: v.optional(
		v.strictObject({ amount: euros, years: v.pipe(v.number(), v.integer(), v.minValue(1)) })
	),
	competitive: v.optional(
		v.pipe(
			v.boolean(),
			v.description(
				'Awarded through competitive calls (a selection among applicants, e.g. Horizon Europe): the plan shows what it might pay but never counts it.'
			)
		)
	),
	sharesCeilingWith: v.optional(
		v.pipe(
			kebabId,
			v.description(
				'The id of another instrument whose yearly / multi-year ceiling this one shares (one wallet, e.g. KMO-portefeuille training and advice).'
			)
		)
	),
	minCost: v.optional(
		v.pipe(
			eurosBySizeSchema,
			v.description('Smallest eligible cost or investment in EUR, one figure or per size class.')
		)
	),
	minAid: v.optional(v.pipe(euros, v.description('Smallest support the scheme grants, in EUR.'))),
	cumulation: v.optional(localizedTextSchema)
});
export type Funding = v.InferOutput<typeof fundingSchema>;

const isoDay = v.pipe(
	v.string(),
	v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD')
);

/**
 * A day of a call for applications, YYYY-MM-DD, that exists on the calendar: a typo such as
 * 2026-11-31 would otherwise close a call a day early or late without anyone noticing.
 */
const callDay = v.pipe(
	isoDay,
	v.check((day) => {
		const [year, month, date] = day.split('-').map(Number) as [number, number, number];
		return new Date(Date.UTC(year, month - 1, date)).getUTCDate() === date;
	}, 'is not a day of the calendar')
);

/**
 * A public source a user can open or look up: a web page, or a report by title, publisher and
 * year. Internal files (the old `seed:`/`lines:` references) are refused: a managing director
 * cannot check them.
 */
export const sourceSchema = v.pipe(
	v.looseObject({}, 'a source is {url} or {report: {title, publisher, year}}'),
	v.check(
		(source) => !('seed' in source) && !('lines' in source),
		'seed files and line numbers are not public sources: cite a web page {url} or a report {report: {title, publisher, year}}'
	),
	v.union(
		[
			v.strictObject({
				url: httpsUrl,
				title: v.optional(nonEmpty),
				publisher: v.optional(nonEmpty)
			}),
			v.strictObject({
				report: v.strictObject({
					title: nonEmpty,
					publisher: nonEmpty,
					year: v.pipe(v.number(), v.integer(), v.minValue(1950), v.maxValue(2100)),
					url: v.optional(httpsUrl)
				})
			})
		],
		'a source is {url, title?, publisher?} or {report: {title, publisher, year, url?}}'
	)
);
export type Source = v.InferOutput<typeof sourceSchema>;

export const instrumentSchema = v.strictObject({
	id: kebabId,
	name: localizedTextSchema,
	summary: v.pipe(localizedTextSchema, v.description('One sentence: what it pays for.')),
	operator: v.pipe(
		v.union([nonEmpty, localizedTextSchema]),
		v.description(
			'Who runs it: a proper name as one string ("VLAIO"), or per language where the name has words of a language ("Sirris en Agoria", "Sirris et Agoria").'
		)
	),
	kind: v.picklist(INSTRUMENT_KINDS),
	regions: v.optional(v.array(v.picklist(INSTRUMENT_AREAS))),
	eligibility: v.optional(
		v.strictObject({
			sizeClasses: v.optional(v.array(v.picklist(SIZE_CLASSES))),
			minCompanyAgeYears: v.optional(v.pipe(v.number(), v.minValue(0))),
			maxCompanyAgeYears: v.optional(v.pipe(v.number(), v.minValue(0))),
			excludesGermanSpeakingCommunity: v.optional(
				v.pipe(
					v.boolean(),
					v.description(
						'A Walloon-Region instrument that firms in the German-speaking Community cannot use.'
					)
				)
			),
			excludedSectors: v.optional(
				v.array(
					v.pipe(
						v.string('write NACE codes as quoted strings, e.g. "01" or "A"'),
						v.regex(/^([A-U]|\d{2})$/, 'must be a NACE section letter or a two-digit division')
					)
				)
			),
			deMinimis: v.optional(v.boolean()),
			conditions: v.optional(localizedTextSchema)
		})
	),
	funding: v.optional(fundingSchema),
	transformations: v.pipe(
		v.array(v.picklist(TRANSFORMATION_IDS)),
		v.minLength(1, 'name at least one transformation')
	),
	stages: v.pipe(
		v.array(v.picklist(JOURNEY_STAGES)),
		v.minLength(1, 'name at least one journey stage')
	),
	status: v.picklist(INSTRUMENT_STATUSES),
	applicationsOpen: v.optional(
		v.pipe(
			callDay,
			v.description(
				'YYYY-MM-DD: first day of the current call; before it an open call reads as closed.'
			)
		)
	),
	applicationsClose: v.optional(
		v.pipe(
			callDay,
			v.description(
				'YYYY-MM-DD: last day applications are taken (Brussels time); after it an open call reads as closed.'
			)
		)
	),
	asOf: v.pipe(factDate, v.description('The date of these facts.')),
	checked: v.pipe(isoDay, v.description('When we last confirmed these facts against the source.')),
	confirmed: v.pipe(
		v.boolean(),
		v.description('false when no current public source confirms these facts.')
	),
	sources: v.pipe(
		v.array(sourceSchema),
		v.minLength(1, 'every instrument needs at least one public source')
	),
	link: v.optional(httpsUrl),
	contact: v.optional(
		v.pipe(
			v.strictObject({
				url: v.optional(httpsUrl),
				email: v.optional(v.pipe(v.string(), v.email()))
			}),
			v.check((contact) => !!(contact.url || contact.email), 'needs a url or an email'),
			v.description('Where to ask for it: a public contact page or address.')
		)
	),
	nextStep: v.optional(
		v.pipe(
			v.literal(true),
			v.description("Marks the programme's next step (the advisory site visit); one only.")
		)
	)
});
export type Instrument = v.InferOutput<typeof instrumentSchema>;

export const instrumentFileSchema = v.strictObject({
	level: v.picklist(INSTRUMENT_LEVELS),
	instruments: v.array(instrumentSchema)
});
export type InstrumentFile = v.InferOutput<typeof instrumentFileSchema>;

/** An instrument as the app uses it: its level is taken from the file it was written in. */
export type CatalogueInstrument = Instrument & { level: InstrumentLevel };
