import type { Messages } from '../../catalog';
import type en from './en-more';

const fr: Messages<typeof en> = {
	steps: 'Étapes',
	stepOf: (step, total) => `Étape ${step} sur ${total}`,
	profileStep: "Profil de l'entreprise",
	profileIntro:
		'Ces données déterminent les aides auxquelles vous avez droit. Elles restent sur cet appareil.',
	postcodeHelp: 'Le code postal belge du site évalué.',
	postcodeInvalid: 'Indiquez un code postal belge à quatre chiffres, p. ex. 4000.',
	region: 'Région',
	regionFromPostcode: (region) => `D'après le code postal : ${region}`,
	regionChoose: 'Choisissez une région',
	regionNames: 'Flandre|Wallonie|Région de Bruxelles-Capitale',
	employees: 'Travailleurs',
	employeesHelp: 'Équivalents temps plein, moyenne annuelle.',
	turnover: "Chiffre d'affaires annuel (EUR)",
	balanceSheet: 'Total du bilan (EUR)',
	sizeClass: 'Catégorie de taille (UE)',
	sizeClassNames: 'Micro-entreprise|Petite entreprise|Moyenne entreprise|Grande entreprise',
	sizeClassUnknown: 'Indiquez le nombre de travailleurs pour voir la catégorie.',
	sizeClassHelp:
		"Selon la définition européenne des PME : l'effectif, avec le chiffre d'affaires ou le total du bilan.",
	sector: 'Secteur',
	sectorChoose: 'Choisissez un secteur',
	sectorManufacturing: 'Industrie manufacturière (NACE C)',
	sectorOther: 'Autres secteurs',
	yearFounded: 'Année de création',
	yearInvalid: (max) => `Indiquez une année entre 1800 et ${max}.`,
	numberRefused: (reason, example) =>
		({
			abbreviation: `Non enregistré : écrivez le montant complet en chiffres, p. ex. ${example}.`,
			decimal: `Non enregistré : indiquez un nombre entier, sans virgule, p. ex. ${example}.`,
			grouping: `Non enregistré : mettez des points ou des espaces uniquement entre les groupes de trois chiffres, p. ex. ${example}.`,
			'not-a-number': `Non enregistré : indiquez un nombre en chiffres, p. ex. ${example}.`
		})[reason],
	postcodeUnknown: (postcode) =>
		`Non enregistré : le code postal ${postcode} n’existe pas chez bpost. Vérifiez les quatre chiffres, p. ex. 4000 pour Liège.`,
	previous: 'Précédent',
	next: 'Suivant',
	showResults: 'Voir les résultats',
	selfEstimateLegend: 'Avant les questions : où pensez-vous vous situer ?',
	selfEstimateHelp:
		"Votre intuition, sur la même échelle de 1 à 5. Elle s'affiche à côté du score calculé.",
	selfEstimateNone: "Pas d'estimation",
	level: (n) => `Niveau ${n}`,
	dontKnow: 'Je ne sais pas',
	notApplicable: 'Non applicable',
	clearAnswer: 'Effacer la réponse',
	help: 'Aide',
	questionOf: (n, total) => `Question ${n} sur ${total}`,
	transformationProgress: (answered, total) =>
		`${answered} sur ${total} répondues dans cette étape`,
	whatIsThis: 'À propos de cette transformation',
	futureLevel: 'Niveau Factory of the Future',
	progressLabel: "Avancement de l'évaluation"
};

export default fr;
