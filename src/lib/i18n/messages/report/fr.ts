import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const fr: Messages<typeof en> = {
	documentTitle: (company) => `Plan d’action – ${company}`,
	brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
	reportTitle: 'Autoévaluation et plan d’action',
	unnamedCompany: 'Nom de l’entreprise non renseigné',
	coverDate: 'Date de ce rapport',
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
	summaryPerceptionUnder: (names) =>
		`Votre propre estimation était inférieure d’au moins un niveau à ce que montrent les réponses pour ${names}. À vérifier en équipe.`,
	summaryNotApplicable: (n) =>
		plural('fr', n, {
			// French counts 0 as singular: its own words for none.
			one:
				n === 1
					? 'Une question a été indiquée comme non applicable.'
					: 'Aucune question n’a été indiquée comme non applicable.',
			other: `${n} questions ont été indiquées comme non applicables.`
		}),
	summaryIndicative: (names, share) =>
		`Indicatif seulement, car moins de ${share} de leurs questions pertinentes ont un niveau : ${names}. Elles ne comptent ni dans le score global, ni dans les écarts, ni dans la distance au niveau 4.`,
	summaryPlan: (n) =>
		plural('fr', n, {
			// French counts 0 as singular: its own words for none.
			one:
				n === 1
					? 'Le plan d’action de ce rapport fixe une priorité.'
					: 'Le plan d’action de ce rapport ne fixe encore aucune priorité.',
			other: `Le plan d’action de ce rapport fixe ${n} priorités.`
		}),
	ambitionHeading: 'Notre ambition',
	coverAnsweredLabel: 'Questions répondues',
	coverAnswered: (answered, applicable) =>
		answered === applicable
			? `Les ${applicable} questions pertinentes ont toutes un niveau`
			: `${answered} des ${applicable} questions pertinentes ont un niveau ; ${applicable - answered === 1 ? '1 reste ouverte' : `${applicable - answered} restent ouvertes`}`,
	overviewHeading: 'Vue d’ensemble',
	prioritiesHeading: 'Priorités et prochaine étape',
	prioritiesIntro:
		'Proposées à partir des plus grands écarts par rapport à l’objectif, pondérés selon l’importance de chaque transformation pour l’entreprise, puis revues. Le plan complet, avec chaque action, responsable et date, suit les scores.',
	prioritiesNone:
		'Aucune priorité n’est fixée : chaque transformation évaluée a atteint son objectif, ou rien n’est encore évalué.',
	colPriority: 'Priorité',
	colWhere: 'Score / objectif',
	colFirstAction: 'Première action',
	colLead: 'Responsable · date',
	colSupport: 'Aides adaptées',
	moreActions: (n) =>
		plural('fr', n, {
			one: `+ ${n} autre action dans le plan`,
			other: `+ ${n} autres actions dans le plan`
		}),
	nextStepHeading: 'Prochaine étape : la visite conseil sur site',
	answersHeading: 'Annexe 1 : toutes les réponses',
	answersIntro:
		'Le niveau que donne chaque réponse aujourd’hui, avec les notes et les photos prises comme preuves. C’est sur elles que reposent les scores.',
	listAnd: 'et',

	chartHeading: 'Score par transformation',
	chartNote:
		'Échelle de 1 à 5. Le niveau 4 correspond à la performance d’un lauréat du prix Factory of the Future : les lauréats obtiennent au moins 8 sur 10 pour chaque critère ; ici, une transformation n’est donc au niveau 4 que si chacun de ses domaines l’est.',
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
	tableWeakest: (area, score) => `domaine le plus faible : ${area} (${score})`,
	tableNotApplicable: (n) => `${n} n.a.`,
	tableIndicativeNote: (share) =>
		`* Indicatif : moins de ${share} des questions pertinentes ont un niveau. Non compté dans le score global, les écarts ni la distance au niveau 4.`,
	notAssessed: 'non évaluée',

	detailScore: (score, target) => `Score ${score} · objectif ${target}`,
	detailArea: 'Domaine',
	noteLabel: 'Note',
	detailToday: 'Aujourd’hui',
	levelName: (level, name) => `Niveau ${level} · ${name}`,
	levelMean: (value, n) => `Moyenne ${value} sur ${n} réponses`,
	dontKnow: 'Je ne sais pas',
	notApplicable: 'Non applicable',
	notAnswered: 'Sans réponse',
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
	dueBefore: (n) => `Avant ${n}, qui doit venir d’abord`,
	noActions: 'Pas encore d’actions.',
	notSet: '–',
	prioritySupport: (names) =>
		`Aides adaptées : ${names} (voir «\u00a0Aides pour votre prochaine étape\u00a0»).`,

	instrumentsHeading: 'Aides pour votre prochaine étape',
	instrumentsIntro:
		'Les aides publiques auxquelles l’entreprise semble avoir droit, vu sa région, sa taille, son âge et son secteur, avec leurs conditions. Ce que chacune paie pour les actions de ce plan figure dans le plan d’action ; seul l’opérateur décide.',
	instrumentsNone:
		'Aucune aide du catalogue ne correspond au profil et aux écarts de cette entreprise.',
	instrumentsMore: (n) =>
		plural('fr', n, {
			// French counts 0 as singular: its own words for none.
			one:
				n === 1
					? 'Une autre aide correspond ; l’application les affiche toutes.'
					: 'Aucune autre aide ne correspond.',
			other: `${n} autres aides correspondent ; l’application les affiche toutes.`
		}),
	termsRate: (rate, covers) => `Paie ${rate} des dépenses éligibles de ${covers}`,
	termsNoRate: (covers) => `Pour ${covers} ; pas de part fixe du coût`,
	termsTheme: (theme) => `au taux prévu pour «\u00a0${theme}\u00a0»`,
	termsTopics: (topics) => `uniquement pour : ${topics}`,
	termsCapProject: (amount) => `jusqu’à ${amount} par projet`,
	termsCapYear: (amount) => `jusqu’à ${amount} par an`,
	termsCapPeriod: (amount, years) => `jusqu’à ${amount} sur ${years} ans`,
	termsMinCost: (amount) => `à partir de ${amount} de coûts éligibles`,
	termsMinAid: (amount) => `aide minimale ${amount}`,
	inPlan: (amount) => `Compté dans ce plan : ${amount}.`,
	unconfirmed: (date) =>
		`Non confirmé : aucune source publique actuelle ne confirme ces données (dernière consultation ${date}). Non compté dans le plan.`,
	conditions: 'Conditions',
	labelled: (label) => `${label} : `,
	asOf: (month) => `Informations à jour en ${month}.`,
	// « d’octobre », « d’avril », « d’août » ; « de mars ».
	stale: (month) =>
		`Ces informations datent ${/^[aeiouyâàéèêh]/i.test(month) ? 'd’' : 'de '}${month} : vérifiez les règles actuelles auprès de l’opérateur avant d’introduire une demande.`,
	source: 'Source',
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
	applicationsUntil: (date) => `Demandes jusqu’au ${date}.`,
	callClosedOn: (date) =>
		`Fermé : l’appel a été clôturé le ${date} et un nouvel appel n’est pas confirmé.`,
	callOpensOn: (date) => `Fermé pour l’instant : demandes possibles à partir du ${date}.`,
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
			programme: 'Programme Made Different',
			'german-speaking-community': 'Communauté germanophone'
		})[where],

	nextStepText:
		'Un expert d’Agoria ou de Sirris passe environ une demi-journée dans vos ateliers, parcourt ces résultats avec vous et désigne les pistes de transformation les plus porteuses.',
	signOffHeading: 'Engagement de la direction',
	signOffText: (company) =>
		`La direction de ${company} a pris connaissance de ce plan d’action et s’engage à le mettre en œuvre, avec les responsables et les dates qui y figurent.`,
	signName: 'Nom',
	signRole: 'Fonction',
	signDate: 'Date',
	signSignature: 'Signature',

	annexHeading: 'Annexe 2 : comment les scores sont calculés',
	methodAnswers:
		'Chaque question décrit un domaine de performance en cinq niveaux observables. Le niveau 4 correspond à la performance d’un lauréat du prix Factory of the Future ; le niveau 5 est un pas mesurable au-delà. «\u00a0Je ne sais pas\u00a0» compte comme ouvert. «\u00a0Non applicable\u00a0» n’est proposé que là où une question peut vraiment ne pas s’appliquer, et retire alors la question du calcul ; ailleurs, une telle réponse compte comme ouverte.',
	methodRespondents:
		'Quand plusieurs personnes répondent, une question compte avec la moyenne de leurs niveaux, sauf si le groupe a convenu d’une réponse de consensus, qui compte alors seule. Les réponses reprises d’une évaluation précédente ne comptent qu’une fois confirmées.',
	methodScore: (share) =>
		`Le score d’une transformation est la moyenne pondérée des niveaux répondus (poids 1 sauf indication du questionnaire) : score = (somme des niveaux × poids) ÷ (somme des poids), arrondi à une décimale. Si moins de ${share} de ses questions pertinentes ont une réponse, le score est indicatif (marqué *) et ne compte nulle part ailleurs. Le score global est la moyenne des transformations qui comptent.`,
	methodGap:
		'L’objectif est 4, sauf si vous en avez choisi un autre. L’écart est l’objectif moins le score affiché. La complétude est la part des questions pertinentes qui ont reçu un niveau.',
	methodFof:
		'Les lauréats du prix obtiennent au moins 8 sur 10 pour chaque critère (Sirris, 2025). Une transformation n’est donc au niveau 4 que si son score compte et que chaque domaine répondu est à 4 ou plus (comparé tel qu’affiché : 3,96 devient 4,0). La distance additionne l’écart des moyennes des autres sous le niveau 4.',
	methodPriorities:
		'Les priorités sont proposées selon écart × importance (1 faible, 2 normale, 3 élevée). Leurs actions sont les prochaines étapes du questionnaire pour le niveau des domaines les plus éloignés de l’objectif.',
	methodEstimates:
		'Les montants d’aide appliquent le taux de chaque aide pour la classe de taille de l’entreprise (ou un taux thématique plus élevé) au coût estimé de chaque action qu’elle finance (type de coût et thème), puis ses plafonds (un plafond annuel vaut pour toutes les actions du plan ensemble), son coût minimal et son aide minimale. Une seule aide est comptée par action ; les aides dont aucune source publique actuelle ne confirme les conditions sont affichées mais non comptées.',
	disclaimerHeading: 'Avertissement',
	disclaimer:
		'Ce rapport repose uniquement sur les réponses de l’entreprise. Ce n’est ni un audit, ni une certification, ni un avis, et il n’attribue aucun label. Les aides évoluent : les informations affichées valent aux dates indiquées, et seul l’opérateur d’une aide décide qui y a droit et pour quel montant. Rien de ce rapport n’a été envoyé : il a été établi sur l’appareil.',

	headerText: (company) => `${company} · Autoévaluation et plan d’action`,
	footerPage: (page, pages) => `Page ${page} sur ${pages}`,
	footerDate: (date) => `Établi le ${date}`
};

export default fr;
