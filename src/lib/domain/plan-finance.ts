// Pure domain code: no DOM, no storage, no Svelte.
// What the action plan costs and what public support pays for it. Each action of the plan has an
// estimated cost (the questionnaire's typical range, or the user's figure), what the money buys
// (consultancy, training, investment, R&D) and its topics; an instrument pays for it only when it
// covers that kind of cost, fits its topic (or, without topics, its transformation), and the
// company may use it. Amounts are the cost times the instrument's rate for the company's size,
// limited by its caps, and refused below its minimum cost or minimum aid, with the reason.
import type { ActionPlan, PlanAction } from './record';
import type {
	ActionCostType,
	CatalogueInstrument,
	InstrumentStatus,
	LocalizedText,
	SizeClass,
	TransformationId
} from './content/schema';
import { instrumentStatusOn, type InstrumentStatusOnDay } from './instrument-status';
import { isEligible, minCostFor, type ProfileFacts, type UncheckedFact } from './matching';

/** What one instrument would pay for one action. */
export type SupportOffer = {
	instrument: CatalogueInstrument;
	/** The share of the cost paid (0–1) for the company's size, a theme's rate when higher. */
	rate: number;
	/** Set when a theme's higher rate was used. */
	themeLabel?: LocalizedText;
	/** EUR paid, whole euros, after every cap; never above a cap, never below minAid. */
	amount: number;
	/**
	 * The cap that limited the amount: the instrument's cap per project, or its yearly or
	 * multi-year ceiling, which all actions of the plan share (one budget per instrument).
	 */
	cappedBy: 'project' | 'year' | 'period' | null;
	/**
	 * Why the amount is not counted in the plan's support: one of its conditions could not be
	 * checked because the profile lacks the fact (`unchecked` says which), its facts could not be
	 * confirmed against a current public source, the scheme's status is unknown, it takes no
	 * applications now (also a call whose closing day has passed), or it selects among applicants
	 * in competitive calls (a chance, not a plan figure). null when it is counted or could be.
	 */
	notCounted: 'unchecked' | 'unconfirmed' | 'status-unknown' | 'closed' | 'competitive' | null;
	/** The last day of its call, when `notCounted` is 'closed' because that day has passed. */
	closedOn?: string;
	/** The conditions the profile could not check (founding year, sector); set when any. */
	unchecked?: UncheckedFact[];
};

/** Why an instrument that fits an action pays nothing for it. */
export type Refusal =
	| { kind: 'below-min-cost'; minCost: number }
	| { kind: 'below-min-aid'; minAid: number; amount: number }
	| { kind: 'budget-used'; cap: 'year' | 'period'; budget: number }
	| { kind: 'no-rate' };

export type RefusedOffer = { instrument: CatalogueInstrument; reason: Refusal };

export type ActionFinance = {
	actionId: string;
	transformationId: TransformationId;
	/** The estimated cost in EUR, null when none is entered. */
	cost: number | null;
	/**
	 * Why no instrument could be weighed: no cost entered, no kind of cost set, or the
	 * company's size class unknown (rates depend on it). null when they were.
	 */
	missing: 'cost' | 'cost-type' | 'size' | null;
	/** The support counted for this action: the largest confirmed offer; null when none. */
	support: SupportOffer | null;
	/** Other instruments that would pay, largest first; not counted (one per action). */
	alternatives: SupportOffer[];
	/** Instruments that fit the action but pay nothing for it, with the reason. */
	refused: RefusedOffer[];
};

export type CostTotals = {
	/** Sum of the estimated costs of the actions that have one, EUR. */
	cost: number;
	/** Sum of the counted support, EUR. */
	support: number;
	/** cost − support. */
	net: number;
	/** Actions without a cost estimate: they are not in the sums. */
	uncosted: number;
	/** Actions with one. With none, the sums are zeros that say nothing: pages ask for costs. */
	costed: number;
	/** Costed actions whose figure is still an unsourced proposal (isUnsourcedEstimate). */
	unchecked: number;
};

export type PriorityFinance = CostTotals & {
	transformationId: TransformationId;
	actions: ActionFinance[];
};

export type PlanFinance = CostTotals & { priorities: PriorityFinance[] };

export type PlanFinanceInput = {
	plan: ActionPlan;
	/** The whole catalogue; eligibility is checked here. */
	instruments: readonly CatalogueInstrument[];
	facts: ProfileFacts;
	/** The day the plan is weighed on: a call whose closing day has passed pays nothing counted. */
	today: Date;
};

/**
 * Whether an instrument pays for this kind of action: it covers the action's kind of cost, and
 * either its `funding.topics` share a topic with the action, or (an instrument for any topic)
 * it serves the priority's transformation. An action without topics does not fit an instrument
 * restricted to topics: the user has to say what the action is about first.
 *
 *   covers [consultancy], topics [cybersecurity]; action consultancy on [digitalisation] -> false
 *   covers [investment], no topics, transformations [smart-production-systems];
 *     investment action of the smart-production-systems priority                   -> true
 */
export function paysForAction(
	instrument: CatalogueInstrument,
	action: Pick<PlanAction, 'costType' | 'topics'>,
	transformationId: TransformationId
): boolean {
	const funding = instrument.funding;
	if (!funding || !action.costType) return false;
	if (!(funding.covers as readonly string[]).includes(action.costType)) return false;
	if (funding.topics) return (action.topics ?? []).some((topic) => funding.topics!.includes(topic));
	return instrument.transformations.includes(transformationId);
}

/**
 * The rate an instrument pays for a company of `sizeClass` on an action of `transformationId`
 * that buys `costType`: the size's rate (that kind of cost's own rate where the instrument sets
 * one in `byCostType`), or a theme's rate for that transformation when it is higher.
 *
 *   rate {small: 0.08}, byCostType {training: {rate: {small: 0.2}}}: investment -> 0.08, training -> 0.2
 */
export function rateFor(
	instrument: CatalogueInstrument,
	sizeClass: SizeClass,
	transformationId: TransformationId,
	costType?: ActionCostType
): { rate: number; themeLabel?: LocalizedText } | null {
	const funding = instrument.funding;
	if (!funding) return null;
	// A kind of cost with its own terms (training at 20 % next to investment at 8 %) uses those.
	const rates = (costType && funding.byCostType?.[costType]?.rate) || funding.rate;
	let best: { rate: number; themeLabel?: LocalizedText } | null =
		rates?.[sizeClass] !== undefined ? { rate: rates[sizeClass] } : null;
	for (const theme of funding.themes ?? []) {
		const rate = theme.rate[sizeClass];
		if (rate === undefined || !theme.transformations.includes(transformationId)) continue;
		if (!best || rate > best.rate) best = { rate, themeLabel: theme.label };
	}
	return best;
}

/**
 * The budget an instrument has for the whole plan: its yearly ceiling and its multi-year ceiling,
 * the smaller one binding. The plan is one budget per instrument, so a yearly ceiling is not
 * counted once per action (a plan runs a year or two; the conservative reading is one year's).
 */
function planBudget(
	instrument: CatalogueInstrument
): { cap: 'year' | 'period'; amount: number } | null {
	const year = instrument.funding?.capPerYear;
	const period = instrument.funding?.capPerPeriod?.amount;
	if (year === undefined && period === undefined) return null;
	if (period === undefined || (year !== undefined && year <= period))
		return { cap: 'year', amount: year! };
	return { cap: 'period', amount: period };
}

/**
 * Why an offer is not counted, the first reason that holds: a condition the profile could not
 * check comes first, because the user can settle it (add the founding year or the sector).
 */
function notCounted(
	instrument: CatalogueInstrument,
	unchecked: readonly UncheckedFact[],
	status: InstrumentStatus
): SupportOffer['notCounted'] {
	if (unchecked.length) return 'unchecked';
	if (!instrument.confirmed) return 'unconfirmed';
	if (status === 'unknown') return 'status-unknown';
	if (status === 'closed') return 'closed';
	if (instrument.funding?.competitive) return 'competitive';
	return null;
}

/**
 * What one instrument pays for one action of `cost`, given what is left of its plan budget:
 *
 * 1. below its minimum cost for the company's size → refused (below-min-cost);
 * 2. no rate for the size (e.g. a loan or a guarantee) → refused (no-rate);
 * 3. cost × rate, rounded to whole euros, limited by the cap per project, then by what is left of
 *    the yearly / multi-year budget (nothing left → refused, budget-used);
 * 4. below its minimum aid → refused (below-min-aid).
 *
 *   rate {small: 0.3}, capPerProject 6000, cost 25000 → amount 6000, cappedBy 'project'
 *   minCost {small: 50000}, cost 40000              → refused below-min-cost 50000
 */
export function offerFor(
	instrument: CatalogueInstrument,
	sizeClass: SizeClass,
	transformationId: TransformationId,
	cost: number,
	budgetLeft: number,
	costType: ActionCostType | undefined,
	/** Its conditions the profile could not check (isEligible): the offer is then not counted. */
	unchecked: readonly UncheckedFact[],
	/** Its status on the plan's day (instrumentStatusOn): a closed call is not counted. */
	statusToday: InstrumentStatusOnDay
): SupportOffer | RefusedOffer {
	const funding = instrument.funding!;
	const own = costType ? funding.byCostType?.[costType] : undefined;
	const minCost = minCostFor(own ? own.minCost : funding.minCost, sizeClass);
	if (minCost !== undefined && cost < minCost)
		return { instrument, reason: { kind: 'below-min-cost', minCost } };
	const rate = rateFor(instrument, sizeClass, transformationId, costType);
	if (!rate) return { instrument, reason: { kind: 'no-rate' } };

	let amount = Math.round(cost * rate.rate);
	let cappedBy: SupportOffer['cappedBy'] = null;
	if (funding.capPerProject !== undefined && amount > funding.capPerProject) {
		amount = funding.capPerProject;
		cappedBy = 'project';
	}
	const budget = planBudget(instrument);
	if (budget && amount > budgetLeft) {
		if (budgetLeft <= 0)
			return {
				instrument,
				reason: { kind: 'budget-used', cap: budget.cap, budget: budget.amount }
			};
		amount = budgetLeft;
		cappedBy = budget.cap;
	}
	if (funding.minAid !== undefined && amount < funding.minAid)
		return { instrument, reason: { kind: 'below-min-aid', minAid: funding.minAid, amount } };

	const offer: SupportOffer = {
		instrument,
		rate: rate.rate,
		amount,
		cappedBy,
		notCounted: notCounted(instrument, unchecked, statusToday.status)
	};
	if (offer.notCounted === 'closed' && statusToday.closedOn) offer.closedOn = statusToday.closedOn;
	if (rate.themeLabel) offer.themeLabel = rate.themeLabel;
	if (unchecked.length) offer.unchecked = [...unchecked];
	return offer;
}

function isOffer(result: SupportOffer | RefusedOffer): result is SupportOffer {
	return 'amount' in result;
}

function sumTotals(items: readonly CostTotals[]): CostTotals {
	const cost = items.reduce((sum, item) => sum + item.cost, 0);
	const support = items.reduce((sum, item) => sum + item.support, 0);
	return {
		cost,
		support,
		net: cost - support,
		uncosted: items.reduce((n, i) => n + i.uncosted, 0),
		costed: items.reduce((n, i) => n + i.costed, 0),
		unchecked: items.reduce((n, i) => n + i.unchecked, 0)
	};
}

/**
 * Whether an action's cost is still the figure the scan itself proposed before December 2026:
 * the middle of a "typical range" (rounded to €100) that had no public source. The plan keeps
 * the figure, it is the user's plan now, but the screen and the PDF call it unchecked until the
 * user enters their own (setActionCost then drops the range).
 *
 *   {costRange: {min: 5000, max: 15000}, cost: 10000} -> true
 *   {costRange: {min: 5000, max: 15000}, cost: 12000} -> false (the user's figure)
 */
export function isUnsourcedEstimate(action: Pick<PlanAction, 'cost' | 'costRange'>): boolean {
	const range = action.costRange;
	return (
		!!range &&
		typeof action.cost === 'number' &&
		action.cost === Math.round((range.min + range.max) / 2 / 100) * 100
	);
}

/**
 * Cost, support and net cost of the plan, per action, per priority and in total.
 *
 * Actions are taken in plan order (priorities, then their actions). For each action every
 * instrument the company may use (isEligible) and that pays for it (paysForAction) is weighed
 * (offerFor). The largest offer whose facts are confirmed, that is open on `today` (a call past
 * its closing day is not: instrumentStatusOn) and whose conditions could all be checked against
 * the profile is counted as the action's support: one instrument per action, since public
 * schemes rarely pay twice for the same cost. Its amount comes off that instrument's yearly /
 * multi-year budget, which the later actions share (and so do instruments that name it in
 * `sharesCeilingWith`: one wallet); the other offers are listed as alternatives and not counted.
 *
 *   Small Flemish firm, two consultancy actions of €20,000 on digitalisation, one voucher at 50 %
 *   with capPerYear 7,500: first action €7,500 (capped by year), second refused (budget-used).
 */
export function planFinance(input: PlanFinanceInput): PlanFinance {
	const { facts } = input;
	// Instruments that pay and that the company may use, with the conditions left unchecked and
	// their status on the plan's day.
	const usable = input.instruments.flatMap((instrument) => {
		if (!instrument.funding) return [];
		const eligibility = isEligible(instrument, facts);
		return eligibility.eligible
			? [
					{
						instrument,
						unchecked: eligibility.unchecked,
						statusToday: instrumentStatusOn(instrument, input.today)
					}
				]
			: [];
	});
	// Spent per ceiling: an instrument that shares another's ceiling (one wallet) spends from it.
	const spent = new Map<string, number>();
	const ceilingOf = (instrument: CatalogueInstrument) =>
		instrument.funding?.sharesCeilingWith ?? instrument.id;
	const budgetLeft = (instrument: CatalogueInstrument) => {
		const budget = planBudget(instrument);
		return budget
			? budget.amount - (spent.get(ceilingOf(instrument)) ?? 0)
			: Number.POSITIVE_INFINITY;
	};

	const priorities = input.plan.priorities.map((priority): PriorityFinance => {
		const actions = priority.actions.map((action): ActionFinance => {
			const cost = typeof action.cost === 'number' && action.cost > 0 ? action.cost : null;
			const base = {
				actionId: action.id,
				transformationId: priority.transformationId,
				cost,
				support: null,
				alternatives: [],
				refused: []
			};
			const missing: ActionFinance['missing'] =
				cost === null
					? 'cost'
					: !action.costType
						? 'cost-type'
						: facts.sizeClass === null
							? 'size'
							: null;
			if (missing || cost === null || facts.sizeClass === null) return { ...base, missing };

			const results = usable
				.filter(({ instrument }) => paysForAction(instrument, action, priority.transformationId))
				.map(({ instrument, unchecked, statusToday }) =>
					offerFor(
						instrument,
						facts.sizeClass!,
						priority.transformationId,
						cost,
						budgetLeft(instrument),
						action.costType,
						unchecked,
						statusToday
					)
				);
			const offers = results
				.filter(isOffer)
				.sort(
					(a, b) =>
						b.amount - a.amount ||
						(a.instrument.id < b.instrument.id ? -1 : a.instrument.id > b.instrument.id ? 1 : 0)
				);
			const support = offers.find((offer) => offer.notCounted === null) ?? null;
			if (support) {
				const ceiling = ceilingOf(support.instrument);
				spent.set(ceiling, (spent.get(ceiling) ?? 0) + support.amount);
			}
			return {
				...base,
				missing: null,
				support,
				alternatives: offers.filter((offer) => offer !== support),
				refused: results.filter((result): result is RefusedOffer => !isOffer(result))
			};
		});
		const totals = sumTotals(
			actions.map((a, i) => ({
				cost: a.cost ?? 0,
				support: a.support?.amount ?? 0,
				net: 0,
				uncosted: a.cost === null ? 1 : 0,
				costed: a.cost === null ? 0 : 1,
				unchecked: a.cost !== null && isUnsourcedEstimate(priority.actions[i]!) ? 1 : 0
			}))
		);
		return { transformationId: priority.transformationId, actions, ...totals };
	});
	return { priorities, ...sumTotals(priorities) };
}

/**
 * What a user typed as an amount in EUR, read the way Belgians write it in any of the four
 * languages: dots, spaces (also the no-break spaces Intl prints) or apostrophes group thousands
 * ("9.000", "9 000", "9'000", and "9,000" as an English grouping), a comma or a dot followed by
 * one or two digits is the decimal part ("9.000,50", "12.5"), and a euro sign or "EUR" may come
 * before or after. The result is rounded to whole euros: plan costs are estimates.
 * Empty text clears the figure (null); anything else, a negative figure or one above `max` is
 * refused, so a typo never changes what is stored.
 *
 *   parseEuroAmount('9.000')      -> { ok: true, value: 9000 }
 *   parseEuroAmount('€ 9 000,50') -> { ok: true, value: 9001 }
 *   parseEuroAmount('')           -> { ok: true, value: null }
 *   parseEuroAmount('9.00.0')     -> { ok: false, reason: 'format' }
 *   parseEuroAmount('-5')         -> { ok: false, reason: 'format' }
 */
export function parseEuroAmount(
	text: string,
	max: number = Number.MAX_SAFE_INTEGER
): { ok: true; value: number | null } | { ok: false; reason: 'format' | 'too-large' } {
	const trimmed = text
		.trim()
		.replace(/^(€|eur)\s*/i, '')
		.replace(/\s*(€|eur)$/i, '')
		.trim();
	if (trimmed === '') return { ok: true, value: null };
	// Digits in groups of three after the first group; one optional decimal part of 1–2 digits.
	const match = /^(\d{1,3}(?:[.,\s\u00a0\u202f'’]\d{3})+|\d+)(?:([.,])(\d{1,2}))?$/.exec(trimmed);
	if (!match) return { ok: false, reason: 'format' };
	const whole = match[1]!.replace(/[.,\s\u00a0\u202f'’]/g, '');
	// One separator kind for the thousands, and another for the decimals: "9.000,000",
	// "1,000.000.5" or "9.000.50" are not amounts.
	const separators = new Set(match[1]!.replace(/\d/g, ''));
	if (separators.size > 1 || (match[2] && separators.has(match[2])))
		return { ok: false, reason: 'format' };
	const value = Math.round(Number(`${whole}.${match[3] ?? '0'}`));
	if (!Number.isFinite(value)) return { ok: false, reason: 'format' };
	if (value > max) return { ok: false, reason: 'too-large' };
	return { ok: true, value };
}
