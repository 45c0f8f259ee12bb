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
} from '../domain/content/schema';
import {
	assembleCatalogue,
	assembleQuestionnaire,
	parseInstrumentFile,
	parseQuestionnaireHeader,
	parseTransformation,
	type ContentIssue
} from '../domain/content/validate';

export type FileIssue = ContentIssue & { file: string };

export type LoadedContent = {
	questionnaires: Questionnaire[];
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
			if (parsed.value) transformations.push(parsed.value);
		}
		if (!header.value) continue;
		const failedFiles = transformationFiles.length - transformations.length;
		if (failedFiles > 0) continue;
		const assembled = assembleQuestionnaire(header.value, transformations);
		issues.push(...assembled.issues.map((issue) => ({ ...issue, file: display(headerPath) })));
		if (assembled.value) questionnaires.push(assembled.value);
	}

	const seenVersions = new Set<string>();
	for (const questionnaire of questionnaires) {
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

	return { questionnaires, instruments: catalogue.instruments, issues, files };
}
