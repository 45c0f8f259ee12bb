import type { Messages } from '../../catalog';
import type en from './en';

const questions = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

const fr: Messages<typeof en> = {
	answeredWith: (version) => `Complétée avec la version ${version} du questionnaire`,
	upgradeHelp: (version, count) =>
		`La version ${version} pose ${questions(count)}, avec une seule idée par niveau et les règles en vigueur en décembre 2026. Passer à cette version conserve votre travail : chaque réponse dont la question a gardé son sens est reprise, les nouvelles questions restent ouvertes, et les réponses données avec l’ancienne version restent enregistrées avec l’évaluation.`,
	upgradeAction: (version) => `Passer à la version ${version}`,
	upgrading: 'Passage en cours…',
	upgradeFailed:
		'Le passage n’a pas pu être enregistré. Vos réponses n’ont pas changé ; réessayez.',
	upgraded: (from, to) => `Passée de la version ${from} à la version ${to}`,
	upgradedCarried: (n) =>
		n === 1
			? '1 question a gardé votre réponse précédente.'
			: `${n} questions ont gardé votre réponse précédente.`,
	upgradedNew: (n, open) =>
		`${n === 1 ? '1 question est nouvelle' : `${n} questions sont nouvelles`} ; ${open === 0 ? 'toutes ont une réponse' : open === 1 ? '1 reste ouverte' : `${open} restent ouvertes`}. Elles sont marquées «\u00a0Nouveau\u00a0» dans les étapes.`,
	newQuestion: 'Nouveau',
	newQuestionHint: (version) =>
		`Nouvelle dans la version ${version} : aucune réponse précédente n’a été reprise.`,
	notApplicableReason: 'Choisissez «\u00a0non applicable\u00a0» seulement si :',
	notApplicableNotOffered:
		'Cette question ne propose pas «\u00a0non applicable\u00a0» : la réponse compte comme ouverte. Choisissez un niveau ou «\u00a0Je ne sais pas\u00a0».',
	indicative: 'indicatif',
	indicativeNote: (share) =>
		`Indicatif : moins de ${share} des questions pertinentes ont un niveau. Le score est affiché, mais ne compte ni dans le score global, ni dans les plus grands écarts, ni dans la distance à la Factory of the Future.`,
	notAssessedNote: 'Non évaluée : aucune question n’a encore de niveau.',
	weakestArea: 'Domaine le plus faible',
	weakestLine: (area, score) => `${area} (${score})`,
	notApplicableCount: (n) =>
		n === 1
			? '1 question marquée «\u00a0non applicable\u00a0»'
			: `${n} questions marquées «\u00a0non applicable\u00a0»`,
	notApplicableShort: (n) => `${n} n.a.`,
	overallBasis: (n, of) =>
		n === of
			? `Moyenne des ${of} transformations.`
			: `Moyenne des ${n} transformations sur ${of} qui ont assez de réponses.`,
	fofIndicative: (n) =>
		n === 1
			? '1 transformation est indicative et ne compte pas.'
			: `${n} transformations sont indicatives et ne comptent pas.`,
	heldBackIntro: 'À 4 ou plus en moyenne, mais freinées par leur domaine le plus faible :',
	heldBack: (name, mean, area, areaScore) =>
		`${name} : moyenne ${mean}, mais ${area} est à ${areaScore}.`,
	awardRule:
		'Une transformation n’est au niveau 4 que si son score n’est pas indicatif et que chaque domaine répondu, le plus faible compris, est à 4,0 ou plus. Le prix demande un score élevé sur chaque critère, pas une moyenne élevée : les lauréats obtiennent au moins 8 sur 10 sur tous les critères (Sirris, «\u00a011 Belgian factories awarded the prestigious Factory of the Future\u00a0», février 2025).',
	csvStatus: 'Statut',
	csvScored: 'évaluée',
	csvWeakestScore: 'Score du domaine le plus faible',
	csvNotApplicable: 'Non applicable',
	csvOpen: 'Questions ouvertes',
	radarIndicative: (name) => `${name} (indicatif)`,
	radarNotAssessed: (name) => `${name} (non évaluée)`
};

export default fr;
