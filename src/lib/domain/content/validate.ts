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
	type InstrumentFile,
	type Language,
	type LocalizedText,
	type Questionnaire,
	type QuestionnaireHeader,
	type Transformation
} from './schema';

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
		const message =
			issue.message.startsWith('Invalid') && issue.expected && issue.received
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
	issues.push(...missingTranslations(raw, header.languages));
	return { value: issues.some((i) => i.severity === 'error') ? undefined : header, issues };
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
	if (header) issues.push(...missingTranslations(raw, header.languages));
	return { value: issues.some((i) => i.severity === 'error') ? undefined : transformation, issues };
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
	const regional =
		file.level === 'flanders' || file.level === 'wallonia' || file.level === 'brussels';
	file.instruments.forEach((instrument, index) => {
		if (regional && instrument.regions && instrument.regions.join() !== file.level) {
			issues.push({
				path: `instruments[${index}].regions`,
				message: `a ${file.level} instrument is only for ${file.level}`,
				severity: 'error'
			});
		}
		const rates = [
			instrument.funding?.rate,
			...(instrument.funding?.themes ?? []).map((t) => t.rate)
		];
		const sizes = instrument.eligibility?.sizeClasses;
		for (const rate of rates) {
			for (const size of Object.keys(rate ?? {})) {
				if (sizes && !sizes.includes(size as never)) {
					issues.push({
						path: `instruments[${index}].funding`,
						message: `has a rate for "${size}" but eligibility.sizeClasses excludes it`,
						severity: 'error'
					});
				}
			}
		}
	});
	issues.push(...missingTranslations(raw, LANGUAGES));
	return { value: issues.some((i) => i.severity === 'error') ? undefined : file, issues };
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
	return { instruments, issues };
}
