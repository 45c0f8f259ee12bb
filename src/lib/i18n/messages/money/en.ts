// The money side of the plan: estimated costs, the support that pays for each action, the net
// cost, how fresh the catalogue's facts are, and how to ask for the advisory site visit.
// Pure TS (no Svelte): the PDF report uses the same sentences.
import type { ActionCostType, ActionTopic, InstrumentKind } from '$lib/domain';
import { plural } from '../../plural';

const enCostTypes: Record<ActionCostType, string> = {
	consultancy: 'Advice',
	training: 'Training',
	investment: 'Investment',
	rd: 'Research and development'
};

const enTopics: Record<ActionTopic, string> = {
	digitalisation: 'Digitalisation',
	automation: 'Automation',
	energy: 'Energy',
	environment: 'Environment',
	circularity: 'Circularity',
	cybersecurity: 'Cybersecurity',
	skills: 'Skills',
	quality: 'Quality',
	logistics: 'Logistics',
	'product-development': 'Product development',
	'intellectual-property': 'Intellectual property (patents, trademarks)',
	organisation: 'Organisation'
};

const en = {
	costLabel: 'Estimated cost (EUR)',
	/** A cost an earlier version proposed from a range without a public source (isUnsourcedEstimate). */
	unsourcedEstimate:
		'An earlier version of this scan proposed this figure from a typical range that had no public source. Replace it with your own estimate or your supplier’s quote.',
	unsourcedShort: 'unchecked estimate',
	costHelp:
		'Your own estimate of the external cost (advice, training, equipment), without internal hours.',
	costTypeLabel: 'What the money buys',
	costTypeNone: 'Not set',
	costType: (type: ActionCostType) => enCostTypes[type],
	topicLabel: 'Theme',
	topicNone: 'Not set',
	topic: (topic: ActionTopic) => enTopics[topic],
	supportLine: (amount: string, instrument: string, rate: string, asOf: string) =>
		`Support: ${amount} from ${instrument} (${rate} of the cost; terms as of ${asOf})`,
	cappedProject: 'limited by its ceiling per project',
	cappedYear: 'limited by its yearly ceiling, which the actions of this plan share',
	cappedPeriod: 'limited by its ceiling over several years, which the actions of this plan share',
	themeRate: (label: string) => `higher rate for ${label}`,
	noSupport: 'No support counted for this action.',
	missingCost: 'Enter an estimated cost to see what support pays and the net cost.',
	missingCostType:
		'Say what the money buys (advice, training, investment, research) to see which support pays for it.',
	missingSize:
		'Enter the number of employees in the company profile: support rates depend on the company size.',
	termsAsOf: (month: string) => `Terms as of ${month}.`,
	notCountedUnchecked: (instrument: string, amount: string) =>
		`${instrument} might pay ${amount}, but your company profile lacks a fact its conditions depend on: not counted.`,
	dependsOnAge: (limit: string) =>
		`Depends on your company’s age (${limit}): add the founding year in the company profile.`,
	ageUpTo: (years: number) =>
		years === 0
			? 'for companies founded this year'
			: plural('en', years, {
					one: `for companies up to ${years} year old`,
					other: `for companies up to ${years} years old`
				}),
	ageFrom: (years: number) =>
		plural('en', years, {
			one: `for companies at least ${years} year old`,
			other: `for companies at least ${years} years old`
		}),
	ageBetween: (min: number, max: number) => `for companies ${min} to ${max} years old`,
	dependsOnSize: (sizes: string) =>
		`Depends on your company’s size (for ${sizes}): add the number of employees in the company profile.`,
	dependsOnSector: (codes: string) =>
		`Depends on your sector (not for NACE ${codes}): add your sector in the company profile.`,
	notCountedUnconfirmed: (instrument: string, amount: string) =>
		`${instrument} might pay ${amount}, but no current public source confirms its terms: not counted.`,
	notCountedStatus: (instrument: string, amount: string) =>
		`${instrument} might pay ${amount}, but it is not confirmed that the scheme still runs: not counted.`,
	notCountedClosed: (instrument: string, amount: string) =>
		`${instrument} would pay ${amount}, but it takes no applications at the moment: not counted.`,
	notCountedClosedOn: (instrument: string, amount: string, date: string) =>
		`${instrument} would pay ${amount}, but its call closed on ${date} and a new call is not confirmed: not counted.`,
	notCountedCompetitive: (instrument: string, amount: string) =>
		`${instrument} could pay up to ${amount}, but it selects among applicants in competitive calls: not counted.`,
	/** Another scheme that would pay exactly the amount counted. */
	alternativeSame: (instrument: string, amount: string) =>
		`${instrument} would pay the same, ${amount}. Schemes rarely pay twice for the same cost, so only one of the two is counted.`,
	alternative: (instrument: string, amount: string) =>
		`${instrument} would pay ${amount} instead. Schemes rarely pay twice for the same cost, so only the larger amount is counted.`,
	refusedMinCost: (instrument: string, minCost: string) =>
		`${instrument}: pays only from ${minCost} of eligible cost for a company of your size.`,
	refusedMinAid: (instrument: string, amount: string, minAid: string) =>
		`${instrument}: would come to ${amount}, below its smallest grant of ${minAid}.`,
	refusedBudgetYear: (instrument: string, budget: string) =>
		`${instrument}: its yearly ceiling of ${budget} is used by earlier actions of this plan.`,
	refusedBudgetPeriod: (instrument: string, budget: string) =>
		`${instrument}: its ceiling of ${budget} over several years is used by earlier actions of this plan.`,
	refusedNoRate: (names: string) =>
		`Also for this kind of cost, but without a set share of it (loans, guarantees, tax relief, or a share set case by case): ${names}. No amount is computed for them.`,
	totalsHeading: 'Cost and support',
	estimatedCost: 'Estimated cost',
	support: 'Support',
	netCost: 'Net cost',
	total: 'Whole plan',
	uncosted: (n: number) =>
		plural('en', n, {
			one: `${n} action has no cost estimate and is not included.`,
			other: `${n} actions have no cost estimate and are not included.`
		}),
	uncheckedCosts: (n: number) =>
		plural('en', n, {
			one: `${n} cost is still a figure an earlier version of this scan proposed without a public source: replace it with your own estimate.`,
			other: `${n} costs are still figures an earlier version of this scan proposed without a public source: replace them with your own estimates.`
		}),
	totalsNote:
		'The costs are your own estimates; the support follows each scheme’s published terms, and only the operator of a scheme decides the real amount. Support whose terms no current public source confirms is shown but not counted.',
	noCostsYet:
		'No action has an estimated cost yet. Enter your own estimate or a supplier’s quote for each action: the plan then shows what support pays and the net cost.',
	freshness: (checked: number, total: number) =>
		`${checked} of ${total} ${plural('en', total, { one: 'fact', other: 'facts' })} checked in the last 12 months`,
	freshnessHelp:
		'A fact counts as checked when its terms were confirmed against the operator’s public page within the last 12 months.',
	unconfirmed: (checked: string) =>
		`Could not be confirmed: no current public source confirms these facts (last looked at ${checked}).`,
	checkedOn: (date: string) => `checked ${date}`,
	nextStepHeading: 'Your next step: the advisory site visit',
	nextStepText: (programme: string, operator: string) =>
		`The step after this scan is an advisory site visit of ${programme}, by ${operator}.`,
	nextStepRequest: 'How to request the visit',
	nextStepEmail: (email: string) => `E-mail: ${email}`,
	nextStepSource: 'Source',
	costInvalid: (text: string) =>
		`“${text}” is not an amount in euros. Type a whole figure such as 9.000 or 9 000; nothing was changed.`,
	costTooLarge: (max: string) => `That is more than ${max}; nothing was changed.`,
	costTypeHelp:
		'Support depends on it: some schemes pay only for advice, others only for investment.',
	actionMoney: 'Money',
	planAmount: (amount: string, actions: number) =>
		`In your plan: ${amount} for ${actions === 1 ? '1 action' : `${actions} actions`}`,
	planAmountHint:
		'Enter the estimated costs of your actions in the action plan to see what this scheme pays for them.',
	minAid: (amount: string) => `Smallest grant: ${amount}`,
	terms: 'What it pays',
	termsRate: (rate: string) => `${rate} of the eligible cost`,
	termsNoRate: (kind: InstrumentKind) =>
		kind === 'loan-equity'
			? 'A loan, a guarantee or equity: it pays no share of the cost'
			: kind === 'tax-incentive'
				? 'Tax relief: it lowers your tax and pays no share of the cost'
				: 'No single published share of the cost: the operator sets it case by case (see the conditions)',
	unconfirmedLabel: 'Not confirmed',
	confirmedFirst:
		'Schemes whose terms a current public source confirms come first; the others are marked “Not confirmed”.'
};

export default en;
