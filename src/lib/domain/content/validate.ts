// Pure domain code: no DOM, no storage, no Svelte.
// Validation of content files beyond the shape: cross-references, order, completeness of
// translations. Every problem carries a path so that the caller can name file and field.
import * as v from 'valibot';
import {
	LANGUAGES,
	TRANSFORMATION_IDS,
	instrumentFileSchema,
	questionnaireHeaderSchema,
	transformationSchema,
	type CatalogueInstrument,
	type Instrument,
	type InstrumentFile,
	type Language,
	type LocalizedText,
	type Questionnaire,
	type QuestionnaireHeader,
	type Source,
	type Transformation
} from './schema.ts';
import { legalClaimIn } from './legal-claims.ts';
import { isHonestEstimate, measuredMinutes } from './time-estimate.ts';

/**
 * From this questionnaire version on, content must meet the rules written down with v2
 * (docs/authoring.md): practices, ADMA names, next-action ids, cost types and topics, sources
 * for legal claims, a measured time estimate. Version 1 was written before them and stays as it
 * was.
 */
export const STRICT_FROM_VERSION = 2;

export type ContentIssue = {
	/** Dotted path inside the file, e.g. `questions[2].levels[3].fr`. Empty for the whole file. */
	path: string;
	message: string;
	/** Errors make a file unusable; warnings (missing translations) fall back to English. */
	severity: 'error' | 'warning';
};

export type Parsed<T> = { value: T | undefined; issues: ContentIssue[] };

/** `a.b[2].c` from valibot's issue path. */
function dottedPath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
	}
	return out;
}

function shapeIssues(issues: readonly v.BaseIssue<unknown>[]): ContentIssue[] {
	return issues.map((issue) => {
		// valibot's own messages start with "Invalid …"; ours are written for content authors.
		// A key a strict object does not know comes as "expected never": name it as such.
		const message = !issue.message.startsWith('Invalid')
			? issue.message
			: issue.expected === 'never' && issue.kind === 'schema' && issue.type === 'strict_object'
				? `${issue.received} is not a field here (see docs/authoring.md)`
				: issue.expected && issue.received
					? `expected ${issue.expected}, got ${issue.received}`
					: issue.message;
		return { path: dottedPath(issue), message, severity: 'error' as const };
	});
}

function parseWith<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): Parsed<T> {
	const result = v.safeParse(schema, raw, { abortPipeEarly: true });
	return result.success
		? { value: result.output, issues: [] }
		: { value: undefined, issues: shapeIssues(result.issues) };
}

/** Paths of every localised text in `node` that lacks one of `languages`. */
export function missingTranslations(
	node: unknown,
	languages: readonly Language[],
	path = ''
): ContentIssue[] {
	if (Array.isArray(node)) {
		return node.flatMap((item, index) => missingTranslations(item, languages, `${path}[${index}]`));
	}
	if (node === null || typeof node !== 'object') return [];
	const keys = Object.keys(node);
	const isLocalized =
		keys.length > 0 && keys.every((key) => (LANGUAGES as readonly string[]).includes(key));
	if (isLocalized) {
		return languages
			.filter((language) => !(node as LocalizedText)[language])
			.map((language) => ({
				path: path ? `${path}.${language}` : language,
				message: 'missing translation (falls back to English)',
				severity: 'warning' as const
			}));
	}
	return keys.flatMap((key) =>
		missingTranslations(
			(node as Record<string, unknown>)[key],
			languages,
			path ? `${path}.${key}` : key
		)
	);
}

export function parseQuestionnaireHeader(raw: unknown): Parsed<QuestionnaireHeader> {
	const parsed = parseWith(questionnaireHeaderSchema, raw);
	const header = parsed.value;
	if (!header) return parsed;
	const issues = [...parsed.issues];
	if (header.transformations.join() !== TRANSFORMATION_IDS.join()) {
		issues.push({
			path: 'transformations',
			message: `must list the seven transformations in this order: ${TRANSFORMATION_IDS.join(', ')}`,
			severity: 'error'
		});
	}
	header.levels.forEach((level, index) => {
		if (level.level !== index + 1) {
			issues.push({
				path: `levels[${index}].level`,
				message: `must be ${index + 1}`,
				severity: 'error'
			});
		}
	});
	if (!header.languages.includes('en')) {
		issues.push({
			path: 'languages',
			message: 'must include en (the fallback language)',
			severity: 'error'
		});
	}
	if (header.version >= STRICT_FROM_VERSION) {
		if (header.estimatedMinutes === undefined)
			issues.push({
				path: 'estimatedMinutes',
				message: `is required from version ${STRICT_FROM_VERSION} on`,
				severity: 'error'
			});
		else
			for (const language of header.languages) {
				const text = header.description?.[language];
				if (!text || !text.includes(String(header.estimatedMinutes)))
					issues.push({
						path: `description.${language}`,
						message: `must state the time estimate, ${header.estimatedMinutes} minutes`,
						severity: 'error'
					});
			}
	}
	issues.push(...missingTranslations(raw, header.languages));
	return { value: issues.some((i) => i.severity === 'error') ? undefined : header, issues };
}

/** Every string inside a node, with its dotted path. */
function stringsIn(node: unknown, path: string): { path: string; text: string }[] {
	if (typeof node === 'string') return [{ path, text: node }];
	if (Array.isArray(node)) return node.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
	if (node === null || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) =>
		stringsIn(value, path ? `${path}.${key}` : key)
	);
}

/**
 * A legal claim without a source: the first text under `node` that names a law, regulation or
 * duty (see legal-claims.ts), when `sources` is empty.
 */
function unsourcedClaim(
	node: unknown,
	path: string,
	sources: readonly unknown[] | undefined
): ContentIssue[] {
	if (sources?.length) return [];
	for (const { path: at, text } of stringsIn(node, path)) {
		const claim = legalClaimIn(text);
		if (claim)
			return [
				{
					path: at,
					message: `names a legal duty ("${claim}"): add sources (title, publisher, url, asOf, checked) to ${path || 'the transformation'}`,
					severity: 'error'
				}
			];
	}
	return [];
}

function required(value: unknown, path: string, what: string): ContentIssue[] {
	return value === undefined
		? [
				{
					path,
					message: `${what} is required from version ${STRICT_FROM_VERSION} on`,
					severity: 'error'
				}
			]
		: [];
}

/** The rules for version 2 and later on one transformation file. */
function strictIssues(transformation: Transformation): ContentIssue[] {
	const issues: ContentIssue[] = [
		...required(transformation.admaName, 'admaName', 'the ADMA name'),
		...required(transformation.admaSource, 'admaSource', 'the source of the ADMA name'),
		...unsourcedClaim(
			{
				name: transformation.name,
				description: transformation.description,
				futureLevel: transformation.futureLevel
			},
			'',
			transformation.sources
		)
	];
	const areas = new Map<string, string>();
	transformation.questions.forEach((question, q) => {
		const at = `questions[${q}]`;
		issues.push(...required(question.practices, `${at}.practices`, 'the list of practices'));
		const { id: _id, previous: _p, practices: _pr, sources, weight: _w, ...texts } = question;
		issues.push(...unsourcedClaim(texts, at, sources));
		// Questions of one area must name it alike, so that the weakest area is one thing.
		const english = question.area.en ?? '';
		const key = JSON.stringify(question.area);
		const other = areas.get(english);
		if (other !== undefined && other !== key)
			issues.push({
				path: `${at}.area`,
				message: `names the area "${english}" differently from an earlier question`,
				severity: 'error'
			});
		areas.set(english, key);
		(question.nextActions ?? []).forEach((action, a) => {
			const actionAt = `${at}.nextActions[${a}]`;
			issues.push(
				...required(action.id, `${actionAt}.id`, 'an id'),
				...required(action.costType, `${actionAt}.costType`, 'the cost type'),
				...required(action.topics, `${actionAt}.topics`, 'the topics')
			);
		});
	});
	return issues;
}

/** Checks one transformation file against its questionnaire header (roles, languages). */
export function parseTransformation(
	raw: unknown,
	header: QuestionnaireHeader | undefined,
	expectedId?: string
): Parsed<Transformation> {
	const parsed = parseWith(transformationSchema, raw);
	const transformation = parsed.value;
	if (!transformation) return parsed;
	const issues = [...parsed.issues];
	if (expectedId && transformation.id !== expectedId) {
		issues.push({
			path: 'id',
			message: `must be "${expectedId}", the file's name`,
			severity: 'error'
		});
	}
	const seen = new Set<string>();
	transformation.questions.forEach((question, q) => {
		const at = `questions[${q}]`;
		if (seen.has(question.id))
			issues.push({ path: `${at}.id`, message: `duplicates "${question.id}"`, severity: 'error' });
		seen.add(question.id);
		if (!question.id.startsWith(`${transformation.id}.`)) {
			issues.push({
				path: `${at}.id`,
				message: `must start with "${transformation.id}."`,
				severity: 'error'
			});
		}
		const froms = (question.nextActions ?? []).map((action) => action.from);
		froms.forEach((from, a) => {
			if (froms.indexOf(from) !== a)
				issues.push({
					path: `${at}.nextActions[${a}].from`,
					message: `level ${from} has two next actions`,
					severity: 'error'
				});
		});
		(question.nextActions ?? []).forEach((action, a) => {
			if (header?.roles && !(action.lead in header.roles)) {
				issues.push({
					path: `${at}.nextActions[${a}].lead`,
					message: `unknown role "${action.lead}"; known: ${Object.keys(header.roles).join(', ')}`,
					severity: 'error'
				});
			}
		});
	});
	if (header && header.version >= STRICT_FROM_VERSION) issues.push(...strictIssues(transformation));
	if (header) issues.push(...missingTranslations(raw, header.languages));
	return { value: issues.some((i) => i.severity === 'error') ? undefined : transformation, issues };
}

/** A problem found across the files of one version, named by the file it is in. */
export type VersionIssue = ContentIssue & { transformationId: string };

/**
 * Checks across all transformation files of one version: a practice is scored by one question
 * only; next-action ids are unique; `after` names existing actions without a cycle; two questions
 * never carry over the same earlier question. With `complete` false (a draft with files still
 * missing), an `after` pointing to an unknown id is not yet an error.
 */
export function versionIssues(
	transformations: readonly Transformation[],
	complete: boolean
): VersionIssue[] {
	const issues: VersionIssue[] = [];
	const practiceOwner = new Map<string, string>();
	const actionOwner = new Map<string, string>();
	const previousOwner = new Map<string, string>();
	const after = new Map<string, string[]>();
	for (const transformation of transformations) {
		transformation.questions.forEach((question, q) => {
			const at = `questions[${q}]`;
			const issue = (path: string, message: string) =>
				issues.push({ transformationId: transformation.id, path, message, severity: 'error' });
			(question.practices ?? []).forEach((practice, p) => {
				const owner = practiceOwner.get(practice);
				if (owner)
					issue(
						`${at}.practices[${p}]`,
						`"${practice}" is already scored by ${owner}; a practice belongs to one question`
					);
				else practiceOwner.set(practice, question.id);
			});
			if (question.previous) {
				const owner = previousOwner.get(question.previous);
				if (owner)
					issue(
						`${at}.previous`,
						`"${question.previous}" already carries over to ${owner}; an answer counts once`
					);
				else previousOwner.set(question.previous, question.id);
			}
			(question.nextActions ?? []).forEach((action, a) => {
				if (!action.id) return;
				const owner = actionOwner.get(action.id);
				if (owner)
					issue(`${at}.nextActions[${a}].id`, `"${action.id}" is already used in ${owner}`);
				else actionOwner.set(action.id, question.id);
				after.set(action.id, action.after ?? []);
			});
		});
	}
	if (!complete) return issues;
	for (const transformation of transformations) {
		transformation.questions.forEach((question, q) => {
			(question.nextActions ?? []).forEach((action, a) => {
				(action.after ?? []).forEach((id, i) => {
					const path = `questions[${q}].nextActions[${a}].after[${i}]`;
					const issue = (message: string) =>
						issues.push({ transformationId: transformation.id, path, message, severity: 'error' });
					if (!after.has(id)) issue(`no next action has the id "${id}"`);
					else if (action.id && dependsOn(after, id, action.id, new Set()))
						issue(`"${id}" itself waits for "${action.id}": a cycle`);
				});
			});
		});
	}
	return issues;
}

/** Whether action `from` (transitively) waits for action `target`. */
function dependsOn(
	after: Map<string, string[]>,
	from: string,
	target: string,
	seen: Set<string>
): boolean {
	if (from === target) return true;
	if (seen.has(from)) return false;
	seen.add(from);
	return (after.get(from) ?? []).some((next) => dependsOn(after, next, target, seen));
}

/** `previous` must name a question of the previous version of the same questionnaire. */
export function upgradeIssues(current: Questionnaire, previous: Questionnaire): VersionIssue[] {
	const known = new Set(previous.transformations.flatMap((t) => t.questions.map((q) => q.id)));
	const issues: VersionIssue[] = [];
	for (const transformation of current.transformations)
		transformation.questions.forEach((question, q) => {
			if (question.previous && !known.has(question.previous))
				issues.push({
					transformationId: transformation.id,
					path: `questions[${q}].previous`,
					message: `"${question.previous}" is not a question of version ${previous.version}`,
					severity: 'error'
				});
		});
	return issues;
}

/** The stated time estimate against the one measured from the word count (time-estimate.ts). */
export function estimateIssues(questionnaire: Questionnaire): ContentIssue[] {
	if (questionnaire.estimatedMinutes === undefined) return [];
	const measured = measuredMinutes(questionnaire);
	return isHonestEstimate(questionnaire.estimatedMinutes, measured)
		? []
		: [
				{
					path: 'estimatedMinutes',
					message: `states ${questionnaire.estimatedMinutes} minutes; the word count gives ${measured} (docs/authoring.md)`,
					severity: 'error'
				}
			];
}

/** Joins a header and its transformation files, checking ids across files. */
export function assembleQuestionnaire(
	header: QuestionnaireHeader,
	transformations: Transformation[]
): Parsed<Questionnaire> {
	const issues: ContentIssue[] = [];
	const byId = new Map(transformations.map((t) => [t.id, t]));
	const ordered: Transformation[] = [];
	header.transformations.forEach((id, index) => {
		const transformation = byId.get(id);
		if (transformation) ordered.push(transformation);
		else
			issues.push({
				path: `transformations[${index}]`,
				message: `no file transformations/${id}.yaml`,
				severity: 'error'
			});
	});
	const questionIds = new Set<string>();
	for (const transformation of ordered) {
		for (const question of transformation.questions) {
			if (questionIds.has(question.id))
				issues.push({
					path: `transformations`,
					message: `question id "${question.id}" is used twice`,
					severity: 'error'
				});
			questionIds.add(question.id);
		}
	}
	if (issues.length) return { value: undefined, issues };
	return { value: { ...header, transformations: ordered }, issues };
}

export function parseInstrumentFile(raw: unknown, expectedLevel?: string): Parsed<InstrumentFile> {
	const parsed = parseWith(instrumentFileSchema, raw);
	const file = parsed.value;
	if (!file) return parsed;
	const issues = [...parsed.issues];
	if (expectedLevel && file.level !== expectedLevel) {
		issues.push({
			path: 'level',
			message: `must be "${expectedLevel}", the file's name`,
			severity: 'error'
		});
	}
	// A regional or Community file holds only that area's instruments.
	const ownArea =
		file.level === 'flanders' ||
		file.level === 'wallonia' ||
		file.level === 'brussels' ||
		file.level === 'german-speaking-community'
			? file.level
			: null;
	file.instruments.forEach((instrument, index) => {
		const at = `instruments[${index}]`;
		if (ownArea && instrument.regions && instrument.regions.join() !== ownArea) {
			issues.push({
				path: `${at}.regions`,
				message: `a ${ownArea} instrument is only for ${ownArea}`,
				severity: 'error'
			});
		}
		issues.push(...instrumentRuleIssues(instrument, ownArea, at));
	});
	issues.push(...missingTranslations(raw, LANGUAGES));
	return { value: issues.some((i) => i.severity === 'error') ? undefined : file, issues };
}

/**
 * Rules within one instrument that the shape cannot express: rates and minimums only for sizes
 * that may use it, a sensible age window, the German-speaking Community exclusion only on an
 * instrument Walloon firms can use, a call that closes after it opens, a public URL behind
 * confirmed facts, a contact on the next step.
 */
function instrumentRuleIssues(
	instrument: Instrument,
	ownArea: string | null,
	at: string
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const error = (path: string, message: string) =>
		issues.push({ path: `${at}.${path}`, message, severity: 'error' });
	const sizes = instrument.eligibility?.sizeClasses;
	const funding = instrument.funding;
	const rates = [
		funding?.rate,
		...(funding?.themes ?? []).map((t) => t.rate),
		...Object.values(funding?.byCostType ?? {}).map((terms) => terms.rate)
	];
	for (const kind of Object.keys(funding?.byCostType ?? {}))
		if (!(funding!.covers as string[]).includes(kind))
			error(`funding.byCostType.${kind}`, `has terms for "${kind}" but covers does not list it`);
	for (const rate of rates) {
		for (const size of Object.keys(rate ?? {})) {
			if (sizes && !sizes.includes(size as never))
				error('funding', `has a rate for "${size}" but eligibility.sizeClasses excludes it`);
		}
	}
	if (funding?.minCost !== undefined && typeof funding.minCost === 'object') {
		for (const size of Object.keys(funding.minCost)) {
			if (sizes && !sizes.includes(size as never))
				error(
					'funding.minCost',
					`has a minimum for "${size}" but eligibility.sizeClasses excludes it`
				);
		}
	}
	const minAge = instrument.eligibility?.minCompanyAgeYears;
	const maxAge = instrument.eligibility?.maxCompanyAgeYears;
	if (minAge !== undefined && maxAge !== undefined && minAge > maxAge)
		error('eligibility.minCompanyAgeYears', 'must not be larger than maxCompanyAgeYears');
	if (instrument.eligibility?.excludesGermanSpeakingCommunity) {
		const areas = instrument.regions ?? (ownArea ? [ownArea] : ['wallonia']);
		if (!areas.includes('wallonia'))
			error(
				'eligibility.excludesGermanSpeakingCommunity',
				'only applies to an instrument for the Walloon Region'
			);
	}
	if (
		instrument.applicationsOpen &&
		instrument.applicationsClose &&
		instrument.applicationsOpen > instrument.applicationsClose
	)
		error(
			'applicationsClose',
			`must not be before applicationsOpen (${instrument.applicationsOpen})`
		);
	if (instrument.confirmed && !instrument.sources.some((source) => publicUrl(source)))
		error('confirmed', 'confirmed facts need a source with a public URL that confirms them');
	if (instrument.nextStep && !instrument.contact)
		error('contact', 'the next-step instrument needs a contact (url or email)');
	return issues;
}

/** The web address of a source, if it has one. */
export function publicUrl(source: Source): string | undefined {
	return 'url' in source ? source.url : source.report.url;
}

/** Flattens instrument files into one catalogue, rejecting ids used twice. */
export function assembleCatalogue(files: { file: string; value: InstrumentFile }[]): {
	instruments: CatalogueInstrument[];
	issues: { file: string; issue: ContentIssue }[];
} {
	const seen = new Map<string, string>();
	const instruments: CatalogueInstrument[] = [];
	const issues: { file: string; issue: ContentIssue }[] = [];
	for (const { file, value } of files) {
		value.instruments.forEach((instrument, index) => {
			const other = seen.get(instrument.id);
			if (other) {
				issues.push({
					file,
					issue: {
						path: `instruments[${index}].id`,
						message: `"${instrument.id}" is already used in ${other}`,
						severity: 'error'
					}
				});
				return;
			}
			seen.set(instrument.id, file);
			instruments.push({ ...instrument, level: value.level });
		});
	}
	// A shared ceiling names an instrument that exists and keeps its own ceiling (no chains).
	for (const { file, value } of files) {
		value.instruments.forEach((instrument, index) => {
			const shared = instrument.funding?.sharesCeilingWith;
			if (shared === undefined) return;
			const owner = instruments.find((candidate) => candidate.id === shared);
			const message =
				shared === instrument.id
					? 'must name another instrument'
					: !owner
						? `no instrument "${shared}" in the catalogue`
						: owner.funding?.sharesCeilingWith
							? `"${shared}" shares a ceiling itself; name "${owner.funding.sharesCeilingWith}"`
							: null;
			if (message)
				issues.push({
					file,
					issue: {
						path: `instruments[${index}].funding.sharesCeilingWith`,
						message,
						severity: 'error'
					}
				});
		});
	}
	// The results, plan and PDF point to one advisory site visit: exactly one instrument says so.
	if (files.length) {
		const nextSteps = files.flatMap(({ file, value }) =>
			value.instruments.flatMap((instrument, index) =>
				instrument.nextStep ? [{ file, path: `instruments[${index}].nextStep` }] : []
			)
		);
		if (nextSteps.length === 0) {
			const file = files.find((f) => f.value.level === 'programme') ?? files[0]!;
			issues.push({
				file: file.file,
				issue: {
					path: '',
					message: 'no instrument has nextStep: true; mark the advisory site visit',
					severity: 'error'
				}
			});
		}
		for (const extra of nextSteps.slice(1))
			issues.push({
				file: extra.file,
				issue: {
					path: extra.path,
					message: `only one instrument may be the next step; ${nextSteps[0]!.file} has one already`,
					severity: 'error'
				}
			});
	}
	return { instruments, issues };
}
