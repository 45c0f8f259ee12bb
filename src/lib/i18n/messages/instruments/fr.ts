import type { Messages } from '../../catalog';
import type {
	InstrumentKind,
	InstrumentLevel,
	InstrumentStatus,
	JourneyStage,
	SizeClass
} from '$lib/domain';
import type en from './en';
import { plural } from '../../plural';

/** "de mars" but "d'avril": French elides de before a vowel. */
function frDe(word: string): string {
	return /^[aeiouyéèêh]/i.test(word) ? `d’${word}` : `de ${word}`;
}

const frKinds: Record<InstrumentKind, string> = {
	subsidy: 'Subside',
	voucher: 'Chèque ou portefeuille',
	'tax-incentive': 'Avantage fiscal',
	'loan-equity': 'Prêt ou participation',
	coaching: 'Accompagnement et conseil',
	network: 'Réseau',
	training: 'Formation',
	'research-infrastructure': 'Infrastructure de recherche',
	award: 'Prix ou label',
	information: 'Information'
};

const frThisKind: Record<InstrumentKind, string> = {
	subsidy: 'ce subside',
	voucher: 'cette aide',
	'tax-incentive': 'cet avantage fiscal',
	'loan-equity': 'ce financement',
	coaching: 'cet accompagnement',
	network: 'ce réseau',
	training: 'cette formation',
	'research-infrastructure': 'cette infrastructure de recherche',
	award: 'ce prix',
	information: 'ce service d’information'
};

const frStages: Record<JourneyStage, string> = {
	awareness: 'Sensibilisation',
	diagnosis: 'Diagnostic',
	plan: 'Plan d’action',
	realisation: 'Mise en œuvre',
	growth: 'Croissance'
};

const frSteps: Record<JourneyStage, string> = {
	awareness: 'la découverte du sujet',
	diagnosis: 'un diagnostic par un expert',
	plan: 'l’élaboration d’un plan d’action',
	realisation: 'la mise en œuvre des changements',
	growth: 'une nouvelle étape de croissance'
};

const frStatus: Record<InstrumentStatus, string> = {
	open: 'Demandes possibles',
	closed: 'Fermé pour l’instant : aucune demande n’est acceptée actuellement',
	unknown: 'Statut non confirmé : demandez à l’opérateur si l’aide existe toujours',
	ended: 'Terminé : plus disponible'
};

const frLevels: Record<InstrumentLevel, string> = {
	federal: 'Fédéral',
	flanders: 'Flandre',
	wallonia: 'Wallonie',
	brussels: 'Bruxelles',
	eu: 'Union européenne',
	programme: 'Programme pour toute la Belgique',
	'german-speaking-community': 'Communauté germanophone'
};

const frSizes: Record<SizeClass, string> = {
	micro: 'micro-entreprises',
	small: 'petites entreprises',
	medium: 'moyennes entreprises',
	large: 'grandes entreprises'
};

const fr: Messages<typeof en> = {
	heading: 'Des aides pour votre prochaine étape',
	intro:
		'Les aides publiques que votre entreprise peut utiliser pour combler ses plus grands écarts, pour l’étape suivante de chaque transformation.',
	regionIntro: (region, germanSpeaking = false) =>
		germanSpeaking
			? 'Aides pour une entreprise située en Communauté germanophone : les aides économiques de la Région wallonne, les aides propres à la Communauté (formation, emploi), et les aides fédérales, européennes et nationales.'
			: `Aides pour une entreprise située ${region === 'brussels' ? 'à' : 'en'} ${frLevels[region]}, avec les aides fédérales, européennes et nationales.`,
	noRegion:
		'Indiquez un code postal belge dans le profil de l’entreprise pour voir les aides de votre région. En attendant, seules les aides fédérales, européennes et nationales sont affichées.',
	noSize:
		'Indiquez le nombre de travailleurs dans le profil de l’entreprise pour voir les taux d’aide selon sa taille.',
	noGaps:
		'Chaque transformation évaluée atteint son objectif : aucune aide à proposer pour le moment.',
	noMatches: 'Aucune aide du catalogue ne correspond à ces écarts et à ce profil.',
	loadFailed: 'Le catalogue des aides n’a pas pu être chargé.',
	viewLabel: 'Regrouper',
	alsoAbove: 'Aussi pour cette transformation, présentées plus haut :',
	showAll: (n) => `Afficher les ${n}`,
	showFewer: 'Afficher moins',
	showGroup: (n) => plural('fr', n, { one: `Afficher ${n} aide`, other: `Afficher ${n} aides` }),
	hideGroup: 'Masquer ces aides',
	byTransformation: 'Par transformation',
	byStage: 'Par prochaine étape',
	groupHeading: (transformation, score, target) =>
		`${transformation} : ${score}, objectif ${target}`,
	nextStage: (stage) => `Prochaine étape : ${stage}`,
	reason: (p) =>
		`${p.transformation} est à ${p.score}, votre objectif est ${p.target} : ${frThisKind[p.kind]} convient pour ${p.ahead ? 'une étape ultérieure' : 'votre prochaine étape'}, ${frSteps[p.stage]}.`,
	alsoFor: (list) => `Aussi pour : ${list}.`,
	kind: (kind) => frKinds[kind],
	stage: (stage) => frStages[stage],
	status: (status) => frStatus[status],
	openUntil: (date) => `Demandes possibles jusqu’au ${date}`,
	callClosedOn: (date) =>
		`Cet appel a été clôturé le ${date} ; un nouvel appel n’est pas confirmé. Renseignez-vous auprès de l’opérateur avant d’y compter.`,
	callOpensOn: (date) => `Demandes possibles à partir du ${date}.`,
	level: (level) => frLevels[level],
	region: (region) => frLevels[region],
	size: (size) => frSizes[size],
	asOf: (month) => `situation en date ${frDe(month)}`,
	stale: (month) =>
		`Ces informations datent ${frDe(month)} : vérifiez les règles en vigueur auprès de l’opérateur avant d’introduire votre demande`,
	themeRate: (label) => `Taux majoré pour : ${label}`,
	rates: 'Part du coût prise en charge',
	baseRate: 'Taux de base',
	sizeShort: (size) =>
		({ micro: 'Micro', small: 'Petite', medium: 'Moyenne', large: 'Grande' })[size],
	caps: 'Plafonds',
	capPerProject: (amount) => `${amount} par projet`,
	capPerYear: (amount) => `${amount} par an`,
	capPerPeriod: (amount, years) => `${amount} sur ${years} ans`,
	minCost: (amount) => `Plus petit projet éligible : ${amount}`,
	minCostOf: (kind, amount) => `Plus petit projet éligible (${kind.toLowerCase()}) : ${amount}`,
	operator: 'Opérateur',
	kindLabel: 'Type',
	levelLabel: 'Niveau',
	eligibility: 'Pour qui',
	forSizes: (list) => `Pour les ${list}`,
	allSizes: 'Entreprises de toute taille',
	maxAge: (years) => `Entreprises de ${years} ans maximum`,
	excludedSectors: (list) => `Pas pour ces secteurs (NACE) : ${list}`,
	deMinimis: 'Compte dans le plafond européen de minimis pour les petites aides',
	conditions: 'Conditions',
	cumulation: 'Cumul avec d’autres aides',
	transformations: 'Transformations',
	stages: 'Étapes',
	sources: 'Sources',
	officialLink: 'Page officielle',
	newTab: '(ouvre un nouvel onglet)',
	catalogueTitle: 'Aides et soutiens',
	catalogueIntro:
		'Les aides publiques qu’une entreprise manufacturière belge peut utiliser sur la route de la Factory of the Future, avec la date et la source de chaque information.',
	filters: 'Filtrer',
	filterRegion: 'Région de votre entreprise',
	filterKind: 'Type d’aide',
	filterTransformation: 'Transformation',
	filterEnded: 'Afficher aussi les aides terminées',
	allRegions: 'Toutes les régions',
	allKinds: 'Tous les types',
	allTransformations: 'Toutes les transformations',
	resultCount: (n) => plural('fr', n, { one: `${n} aide`, other: `${n} aides` }),
	noneFound: 'Aucune aide ne correspond à ces filtres.',
	clearFilters: 'Effacer les filtres',
	showDetails: 'Détails'
};

export default fr;
