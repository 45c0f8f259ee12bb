// Pure domain code: no DOM, no storage, no Svelte.
// Matches the support-instrument catalogue to one company: who may use what (eligibility), what it
// would pay for a typical next step (estimate), and in which order to show it (ranking). Returns
// structured data only; the sentences people read are built in $lib/i18n/messages/instruments.ts.
import {
	JOURNEY_STAGES,
	REGIONS,
	TRANSFORMATION_IDS,
	type CatalogueInstrument,
	type EurosBySize,
	type InstrumentArea,
	type InstrumentLevel,
	type InstrumentStatus,
	type JourneyStage,
	type LocalizedText,
	type Region,
	type SizeClass,
	type TransformationId
} from './content/schema';
import { naceDivision, naceSection } from './profile';
import { round1, type AssessmentScore, type TransformationScore } from './scoring';

export type AmountEstimate = {
	/** The eligible cost the estimate is for, in EUR. */
	cost: number;
	/** The share of the cost paid (0–1) for this size class, after a theme's higher rate. */
	rate: number;
	/** EUR paid, after the caps, rounded to whole euros. */
	amount: number;
	/** The cap that limited the amount, or null when cost × rate stayed under every cap. */
	cappedBy: 'project' | 'year' | 'period' | null;
	/** Set when a theme's rate was used (e.g. "Cybersecurity training"). */
	themeLabel?: LocalizedText;
};

export type MatchedTransformation = {
	transformationId: TransformationId;
	score: number;
	target: number;
	gap: number;
	/** The next journey stage of this transformation (see stageForScore). */
	stage: JourneyStage;
};

export type InstrumentMatch = {
	instrument: CatalogueInstrument;
	/** The company's transformations with a gap that this instrument serves, largest gap first. */
	transformations: (MatchedTransformation & {
		/** The instrument's stage matched for this transformation: its next stage or the one after. */
		matchedStage: JourneyStage;
	})[];
	/** The next journey stage it is matched for. */
	stage: JourneyStage;
	/** Estimated support for a typical next step (a ~10-day assessment of about €10,000 for diagnosis/plan), null when it pays nothing computable. */
	estimate: AmountEstimate | null;
	/** asOf older than 12 months at `today`. */
	stale: boolean;
	rank: number;
};

export type MatchInput = {
	instruments: CatalogueInstrument[];
	region: Region | null;
	sizeClass: SizeClass | null;
	companyAgeYears: number | null;
	sector: string | null;
	score: AssessmentScore;
	today: Date;
};

/** What eligibility is judged on: the company profile, already derived (region, size class, age). */
export type ProfileFacts = {
	region: Region | null;
	sizeClass: SizeClass | null;
	companyAgeYears: number | null;
	/** NACE code as in the profile: 'C25', 'C' or '25'. */
	sector: string | null;
};

/** Why an instrument is not open to the company; each renders as one plain sentence. */
export type IneligibleReason =
	| { kind: 'ended' }
	| { kind: 'region'; regions: InstrumentArea[]; company: Region }
	| { kind: 'region-unknown'; regions: InstrumentArea[] }
	| { kind: 'size'; allowed: SizeClass[]; company: SizeClass }
	| { kind: 'age'; maxYears: number; company: number }
	| { kind: 'sector'; excluded: string; company: string };

/** A condition that could not be checked because the profile lacks the fact. */
export type UncheckedFact = 'size' | 'age' | 'sector';

export type Eligibility = {
	eligible: boolean;
	/** Every rule the company fails; empty when eligible. */
	reasons: IneligibleReason[];
	/** Rules not checked for lack of a profile fact: the user should confirm them. */
	unchecked: UncheckedFact[];
};

/** The cost of the typical next step the estimate is shown for: a ~10-day assessment. */
export const TYPICAL_NEXT_STEP_COST = 10_000;

/** Facts older than this many months are flagged as stale. */
export const STALE_AFTER_MONTHS = 12;

const AREA_LEVELS: readonly InstrumentLevel[] = [
	'flanders',
	'wallonia',
	'brussels',
	'german-speaking-community'
];

/**
 * The regions where a company must be established to use an instrument: its `regions`, else the
 * region of its file (flanders, wallonia, brussels), else all three (federal, EU, programme-wide).
 *
 *   instrumentRegions({ level: 'flanders', … })                     -> ['flanders']
 *   instrumentRegions({ level: 'federal', … })                      -> ['flanders', 'wallonia', 'brussels']
 *   instrumentRegions({ level: 'eu', regions: ['wallonia'], … })    -> ['wallonia']
 */
export function instrumentRegions(instrument: CatalogueInstrument): InstrumentArea[] {
	if (instrument.regions && instrument.regions.length) return [...instrument.regions];
	if (AREA_LEVELS.includes(instrument.level)) return [instrument.level as InstrumentArea];
	return [...REGIONS];
}

/**
 * The smallest eligible cost for a size class: the one figure, or the size's own figure; none
 * when the instrument sets no minimum (or none for this size).
 *
 *   minCostFor(25000, 'small')                      -> 25000
 *   minCostFor({ small: 50000, medium: 100000 }, 'medium') -> 100000
 *   minCostFor({ small: 50000 }, null)              -> undefined
 */
export function minCostFor(
	minCost: EurosBySize | undefined,
	sizeClass: SizeClass | null
): number | undefined {
	if (minCost === undefined || typeof minCost === 'number') return minCost;
	return sizeClass === null ? undefined : minCost[sizeClass];
}

/**
 * Whether a company may use an instrument. The rules, each giving one reason when failed:
 * - `ended` schemes are never available (closed and unknown ones are: the UI says their status);
 * - the company's region must be one the instrument serves; with no known region only
 *   instruments open to all three regions pass, so another region's scheme is never shown;
 * - its size class must be listed in `eligibility.sizeClasses` (omitted = every size);
 * - its age must not exceed `eligibility.maxCompanyAgeYears`;
 * - its NACE section or division must not be in `eligibility.excludedSectors`.
 * A missing size, age or sector does not exclude the company; the rule is listed in `unchecked`.
 *
 *   isEligible(kmoPortefeuille, { region: 'flanders', sizeClass: 'large', companyAgeYears: 30, sector: 'C25' })
 *     -> { eligible: false, reasons: [{ kind: 'size', allowed: ['micro','small','medium'], company: 'large' }], unchecked: [] }
 */
export function isEligible(instrument: CatalogueInstrument, facts: ProfileFacts): Eligibility {
	const reasons: IneligibleReason[] = [];
	const unchecked: UncheckedFact[] = [];
	if (instrument.status === 'ended') reasons.push({ kind: 'ended' });

	const regions = instrumentRegions(instrument);
	if (facts.region === null) {
		if (regions.length < REGIONS.length) reasons.push({ kind: 'region-unknown', regions });
	} else if (!regions.includes(facts.region)) {
		reasons.push({ kind: 'region', regions, company: facts.region });
	}

	const eligibility = instrument.eligibility;
	const sizes = eligibility?.sizeClasses;
	if (sizes && sizes.length) {
		if (facts.sizeClass === null) unchecked.push('size');
		else if (!sizes.includes(facts.sizeClass))
			reasons.push({ kind: 'size', allowed: [...sizes], company: facts.sizeClass });
	}

	const maxAge = eligibility?.maxCompanyAgeYears;
	if (maxAge !== undefined) {
		if (facts.companyAgeYears === null) unchecked.push('age');
		else if (facts.companyAgeYears > maxAge)
			reasons.push({ kind: 'age', maxYears: maxAge, company: facts.companyAgeYears });
	}

	const excluded = eligibility?.excludedSectors;
	if (excluded && excluded.length) {
		const section = naceSection(facts.sector);
		const division = naceDivision(facts.sector);
		if (section === null && division === null) unchecked.push('sector');
		else {
			const hit = excluded.find((code) => code === section || code === division);
			if (hit) reasons.push({ kind: 'sector', excluded: hit, company: facts.sector ?? hit });
		}
	}

	return { eligible: reasons.length === 0, reasons, unchecked };
}

/**
 * What an instrument would pay of an eligible `cost` for a company of `sizeClass`, or null when
 * nothing computable: no funding rate for this size class, an unknown size class, a cost under
 * the instrument's minimum, or an instrument that pays nothing (networks, information).
 *
 * The rate is the size class's rate; when `transformations` are given and one of the
 * instrument's themes covers one of them, the theme's rate for the size class is used instead
 * (the highest such rate). Then the amount is limited by the cap per project, per year and per
 * period, in that order; `cappedBy` names the cap that bound (the first one on a tie).
 *
 *   rate {small: 0.3}, capPerYear 7500:
 *     estimateAmount(i, 'small', 10000)  -> { cost: 10000, rate: 0.3, amount: 3000, cappedBy: null }
 *     estimateAmount(i, 'small', 40000)  -> { cost: 40000, rate: 0.3, amount: 7500, cappedBy: 'year' }
 *   theme {transformations: [digital-factory], rate: {small: 0.45}}:
 *     estimateAmount(i, 'small', 10000, ['digital-factory']) -> { rate: 0.45, amount: 4500, themeLabel: … }
 */
export function estimateAmount(
	instrument: CatalogueInstrument,
	sizeClass: SizeClass | null,
	cost: number,
	transformations?: readonly TransformationId[]
): AmountEstimate | null {
	const funding = instrument.funding;
	if (!funding || sizeClass === null || !(cost > 0)) return null;
	const minCost = minCostFor(funding.minCost, sizeClass);
	if (minCost !== undefined && cost < minCost) return null;

	let rate = funding.rate?.[sizeClass];
	let themeLabel: LocalizedText | undefined;
	// The theme of the first transformation (the largest gap) that has one decides: a card shown
	// for Eco-production must not quote the cybersecurity rate of the same voucher.
	for (const id of transformations ?? []) {
		const theme = (funding.themes ?? []).find(
			(candidate) =>
				candidate.transformations.includes(id) && candidate.rate[sizeClass] !== undefined
		);
		if (!theme) continue;
		const themeRate = theme.rate[sizeClass]!;
		if (rate === undefined || themeRate > rate) {
			rate = themeRate;
			themeLabel = theme.label;
		}
		break;
	}
	if (rate === undefined) return null;

	const raw = cost * rate;
	let amount = raw;
	let cappedBy: AmountEstimate['cappedBy'] = null;
	const caps: [NonNullable<AmountEstimate['cappedBy']>, number | undefined][] = [
		['project', funding.capPerProject],
		['year', funding.capPerYear],
		['period', funding.capPerPeriod?.amount]
	];
	for (const [name, cap] of caps) {
		if (cap !== undefined && cap < amount) {
			amount = cap;
			cappedBy = name;
		}
	}
	const estimate: AmountEstimate = { cost, rate, amount: Math.round(amount), cappedBy };
	if (themeLabel) estimate.themeLabel = themeLabel;
	return estimate;
}

/**
 * The next journey stage for one score on the 1–5 scale (the Walloon hub's five stages):
 *
 * | score          | next stage  | why                                                        |
 * |----------------|-------------|------------------------------------------------------------|
 * | null           | awareness   | nothing answered: first learn what the transformation is   |
 * | below 2        | diagnosis   | little in place: an expert diagnosis shows where to start   |
 * | 2 to below 3   | plan        | the basics exist: turn them into an action plan            |
 * | 3 to below 4   | realisation | a plan exists: carry out the changes                       |
 * | 4 or more      | growth      | Factory-of-the-Future level: scale up, innovate, export     |
 *
 * The score is compared as shown (one decimal): 1.96 shows as 2.0 and is at the plan stage.
 */
export function stageForScore(score: number | null): JourneyStage {
	if (score === null) return 'awareness';
	const shown = round1(score);
	if (shown < 2) return 'diagnosis';
	if (shown < 3) return 'plan';
	if (shown < 4) return 'realisation';
	return 'growth';
}

/**
 * The company's next journey stage as a whole: the stage of its overall score (see
 * stageForScore), held back to `diagnosis` while less than half of the questions are answered,
 * because a self-assessment that incomplete is not yet a diagnosis.
 *
 *   overall 2.4, completeness 0.9 -> 'plan'
 *   overall 3.5, completeness 0.4 -> 'diagnosis'
 *   overall null                  -> 'awareness'
 */
export function nextJourneyStage(score: AssessmentScore): JourneyStage {
	const stage = stageForScore(score.overall);
	if (
		score.overall !== null &&
		score.completeness < 0.5 &&
		stageIndex(stage) > stageIndex('diagnosis')
	)
		return 'diagnosis';
	return stage;
}

function stageIndex(stage: JourneyStage): number {
	return JOURNEY_STAGES.indexOf(stage);
}

/**
 * The stage an instrument is matched for when a transformation's next stage is `next`: that
 * stage if the instrument serves it, else the stage right after it (support one step ahead is
 * still worth knowing), else null. Instruments for earlier stages only are not matched.
 */
function matchedStage(
	instrumentStages: readonly JourneyStage[],
	next: JourneyStage
): JourneyStage | null {
	if (instrumentStages.includes(next)) return next;
	const after = JOURNEY_STAGES[stageIndex(next) + 1];
	return after && instrumentStages.includes(after) ? after : null;
}

/** Whole months from an `asOf` (YYYY-MM or YYYY-MM-DD, taken as the 1st when no day) to `today`. */
export function monthsSince(asOf: string, today: Date): number {
	const [year, month, day] = asOf.split('-').map(Number);
	if (!year || !month) return Number.POSITIVE_INFINITY;
	let months = (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
	if (today.getUTCDate() < (day ?? 1)) months -= 1;
	return months;
}

/**
 * Facts older than 12 months at `today`.
 *
 *   isStale('2025-01', new Date('2026-01-01')) -> false (exactly 12 months)
 *   isStale('2025-01', new Date('2026-02-01')) -> true
 */
export function isStale(asOf: string, today: Date): boolean {
	return monthsSince(asOf, today) > STALE_AFTER_MONTHS;
}

const STATUS_ORDER: Record<InstrumentStatus, number> = { open: 0, unknown: 1, closed: 2, ended: 3 };
const LEVEL_ORDER: Record<InstrumentLevel, number> = {
	flanders: 0,
	wallonia: 0,
	brussels: 0,
	'german-speaking-community': 0,
	federal: 1,
	programme: 2,
	eu: 3
};

/**
 * The instruments a company may use for the transformations where it is below its target,
 * ranked. Never returns another region's instrument nor an ended one (see isEligible).
 *
 * An instrument is matched when it serves at least one transformation with a positive gap, at
 * that transformation's next stage (stageForScore) or the stage right after. Its `stage` is the
 * one matched for its largest-gap transformation. Its estimate is for the typical next step
 * (TYPICAL_NEXT_STEP_COST, raised to the instrument's minimum cost when that is higher), at
 * the theme rate when a theme covers one of its matched transformations.
 *
 * Ranking, each rule breaking the previous one's ties:
 * 1. status: open, then unknown, then closed (a closed scheme cannot be used today);
 * 2. the largest gap it serves, largest first (it helps where the company is furthest behind);
 * 3. matched at the transformation's own next stage before one stage ahead;
 * 4. level: regional, then federal, then programme-wide, then EU (Belgian support is mostly
 *    regional, and the closer scheme is usually the simpler one to apply for);
 * 5. the number of gap transformations it serves, most first;
 * 6. estimated amount, largest first (none last);
 * 7. fresh facts before stale ones; 8. id, for a stable order.
 * `rank` is the 1-based position.
 *
 *   Digital factory 2.0 / target 4 (gap 2), small Flemish company: a Flemish voucher serving
 *   digital-factory at the plan stage, rate 0.3 → matched for 'plan', estimate €3,000, rank 1.
 */
export function matchInstruments(input: MatchInput): InstrumentMatch[] {
	const facts: ProfileFacts = {
		region: input.region,
		sizeClass: input.sizeClass,
		companyAgeYears: input.companyAgeYears,
		sector: input.sector
	};
	const gaps = gapTransformations(input.score);
	if (!gaps.length) return [];

	const candidates: (Omit<InstrumentMatch, 'rank'> & { exactStage: boolean })[] = [];
	for (const instrument of input.instruments) {
		if (!isEligible(instrument, facts).eligible) continue;
		const served: (MatchedTransformation & { exact: boolean; matched: JourneyStage })[] = [];
		for (const gap of gaps) {
			if (!instrument.transformations.includes(gap.transformationId)) continue;
			const stage = matchedStage(instrument.stages, gap.stage);
			if (stage) served.push({ ...gap, matched: stage, exact: stage === gap.stage });
		}
		const first = served[0];
		if (!first) continue;
		const cost = Math.max(
			TYPICAL_NEXT_STEP_COST,
			minCostFor(instrument.funding?.minCost, input.sizeClass) ?? 0
		);
		candidates.push({
			instrument,
			transformations: served.map(({ transformationId, score, target, gap, stage, matched }) => ({
				transformationId,
				score,
				target,
				gap,
				stage,
				matchedStage: matched
			})),
			stage: first.matched,
			exactStage: first.exact,
			estimate: estimateAmount(
				instrument,
				input.sizeClass,
				cost,
				served.map((t) => t.transformationId)
			),
			stale: isStale(instrument.asOf, input.today)
		});
	}

	candidates.sort(
		(a, b) =>
			STATUS_ORDER[a.instrument.status] - STATUS_ORDER[b.instrument.status] ||
			(b.transformations[0]?.gap ?? 0) - (a.transformations[0]?.gap ?? 0) ||
			Number(b.exactStage) - Number(a.exactStage) ||
			LEVEL_ORDER[a.instrument.level] - LEVEL_ORDER[b.instrument.level] ||
			b.transformations.length - a.transformations.length ||
			(b.estimate?.amount ?? -1) - (a.estimate?.amount ?? -1) ||
			Number(a.stale) - Number(b.stale) ||
			(a.instrument.id < b.instrument.id ? -1 : a.instrument.id > b.instrument.id ? 1 : 0)
	);
	return candidates.map(({ exactStage: _exact, ...match }, index) => ({
		...match,
		rank: index + 1
	}));
}

/** Assessed transformations below their target, largest gap first, programme order on ties. */
function gapTransformations(score: AssessmentScore): MatchedTransformation[] {
	return score.transformations
		.filter(
			(t): t is TransformationScore & { score: number; gap: number } =>
				t.score !== null && t.gap !== null && t.gap > 0
		)
		.map((t, index) => ({ t, index }))
		.sort((a, b) => b.t.gap - a.t.gap || a.index - b.index)
		.map(({ t }) => ({
			transformationId: t.transformationId,
			score: round1(t.score),
			target: t.target,
			gap: t.gap,
			stage: stageForScore(t.score)
		}));
}

export type TransformationGroup = MatchedTransformation & { matches: InstrumentMatch[] };
export type StageGroup = { stage: JourneyStage; matches: InstrumentMatch[] };
export type GroupedMatches = {
	/** One group per transformation with a gap and at least one match, largest gap first. */
	byTransformation: TransformationGroup[];
	/** One group per journey stage with at least one match, in journey order. */
	byStage: StageGroup[];
};

/**
 * Groups ranked matches for display. An instrument serving several transformations appears in
 * each of their groups; within a group the matches keep their rank order.
 *
 *   matches: voucher A (digital-factory gap 2, eco-production gap 1; stage plan),
 *            subsidy B (eco-production gap 1; stage realisation)
 *   -> byTransformation: [digital-factory: [A], eco-production: [A, B]]
 *      byStage: [plan: [A], realisation: [B]]
 */
export function groupMatches(matches: readonly InstrumentMatch[]): GroupedMatches {
	const ranked = [...matches].sort((a, b) => a.rank - b.rank);
	const byId = new Map<TransformationId, TransformationGroup>();
	for (const match of ranked) {
		for (const { transformationId, score, target, gap, stage } of match.transformations) {
			let group = byId.get(transformationId);
			if (!group) {
				group = { transformationId, score, target, gap, stage, matches: [] };
				byId.set(transformationId, group);
			}
			group.matches.push(match);
		}
	}
	const byTransformation = [...byId.values()].sort(
		(a, b) =>
			b.gap - a.gap ||
			TRANSFORMATION_IDS.indexOf(a.transformationId) -
				TRANSFORMATION_IDS.indexOf(b.transformationId)
	);
	const byStage = JOURNEY_STAGES.map((stage) => ({
		stage,
		matches: ranked.filter((match) => match.stage === stage)
	})).filter((group) => group.matches.length > 0);
	return { byTransformation, byStage };
}
