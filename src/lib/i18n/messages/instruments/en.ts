import type {
	InstrumentKind,
	InstrumentLevel,
	InstrumentStatus,
	JourneyStage,
	Region,
	SizeClass
} from '$lib/domain';
import { type ReasonParts } from './shared';
import { plural } from '../../plural';

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
	programme: 'Belgium-wide programme',
	'german-speaking-community': 'German-speaking Community'
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
	regionIntro: (region: Region, germanSpeaking = false) =>
		germanSpeaking
			? 'Shown for a company in the German-speaking Community: the economic support of the Walloon Region, the Community’s own support (training, employment), and federal, European and Belgium-wide support.'
			: `Shown for a company in ${enLevels[region]}, with federal, European and Belgium-wide support.`,
	noRegion:
		'Enter a Belgian postcode in the company profile to see the support of your region. Until then only federal, European and Belgium-wide support is shown.',
	noSize:
		'Enter the number of employees in the company profile to see the rates for your company’s size.',
	noGaps: 'Every assessed transformation is at or above its target: no support to suggest for now.',
	noMatches: 'No instrument in the catalogue fits these gaps and this profile.',
	loadFailed: 'The support catalogue could not be loaded.',
	viewLabel: 'Group by',
	alsoAbove: 'Also for this transformation, shown above:',
	showAll: (n: number) => `Show all ${n}`,
	showFewer: 'Show fewer',
	showGroup: (n: number) =>
		plural('en', n, { one: `Show ${n} instrument`, other: `Show ${n} instruments` }),
	hideGroup: 'Hide these instruments',
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
	// A call with a known last day; the date as formatDate writes it ("4 December 2026").
	openUntil: (date: string) => `Open for applications until ${date}`,
	callClosedOn: (date: string) =>
		`This call closed on ${date}; a new call is not confirmed. Ask the operator before you count on it.`,
	callOpensOn: (date: string) => `Applications open on ${date}.`,
	level: (level: InstrumentLevel) => enLevels[level],
	region: (region: Region) => enLevels[region],
	size: (size: SizeClass) => enSizes[size],
	asOf: (month: string) => `as of ${month}`,
	stale: (month: string) =>
		`These facts date from ${month}: check the current rules with the operator before you apply`,
	themeRate: (label: string) => `Higher rate for: ${label}`,
	rates: 'Share of the cost paid',
	baseRate: 'Standard rate',
	sizeShort: (size: SizeClass) =>
		({ micro: 'Micro', small: 'Small', medium: 'Medium', large: 'Large' })[size],
	caps: 'Ceilings',
	capPerProject: (amount: string) => `${amount} per project`,
	capPerYear: (amount: string) => `${amount} per year`,
	capPerPeriod: (amount: string, years: number) => `${amount} per ${years} years`,
	minCost: (amount: string) => `Smallest eligible project: ${amount}`,
	/** The minimum for one kind of cost (`kind` as the money messages name it). */
	minCostOf: (kind: string, amount: string) =>
		`Smallest eligible project (${kind.toLowerCase()}): ${amount}`,
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
	resultCount: (n: number) =>
		plural('en', n, { one: `${n} instrument`, other: `${n} instruments` }),
	noneFound: 'No instrument matches these filters.',
	clearFilters: 'Clear the filters',
	showDetails: 'Details'
};

export default en;
