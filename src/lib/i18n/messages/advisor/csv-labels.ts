// The answers CSV's labels (domain AnswerCsvLabels) from the advisor messages of one language.
import type { AnswerCsvLabels } from '$lib/domain';
import type { Messages } from '../../catalog';
import type en from './en-more';

export function answerCsvLabels(t: Messages<typeof en>): AnswerCsvLabels {
	return {
		company: t.csvCompany,
		started: t.csvStarted,
		questionnaire: t.csvQuestionnaire,
		version: t.csvVersion,
		respondent: t.csvRespondent,
		role: t.csvRole,
		transformation: t.csvTransformation,
		questionId: t.csvQuestionId,
		question: t.csvQuestion,
		level: t.csvLevel,
		answer: t.csvAnswer,
		note: t.csvNote,
		transformationScore: t.csvTransformationScore,
		overall: t.csvOverall,
		unnamed: t.csvUnnamed,
		consensus: t.csvConsensus,
		dontKnow: t.csvDontKnow,
		notApplicable: t.csvNotApplicable,
		suggested: t.csvSuggested,
		yes: t.csvYes,
		no: t.csvNo
	};
}
