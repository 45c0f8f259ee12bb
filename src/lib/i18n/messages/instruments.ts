// Support instruments: the catalogue page, the instrument card and the "Support for your next
// step" section of the results. Pure TS (no Svelte), so the PDF report can use it too.
import type {
	InstrumentKind,
	InstrumentLevel,
	InstrumentStatus,
	JourneyStage,
	Region,
	SizeClass
} from '$lib/domain';
import type { Catalog } from '../catalog';

/** What the reason sentence is built from; numbers are already formatted for the language. */
export type ReasonParts = {
	/** Localized transformation name, e.g. "Digital factory". */
	transformation: string;
	/** Formatted score, e.g. "2.0" or "2,0". */
	score: string;
	target: number;
	kind: InstrumentKind;
	stage: JourneyStage;
	/** True when the instrument fits the stage after the transformation's next stage. */
	ahead: boolean;
};

/** "de mars" but "d'avril": French elides de before a vowel. */
function frDe(word: string): string {
	return /^[aeiouyéèêh]/i.test(word) ? `d'${word}` : `de ${word}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const enKinds: Record<InstrumentKind, string> = {
	subsidy: 'Subsidy',
	voucher: 'Voucher',
	'tax-incentive': 'Tax incentive',
	'loan-equity': 'Loan or equity',
	coaching: 'Coaching and advice',
	network: 'Network',
	training: 'Training',
	'research-infrastructure': 'Research infrastructure',
	award: 'Award',
	information: 'Information'
};
const enThisKind: Record<InstrumentKind, string> = {
	subsidy: 'this subsidy',
	voucher: 'this voucher',
	'tax-incentive': 'this tax incentive',
	'loan-equity': 'this financing',
	coaching: 'this coaching',
	network: 'this network',
	training: 'this training',
	'research-infrastructure': 'this research facility',
	award: 'this award',
	information: 'this information service'
};
const enStages: Record<JourneyStage, string> = {
	awareness: 'Awareness',
	diagnosis: 'Diagnosis',
	plan: 'Action plan',
	realisation: 'Realisation',
	growth: 'Growth'
};
// The sentence says the instrument fits a stage, not that it pays for it: the catalogue tags
// stages, and the summary beside it says what it really pays for.
const enSteps: Record<JourneyStage, string> = {
	awareness: 'getting to know the subject',
	diagnosis: 'an expert diagnosis',
	plan: 'drawing up an action plan',
	realisation: 'carrying out the changes',
	growth: 'growing further'
};
const enStatus: Record<InstrumentStatus, string> = {
	open: 'Open for applications',
	closed: 'Closed at the moment: no applications are taken now',
	unknown: 'Status not confirmed: ask the operator whether it still runs',
	ended: 'Ended: no longer available'
};
const enLevels: Record<InstrumentLevel, string> = {
	federal: 'Federal',
	flanders: 'Flanders',
	wallonia: 'Wallonia',
	brussels: 'Brussels',
	eu: 'European Union',
	programme: 'Belgium-wide programme'
};
const enSizes: Record<SizeClass, string> = {
	micro: 'micro-enterprises',
	small: 'small companies',
	medium: 'medium-sized companies',
	large: 'large companies'
};

const en = {
	heading: 'Support for your next step',
	intro:
		'Public support your company may use to close its largest gaps, for the next step on each transformation.',
	regionIntro: (region: Region) =>
		`Shown for a company in ${enLevels[region]}, with federal, European and Belgium-wide support.`,
	noRegion:
		'Enter a Belgian postcode in the company profile to see the support of your region. Until then only federal, European and Belgium-wide support is shown.',
	noSize: 'Enter the number of employees in the company profile to see estimated amounts.',
	noGaps: 'Every assessed transformation is at or above its target: no support to suggest for now.',
	noMatches: 'No instrument in the catalogue fits these gaps and this profile.',
	loadFailed: 'The support catalogue could not be loaded.',
	viewLabel: 'Group by',
	alsoAbove: 'Also for this transformation, shown above:',
	showAll: (n: number) => `Show all ${n}`,
	showFewer: 'Show fewer',
	byTransformation: 'By transformation',
	byStage: 'By next stage',
	groupHeading: (transformation: string, score: string, target: number) =>
		`${transformation}: ${score}, target ${target}`,
	nextStage: (stage: string) => `Next step: ${stage}`,
	reason: (p: ReasonParts) =>
		`${p.transformation} is at ${p.score}, your target is ${p.target}: ${enThisKind[p.kind]} fits ${p.ahead ? 'a later step' : 'your next step'}, ${enSteps[p.stage]}.`,
	alsoFor: (list: string) => `Also for: ${list}.`,
	kind: (kind: InstrumentKind) => enKinds[kind],
	stage: (stage: JourneyStage) => enStages[stage],
	status: (status: InstrumentStatus) => enStatus[status],
	level: (level: InstrumentLevel) => enLevels[level],
	region: (region: Region) => enLevels[region],
	size: (size: SizeClass) => enSizes[size],
	asOf: (month: string) => `as of ${month}`,
	stale: (month: string) =>
		`These facts date from ${month}: check the current rules with the operator before you apply`,
	estimate: (amount: string, cost: string, rate: string) =>
		`About ${amount} of a ${cost} next step (${rate})`,
	estimateLabel: 'Estimated support',
	estimateNote:
		'Estimate for a typical next step, such as a 10-day assessment; the operator decides the real amount.',
	themeRate: (label: string) => `Higher rate for: ${label}`,
	capped: (cap: 'project' | 'year' | 'period') =>
		cap === 'project'
			? 'Limited by the ceiling per project'
			: cap === 'year'
				? 'Limited by the yearly ceiling'
				: 'Limited by the ceiling over several years',
	rates: 'Share of the cost paid',
	baseRate: 'Standard rate',
	sizeShort: (size: SizeClass) =>
		({ micro: 'Micro', small: 'Small', medium: 'Medium', large: 'Large' })[size],
	caps: 'Ceilings',
	capPerProject: (amount: string) => `${amount} per project`,
	capPerYear: (amount: string) => `${amount} per year`,
	capPerPeriod: (amount: string, years: number) => `${amount} per ${years} years`,
	minCost: (amount: string) => `Smallest eligible project: ${amount}`,
	operator: 'Operator',
	kindLabel: 'Kind',
	levelLabel: 'Level',
	eligibility: 'Who can use it',
	forSizes: (list: string) => `For ${list}`,
	allSizes: 'Companies of every size',
	maxAge: (years: number) => `Companies up to ${years} years old`,
	excludedSectors: (list: string) => `Not for these sectors (NACE): ${list}`,
	deMinimis: 'Counted under the EU de minimis ceiling for small amounts of aid',
	conditions: 'Conditions',
	cumulation: 'Combining with other support',
	transformations: 'Transformations',
	stages: 'Journey stages',
	sources: 'Sources',
	seedSource: (file: string, lines: string) => `Seed ${file}, lines ${lines}`,
	accessed: (month: string) => `consulted ${month}`,
	officialLink: 'Official page',
	newTab: '(opens in a new tab)',
	catalogueTitle: 'Support instruments',
	catalogueIntro:
		'Public support a Belgian manufacturer can use on the way to Factory of the Future, with the date of every fact and its source.',
	filters: 'Filter',
	filterRegion: 'Region of your company',
	filterKind: 'Kind of support',
	filterTransformation: 'Transformation',
	filterEnded: 'Also show schemes that have ended',
	allRegions: 'All regions',
	allKinds: 'All kinds',
	allTransformations: 'All transformations',
	resultCount: (n: number) => (n === 1 ? '1 instrument' : `${n} instruments`),
	noneFound: 'No instrument matches these filters.',
	clearFilters: 'Clear the filters',
	showDetails: 'Details'
};

const nlKinds: Record<InstrumentKind, string> = {
	subsidy: 'Subsidie',
	voucher: 'Cheque of portefeuille',
	'tax-incentive': 'Fiscaal voordeel',
	'loan-equity': 'Lening of participatie',
	coaching: 'Begeleiding en advies',
	network: 'Netwerk',
	training: 'Opleiding',
	'research-infrastructure': 'Onderzoeksinfrastructuur',
	award: 'Prijs of erkenning',
	information: 'Informatie'
};
const nlThisKind: Record<InstrumentKind, string> = {
	subsidy: 'deze subsidie',
	voucher: 'deze steunmaatregel',
	'tax-incentive': 'dit fiscaal voordeel',
	'loan-equity': 'deze financiering',
	coaching: 'deze begeleiding',
	network: 'dit netwerk',
	training: 'deze opleiding',
	'research-infrastructure': 'deze onderzoeksinfrastructuur',
	award: 'deze prijs',
	information: 'deze informatiedienst'
};
const nlStages: Record<JourneyStage, string> = {
	awareness: 'Bewustwording',
	diagnosis: 'Diagnose',
	plan: 'Actieplan',
	realisation: 'Uitvoering',
	growth: 'Groei'
};
const nlSteps: Record<JourneyStage, string> = {
	awareness: 'de kennismaking met het onderwerp',
	diagnosis: 'een diagnose door een expert',
	plan: 'het opstellen van een actieplan',
	realisation: 'de uitvoering van de veranderingen',
	growth: 'verder groeien'
};
const nlStatus: Record<InstrumentStatus, string> = {
	open: 'Aanvragen mogelijk',
	closed: 'Momenteel gesloten: er worden nu geen aanvragen aanvaard',
	unknown: 'Status niet bevestigd: vraag de beheerder of de maatregel nog loopt',
	ended: 'Stopgezet: niet meer beschikbaar'
};
const nlLevels: Record<InstrumentLevel, string> = {
	federal: 'Federaal',
	flanders: 'Vlaanderen',
	wallonia: 'Wallonië',
	brussels: 'Brussel',
	eu: 'Europese Unie',
	programme: 'Programma voor heel België'
};
const nlSizes: Record<SizeClass, string> = {
	micro: 'micro-ondernemingen',
	small: 'kleine ondernemingen',
	medium: 'middelgrote ondernemingen',
	large: 'grote ondernemingen'
};

const deKinds: Record<InstrumentKind, string> = {
	subsidy: 'Zuschuss',
	voucher: 'Gutschein',
	'tax-incentive': 'Steuervorteil',
	'loan-equity': 'Darlehen oder Beteiligung',
	coaching: 'Begleitung und Beratung',
	network: 'Netzwerk',
	training: 'Schulung',
	'research-infrastructure': 'Forschungsinfrastruktur',
	award: 'Auszeichnung',
	information: 'Information'
};
const deThisKind: Record<InstrumentKind, string> = {
	subsidy: 'dieser Zuschuss',
	voucher: 'dieser Gutschein',
	'tax-incentive': 'dieser Steuervorteil',
	'loan-equity': 'diese Finanzierung',
	coaching: 'diese Begleitung',
	network: 'dieses Netzwerk',
	training: 'diese Schulung',
	'research-infrastructure': 'diese Forschungsinfrastruktur',
	award: 'diese Auszeichnung',
	information: 'dieser Informationsdienst'
};
const deStages: Record<JourneyStage, string> = {
	awareness: 'Sensibilisierung',
	diagnosis: 'Diagnose',
	plan: 'Aktionsplan',
	realisation: 'Umsetzung',
	growth: 'Wachstum'
};
// Dative: in apposition to "zu Ihrem nächsten Schritt".
const deSteps: Record<JourneyStage, string> = {
	awareness: 'dem Einstieg ins Thema',
	diagnosis: 'einer Diagnose durch Fachleute',
	plan: 'der Ausarbeitung eines Aktionsplans',
	realisation: 'der Umsetzung der Veränderungen',
	growth: 'dem weiteren Wachstum'
};
const deStatus: Record<InstrumentStatus, string> = {
	open: 'Anträge möglich',
	closed: 'Derzeit geschlossen: zurzeit werden keine Anträge angenommen',
	unknown: 'Status nicht bestätigt: Fragen Sie beim Träger nach, ob das Angebot noch läuft',
	ended: 'Eingestellt: nicht mehr verfügbar'
};
const deLevels: Record<InstrumentLevel, string> = {
	federal: 'Föderal',
	flanders: 'Flandern',
	wallonia: 'Wallonien',
	brussels: 'Brüssel',
	eu: 'Europäische Union',
	programme: 'Belgienweites Programm'
};
const deSizes: Record<SizeClass, string> = {
	micro: 'Kleinstunternehmen',
	small: 'kleine Unternehmen',
	medium: 'mittlere Unternehmen',
	large: 'große Unternehmen'
};

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
	information: "ce service d'information"
};
const frStages: Record<JourneyStage, string> = {
	awareness: 'Sensibilisation',
	diagnosis: 'Diagnostic',
	plan: "Plan d'action",
	realisation: 'Mise en œuvre',
	growth: 'Croissance'
};
const frSteps: Record<JourneyStage, string> = {
	awareness: 'la découverte du sujet',
	diagnosis: 'un diagnostic par un expert',
	plan: "l'élaboration d'un plan d'action",
	realisation: 'la mise en œuvre des changements',
	growth: 'une nouvelle étape de croissance'
};
const frStatus: Record<InstrumentStatus, string> = {
	open: 'Demandes possibles',
	closed: "Fermé pour l'instant : aucune demande n'est acceptée actuellement",
	unknown: "Statut non confirmé : demandez à l'opérateur si l'aide existe toujours",
	ended: 'Terminé : plus disponible'
};
const frLevels: Record<InstrumentLevel, string> = {
	federal: 'Fédéral',
	flanders: 'Flandre',
	wallonia: 'Wallonie',
	brussels: 'Bruxelles',
	eu: 'Union européenne',
	programme: 'Programme pour toute la Belgique'
};
const frSizes: Record<SizeClass, string> = {
	micro: 'micro-entreprises',
	small: 'petites entreprises',
	medium: 'moyennes entreprises',
	large: 'grandes entreprises'
};

export const instruments: Catalog<typeof en> = {
	en,
	nl: {
		heading: 'Steun voor uw volgende stap',
		intro:
			'Overheidssteun die uw bedrijf kan gebruiken om de grootste achterstanden weg te werken, voor de volgende stap in elke transformatie.',
		regionIntro: (region) =>
			`Getoond voor een bedrijf in ${nlLevels[region]}, samen met federale, Europese en nationale steun.`,
		noRegion:
			'Vul een Belgische postcode in bij het bedrijfsprofiel om de steun van uw gewest te zien. Tot dan ziet u alleen federale, Europese en nationale steun.',
		noSize: 'Vul het aantal werknemers in bij het bedrijfsprofiel om geschatte bedragen te zien.',
		noGaps: 'Elke beoordeelde transformatie haalt haar doel: er is nu geen steun voor te stellen.',
		noMatches: 'Geen enkele maatregel uit de catalogus past bij deze achterstanden en dit profiel.',
		loadFailed: 'De catalogus van steunmaatregelen kon niet geladen worden.',
		viewLabel: 'Groeperen',
		alsoAbove: 'Ook voor deze transformatie, hierboven getoond:',
		showAll: (n) => `Alle ${n} tonen`,
		showFewer: 'Minder tonen',
		byTransformation: 'Per transformatie',
		byStage: 'Per volgende stap',
		groupHeading: (transformation, score, target) => `${transformation}: ${score}, doel ${target}`,
		nextStage: (stage) => `Volgende stap: ${stage}`,
		reason: (p) =>
			`${p.transformation} staat op ${p.score}, uw doel is ${p.target}: ${nlThisKind[p.kind]} past bij ${p.ahead ? 'een latere stap' : 'uw volgende stap'}, ${nlSteps[p.stage]}.`,
		alsoFor: (list) => `Ook voor: ${list}.`,
		kind: (kind) => nlKinds[kind],
		stage: (stage) => nlStages[stage],
		status: (status) => nlStatus[status],
		level: (level) => nlLevels[level],
		region: (region) => nlLevels[region],
		size: (size) => nlSizes[size],
		asOf: (month) => `stand van ${month}`,
		stale: (month) =>
			`Deze gegevens dateren van ${month}: vraag de geldende regels na bij de beheerder voordat u een aanvraag indient`,
		estimate: (amount, cost, rate) =>
			`Ongeveer ${amount} van een volgende stap van ${cost} (${rate})`,
		estimateLabel: 'Geschatte steun',
		estimateNote:
			'Schatting voor een gangbare volgende stap, zoals een doorlichting van 10 dagen; de beheerder bepaalt het echte bedrag.',
		themeRate: (label) => `Hoger percentage voor: ${label}`,
		capped: (cap) =>
			cap === 'project'
				? 'Beperkt door het plafond per project'
				: cap === 'year'
					? 'Beperkt door het jaarplafond'
					: 'Beperkt door het plafond over meerdere jaren',
		rates: 'Deel van de kosten dat betaald wordt',
		baseRate: 'Gewoon percentage',
		sizeShort: (size) =>
			({ micro: 'Micro', small: 'Klein', medium: 'Middelgroot', large: 'Groot' })[size],
		caps: 'Plafonds',
		capPerProject: (amount) => `${amount} per project`,
		capPerYear: (amount) => `${amount} per jaar`,
		capPerPeriod: (amount, years) => `${amount} per ${years} jaar`,
		minCost: (amount) => `Kleinste project dat in aanmerking komt: ${amount}`,
		operator: 'Beheerder',
		kindLabel: 'Soort',
		levelLabel: 'Niveau',
		eligibility: 'Voor wie',
		forSizes: (list) => `Voor ${list}`,
		allSizes: 'Bedrijven van elke grootte',
		maxAge: (years) => `Bedrijven tot ${years} jaar oud`,
		excludedSectors: (list) => `Niet voor deze sectoren (NACE): ${list}`,
		deMinimis: 'Telt mee voor het Europese de-minimisplafond voor kleine steunbedragen',
		conditions: 'Voorwaarden',
		cumulation: 'Combineren met andere steun',
		transformations: 'Transformaties',
		stages: 'Fasen',
		sources: 'Bronnen',
		seedSource: (file, lines) => `Bronbestand ${file}, regels ${lines}`,
		accessed: (month) => `geraadpleegd ${month}`,
		officialLink: 'Officiële pagina',
		newTab: '(opent in een nieuw tabblad)',
		catalogueTitle: 'Steunmaatregelen',
		catalogueIntro:
			'Overheidssteun die een Belgisch maakbedrijf kan gebruiken op weg naar Factory of the Future, met de datum en de bron van elk gegeven.',
		filters: 'Filteren',
		filterRegion: 'Gewest van uw bedrijf',
		filterKind: 'Soort steun',
		filterTransformation: 'Transformatie',
		filterEnded: 'Ook stopgezette maatregelen tonen',
		allRegions: 'Alle gewesten',
		allKinds: 'Alle soorten',
		allTransformations: 'Alle transformaties',
		resultCount: (n) => (n === 1 ? '1 maatregel' : `${n} maatregelen`),
		noneFound: 'Geen enkele maatregel past bij deze filters.',
		clearFilters: 'Filters wissen',
		showDetails: 'Details'
	},
	fr: {
		heading: 'Des aides pour votre prochaine étape',
		intro:
			"Les aides publiques que votre entreprise peut utiliser pour combler ses plus grands écarts, pour l'étape suivante de chaque transformation.",
		regionIntro: (region) =>
			`Aides pour une entreprise située ${region === 'brussels' ? 'à' : 'en'} ${frLevels[region]}, avec les aides fédérales, européennes et nationales.`,
		noRegion:
			"Indiquez un code postal belge dans le profil de l'entreprise pour voir les aides de votre région. En attendant, seules les aides fédérales, européennes et nationales sont affichées.",
		noSize:
			"Indiquez le nombre de travailleurs dans le profil de l'entreprise pour voir les montants estimés.",
		noGaps:
			'Chaque transformation évaluée atteint son objectif : aucune aide à proposer pour le moment.',
		noMatches: 'Aucune aide du catalogue ne correspond à ces écarts et à ce profil.',
		loadFailed: "Le catalogue des aides n'a pas pu être chargé.",
		viewLabel: 'Regrouper',
		alsoAbove: 'Aussi pour cette transformation, présentées plus haut :',
		showAll: (n) => `Afficher les ${n}`,
		showFewer: 'Afficher moins',
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
		level: (level) => frLevels[level],
		region: (region) => frLevels[region],
		size: (size) => frSizes[size],
		asOf: (month) => `situation en date ${frDe(month)}`,
		stale: (month) =>
			`Ces informations datent ${frDe(month)} : vérifiez les règles en vigueur auprès de l'opérateur avant d'introduire votre demande`,
		estimate: (amount, cost, rate) =>
			`Environ ${amount} sur une prochaine étape de ${cost} (${rate})`,
		estimateLabel: 'Aide estimée',
		estimateNote:
			"Estimation pour une prochaine étape courante, comme un diagnostic de 10 jours ; l'opérateur fixe le montant réel.",
		themeRate: (label) => `Taux majoré pour : ${label}`,
		capped: (cap) =>
			cap === 'project'
				? 'Limité par le plafond par projet'
				: cap === 'year'
					? 'Limité par le plafond annuel'
					: 'Limité par le plafond sur plusieurs années',
		rates: 'Part du coût prise en charge',
		baseRate: 'Taux de base',
		sizeShort: (size) =>
			({ micro: 'Micro', small: 'Petite', medium: 'Moyenne', large: 'Grande' })[size],
		caps: 'Plafonds',
		capPerProject: (amount) => `${amount} par projet`,
		capPerYear: (amount) => `${amount} par an`,
		capPerPeriod: (amount, years) => `${amount} sur ${years} ans`,
		minCost: (amount) => `Plus petit projet éligible : ${amount}`,
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
		cumulation: "Cumul avec d'autres aides",
		transformations: 'Transformations',
		stages: 'Étapes',
		sources: 'Sources',
		seedSource: (file, lines) => `Fichier source ${file}, lignes ${lines}`,
		accessed: (month) => `consulté en ${month}`,
		officialLink: 'Page officielle',
		newTab: '(ouvre un nouvel onglet)',
		catalogueTitle: 'Aides et soutiens',
		catalogueIntro:
			"Les aides publiques qu'une entreprise manufacturière belge peut utiliser sur la route de la Factory of the Future, avec la date et la source de chaque information.",
		filters: 'Filtrer',
		filterRegion: 'Région de votre entreprise',
		filterKind: "Type d'aide",
		filterTransformation: 'Transformation',
		filterEnded: 'Afficher aussi les aides terminées',
		allRegions: 'Toutes les régions',
		allKinds: 'Tous les types',
		allTransformations: 'Toutes les transformations',
		resultCount: (n) => (n === 1 ? '1 aide' : `${n} aides`),
		noneFound: 'Aucune aide ne correspond à ces filtres.',
		clearFilters: 'Effacer les filtres',
		showDetails: 'Détails'
	},
	de: {
		heading: 'Förderung für Ihren nächsten Schritt',
		intro:
			'Öffentliche Förderung, mit der Ihr Unternehmen seine größten Lücken schließen kann, für den nächsten Schritt in jeder Transformation.',
		regionIntro: (region) =>
			`Angezeigt für ein Unternehmen in ${deLevels[region]}, zusammen mit föderaler, europäischer und belgienweiter Förderung.`,
		noRegion:
			'Geben Sie im Unternehmensprofil eine belgische Postleitzahl ein, um die Förderung Ihrer Region zu sehen. Bis dahin wird nur föderale, europäische und belgienweite Förderung angezeigt.',
		noSize:
			'Geben Sie im Unternehmensprofil die Zahl der Beschäftigten ein, um geschätzte Beträge zu sehen.',
		noGaps:
			'Jede bewertete Transformation erreicht ihr Ziel: Derzeit ist keine Förderung vorzuschlagen.',
		noMatches: 'Kein Angebot im Katalog passt zu diesen Lücken und diesem Profil.',
		loadFailed: 'Der Förderkatalog konnte nicht geladen werden.',
		viewLabel: 'Gruppieren',
		alsoAbove: 'Auch für diese Transformation, weiter oben gezeigt:',
		showAll: (n) => `Alle ${n} anzeigen`,
		showFewer: 'Weniger anzeigen',
		byTransformation: 'Nach Transformation',
		byStage: 'Nach nächstem Schritt',
		groupHeading: (transformation, score, target) => `${transformation}: ${score}, Ziel ${target}`,
		nextStage: (stage) => `Nächster Schritt: ${stage}`,
		reason: (p) =>
			`${p.transformation} steht bei ${p.score}, Ihr Ziel ist ${p.target}: ${capitalize(deThisKind[p.kind])} passt zu ${p.ahead ? 'einem späteren Schritt' : 'Ihrem nächsten Schritt'}, ${deSteps[p.stage]}.`,
		alsoFor: (list) => `Auch für: ${list}.`,
		kind: (kind) => deKinds[kind],
		stage: (stage) => deStages[stage],
		status: (status) => deStatus[status],
		level: (level) => deLevels[level],
		region: (region) => deLevels[region],
		size: (size) => deSizes[size],
		asOf: (month) => `Stand: ${month}`,
		stale: (month) =>
			`Diese Angaben stammen vom ${month}: Prüfen Sie die aktuellen Regeln beim Träger, bevor Sie einen Antrag stellen`,
		estimate: (amount, cost, rate) =>
			`Etwa ${amount} eines nächsten Schritts von ${cost} (${rate})`,
		estimateLabel: 'Geschätzte Förderung',
		estimateNote:
			'Schätzung für einen üblichen nächsten Schritt, etwa eine Analyse von 10 Tagen; den tatsächlichen Betrag legt der Träger fest.',
		themeRate: (label) => `Höherer Satz für: ${label}`,
		capped: (cap) =>
			cap === 'project'
				? 'Begrenzt durch die Obergrenze pro Projekt'
				: cap === 'year'
					? 'Begrenzt durch die Jahresobergrenze'
					: 'Begrenzt durch die Obergrenze über mehrere Jahre',
		rates: 'Anteil der übernommenen Kosten',
		baseRate: 'Regelsatz',
		sizeShort: (size) =>
			({ micro: 'Kleinst', small: 'Klein', medium: 'Mittel', large: 'Groß' })[size],
		caps: 'Obergrenzen',
		capPerProject: (amount) => `${amount} pro Projekt`,
		capPerYear: (amount) => `${amount} pro Jahr`,
		capPerPeriod: (amount, years) => `${amount} in ${years} Jahren`,
		minCost: (amount) => `Kleinstes förderfähiges Projekt: ${amount}`,
		operator: 'Träger',
		kindLabel: 'Art',
		levelLabel: 'Ebene',
		eligibility: 'Für wen',
		forSizes: (list) => `Für ${list}`,
		allSizes: 'Unternehmen jeder Größe',
		maxAge: (years) => `Unternehmen bis ${years} Jahre alt`,
		excludedSectors: (list) => `Nicht für diese Sektoren (NACE): ${list}`,
		deMinimis: 'Zählt zur europäischen De-minimis-Obergrenze für Kleinbeihilfen',
		conditions: 'Bedingungen',
		cumulation: 'Kombination mit anderer Förderung',
		transformations: 'Transformationen',
		stages: 'Phasen',
		sources: 'Quellen',
		seedSource: (file, lines) => `Quelldatei ${file}, Zeilen ${lines}`,
		accessed: (month) => `abgerufen ${month}`,
		officialLink: 'Offizielle Seite',
		newTab: '(öffnet in einem neuen Tab)',
		catalogueTitle: 'Förderangebote',
		catalogueIntro:
			'Öffentliche Förderung, die ein belgischer Industriebetrieb auf dem Weg zur Factory of the Future nutzen kann, mit Datum und Quelle jeder Angabe.',
		filters: 'Filtern',
		filterRegion: 'Region Ihres Unternehmens',
		filterKind: 'Art der Förderung',
		filterTransformation: 'Transformation',
		filterEnded: 'Auch eingestellte Angebote anzeigen',
		allRegions: 'Alle Regionen',
		allKinds: 'Alle Arten',
		allTransformations: 'Alle Transformationen',
		resultCount: (n) => (n === 1 ? '1 Angebot' : `${n} Angebote`),
		noneFound: 'Kein Angebot passt zu diesen Filtern.',
		clearFilters: 'Filter zurücksetzen',
		showDetails: 'Details'
	}
};
