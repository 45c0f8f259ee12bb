import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const fr: Messages<typeof en> = {
	heading: 'Résultats',
	headingFor: (company) => `Résultats pour ${company}`,
	overall: 'Score global',
	completeness: 'Complétude',
	completenessHelp:
		'Part des questions pertinentes auxquelles un niveau a été attribué. «\u00a0Je ne sais pas\u00a0» et les questions ouvertes la réduisent ; «\u00a0non applicable\u00a0» ne compte pas.',
	chartLabel:
		'Graphique radar du score par transformation, comparé à l’objectif et à votre estimation. Les mêmes chiffres figurent dans le tableau.',
	tableCaption: 'Score par transformation sur une échelle de 1 à 5',
	transformation: 'Transformation',
	score: 'Score',
	target: 'Objectif',
	gap: 'Écart',
	selfEstimate: 'Votre estimation',
	answered: 'Répondu',
	notAssessed: 'non évaluée',
	targetFor: (name) => `Objectif pour ${name}`,
	largestGaps: 'Écarts les plus importants',
	largestGapsIntro:
		'Ces transformations sont les plus éloignées de leur objectif. Commencez par là.',
	gapLine: (name, score, target) => `${name} : ${score} aujourd’hui, objectif ${target}`,
	noGaps: 'Chaque transformation évaluée a atteint son objectif.',
	fofHeading: 'Distance à la Factory of the Future',
	fofAtLevel: (n, of) => `${n} transformations sur ${of} sont au niveau 4 ou plus.`,
	fofPoints: (points) =>
		`Au total, il reste ${points} points de niveau pour atteindre le niveau 4 partout.`,
	fofNotAssessed: (n) =>
		plural('fr', n, {
			one: `${n} transformation pas encore évaluée : la distance n’est donc pas complète.`,
			other: `${n} transformations pas encore évaluées : la distance n’est donc pas complète.`
		}),
	fofNote:
		'Le prix Factory of the Future demande le niveau 4 ou plus sur les sept transformations, confirmé par un audit complet sur site. Ce scan n’attribue rien : il montre où vous en êtes.',
	perception: (name, estimate, score) =>
		`${name} : vous estimiez ${estimate}, les réponses donnent ${score}.`,
	perceptionHeading: 'Estimation et réponses divergent',
	backToQuestions: 'Retour aux questions',
	incomplete: (n) =>
		plural('fr', n, {
			one: `${n} question encore ouverte. Les scores utilisent les réponses données jusqu’ici.`,
			other: `${n} questions encore ouvertes. Les scores utilisent les réponses données jusqu’ici.`
		}),
	seriesScore: 'Score',
	seriesTarget: 'Objectif',
	seriesSelf: 'Votre estimation',
	nextSteps: 'Prochaines étapes',
	planLink: 'Plan d’action et rapport PDF',
	planHelp:
		'Transformez les écarts les plus importants en priorités et en actions, avec responsables et échéances, et téléchargez le rapport pour votre conseil d’administration.'
};

export default fr;
