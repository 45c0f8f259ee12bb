// Pure domain code: no DOM, no storage, no Svelte.
// Matches the support-instrument catalogue to one company: who may use what (eligibility), on
// what terms it pays (rate, caps, minimums; amounts need a real cost and come from the plan, see
// plan-finance.ts), and in which order to show it (ranking). Returns structured data only; the
// sentences people read are built in $lib/i18n/messages.
import {
	JOURNEY_STAGES,
	REGIONS,
	TRANSFORMATION_IDS,
	type ActionTopic,
	type CatalogueInstrument,
	type CostKind,
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
import { instrumentStatusOn, type InstrumentStatusOnDay } from './instrument-status';
import { naceDivision, naceSection, type EligibilityFacts } from './profile';
import {
	countsTowardsResults,
	round1,
	type AssessmentScore,
	type TransformationScore
} from './scoring';

/**
 * What an instrument pays, as its published terms for one company: no amount, because an amount
 * needs a real cost (see plan-finance.ts, which computes it per action of the plan).
 */
export type FundingTerms = {
	/** The kinds of cost it pays for. */
	covers: CostKind[];
	/** The topics it is restricted to; absent = any. */
	topics?: ActionTopic[];
	/** The share paid for the company's size, or a theme's higher one; null when none is set. */
	rate: number | null;
	/** Set when a theme's rate for one of the matched transformations is used. */
	themeLabel?: LocalizedText;
	capPerProject?: number;
	capPerYear?: number;
	capPerPeriod?: { amount: number; years: number };
	/** The smallest eligible cost for the company's size. */
	minCost?: number;
	/** Kinds of cost with a share of their own for the company's size (training at 20 %…). */
	byCostType?: Partial<Record<CostKind, number>>;
	/** The smallest support it grants. */
	minAid?: number;
};

/**
 * The terms an instrument pays on for a company of `sizeClass`, for the transformations it is
 * matched to (the largest gap first decides which theme rate applies); null when it pays nothing
 * (networks, information) or the size class is unknown.
 *
 *   rate {small: 0.3}, theme {digital-factory: small 0.45}, capPerYear 7500, for digital-factory
 *     -> { covers, rate: 0.45, themeLabel, capPerYear: 7500 }
 */
export function fundingTerms(
	instrument: CatalogueInstrument,
	sizeClass: SizeClass | null,
	transformations: readonly TransformationId[] = []
): FundingTerms | null {
	const funding = instrument.funding;
	if (!funding || sizeClass === null) return null;
	let rate = funding.rate?.[sizeClass] ?? null;
	let themeLabel: LocalizedText | undefined;
	for (const id of transformations) {
		const theme = (funding.themes ?? []).find(
			(candidate) =>
				candidate.transformations.includes(id) && candidate.rate[sizeClass] !== undefined
		);
		if (!theme) continue;
		const themeRate = theme.rate[sizeClass]!;
		if (rate === null || themeRate > rate) {
			rate = themeRate;
			themeLabel = theme.label;
		}
		break;
	}
	const terms: FundingTerms = { covers: [...funding.covers], rate };
	if (funding.topics) terms.topics = [...funding.topics];
	if (themeLabel) terms.themeLabel = themeLabel;
	if (funding.capPerProject !== undefined) terms.capPerProject = funding.capPerProject;
	if (funding.capPerYear !== undefined) terms.capPerYear = funding.capPerYear;
	if (funding.capPerPeriod) terms.capPerPeriod = { ...funding.capPerPeriod };
	const minCost = minCostFor(funding.minCost, sizeClass);
	if (minCost !== undefined) terms.minCost = minCost;
	if (funding.minAid !== undefined) terms.minAid = funding.minAid;
	for (const [kind, own] of Object.entries(funding.byCostType ?? {})) {
		const ownRate = own.rate[sizeClass];
		if (ownRate !== undefined) terms.byCostType = { ...terms.byCostType, [kind]: ownRate };
	}
	return terms;
}

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
	/** What it pays on for this company (rate, caps, minimums); null when it pays nothing. */
	terms: FundingTerms | null;
	/** asOf older than 12 months at `today`. */
	stale: boolean;
	/** Its status at `today` (instrumentStatusOn): an open call past its closing day is closed. */
	statusToday: InstrumentStatusOnDay;
	/**
	 * Its conditions the profile could not check (no size, founding year or sector): the card
	 * says what to add, and it ranks below the instruments whose conditions were all checked.
	 */
	unchecked: UncheckedFact[];
	rank: number;
};

export type MatchInput = {
	instruments: CatalogueInstrument[];
	region: Region | null;
	/** The postcode is in the German-speaking Community (isGermanSpeakingPostcode). */
	germanSpeakingCommunity?: boolean;
	sizeClass: SizeClass | null;
	companyAgeYears: number | null;
	sector: string | null;
	score: AssessmentScore;
	/**
	 * Topics of the next actions proposed for each gap transformation (v2 questionnaires). When
	 * given, an instrument that pays only for some topics is matched to a transformation only if
	 * one of its actions is on such a topic: cybersecurity advice is not offered for ERP work.
	 */
	gapTopics?: Partial<Record<TransformationId, readonly ActionTopic[]>>;
	today: Date;
};

/** What eligibility is judged on: the company profile, already derived (eligibilityFacts). */
export type ProfileFacts = EligibilityFacts;

/** Why an instrument is not open to the company; each renders as one plain sentence. */
export type IneligibleReason =
	| { kind: 'ended' }
	| { kind: 'region'; regions: InstrumentArea[]; company: Region }
	| { kind: 'region-unknown'; regions: InstrumentArea[] }
	| { kind: 'german-speaking-community' }
	| { kind: 'size'; allowed: SizeClass[]; company: SizeClass }
	| { kind: 'age'; maxYears: number; company: number }
	| { kind: 'min-age'; minYears: number; company: number }
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
 *   no day turns a scheme into `ended` (instrumentStatusOn), so this rule needs no date;
 * - the company's area must be one the instrument serves: its region, plus the German-speaking
 *   Community for a firm in its nine municipalities; with no known region only instruments open
 *   to all three regions pass, so another region's scheme is never shown;
 * - a Walloon scheme marked `excludesGermanSpeakingCommunity` does not serve those firms
 *   (training and employment are the Community's competences there);
 * - its size class must be listed in `eligibility.sizeClasses` (omitted = every size);
 * - its age must lie within `eligibility.minCompanyAgeYears` and `maxCompanyAgeYears`;
 * - its NACE section or division must not be in `eligibility.excludedSectors`.
 * A missing size, age or sector does not exclude the company; the rule is listed in `unchecked`.
 *
 *   isEligible(kmoPortefeuille, { region: 'flanders', sizeClass: 'large', companyAgeYears: 30, sector: 'C25' })
 *     -> { eligible: false, reasons: [{ kind: 'size', allowed: ['micro','small','medium'], company: 'large' }], unchecked: [] }
 *   isEligible(walloonTrainingCheque, { region: 'wallonia', germanSpeakingCommunity: true, … })
 *     -> { eligible: false, reasons: [{ kind: 'german-speaking-community' }], … }
 */
export function isEligible(instrument: CatalogueInstrument, facts: ProfileFacts): Eligibility {
	const reasons: IneligibleReason[] = [];
	const unchecked: UncheckedFact[] = [];
	if (instrument.status === 'ended') reasons.push({ kind: 'ended' });

	const regions = instrumentRegions(instrument);
	const germanSpeaking = facts.germanSpeakingCommunity === true;
	if (facts.region === null) {
		if (!REGIONS.every((region) => regions.includes(region)))
			reasons.push({ kind: 'region-unknown', regions });
	} else if (
		!regions.includes(facts.region) &&
		!(germanSpeaking && regions.includes('german-speaking-community'))
	) {
		reasons.push({ kind: 'region', regions, company: facts.region });
	}
	if (
		germanSpeaking &&
		instrument.eligibility?.excludesGermanSpeakingCommunity &&
		!regions.includes('german-speaking-community')
	)
		reasons.push({ kind: 'german-speaking-community' });

	const eligibility = instrument.eligibility;
	const sizes = eligibility?.sizeClasses;
	if (sizes && sizes.length) {
		if (facts.sizeClass === null) unchecked.push('size');
		else if (!sizes.includes(facts.sizeClass))
			reasons.push({ kind: 'size', allowed: [...sizes], company: facts.sizeClass });
	}

	const minAge = eligibility?.minCompanyAgeYears;
	const maxAge = eligibility?.maxCompanyAgeYears;
	if (minAge !== undefined || maxAge !== undefined) {
		if (facts.companyAgeYears === null) unchecked.push('age');
		else {
			if (maxAge !== undefined && facts.companyAgeYears > maxAge)
				reasons.push({ kind: 'age', maxYears: maxAge, company: facts.companyAgeYears });
			if (minAge !== undefined && facts.companyAgeYears < minAge)
				reasons.push({ kind: 'min-age', minYears: minAge, company: facts.companyAgeYears });
		}
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

/**
 * How much of the catalogue rests on facts checked recently: instruments whose facts were
 * confirmed against a current public source (`confirmed`) with `checked` within the last 12
 * months at `today`, out of all. Unconfirmed facts do not count, however recently looked at.
 *
 *   [confirmed, checked 2026-06-01], [confirmed, checked 2025-06-01], [unconfirmed, 2026-11-22]
 *   at 2026-12-01 -> { checked: 1, total: 3 }
 */
export function checkedFacts(
	instruments: readonly Pick<CatalogueInstrument, 'confirmed' | 'checked'>[],
	today: Date
): { checked: number; total: number } {
	return {
		checked: instruments.filter(
			(instrument) =>
				instrument.confirmed && monthsSince(instrument.checked, today) <= STALE_AFTER_MONTHS
		).length,
		total: instruments.length
	};
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
 * one matched for its largest-gap transformation. Its `terms` are what it pays on for the
 * company's size (the theme rate when a theme covers one of its matched transformations); no
 * amount is computed here, since an amount needs a real cost (planFinance, from the plan).
 *
 * Ranking, each rule breaking the previous one's ties:
 * 0. instruments whose conditions were all checked before those that depend on a fact the
 *    profile lacks (size, founding year, sector): whether the company may use them is not known;
 * 1. facts confirmed against a current public source before unconfirmed ones (which say so);
 * 2. status at `today` (instrumentStatusOn): open, then unknown, then closed (a closed scheme
 *    cannot be used today, nor a call whose closing day has passed);
 * 3. fresh facts (asOf within 12 months) before stale ones;
 * 4. the largest gap it serves, largest first (it helps where the company is furthest behind);
 * 5. matched at the transformation's own next stage before one stage ahead;
 * 6. level: regional (and Community), then federal, then programme-wide, then EU (Belgian
 *    support is mostly regional, and the closer scheme is usually the simpler one to apply for);
 * 7. the number of gap transformations it serves, most first;
 * 8. the share of the cost it pays, largest first (none last);
 * 9. newer asOf first; 10. id, for a stable order.
 * `rank` is the 1-based position.
 *
 *   Digital factory 2.0 / target 4 (gap 2), small Flemish company: a Flemish voucher serving
 *   digital-factory at the plan stage, rate 0.3 → matched for 'plan', terms.rate 0.3, rank 1.
 */
export function matchInstruments(input: MatchInput): InstrumentMatch[] {
	const facts: ProfileFacts = {
		region: input.region,
		germanSpeakingCommunity: input.germanSpeakingCommunity === true,
		sizeClass: input.sizeClass,
		companyAgeYears: input.companyAgeYears,
		sector: input.sector
	};
	const gaps = gapTransformations(input.score);
	if (!gaps.length) return [];

	const candidates: (Omit<InstrumentMatch, 'rank'> & { exactStage: boolean })[] = [];
	for (const instrument of input.instruments) {
		const eligibility = isEligible(instrument, facts);
		if (!eligibility.eligible) continue;
		const served: (MatchedTransformation & { exact: boolean; matched: JourneyStage })[] = [];
		for (const gap of gaps) {
			if (!instrument.transformations.includes(gap.transformationId)) continue;
			if (!topicsFit(instrument, input.gapTopics?.[gap.transformationId])) continue;
			const stage = matchedStage(instrument.stages, gap.stage);
			if (stage) served.push({ ...gap, matched: stage, exact: stage === gap.stage });
		}
		const first = served[0];
		if (!first) continue;
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
			terms: fundingTerms(
				instrument,
				input.sizeClass,
				served.map((t) => t.transformationId)
			),
			stale: isStale(instrument.asOf, input.today),
			statusToday: instrumentStatusOn(instrument, input.today),
			unchecked: eligibility.unchecked
		});
	}

	candidates.sort(
		(a, b) =>
			Number(a.unchecked.length > 0) - Number(b.unchecked.length > 0) ||
			Number(b.instrument.confirmed) - Number(a.instrument.confirmed) ||
			STATUS_ORDER[a.statusToday.status] - STATUS_ORDER[b.statusToday.status] ||
			Number(a.stale) - Number(b.stale) ||
			(b.transformations[0]?.gap ?? 0) - (a.transformations[0]?.gap ?? 0) ||
			Number(b.exactStage) - Number(a.exactStage) ||
			LEVEL_ORDER[a.instrument.level] - LEVEL_ORDER[b.instrument.level] ||
			b.transformations.length - a.transformations.length ||
			(b.terms?.rate ?? -1) - (a.terms?.rate ?? -1) ||
			(a.instrument.asOf > b.instrument.asOf
				? -1
				: a.instrument.asOf < b.instrument.asOf
					? 1
					: 0) ||
			(a.instrument.id < b.instrument.id ? -1 : a.instrument.id > b.instrument.id ? 1 : 0)
	);
	return candidates.map(({ exactStage: _exact, ...match }, index) => ({
		...match,
		rank: index + 1
	}));
}

/**
 * Whether an instrument's topic restriction fits the topics of a transformation's next actions:
 * always when the instrument pays for any topic or the actions' topics are not known (v1).
 */
function topicsFit(
	instrument: CatalogueInstrument,
	actionTopics: readonly ActionTopic[] | undefined
): boolean {
	const topics = instrument.funding?.topics;
	if (!topics || actionTopics === undefined) return true;
	return actionTopics.some((topic) => topics.includes(topic));
}

/**
 * Scored transformations below their target, largest gap first, programme order on ties. An
 * indicative score (too few answers) or a not-assessed one chooses no support: the same rule as
 * the largest gaps on the results page (`countsTowardsResults`).
 */
function gapTransformations(score: AssessmentScore): MatchedTransformation[] {
	return score.transformations
		.filter(
			(t): t is TransformationScore & { score: number; gap: number } =>
				countsTowardsResults(t) && t.score !== null && t.gap !== null && t.gap > 0
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
