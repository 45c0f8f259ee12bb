import type { Messages } from '../../catalog';
import type en from './en-more';
import { plural } from '../../plural';

const fr: Messages<typeof en> = {
	exportAssessment: 'Exporter cette évaluation',
	portfolioHeading: 'Entreprises et évaluations',
	whoIsAnswering: 'Qui répond ?',
	respondentLabel: (n) => `Répondant ${n}`,
	respondentRole: 'Fonction',
	rolePlaceholder: 'p. ex. responsable de production',
	addRespondent: 'Ajouter un répondant',
	respondentsHeading: 'Répondants',
	respondentsHelp:
		"Plusieurs personnes peuvent répondre aux mêmes questions. Les résultats montrent où leurs avis divergent, pour que vous puissiez en discuter et convenir d'une réponse.",
	spreadHeading: 'Où les répondants divergent',
	spreadIntro:
		"Un écart de 2 niveaux ou plus mérite une discussion. Indiquez la réponse sur laquelle le groupe s'accorde : elle remplace la moyenne.",
	spreadTableCaption: 'Écart des réponses par transformation',
	spread: 'Écart',
	disagreements: 'Divergences',
	noDisagreements:
		"Les répondants ne s'écartent pas de plus d'un niveau, quelle que soit la question.",
	question: 'Question',
	answers: 'Réponses',
	consensus: 'Consensus',
	setConsensusFor: (question) => `Réponse commune pour : ${question}`,
	noConsensus: 'Pas encore de consensus',
	levels: (spread) => plural('fr', spread, { one: `${spread} niveau`, other: `${spread} niveaux` }),
	suggested:
		"Proposée d'après l'évaluation précédente : confirmez-la ou choisissez une autre réponse.",
	confirm: 'Confirmer',
	confirmAll: (n) => `Confirmer les ${n} réponses proposées de cette page`,
	suggestedCount: (n) =>
		plural('fr', n, {
			one: `${n} réponse est une proposition issue de l'évaluation précédente et ne compte qu'une fois confirmée.`,
			other: `${n} réponses sont des propositions issues de l'évaluation précédente et ne comptent qu'une fois confirmées.`
		}),
	startFromPrevious: 'Repartir des réponses précédentes',
	previousScore: 'Avant (T0)',
	progress: 'Évolution',
	progressSince: (date) => `Par rapport à l'évaluation du ${date}.`,
	note: 'Note',
	noteHelp: 'Ce que vous avez vu ou entendu, pour étayer cette réponse.',
	noteCount: (n) => plural('fr', n, { one: `${n} note`, other: `${n} notes` }),
	photoCount: (n) => plural('fr', n, { one: `${n} photo`, other: `${n} photos` }),
	addPhoto: 'Ajouter une photo',
	photoAlt: (n) => `Photo ${n} pour cette question`,
	removePhoto: (n) => `Retirer la photo ${n}`,
	photoFailed: "Cette image n'a pas pu être lue. Essayez-en une autre.",
	downloadCsv: 'Télécharger les scores (CSV)',
	downloadAnswersCsv: 'Télécharger toutes les réponses (CSV)',
	downloadAnswersCsvHelp:
		'Une ligne par personne et par question, avec le niveau, la version du questionnaire et les scores : pour un tableau croisé dynamique ou pour comparer des entreprises.',
	csvCompany: 'Entreprise',
	csvStarted: 'Commencée le',
	csvQuestionnaire: 'Questionnaire',
	csvVersion: 'Version',
	csvRespondent: 'Répondant',
	csvRole: 'Fonction',
	csvTransformation: 'Transformation',
	csvQuestionId: 'Id de la question',
	csvQuestion: 'Question',
	csvLevel: 'Niveau',
	csvAnswer: 'Réponse',
	csvNote: 'Note',
	csvTransformationScore: 'Score de la transformation',
	csvOverall: 'Score global',
	csvUnnamed: (n) => `Répondant ${n}`,
	csvConsensus: 'Consensus',
	csvDontKnow: 'Je ne sais pas',
	csvNotApplicable: 'Non applicable',
	csvSuggested: 'Suggérée, non confirmée',
	csvYes: 'oui',
	csvNo: 'non'
};

export default fr;
