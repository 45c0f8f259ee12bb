// Reads and validates questionnaires/ from disk. Used at build time (the Vite plugin that turns the
// YAML into modules), by `npm run validate` and `content:stats`, and by the unit tests. Never
// shipped to the browser: SvelteKit refuses $lib/server imports in client code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type {
	CatalogueInstrument,
	InstrumentFile,
	Questionnaire,
	Transformation
} from '../domain/content/schema.ts';
import {
	assembleCatalogue,
	assembleQuestionnaire,
	estimateIssues,
	parseInstrumentFile,
	parseQuestionnaireHeader,
	parseTransformation,
	upgradeIssues,
	versionIssues,
	type ContentIssue
} from '../domain/content/validate.ts';
import { typesetContent } from '../domain/content/typography.ts';

export type FileIssue = ContentIssue & { file: string };

/** A questionnaire marked `draft: true`: validated, never built into the app. */
export type DraftQuestionnaire = {
	questionnaire: Questionnaire;
	/** Transformations listed in the header whose file does not exist yet. */
	missing: string[];
};

export type LoadedContent = {
	/** The questionnaires the app ships: complete, valid and not drafts. */
	questionnaires: Questionnaire[];
	/** Drafts with the transformations written so far (valid files only). */
	drafts: DraftQuestionnaire[];
	/** What a maintainer should know but that is not wrong, e.g. a draft's missing files. */
	notices: { file: string; message: string }[];
	instruments: CatalogueInstrument[];
	issues: FileIssue[];
	/** Every file read, for the dev server to watch. */
	files: string[];
};

export function formatIssue(issue: FileIssue): string {
	return `${issue.file}: ${issue.path || '(file)'}: ${issue.message}`;
}

function readYaml(path: string, display: string, issues: FileIssue[]): unknown {
	try {
		// yaml's default schema (1.2 core) keeps "01" and "NO" as strings, as authors expect.
		return parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
		issues.push({
			file: display,
			path: '',
			message: `not valid YAML: ${message}`,
			severity: 'error'
		});
		return undefined;
	}
}

/** Loads every questionnaire folder and the instrument catalogue under `root`. */
export function loadContent(root: string, cwd = process.cwd()): LoadedContent {
	const issues: FileIssue[] = [];
	const files: string[] = [];
	const display = (path: string) => relative(cwd, path) || path;
	const questionnaires: Questionnaire[] = [];

	const drafts: DraftQuestionnaire[] = [];
	const notices: LoadedContent['notices'] = [];

	/** Per `id@version`: the display path of each transformation file. */
	const filesOf = new Map<string, Map<string, string>>();

	const folders = existsSync(root) ? readdirSync(root).sort() : [];
	for (const name of folders) {
		const folder = join(root, name);
		const headerPath = join(folder, 'questionnaire.yaml');
		if (!statSync(folder).isDirectory() || !existsSync(headerPath)) continue;
		files.push(headerPath);
		const rawHeader = readYaml(headerPath, display(headerPath), issues);
		if (rawHeader === undefined) continue;
		const header = parseQuestionnaireHeader(rawHeader);
		issues.push(...header.issues.map((issue) => ({ ...issue, file: display(headerPath) })));
		const transformations: Transformation[] = [];
		const fileOf = new Map<string, string>();
		const transformationDir = join(folder, 'transformations');
		const transformationFiles = existsSync(transformationDir)
			? readdirSync(transformationDir)
					.filter((file) => file.endsWith('.yaml'))
					.sort()
			: [];
		for (const file of transformationFiles) {
			const path = join(transformationDir, file);
			files.push(path);
			const raw = readYaml(path, display(path), issues);
			if (raw === undefined) continue;
			const parsed = parseTransformation(raw, header.value, basename(file, '.yaml'));
			issues.push(...parsed.issues.map((issue) => ({ ...issue, file: display(path) })));
			if (parsed.value) {
				transformations.push(parsed.value);
				fileOf.set(parsed.value.id, display(path));
			}
		}
		if (!header.value) continue;
		filesOf.set(`${header.value.id}@${header.value.version}`, fileOf);
		const missing = header.value.transformations.filter((id) => !fileOf.has(id));
		const isDraft = header.value.draft === true;
		// A draft is checked across the files written so far; its missing files are not an error,
		// so that content can land one transformation at a time without breaking the build.
		const crossIssues = versionIssues(
			transformations,
			transformationFiles.length === transformations.length && missing.length === 0
		);
		issues.push(
			...crossIssues.map(({ transformationId, ...issue }) => ({
				...issue,
				file: fileOf.get(transformationId) ?? display(headerPath)
			}))
		);
		const failedFiles = transformationFiles.length - transformations.length;
		if (failedFiles > 0 || crossIssues.length > 0) continue;
		if (isDraft) {
			const byId = new Map(transformations.map((t) => [t.id, t]));
			const present = header.value.transformations.flatMap((id) => byId.get(id) ?? []);
			drafts.push({ questionnaire: { ...header.value, transformations: present }, missing });
			notices.push({
				file: display(headerPath),
				message: missing.length
					? `draft, not built into the app; ${missing.length} transformation file(s) still to write: ${missing.join(', ')}`
					: 'draft, not built into the app; all transformation files are there: remove `draft: true` to publish it'
			});
			continue;
		}
		const assembled = assembleQuestionnaire(header.value, transformations);
		issues.push(...assembled.issues.map((issue) => ({ ...issue, file: display(headerPath) })));
		if (!assembled.value) continue;
		const estimate = estimateIssues(assembled.value);
		issues.push(...estimate.map((issue) => ({ ...issue, file: display(headerPath) })));
		// Typeset once checked: the checks read the texts as written in the files.
		if (!estimate.length) questionnaires.push(typesetContent(assembled.value));
	}

	// Every version's `previous` must name a question of the version before it (drafts too).
	const all = [...questionnaires, ...drafts.map((d) => d.questionnaire)];
	for (const current of all) {
		const before = all.find((q) => q.id === current.id && q.version === current.version - 1);
		if (!before) continue;
		const fileOf = filesOf.get(`${current.id}@${current.version}`);
		const wrong = upgradeIssues(current, before);
		for (const { transformationId, ...issue } of wrong)
			issues.push({ ...issue, file: fileOf?.get(transformationId) ?? transformationId });
		// A wrong mapping would lose answers on upgrade: that version is not shipped.
		if (wrong.length) {
			const index = questionnaires.indexOf(current);
			if (index >= 0) questionnaires.splice(index, 1);
			const draft = drafts.findIndex((d) => d.questionnaire === current);
			if (draft >= 0) drafts.splice(draft, 1);
		}
	}

	const seenVersions = new Set<string>();
	for (const questionnaire of all) {
		const key = `${questionnaire.id}@${questionnaire.version}`;
		if (seenVersions.has(key))
			issues.push({
				file: display(root),
				path: '',
				message: `two questionnaires are ${key}`,
				severity: 'error'
			});
		seenVersions.add(key);
	}

	const instrumentDir = join(root, 'instruments');
	const instrumentFiles: { file: string; value: InstrumentFile }[] = [];
	const yamlFiles = existsSync(instrumentDir)
		? readdirSync(instrumentDir)
				.filter((file) => file.endsWith('.yaml'))
				.sort()
		: [];
	for (const file of yamlFiles) {
		const path = join(instrumentDir, file);
		files.push(path);
		const raw = readYaml(path, display(path), issues);
		if (raw === undefined) continue;
		const parsed = parseInstrumentFile(raw, basename(file, '.yaml'));
		issues.push(...parsed.issues.map((issue) => ({ ...issue, file: display(path) })));
		if (parsed.value) instrumentFiles.push({ file: display(path), value: parsed.value });
	}
	const catalogue = assembleCatalogue(instrumentFiles);
	issues.push(...catalogue.issues.map(({ file, issue }) => ({ ...issue, file })));

	return {
		questionnaires,
		drafts,
		notices,
		instruments: typesetContent(catalogue.instruments),
		issues,
		files
	};
}
