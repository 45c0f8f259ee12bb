import { plural } from '../../plural';
// The advisor messages the start page does not show, loaded with the other pages (lang/en-more.ts).

const en = {
	exportAssessment: 'Export this assessment',
	// Portfolio
	portfolioHeading: 'Companies and assessments',
	// Respondents
	whoIsAnswering: 'Who is answering?',
	respondentLabel: (n: number) => `Respondent ${n}`,
	respondentRole: 'Role',
	rolePlaceholder: 'e.g. production manager',
	addRespondent: 'Add respondent',
	respondentsHeading: 'Respondents',
	respondentsHelp:
		'Several people can answer the same questions. The results show where they differ, so you can discuss it and agree on an answer.',
	spreadHeading: 'Where respondents differ',
	spreadIntro:
		'A spread of 2 levels or more is worth a discussion. Set the answer the group agrees on: it replaces the average.',
	spreadTableCaption: 'Spread of the answers per transformation',
	spread: 'Spread',
	disagreements: 'Disagreements',
	noDisagreements: 'The respondents agree within one level on every question.',
	question: 'Question',
	answers: 'Answers',
	consensus: 'Consensus',
	setConsensusFor: (question: string) => `Consensus answer for: ${question}`,
	noConsensus: 'No consensus yet',
	levels: (spread: number) =>
		plural('en', spread, { one: `${spread} level`, other: `${spread} levels` }),
	// History
	suggested: 'Suggested from the previous assessment: confirm it or choose another answer.',
	confirm: 'Confirm',
	confirmAll: (n: number) => `Confirm all ${n} suggested answers on this page`,
	suggestedCount: (n: number) =>
		plural('en', n, {
			one: `${n} answer is a suggestion from the previous assessment and does not count until confirmed.`,
			other: `${n} answers are suggestions from the previous assessment and do not count until confirmed.`
		}),
	startFromPrevious: 'Start from the previous answers',
	previousScore: 'Before (T0)',
	progress: 'Change',
	progressSince: (date: string) => `Compared with the assessment of ${date}.`,
	// Notes
	note: 'Note',
	noteHelp: 'What you saw or heard, as evidence for this answer.',
	noteCount: (n: number) => plural('en', n, { one: `${n} note`, other: `${n} notes` }),
	photoCount: (n: number) => plural('en', n, { one: `${n} photo`, other: `${n} photos` }),
	addPhoto: 'Add a photo',
	photoAlt: (n: number) => `Photo ${n} for this question`,
	removePhoto: (n: number) => `Remove photo ${n}`,
	photoFailed: 'This picture could not be read. Try another one.',
	// CSV
	downloadCsv: 'Download scores (CSV)',
	downloadAnswersCsv: 'Download every answer (CSV)',
	downloadAnswersCsvHelp:
		'One row per person and question, with the level, the questionnaire version and the scores: for a pivot table or for comparing companies.',
	csvCompany: 'Company',
	csvStarted: 'Started',
	csvQuestionnaire: 'Questionnaire',
	csvVersion: 'Version',
	csvRespondent: 'Respondent',
	csvRole: 'Role',
	csvTransformation: 'Transformation',
	csvQuestionId: 'Question id',
	csvQuestion: 'Question',
	csvLevel: 'Level',
	csvAnswer: 'Answer',
	csvNote: 'Note',
	csvTransformationScore: 'Transformation score',
	csvOverall: 'Overall score',
	csvUnnamed: (n: number) => `Respondent ${n}`,
	csvConsensus: 'Consensus',
	csvDontKnow: "Don't know",
	csvNotApplicable: 'Not applicable',
	csvSuggested: 'Suggested, not confirmed',
	csvYes: 'yes',
	csvNo: 'no'
};

export default en;
