// npm run --silent content:stats: one JSON object on stdout with the size and health of the content,
// for the people who maintain it. Counts are per questionnaire; a descriptor or action complete in
// all languages counts once; missingTranslations counts strings that lack a language.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/server/content';
import { instrumentStats } from '../src/lib/server/instrument-stats';
import { missingTranslations } from '../src/lib/domain/content/validate';
import type { Questionnaire } from '../src/lib/domain/content/schema';

const content = loadContent(resolve('questionnaires'));

function questionnaireStats(questionnaire: Questionnaire) {
	const questions = questionnaire.transformations.flatMap((t) => t.questions);
	const complete = (text: Record<string, string | undefined>) =>
		questionnaire.languages.every((language) => !!text[language]);
	return {
		id: questionnaire.id,
		version: questionnaire.version,
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
	questionnaires: content.questionnaires.map(questionnaireStats),
	instruments: instrumentStats(content.instruments, new Date())
};
process.stdout.write(JSON.stringify(stats) + '\n');
