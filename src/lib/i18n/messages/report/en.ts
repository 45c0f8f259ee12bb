import { type Kind, type Status, type Where } from './shared';
import { plural } from '../../plural';

const en = {
	documentTitle: (company: string) => `Action plan – ${company}`,
	brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
	reportTitle: 'Self-assessment and action plan',
	unnamedCompany: 'Company name not filled in',
	coverDate: 'Date of this report',
	coverFilledInBy: 'Filled in by',
	coverNobody: 'not recorded',
	coverQuestionnaire: 'Questionnaire',
	coverVersion: (title: string, version: number) => `${title}, version ${version}`,
	coverProfile: 'Company',
	coverPostcode: (postcode: string, region: string) => `Postcode ${postcode} (${region})`,
	coverEmployees: (n: string) => `${n} employees`,
	coverSector: (code: string) => `NACE ${code}`,
	coverNote:
		'Confidential. This report was made on the company’s own device from the answers of the people named above. It is a self-assessment, not an audit.',

	summaryOverall: (company: string, score: string, assessed: number, of: number) =>
		`${company} scores ${score} out of 5 on average (${assessed} of ${of} transformations assessed).`,
	summaryNothing: 'No transformation has been scored yet: the answers are still open.',
	summaryCompleteness: (share: string) =>
		`${share} of the applicable questions were answered with a level.`,
	summaryStrongest: (name: string, score: string) =>
		`The strongest transformation is ${name}, at ${score}.`,
	summaryGaps: (list: string) => `The largest gaps to target are in ${list}.`,
	summaryGapItem: (name: string, score: string, target: string) =>
		`${name} (${score}, target ${target})`,
	summaryNoGaps: 'Every assessed transformation has reached its target.',
	summaryFof: (n: number, of: number, points: string) =>
		`${n} of ${of} transformations are at Factory of the Future level (4) or above; ${points} level points are still to go to reach level 4 everywhere.`,
	summaryPerception: (names: string) =>
		`Your own estimate was at least one level higher than the answers show for ${names}. Worth discussing with the team.`,
	summaryPerceptionUnder: (names: string) =>
		`Your own estimate was at least one level lower than the answers show for ${names}. Worth checking with the team.`,
	summaryNotApplicable: (n: number) =>
		plural('en', n, {
			one: 'One question was marked not applicable.',
			other: `${n} questions were marked not applicable.`
		}),
	summaryIndicative: (names: string, share: string) =>
		`Indicative only, because fewer than ${share} of their applicable questions have a level: ${names}. They are left out of the overall score, the gaps and the distance to level 4.`,
	summaryPlan: (n: number) =>
		plural('en', n, {
			one: 'The action plan in this report sets one priority.',
			other: `The action plan in this report sets ${n} priorities.`
		}),
	ambitionHeading: 'Our ambition',
	coverAnsweredLabel: 'Questions answered',
	coverAnswered: (answered: number, applicable: number) =>
		answered === applicable
			? `All ${applicable} applicable questions have a level`
			: `${answered} of ${applicable} applicable questions have a level; ${applicable - answered} are still open`,
	overviewHeading: 'The overall picture',
	prioritiesHeading: 'Priorities and next step',
	prioritiesIntro:
		'Proposed from the largest gaps to target, weighted by how much each transformation matters to the company, then reviewed. The full plan, with every action, owner and date, follows the scores.',
	prioritiesNone:
		'No priority is set: every assessed transformation has reached its target, or nothing is assessed yet.',
	colPriority: 'Priority',
	colWhere: 'Score / target',
	colFirstAction: 'First action',
	colLead: 'Owner · date',
	colSupport: 'Support that fits',
	moreActions: (n: number) =>
		plural('en', n, {
			one: `+ ${n} more action in the plan`,
			other: `+ ${n} more actions in the plan`
		}),
	nextStepHeading: 'Next step: the advisory site visit',
	answersHeading: 'Annex 1: every answer',
	answersIntro:
		'The level each answer gives today, with the notes and photos taken as evidence. What the scores rest on.',
	listAnd: 'and',

	chartHeading: 'Score per transformation',
	chartNote:
		'Scale 1 to 5. Level 4 is the performance of a Factory of the Future award winner: laureates score at least 8 out of 10 on every criterion, so here a transformation counts at level 4 only when each of its areas does.',
	legendScore: 'Score',
	legendTarget: 'Target',
	legendSelf: 'Your estimate',
	tableTransformation: 'Transformation',
	tableScore: 'Score',
	tableTarget: 'Target',
	tableGap: 'Gap',
	tableSelf: 'Your estimate',
	tableAnswered: 'Answered',
	tableOverall: 'Overall',
	tableWeakest: (area: string, score: string) => `weakest area: ${area} (${score})`,
	tableNotApplicable: (n: number) => `${n} N/A`,
	tableIndicativeNote: (share: string) =>
		`* Indicative: fewer than ${share} of the applicable questions have a level. Not counted in the overall score, the gaps or the distance to level 4.`,
	notAssessed: 'not assessed',

	detailScore: (score: string, target: string) => `Score ${score} · target ${target}`,
	detailArea: 'Area',
	noteLabel: 'Note',
	detailToday: 'Today',
	levelName: (level: number, name: string) => `Level ${level} · ${name}`,
	levelMean: (value: string, n: number) => `Mean ${value} of ${n} answers`,
	dontKnow: 'Don’t know',
	notApplicable: 'Not applicable',
	notAnswered: 'Not answered',
	planHeading: 'Action plan',
	planIntro:
		'Priorities proposed from the gaps to target, weighted by the importance you gave each transformation, then reviewed by you. Each action has an owner and a target date.',
	planEmpty: 'No priorities have been set yet.',
	priorityHeading: (n: number, name: string) => `Priority ${n}: ${name}`,
	priorityFacts: (score: string, target: string, gap: string, importance: string) =>
		`Score ${score} · target ${target} · gap ${gap} · importance: ${importance}`,
	importance: (level: number) => (level === 1 ? 'low' : level === 3 ? 'high' : 'normal'),
	actionNumber: '#',
	action: 'Action',
	owner: 'Owner',
	dueDate: 'Target date',
	dueBefore: (n: string) => `Before ${n}, which must come first`,
	noActions: 'No actions yet.',
	notSet: '–',
	prioritySupport: (names: string) =>
		`Support that fits: ${names} (see “Support for your next step”).`,

	instrumentsHeading: 'Support for your next step',
	instrumentsIntro:
		'Public support the company appears to qualify for, given its region, size, age and sector, with the terms it pays on. What each one pays for the actions of this plan is in the action plan; only the operator decides.',
	instrumentsNone:
		'No support instrument in the catalogue matches this company’s profile and gaps.',
	instrumentsMore: (n: number) =>
		plural('en', n, {
			one: 'One more instrument fits; the app lists them all.',
			other: `${n} more instruments fit; the app lists them all.`
		}),
	termsRate: (rate: string, covers: string) => `Pays ${rate} of eligible ${covers}`,
	termsNoRate: (covers: string) => `For ${covers}; no set share of the cost`,
	termsTheme: (theme: string) => `at the rate for “${theme}”`,
	termsTopics: (topics: string) => `only for: ${topics}`,
	termsCapProject: (amount: string) => `up to ${amount} per project`,
	termsCapYear: (amount: string) => `up to ${amount} a year`,
	termsCapPeriod: (amount: string, years: number) => `up to ${amount} over ${years} years`,
	termsMinCost: (amount: string) => `from ${amount} of eligible cost`,
	termsMinAid: (amount: string) => `smallest grant ${amount}`,
	inPlan: (amount: string) => `Counted in this plan: ${amount}.`,
	unconfirmed: (date: string) =>
		`Could not be confirmed: no current public source confirms these facts (last looked at ${date}). Not counted in the plan.`,
	conditions: 'Conditions',
	labelled: (label: string) => `${label}: `,
	asOf: (month: string) => `Facts as of ${month}.`,
	stale: (month: string) =>
		`These facts date from ${month}: check the current rules with the operator before you apply.`,
	source: 'Source',
	kind: (kind: Kind) =>
		({
			subsidy: 'Subsidy',
			voucher: 'Voucher',
			'tax-incentive': 'Tax incentive',
			'loan-equity': 'Loan or equity',
			coaching: 'Coaching',
			network: 'Network',
			training: 'Training',
			'research-infrastructure': 'Research infrastructure',
			award: 'Award',
			information: 'Information'
		})[kind],
	applicationsUntil: (date: string) => `Applications until ${date}.`,
	callClosedOn: (date: string) =>
		`Closed: the call closed on ${date} and a new call is not confirmed.`,
	callOpensOn: (date: string) => `Closed for now: applications open on ${date}.`,
	status: (status: Status) =>
		({
			open: 'Open',
			closed: 'Closed for now: check when it reopens',
			ended: 'Ended',
			unknown: 'Status to be checked with the operator'
		})[status],
	where: (where: Where) =>
		({
			federal: 'Federal',
			flanders: 'Flanders',
			wallonia: 'Wallonia',
			brussels: 'Brussels',
			eu: 'European Union',
			programme: 'Made Different programme',
			'german-speaking-community': 'German-speaking Community'
		})[where],

	nextStepText:
		'An expert of Agoria or Sirris visits the shop floor for about half a day, goes through these results with you and points to the transformation opportunities that matter most.',
	signOffHeading: 'Commitment of top management',
	signOffText: (company: string) =>
		`The management of ${company} has read this action plan and commits to carry it out, with the owners and dates set in it.`,
	signName: 'Name',
	signRole: 'Function',
	signDate: 'Date',
	signSignature: 'Signature',

	annexHeading: 'Annex 2: how the scores are calculated',
	methodAnswers:
		'Each question describes one performance area in five observable levels. Level 4 is the performance of a Factory of the Future award winner; level 5 is a measurable step beyond. “Don’t know” counts as open. “Not applicable” is offered only where a question can truly not apply, and then leaves it out; elsewhere such an answer counts as open.',
	methodRespondents:
		'When several people answer, a question counts with the mean of their levels, unless the group agreed on a consensus answer, which then counts alone. Answers carried over from an earlier assessment count only once confirmed.',
	methodScore: (share: string) =>
		`The score of a transformation is the weighted mean of its answered levels (weight 1 unless the questionnaire says otherwise): score = (sum of level × weight) ÷ (sum of weights), shown to one decimal. With fewer than ${share} of its applicable questions answered, the score is indicative (marked *) and counts nowhere else. The overall score is the mean of the transformations that count.`,
	methodGap:
		'The target is 4 unless you set another one. The gap is the target minus the score shown. Completeness is the share of the applicable questions answered with a level.',
	methodFof:
		'Award laureates score at least 8 out of 10 on every criterion (Sirris, 2025). So a transformation counts at level 4 only when its score counts and every answered area is at 4 or more (compared as shown: 3.96 shows as 4.0). The distance adds up how far the means of the others are below 4.',
	methodPriorities:
		'Priorities are proposed from gap × importance (1 low, 2 normal, 3 high). Their actions are the questionnaire’s next steps for the level of the areas furthest below target.',
	methodEstimates:
		'Support amounts apply each instrument’s rate for the company’s size class (or a higher theme rate) to the estimated cost of each action that it pays for (kind of cost and theme), then its ceilings (a yearly ceiling is shared by all actions of the plan) and its minimum cost and minimum grant. One instrument is counted per action; schemes whose terms no current public source confirms are shown but not counted.',
	disclaimerHeading: 'Disclaimer',
	disclaimer:
		'This report rests only on the answers given by the company. It is not an audit, a certification or advice, and it does not award any label. Support schemes change: the facts shown are as of the dates given, and only the operator of a scheme decides who qualifies and for how much. Nothing in this report was sent anywhere: it was made on the device.',

	headerText: (company: string) => `${company} · Self-assessment and action plan`,
	footerPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
	footerDate: (date: string) => `Made on ${date}`
};

export default en;
