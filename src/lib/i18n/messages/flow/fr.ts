import type { Messages } from '../../catalog';
import type en from './en';

const fr: Messages<typeof en> = {
	newAssessment: 'Nouvelle évaluation',
	scope: (questions) =>
		`${questions} questions sur les sept transformations Made Different ; le niveau 4 est celui d’une Factory of the Future.`,
	journeyHeading: 'La place de ce scan dans le parcours Made Different',
	journeySteps:
		'Ce scan en ligne : où en êtes-vous ?|Une visite conseil sur site par un expert d’Agoria ou de Sirris|Un audit complet sur site (10 à 15 jours) et l’engagement de la direction|Un plan d’action sur mesure et 1 à 2 ans d’accompagnement|Le prix Factory of the Future : niveau 4 ou plus sur les sept transformations',
	newAssessmentHelp: (minutes) =>
		`${minutes ? `Environ ${minutes} minutes pour une personne. ` : ''}Vous pouvez vous arrêter à tout moment : chaque réponse et tout ce que vous tapez sont enregistrés aussitôt.`,
	yourAssessments: 'Évaluations sur cet appareil',
	noAssessments: 'Aucune évaluation sur cet appareil pour l’instant.',
	continue: 'Continuer',
	viewResults: 'Résultats',
	untitledCompany: 'Entreprise sans nom',
	answeredOf: (answered, total) => `${answered} questions sur ${total} répondues`,
	updated: (date) => `Mis à jour le ${date}`,
	companyName: 'Nom de l’entreprise',
	postcode: 'Code postal'
};

export default fr;
