import type { Messages } from '../../catalog';
import type en from './en';

const fr: Messages<typeof en> = {
	documentTitle: (company) => `Plan d’action – ${company}`,
	brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
	reportTitle: 'Autoévaluation et plan d’action',
	unnamedCompany: 'Nom de l’entreprise non renseigné',
	coverDate: 'Date de ce rapport',
	coverCompleted: 'Évaluation terminée le',
	coverNotCompleted: 'pas encore terminée',
	coverFilledInBy: 'Complété par',
	coverNobody: 'non renseigné',
	coverQuestionnaire: 'Questionnaire',
	coverVersion: (title, version) => `${title}, version ${version}`,
	coverProfile: 'Entreprise',
	coverPostcode: (postcode, region) => `Code postal ${postcode} (${region})`,
	coverEmployees: (n) => `${n} travailleurs`,
	coverSector: (code) => `NACE ${code}`,
	coverNote:
		'Confidentiel. Ce rapport a été établi sur l’appareil de l’entreprise, à partir des réponses des personnes citées ci-dessus. C’est une autoévaluation, pas un audit.',

	summaryHeading: 'Synthèse',
	summaryOverall: (company, score, assessed, of) =>
		`${company} obtient un score moyen de ${score} sur 5 (${assessed} transformations évaluées sur ${of}).`,
	summaryNothing:
		'Aucune transformation n’a encore de score : les réponses sont toujours ouvertes.',
	summaryCompleteness: (share) => `${share} des questions pertinentes ont reçu un niveau.`,
	summaryStrongest: (name, score) => `La transformation la plus avancée est ${name}, à ${score}.`,
	summaryGaps: (list) =>
		`Les écarts les plus importants par rapport à l’objectif concernent ${list}.`,
	summaryGapItem: (name, score, target) => `${name} (${score}, objectif ${target})`,
	summaryNoGaps: 'Chaque transformation évaluée a atteint son objectif.',
	summaryFof: (n, of, points) =>
		`${n} transformations sur ${of} sont au niveau Factory of the Future (4) ou plus ; il reste ${points} points de niveau pour atteindre le niveau 4 partout.`,
	summaryPerception: (names) =>
		`Votre propre estimation dépassait d’au moins un niveau ce que montrent les réponses pour ${names}. À discuter en équipe.`,
	summaryPlan: (n) =>
		n === 1
			? 'Le plan d’action de ce rapport fixe une priorité.'
			: `Le plan d’action de ce rapport fixe ${n} priorités.`,
	ambitionHeading: 'Notre ambition',
	listAnd: 'et',

	chartHeading: 'Score par transformation',
	chartNote:
		'Échelle de 1 à 5. Le niveau 4 correspond à la performance d’un lauréat du prix Factory of the Future.',
	legendScore: 'Score',
	legendTarget: 'Objectif',
	legendSelf: 'Votre estimation',
	tableTransformation: 'Transformation',
	tableScore: 'Score',
	tableTarget: 'Objectif',
	tableGap: 'Écart',
	tableSelf: 'Votre estimation',
	tableAnswered: 'Répondu',
	tableOverall: 'Global',
	notAssessed: 'non évaluée',

	detailHeading: 'Où vous en êtes, question par question',
	detailIntro:
		'Pour chaque domaine de performance : le niveau que donnent vos réponses aujourd’hui, et ce à quoi ressemble le niveau suivant dans l’atelier.',
	detailScore: (score, target) => `Score ${score} · objectif ${target}`,
	detailArea: 'Domaine',
	noteLabel: 'Note',
	detailToday: 'Aujourd’hui',
	detailNext: 'Niveau suivant',
	levelName: (level, name) => `Niveau ${level} · ${name}`,
	levelMean: (value, n) => `Moyenne ${value} sur ${n} réponses`,
	dontKnow: 'Je ne sais pas',
	notApplicable: 'Non applicable',
	notAnswered: 'Sans réponse',
	topLevel: 'Niveau le plus élevé atteint.',
	futureLevel: 'Le niveau Factory of the Future ici',

	planHeading: 'Plan d’action',
	planIntro:
		'Priorités proposées à partir des écarts par rapport à l’objectif, pondérés par l’importance que vous donnez à chaque transformation, puis revues par vous. Chaque action a un responsable et une date cible.',
	planEmpty: 'Aucune priorité n’a encore été fixée.',
	priorityHeading: (n, name) => `Priorité ${n} : ${name}`,
	priorityFacts: (score, target, gap, importance) =>
		`Score ${score} · objectif ${target} · écart ${gap} · importance : ${importance}`,
	importance: (level) => (level === 1 ? 'faible' : level === 3 ? 'élevée' : 'normale'),
	actionNumber: 'n°',
	action: 'Action',
	owner: 'Responsable',
	dueDate: 'Date cible',
	noActions: 'Pas encore d’actions.',
	notSet: '–',
	prioritySupport: (names) =>
		`Aides adaptées : ${names} (voir « Aides pour votre prochaine étape »).`,

	instrumentsHeading: 'Aides pour votre prochaine étape',
	instrumentsIntro: (cost) =>
		`Les aides publiques auxquelles l’entreprise semble avoir droit, vu sa région, sa taille, son âge et son secteur. Les montants sont des estimations pour une prochaine étape type de ${cost} ; l’opérateur décide.`,
	instrumentsNone:
		'Aucune aide du catalogue ne correspond au profil et aux écarts de cette entreprise.',
	instrumentsMore: (n) => `${n} autre(s) aide(s) correspondent ; l’application les affiche toutes.`,
	instrumentFor: (names) => `Utile pour : ${names}`,
	estimate: (amount, rate, cost) => `Aide estimée : ${amount} (${rate} de ${cost})`,
	estimateTheme: (theme) => `au taux prévu pour « ${theme} »`,
	cappedBy: (cap) =>
		cap === 'project'
			? 'limitée par le plafond par projet'
			: cap === 'year'
				? 'limitée par le plafond annuel'
				: 'limitée par le plafond sur plusieurs années',
	noEstimate: 'Aucun montant ne peut être estimé pour cette aide.',
	conditions: 'Conditions',
	labelled: (label) => `${label} : `,
	asOf: (month) => `Informations à jour en ${month}.`,
	stale: (month) =>
		`Ces informations datent de ${month} : vérifiez les règles actuelles auprès de l’opérateur avant d’introduire une demande.`,
	sources: 'Sources',
	seedSource: (seed, lines) => `Document du programme ${seed}, lignes ${lines}`,
	accessed: (month) => `consulté en ${month}`,
	website: 'Site web',
	kind: (kind) =>
		({
			subsidy: 'Subvention',
			voucher: 'Chèque',
			'tax-incentive': 'Avantage fiscal',
			'loan-equity': 'Prêt ou capital',
			coaching: 'Accompagnement',
			network: 'Réseau',
			training: 'Formation',
			'research-infrastructure': 'Infrastructure de recherche',
			award: 'Prix',
			information: 'Information'
		})[kind],
	status: (status) =>
		({
			open: 'Ouvert',
			closed: 'Fermé pour l’instant : vérifiez quand il rouvre',
			ended: 'Arrêté',
			unknown: 'Statut à vérifier auprès de l’opérateur'
		})[status],
	where: (where) =>
		({
			federal: 'Fédéral',
			flanders: 'Flandre',
			wallonia: 'Wallonie',
			brussels: 'Bruxelles',
			eu: 'Union européenne',
			programme: 'Programme Made Different'
		})[where],

	journeyHeading: 'Prochaines étapes du parcours Made Different',
	journeyIntro:
		'Cette autoévaluation est la première étape. Les experts du programme accompagnent ensuite l’entreprise, une étape à la fois.',
	stepVisitTitle: 'Visite conseil sur site',
	stepVisitText:
		'Un expert d’Agoria ou de Sirris passe environ une demi-journée dans vos ateliers, parcourt ces résultats avec vous et désigne les pistes de transformation les plus porteuses.',
	stepCommitmentTitle: 'Engagement de la direction',
	stepCommitmentText:
		'L’audit complet et l’accompagnement commencent par un engagement clair de la direction à porter la transformation. Le bloc de signature ci-dessous sert à cela.',
	stepAssessmentTitle: 'Audit complet',
	stepAssessmentText: (cost) =>
		`Une analyse approfondie dans l’entreprise, en moyenne 10 à 15 jours de consultance (environ ${cost}), qui débouche sur un plan d’action sur mesure. Des aides régionales peuvent en couvrir une partie : voir la section précédente.`,
	stepAwardTitle: 'Prix Factory of the Future',
	stepAwardText: (n, of, points) =>
		`Le prix demande le niveau 4 ou plus sur les sept transformations, confirmé sur site par les évaluateurs du programme. Aujourd’hui, ${n} transformations sur ${of} y sont, et il reste ${points} points de niveau. Ce rapport mesure une distance, ce n’est pas un certificat.`,
	stepAwardNotAssessed: (n) =>
		`${n} transformation(s) pas encore évaluée(s) : la distance n’est donc pas complète.`,
	signOffHeading: 'Engagement de la direction',
	signOffText: (company) =>
		`La direction de ${company} a pris connaissance de ce plan d’action et s’engage à le mettre en œuvre, avec les responsables et les dates qui y figurent.`,
	signName: 'Nom',
	signRole: 'Fonction',
	signDate: 'Date',
	signSignature: 'Signature',

	annexHeading: 'Annexe : comment les scores sont calculés',
	methodAnswers:
		'Chaque question décrit un domaine de performance en cinq niveaux observables. Le niveau 4 correspond à la performance d’un lauréat du prix Factory of the Future ; le niveau 5 va au-delà. « Je ne sais pas » compte comme sans réponse ; « non applicable » retire la question du calcul.',
	methodRespondents:
		'Quand plusieurs personnes répondent, une question compte avec la moyenne de leurs niveaux, sauf si le groupe a convenu d’une réponse de consensus, qui compte alors seule. Les réponses reprises d’une évaluation précédente ne comptent qu’une fois confirmées.',
	methodScore:
		'Le score d’une transformation est la moyenne pondérée des niveaux répondus (poids 1 sauf indication du questionnaire) : score = Σ (niveau × poids) ÷ Σ poids, arrondi à une décimale. Le score global est la moyenne des transformations évaluées.',
	methodGap:
		'L’objectif est 4, sauf si vous en avez choisi un autre. L’écart est l’objectif moins le score affiché. La complétude est la part des questions pertinentes qui ont reçu un niveau.',
	methodFof:
		'La distance à la Factory of the Future compte les transformations au niveau 4 ou plus (comparées telles qu’affichées : 3,96 devient 4,0 et compte) et additionne l’écart des autres sous le niveau 4.',
	methodPriorities:
		'Les priorités sont proposées selon écart × importance (1 faible, 2 normale, 3 élevée). Leurs actions sont les prochaines étapes du questionnaire pour le niveau des domaines les plus éloignés de l’objectif.',
	methodEstimates: (cost) =>
		`Les estimations d’aide appliquent le taux de l’aide pour la classe de taille de l’entreprise (ou un taux thématique plus élevé) à une prochaine étape de ${cost}, puis ses plafonds.`,
	disclaimerHeading: 'Avertissement',
	disclaimer:
		'Ce rapport repose uniquement sur les réponses de l’entreprise. Ce n’est ni un audit, ni une certification, ni un avis, et il n’attribue aucun label. Les aides évoluent : les informations affichées valent aux dates indiquées, et seul l’opérateur d’une aide décide qui y a droit et pour quel montant. Rien de ce rapport n’a été envoyé : il a été établi sur l’appareil.',

	headerText: (company) => `${company} · Autoévaluation et plan d’action`,
	footerPage: (page, pages) => `Page ${page} sur ${pages}`,
	footerDate: (date) => `Établi le ${date}`
};

export default fr;
