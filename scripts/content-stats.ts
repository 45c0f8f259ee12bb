// npm run --silent content:stats: one JSON object on stdout with the size and health of the content,
// for the people who maintain it. Counts are per questionnaire; a descriptor or action complete in
// all languages counts once; missingTranslations counts strings that lack a language.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/server/content';
import { instrumentStats } from '../src/lib/server/instrument-stats';
import { missingTranslations } from '../src/lib/domain/content/validate';
import { measuredMinutes } from '../src/lib/domain/content/time-estimate';
import type { Questionnaire } from '../src/lib/domain/content/schema';

const content = loadContent(resolve('questionnaires'));

function questionnaireStats(questionnaire: Questionnaire, missing?: string[]) {
	const questions = questionnaire.transformations.flatMap((t) => t.questions);
	const complete = (text: Record<string, string | undefined>) =>
		questionnaire.languages.every((language) => !!text[language]);
	return {
		id: questionnaire.id,
		version: questionnaire.version,
		// Drafts are validated but not built into the app; `missingFiles` lists what is left to write.
		status: missing ? 'draft' : 'published',
		...(missing ? { missingFiles: missing } : {}),
		estimatedMinutes: questionnaire.estimatedMinutes ?? null,
		measuredMinutes: measuredMinutes(questionnaire),
		questions: questions.length,
		practices: questions.reduce((n, q) => n + (q.practices?.length ?? 0), 0),
		notApplicableAllowed: questions.filter((q) => q.notApplicable).length,
		withSources: questions.filter((q) => q.sources?.length).length,
		carriedOverFromPrevious: questions.filter((q) => q.previous).length,
		languages: [...questionnaire.languages].sort(),
		transformations: questionnaire.transformations.map((t) => ({
			id: t.id,
			questions: t.questions.length
		})),
		levelDescriptors: questions.reduce((n, q) => n + q.levels.filter(complete).length, 0),
		nextActions: questions.reduce(
			(n, q) => n + (q.nextActions ?? []).filter((a) => complete(a.action)).length,
			0
		),
		missingTranslations: missingTranslations(questionnaire, questionnaire.languages).length
	};
}

const stats = {
	questionnaires: [
		...content.questionnaires.map((q) => questionnaireStats(q)),
		...content.drafts.map((d) => questionnaireStats(d.questionnaire, d.missing))
	].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version),
	instruments: instrumentStats(content.instruments, new Date())
};
process.stdout.write(JSON.stringify(stats) + '\n');
