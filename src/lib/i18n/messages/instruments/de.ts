import type { Messages } from '../../catalog';
import type {
	InstrumentKind,
	InstrumentLevel,
	InstrumentStatus,
	JourneyStage,
	SizeClass
} from '$lib/domain';
import { capitalize } from './shared';
import type en from './en';
import { plural } from '../../plural';

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
	brussels: 'Region Brüssel-Hauptstadt',
	eu: 'Europäische Union',
	programme: 'Belgienweites Programm',
	'german-speaking-community': 'Deutschsprachige Gemeinschaft (Ostbelgien)'
};

const deSizes: Record<SizeClass, string> = {
	micro: 'Kleinstunternehmen',
	small: 'kleine Unternehmen',
	medium: 'mittlere Unternehmen',
	large: 'große Unternehmen'
};

const de: Messages<typeof en> = {
	heading: 'Förderung für Ihren nächsten Schritt',
	intro:
		'Öffentliche Förderung, mit der Ihr Unternehmen seine größten Lücken schließen kann, für den nächsten Schritt in jeder Transformation.',
	regionIntro: (region, germanSpeaking = false) =>
		germanSpeaking
			? 'Angezeigt für ein Unternehmen in Ostbelgien: die Wirtschaftsförderung der Wallonischen Region, die eigene Förderung der Deutschsprachigen Gemeinschaft (Ausbildung, Beschäftigung) sowie föderale, europäische und belgienweite Förderung.'
			: `Angezeigt für ein Unternehmen in ${region === 'brussels' ? 'der Region Brüssel-Hauptstadt' : deLevels[region]}, zusammen mit föderaler, europäischer und belgienweiter Förderung.`,
	noRegion:
		'Geben Sie im Unternehmensprofil eine belgische Postleitzahl ein, um die Förderung Ihrer Region zu sehen. Bis dahin wird nur föderale, europäische und belgienweite Förderung angezeigt.',
	noSize:
		'Geben Sie im Unternehmensprofil die Zahl der Beschäftigten an, um die Fördersätze für Ihre Unternehmensgröße zu sehen.',
	noGaps:
		'Jede bewertete Transformation erreicht ihr Ziel: Derzeit ist keine Förderung vorzuschlagen.',
	noMatches: 'Kein Angebot im Katalog passt zu diesen Lücken und diesem Profil.',
	loadFailed: 'Der Förderkatalog konnte nicht geladen werden.',
	viewLabel: 'Gruppieren',
	alsoAbove: 'Auch für diese Transformation, weiter oben gezeigt:',
	showAll: (n) => `Alle ${n} anzeigen`,
	showFewer: 'Weniger anzeigen',
	showGroup: (n) =>
		plural('de', n, { one: `${n} Angebot anzeigen`, other: `${n} Angebote anzeigen` }),
	hideGroup: 'Diese Angebote ausblenden',
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
	openUntil: (date) => `Anträge möglich bis zum ${date}`,
	callClosedOn: (date) =>
		`Dieser Aufruf endete am ${date}; ein neuer Aufruf ist nicht bestätigt. Fragen Sie beim Träger nach, bevor Sie damit rechnen.`,
	callOpensOn: (date) => `Anträge möglich ab dem ${date}.`,
	level: (level) => deLevels[level],
	region: (region) => deLevels[region],
	size: (size) => deSizes[size],
	asOf: (month) => `Stand: ${month}`,
	stale: (month) =>
		`Diese Angaben stammen vom ${month}: Prüfen Sie die aktuellen Regeln beim Träger, bevor Sie einen Antrag stellen`,
	themeRate: (label) => `Höherer Satz für: ${label}`,
	rates: 'Anteil der übernommenen Kosten',
	baseRate: 'Regelsatz',
	sizeShort: (size) =>
		({ micro: 'Kleinst', small: 'Klein', medium: 'Mittel', large: 'Groß' })[size],
	caps: 'Obergrenzen',
	capPerProject: (amount) => `${amount} pro Projekt`,
	capPerYear: (amount) => `${amount} pro Jahr`,
	capPerPeriod: (amount, years) => `${amount} in ${years} Jahren`,
	minCost: (amount) => `Kleinstes förderfähiges Projekt: ${amount}`,
	// Nouns keep their capital in German.
	minCostOf: (kind, amount) => `Kleinstes förderfähiges Projekt (${kind}): ${amount}`,
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
	resultCount: (n) => plural('de', n, { one: `${n} Angebot`, other: `${n} Angebote` }),
	noneFound: 'Kein Angebot passt zu diesen Filtern.',
	clearFilters: 'Filter zurücksetzen',
	showDetails: 'Details'
};

export default de;
