// Turns questionnaires/*.yaml into JavaScript modules at build time, so the browser never parses
// YAML (33 KB of parser saved) and a content error fails the build with `file: path: message`.
//
// Content is cut into chunks per language and per use, because a respondent reads one language and
// the first question should not wait for the other three (the whole questionnaire in four
// languages was 111 KB gzip, its English steps 15 KB):
//   virtual:content                                    the index and the loaders below (tiny)
//   virtual:content/questionnaire/<id>@<version>/<lang>  what the steps show, in one language
//   virtual:content/next-actions/<id>@<version>/<lang>   the next actions (results, plan, report)
//   virtual:content/instruments/<lang>                   the support catalogue in one language
// Every language is built for every questionnaire: a text missing in a language carries the one
// `localize` falls back to. src/lib/state/questionnaires.ts puts the parts and languages together.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../domain/content/schema.ts';
import { inLanguage, splitNextActions } from '../domain/content/languages.ts';
import { formatIssue, loadContent, type LoadedContent } from './content.ts';

const PREFIX = 'virtual:content';
const INDEX = PREFIX;
const QUESTIONNAIRE = `${PREFIX}/questionnaire/`;
const NEXT_ACTIONS = `${PREFIX}/next-actions/`;
const INSTRUMENTS = `${PREFIX}/instruments/`;

/** JSON.parse of a string literal is faster to start than an object literal this size. */
function jsonModule(value: unknown): string {
	return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

/** `{"key": () => import("id"), …}` for the index. */
function loaderTable(entries: [key: string, id: string][]): string {
	return `{${entries.map(([key, id]) => `${JSON.stringify(key)}: () => import(${JSON.stringify(id)})`).join(',\n')}}`;
}

function indexModule(loaded: LoadedContent): string {
	const index = loaded.questionnaires.map((q) => ({
		id: q.id,
		version: q.version,
		title: q.title,
		languages: q.languages,
		estimatedMinutes: q.estimatedMinutes ?? null,
		questionCount: q.transformations.reduce((sum, t) => sum + t.questions.length, 0)
	}));
	const keys = loaded.questionnaires.flatMap((q) =>
		LANGUAGES.map((language) => `${q.id}@${q.version}/${language}`)
	);
	return [
		`export const questionnaireIndex = ${JSON.stringify(index)};`,
		`const steps = ${loaderTable(keys.map((key) => [key, QUESTIONNAIRE + key]))};`,
		`const nextActions = ${loaderTable(keys.map((key) => [key, NEXT_ACTIONS + key]))};`,
		`const instruments = ${loaderTable(LANGUAGES.map((language) => [language, INSTRUMENTS + language]))};`,
		`async function from(table, key) { const loader = table[key]; return loader ? (await loader()).default : undefined; }`,
		`export function loadQuestionnaireSteps(id, version, language) { return from(steps, id + '@' + version + '/' + language); }`,
		`export function loadNextActions(id, version, language) { return from(nextActions, id + '@' + version + '/' + language); }`,
		`export async function loadInstruments(language) { return (await from(instruments, language)) ?? []; }`
	].join('\n');
}

export function contentPlugin(options: { root?: string } = {}): Plugin {
	const root = resolve(options.root ?? 'questionnaires');
	let content: LoadedContent | undefined;
	let isBuild = false;

	const load = (): LoadedContent => {
		if (content) return content;
		const loaded = loadContent(root);
		const errors = loaded.issues.filter((issue) => issue.severity === 'error');
		if (errors.length && isBuild) {
			throw new Error(
				`questionnaires/ has ${errors.length} error(s):\n${errors.map(formatIssue).join('\n')}`
			);
		}
		for (const issue of errors) console.warn(`[content] ${formatIssue(issue)}`);
		content = loaded;
		return loaded;
	};

	/** The questionnaire and language named by `<id>@<version>/<lang>`. */
	const questionnaireAt = (key: string) => {
		const slash = key.lastIndexOf('/');
		const wanted = key.slice(0, slash);
		const language = LANGUAGES.find((l) => l === key.slice(slash + 1));
		const questionnaire = load().questionnaires.find((q) => `${q.id}@${q.version}` === wanted);
		if (!questionnaire || !language) throw new Error(`no questionnaire ${key}`);
		return { questionnaire, language };
	};

	return {
		name: 'made-different-content',
		configResolved(config) {
			isBuild = config.command === 'build';
		},
		resolveId(id) {
			if (id === INDEX || id.startsWith(`${PREFIX}/`)) return `\0${id}`;
		},
		load(id) {
			if (!id.startsWith(`\0${PREFIX}`)) return;
			const loaded = load();
			for (const file of loaded.files) this.addWatchFile(file);
			const key = id.slice(1);
			if (key === INDEX) return indexModule(loaded);
			if (key.startsWith(INSTRUMENTS)) {
				const language = LANGUAGES.find((l) => l === key.slice(INSTRUMENTS.length));
				if (!language) throw new Error(`no language ${key}`);
				return jsonModule(inLanguage(loaded.instruments, language));
			}
			if (key.startsWith(QUESTIONNAIRE)) {
				const { questionnaire, language } = questionnaireAt(key.slice(QUESTIONNAIRE.length));
				return jsonModule(inLanguage(splitNextActions(questionnaire).steps, language));
			}
			if (key.startsWith(NEXT_ACTIONS)) {
				const { questionnaire, language } = questionnaireAt(key.slice(NEXT_ACTIONS.length));
				return jsonModule(inLanguage(splitNextActions(questionnaire).actions, language));
			}
			throw new Error(`unknown content module ${key}`);
		},
		handleHotUpdate(ctx) {
			if (ctx.file.startsWith(root)) {
				content = undefined;
				for (const mod of ctx.server.moduleGraph.idToModuleMap.values())
					if (mod.id?.startsWith(`\0${PREFIX}`)) ctx.server.moduleGraph.invalidateModule(mod);
				ctx.server.ws.send({ type: 'full-reload' });
				return [];
			}
		}
	};
}
