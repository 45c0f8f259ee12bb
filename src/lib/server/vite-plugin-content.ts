// Turns questionnaires/*.yaml into JavaScript modules at build time, so the browser never parses
// YAML (33 KB of parser saved) and a content error fails the build with `file: path: message`.
// Each questionnaire and the catalogue are separate chunks, loaded only when a page needs them.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue, loadContent, type LoadedContent } from './content.ts';

const INDEX = 'virtual:content';
const QUESTIONNAIRE = 'virtual:content/questionnaire/';
const INSTRUMENTS = 'virtual:content/instruments';

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

	return {
		name: 'made-different-content',
		configResolved(config) {
			isBuild = config.command === 'build';
		},
		resolveId(id) {
			if (id === INDEX || id.startsWith(QUESTIONNAIRE) || id === INSTRUMENTS) return `\0${id}`;
		},
		load(id) {
			if (!id.startsWith('\0virtual:content')) return;
			const loaded = load();
			for (const file of loaded.files) this.addWatchFile(file);
			const key = id.slice(1);
			if (key === INDEX) {
				const index = loaded.questionnaires.map((q) => ({
					id: q.id,
					version: q.version,
					title: q.title,
					languages: q.languages,
					estimatedMinutes: q.estimatedMinutes ?? null,
					questionCount: q.transformations.reduce((sum, t) => sum + t.questions.length, 0)
				}));
				const loaders = loaded.questionnaires
					.map(
						(q) =>
							`${JSON.stringify(`${q.id}@${q.version}`)}: () => import(${JSON.stringify(`${QUESTIONNAIRE}${q.id}@${q.version}`)})`
					)
					.join(',\n');
				return [
					`export const questionnaireIndex = ${JSON.stringify(index)};`,
					`const loaders = {${loaders}};`,
					`export async function loadQuestionnaire(id, version) {`,
					`  const loader = loaders[id + '@' + version];`,
					`  return loader ? (await loader()).default : undefined;`,
					`}`,
					`export async function loadInstruments() { return (await import(${JSON.stringify(INSTRUMENTS)})).default; }`
				].join('\n');
			}
			if (key === INSTRUMENTS)
				return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.instruments))});`;
			const wanted = key.slice(QUESTIONNAIRE.length);
			const questionnaire = loaded.questionnaires.find((q) => `${q.id}@${q.version}` === wanted);
			if (!questionnaire) throw new Error(`no questionnaire ${wanted}`);
			// JSON.parse of a string literal is faster to start than an object literal this size.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(questionnaire))});`;
		},
		handleHotUpdate(ctx) {
			if (ctx.file.startsWith(root)) {
				content = undefined;
				for (const id of [INDEX, INSTRUMENTS]) {
					const mod = ctx.server.moduleGraph.getModuleById(`\0${id}`);
					if (mod) ctx.server.moduleGraph.invalidateModule(mod);
				}
				ctx.server.ws.send({ type: 'full-reload' });
				return [];
			}
		}
	};
}
