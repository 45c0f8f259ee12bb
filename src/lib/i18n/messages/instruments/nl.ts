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
	programme: 'Programma voor heel België',
	'german-speaking-community': 'Duitstalige Gemeenschap'
};

const nlSizes: Record<SizeClass, string> = {
	micro: 'micro-ondernemingen',
	small: 'kleine ondernemingen',
	medium: 'middelgrote ondernemingen',
	large: 'grote ondernemingen'
};

const nl: Messages<typeof en> = {
	heading: 'Steun voor uw volgende stap',
	intro:
		'Overheidssteun die uw bedrijf kan gebruiken om de grootste achterstanden weg te werken, voor de volgende stap in elke transformatie.',
	regionIntro: (region, germanSpeaking = false) =>
		germanSpeaking
			? 'Getoond voor een bedrijf in de Duitstalige Gemeenschap: de economische steun van het Waals Gewest, de eigen steun van de Gemeenschap (opleiding, werk) en federale, Europese en nationale steun.'
			: `Getoond voor een bedrijf in ${nlLevels[region]}, samen met federale, Europese en nationale steun.`,
	noRegion:
		'Vul een Belgische postcode in bij het bedrijfsprofiel om de steun van uw gewest te zien. Tot dan ziet u alleen federale, Europese en nationale steun.',
	noSize:
		'Vul het aantal werknemers in bij het bedrijfsprofiel om de steunpercentages voor uw bedrijfsgrootte te zien.',
	noGaps: 'Elke beoordeelde transformatie haalt haar doel: er is nu geen steun voor te stellen.',
	noMatches: 'Geen enkele maatregel uit de catalogus past bij deze achterstanden en dit profiel.',
	loadFailed: 'De catalogus van steunmaatregelen kon niet geladen worden.',
	viewLabel: 'Groeperen',
	alsoAbove: 'Ook voor deze transformatie, hierboven getoond:',
	showAll: (n) => `Alle ${n} tonen`,
	showFewer: 'Minder tonen',
	showGroup: (n) =>
		plural('nl', n, { one: `${n} maatregel tonen`, other: `${n} maatregelen tonen` }),
	hideGroup: 'Deze maatregelen verbergen',
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
	openUntil: (date) => `Aanvragen mogelijk tot en met ${date}`,
	callClosedOn: (date) =>
		`Deze oproep is op ${date} afgesloten; een nieuwe oproep is niet bevestigd. Vraag het na bij de beheerder voordat u erop rekent.`,
	callOpensOn: (date) => `Aanvragen mogelijk vanaf ${date}.`,
	level: (level) => nlLevels[level],
	region: (region) => nlLevels[region],
	size: (size) => nlSizes[size],
	asOf: (month) => `stand van ${month}`,
	stale: (month) =>
		`Deze gegevens dateren van ${month}: vraag de geldende regels na bij de beheerder voordat u een aanvraag indient`,
	themeRate: (label) => `Hoger percentage voor: ${label}`,
	rates: 'Deel van de kosten dat betaald wordt',
	baseRate: 'Gewoon percentage',
	sizeShort: (size) =>
		({ micro: 'Micro', small: 'Klein', medium: 'Middelgroot', large: 'Groot' })[size],
	caps: 'Plafonds',
	capPerProject: (amount) => `${amount} per project`,
	capPerYear: (amount) => `${amount} per jaar`,
	capPerPeriod: (amount, years) => `${amount} per ${years} jaar`,
	minCost: (amount) => `Kleinste project dat in aanmerking komt: ${amount}`,
	minCostOf: (kind, amount) =>
		`Kleinste project dat in aanmerking komt (${kind.toLowerCase()}): ${amount}`,
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
	resultCount: (n) => plural('nl', n, { one: `${n} maatregel`, other: `${n} maatregelen` }),
	noneFound: 'Geen enkele maatregel past bij deze filters.',
	clearFilters: 'Filters wissen',
	showDetails: 'Details'
};

export default nl;
