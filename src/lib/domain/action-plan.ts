// Pure domain code: no DOM, no storage, no Svelte.
// The action plan: a few priorities (one transformation each) with concrete actions, an owner and
// a target date per action, and a short ambition statement from top management. It is proposed
// from the gaps and the questionnaire's next actions, then edited by the user through the pure
// changes below, which storage applies to the latest stored copy like every other change.
import { effectiveAnswers, touched, type Change } from './assessment';
import type {
	ActionCostType,
	ActionTopic,
	Duration,
	Language,
	NextAction,
	Questionnaire,
	TransformationId
} from './content/schema';
import { localize } from './content/localize';
import {
	RECORD_LIMITS,
	type ActionPlan,
	type Assessment,
	type Importance,
	type PlanAction,
	type PlanPriority
} from './record';
import {
	countsTowardsResults,
	levelOfMean,
	round1,
	scoreAssessment,
	type AssessmentScore
} from './scoring';

export const IMPORTANCES: readonly Importance[] = [1, 2, 3];
export const DEFAULT_IMPORTANCE: Importance = 2;

/** The importance the user gave a transformation, 2 (normal) when not set. */
export function importanceOf(
	assessment: Pick<Assessment, 'importance'>,
	id: TransformationId
): Importance {
	return assessment.importance?.[id] ?? DEFAULT_IMPORTANCE;
}

/** The minimal view of an instrument match the plan needs (an InstrumentMatch fits it). */
export type PlanInstrumentMatch = {
	instrument: { id: string };
	transformations: { transformationId: TransformationId }[];
	rank: number;
};

export type RankedTransformation = {
	transformationId: TransformationId;
	gap: number;
	importance: Importance;
	/** gap × importance, one decimal. */
	weight: number;
};

/**
 * Transformations below their target, ranked by gap × importance, largest first; ties go to the
 * larger gap, then to the programme's order. Transformations without a score, with an indicative
 * score (too few answers to trust the gap) or at or above target are left out.
 *
 *   gaps {digital-factory: 2.0, eco-production: 1.5}, importance {eco-production: 3}
 *   -> eco-production (1.5 × 3 = 4.5), digital-factory (2.0 × 2 = 4.0)
 */
export function rankTransformations(
	score: AssessmentScore,
	importance: Partial<Record<TransformationId, Importance>> = {}
): RankedTransformation[] {
	return score.transformations
		.map((t, index) => ({ t, index }))
		.filter(({ t }) => countsTowardsResults(t) && t.gap !== null && t.gap > 0)
		.map(({ t, index }) => {
			const weight = importance[t.transformationId] ?? DEFAULT_IMPORTANCE;
			return {
				index,
				ranked: {
					transformationId: t.transformationId,
					gap: t.gap ?? 0,
					importance: weight,
					weight: round1((t.gap ?? 0) * weight)
				}
			};
		})
		.sort(
			(a, b) =>
				b.ranked.weight - a.ranked.weight || b.ranked.gap - a.ranked.gap || a.index - b.index
		)
		.map(({ ranked }) => ranked);
}

/**
 * Adds a typical duration to a date, both YYYY-MM-DD (UTC calendar days).
 *
 *   addDuration('2026-01-31', {max: 1, unit: 'months'}) -> '2026-02-28'
 *   addDuration('2026-11-22', {max: 6, unit: 'weeks'})  -> '2027-01-03'
 */
export function addDuration(isoDate: string, duration: Pick<Duration, 'max' | 'unit'>): string {
	const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [
		number,
		number,
		number
	];
	if (duration.unit === 'weeks') {
		return new Date(Date.UTC(year, month - 1, day + duration.max * 7)).toISOString().slice(0, 10);
	}
	// Months: keep the day of the month, but never spill into the month after (31 Jan + 1 month).
	const target = new Date(Date.UTC(year, month - 1 + duration.max, 1));
	const lastDay = new Date(
		Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)
	).getUTCDate();
	target.setUTCDate(Math.min(day, lastDay));
	return target.toISOString().slice(0, 10);
}

export type ProposedAction = PlanAction & {
	fromQuestionnaire: { questionId: string; from: number };
};

/**
 * The questionnaire's next actions for one transformation: for the questions furthest below the
 * target (target − answer, largest first, ties in questionnaire order), the action that starts
 * from the level answered today. A mean of several respondents counts as the level below it
 * (2.5 -> the action from level 2). Questions answered "don't know" or "not applicable", at level
 * 5, or without a matching action are skipped. The owner is the role the questionnaire names as
 * lead; the target date is today plus the action's longest typical duration.
 *
 *   answers {a: 1, b: 3, c: 2}, target 4, count 2 -> actions of a (from 1) and c (from 2)
 */
export function proposeActions(input: {
	questionnaire: Questionnaire;
	assessment: Assessment;
	transformationId: TransformationId;
	target: number;
	language: Language;
	today: string;
	count?: number;
}): ProposedAction[] {
	const transformation = input.questionnaire.transformations.find(
		(t) => t.id === input.transformationId
	);
	if (!transformation) return [];
	const answers = effectiveAnswers(input.assessment);
	const candidates = transformation.questions
		.map((question, index) => ({ question, index, value: answers[question.id] }))
		.filter(
			(c): c is typeof c & { value: number } =>
				typeof c.value === 'number' && input.target - c.value > 0
		)
		.sort((a, b) => a.value - b.value || a.index - b.index);
	const actions: ProposedAction[] = [];
	for (const { question, value } of candidates) {
		if (actions.length >= (input.count ?? 3)) break;
		const from = levelOfMean(value);
		const next = question.nextActions?.find((action) => action.from === from);
		if (!next) continue;
		actions.push({
			id: `${question.id}@${from}`,
			text: localize(next.action, input.language),
			owner: localize(input.questionnaire.roles?.[next.lead], input.language),
			dueDate: addDuration(input.today, next.duration),
			fromQuestionnaire: { questionId: question.id, from },
			...costTypeAndTopics(next)
		});
	}
	return actions;
}

/**
 * What a proposed action's money buys and its themes, from a v2 next action (a v1 next action has
 * neither; the user chooses them). No cost: the company enters its own estimate, since no public
 * source gives what such a step costs (docs/authoring.md).
 *
 *   {costType: consultancy, topics: [digitalisation]} -> {costType: consultancy, topics: [digitalisation]}
 */
export function costTypeAndTopics(
	next: Pick<NextAction, 'costType' | 'topics'>
): Pick<PlanAction, 'costType' | 'topics'> {
	const fields: Pick<PlanAction, 'costType' | 'topics'> = {};
	if (next.costType) fields.costType = next.costType;
	if (next.topics) fields.topics = [...next.topics];
	return fields;
}

// ---- Dependencies between actions -----------------------------------------------------------

/** Where a proposed action came from, as `question@from`; null for an action the user wrote. */
function originKey(action: Pick<PlanAction, 'fromQuestionnaire'>): string | null {
	const origin = action.fromQuestionnaire;
	return origin ? `${origin.questionId}@${origin.from}` : null;
}

/** The questionnaire's next actions by `question@from`, with the `question@from` of each id. */
function nextActionIndex(questionnaire: Questionnaire) {
	const byOrigin = new Map<string, NextAction>();
	const originOfId = new Map<string, string>();
	for (const transformation of questionnaire.transformations)
		for (const question of transformation.questions)
			for (const action of question.nextActions ?? []) {
				const key = `${question.id}@${action.from}`;
				byOrigin.set(key, action);
				if (action.id) originOfId.set(action.id, key);
			}
	return { byOrigin, originOfId };
}

/**
 * For each action in the list, the ids of the actions of the same list that must be done before
 * it: the questionnaire's `after` links of the next action it was proposed from. Only direct
 * links count: an action that is not in the list was either done already (the answer is past its
 * level) or is not planned, and neither says what else must wait. Actions the user wrote have no
 * links.
 *
 *   after {use-erp-planning: [choose-erp]}, plan [use-erp-planning, choose-erp]
 *     -> {use-erp-planning: [choose-erp], choose-erp: []}
 */
export function planPrerequisites(
	questionnaire: Questionnaire,
	actions: readonly Pick<PlanAction, 'id' | 'fromQuestionnaire'>[]
): Map<string, string[]> {
	const { byOrigin, originOfId } = nextActionIndex(questionnaire);
	const planIdOf = new Map<string, string>();
	for (const action of actions) {
		const key = originKey(action);
		if (key && !planIdOf.has(key)) planIdOf.set(key, action.id);
	}
	const result = new Map<string, string[]>();
	for (const action of actions) {
		const key = originKey(action);
		const after = (key && byOrigin.get(key)?.after) || [];
		const found = after.flatMap((id) => {
			const planId = planIdOf.get(originOfId.get(id) ?? '');
			return planId && planId !== action.id ? [planId] : [];
		});
		result.set(action.id, found);
	}
	return result;
}

/**
 * Proposed target dates that respect the order of the actions: an action starts when the last
 * action it waits for (see planPrerequisites) is due, or today, and is due its longest typical
 * duration later. `fixed` are actions already in the plan whose dates stay as they are (an
 * added priority is scheduled after them). Actions the user wrote keep their date.
 *
 *   choose-erp (max 6 months), use-erp-planning (max 4 months, after choose-erp), today 2026-12-01
 *     -> choose-erp 2027-06-01, use-erp-planning 2027-10-01
 */
export function scheduleAfterPrerequisites(
	questionnaire: Questionnaire,
	priorities: readonly PlanPriority[],
	today: string,
	fixed: readonly PlanAction[] = []
): PlanPriority[] {
	const actions = priorities.flatMap((p) => p.actions);
	const byId = new Map(actions.map((a) => [a.id, a]));
	const fixedDates = new Map(fixed.map((a) => [a.id, a.dueDate]));
	const prerequisites = planPrerequisites(questionnaire, [...fixed, ...actions]);
	const { byOrigin } = nextActionIndex(questionnaire);
	const dates = new Map<string, string | null>();
	const dueDate = (action: PlanAction, visiting: Set<string>): string | null => {
		const known = dates.get(action.id);
		if (known !== undefined) return known;
		const key = originKey(action);
		const next = key ? byOrigin.get(key) : undefined;
		if (!next || visiting.has(action.id)) return action.dueDate;
		visiting.add(action.id);
		let start = today;
		for (const id of prerequisites.get(action.id) ?? []) {
			const other = byId.get(id);
			const before = other ? dueDate(other, visiting) : (fixedDates.get(id) ?? null);
			if (before && before > start) start = before;
		}
		visiting.delete(action.id);
		const date = addDuration(start, next.duration);
		dates.set(action.id, date);
		return date;
	};
	return priorities.map((priority) => ({
		...priority,
		actions: priority.actions.map((action) => ({
			...action,
			dueDate: dueDate(action, new Set())
		}))
	}));
}

/**
 * Actions due before an action they must follow: for each action with a target date, the
 * actions it waits for (see planPrerequisites) whose target date is later. An action without a
 * date, or waiting for one without a date, is not flagged; the same date is not flagged.
 *
 *   use-erp-planning due 2027-03-01 after choose-erp due 2027-06-01
 *     -> {use-erp-planning: [choose-erp]}
 */
export function orderConflicts(
	questionnaire: Questionnaire,
	plan: Pick<ActionPlan, 'priorities'>
): Map<string, PlanAction[]> {
	const actions = plan.priorities.flatMap((p) => p.actions);
	const byId = new Map(actions.map((a) => [a.id, a]));
	const prerequisites = planPrerequisites(questionnaire, actions);
	const conflicts = new Map<string, PlanAction[]>();
	for (const action of actions) {
		if (!action.dueDate) continue;
		const late = (prerequisites.get(action.id) ?? [])
			.map((id) => byId.get(id))
			.filter(
				(before): before is PlanAction =>
					!!before?.dueDate && before.dueDate > (action.dueDate as string)
			);
		if (late.length) conflicts.set(action.id, late);
	}
	return conflicts;
}

/**
 * What the next actions of each transformation below its target are about, so support restricted
 * to some themes is offered only where an action is on one of them (cybersecurity advice is not
 * support for an ERP project). For a transformation in the stored plan, the themes of its actions
 * there (the user may have changed them); otherwise those of the actions the questionnaire
 * proposes (proposeActions, as the plan would). A transformation whose actions carry no themes
 * (a v1 questionnaire, or none proposed) is left out: its support is not filtered by theme.
 *
 *   digital-factory at 2, target 4, proposed actions on [digitalisation], [digitalisation, logistics]
 *     -> { 'digital-factory': ['digitalisation', 'logistics'] }
 */
export function actionTopicsByTransformation(input: {
	questionnaire: Questionnaire;
	assessment: Assessment;
	score: AssessmentScore;
	today: string;
}): Partial<Record<TransformationId, ActionTopic[]>> {
	const topics: Partial<Record<TransformationId, ActionTopic[]>> = {};
	for (const t of input.score.transformations) {
		if (t.gap === null || t.gap <= 0) continue;
		const planned = input.assessment.plan?.priorities.find(
			(p) => p.transformationId === t.transformationId
		);
		const actions: readonly Pick<PlanAction, 'topics'>[] =
			planned?.actions ??
			proposeActions({
				questionnaire: input.questionnaire,
				assessment: input.assessment,
				transformationId: t.transformationId,
				target: t.target,
				language: input.assessment.language,
				today: input.today
			});
		const found = [...new Set(actions.flatMap((action) => action.topics ?? []))];
		if (found.length) topics[t.transformationId] = found;
	}
	return topics;
}

/** Ids of the matched instruments that serve a transformation, best rank first. */
export function instrumentIdsFor(
	matches: readonly PlanInstrumentMatch[],
	id: TransformationId,
	count = 3
): string[] {
	return matches
		.filter((match) => match.transformations.some((t) => t.transformationId === id))
		.sort((a, b) => a.rank - b.rank)
		.slice(0, count)
		.map((match) => match.instrument.id);
}

export type ProposePlanInput = {
	questionnaire: Questionnaire;
	assessment: Assessment;
	score: AssessmentScore;
	matches?: readonly PlanInstrumentMatch[];
	/** ISO timestamp; its date is the start for the target dates. */
	now: string;
	/** How many priorities; 3 by default, as a managing director can pursue about three at once. */
	priorities?: number;
	actionsPerPriority?: number;
};

/**
 * Proposes a plan: the transformations with the largest gap × importance (see
 * rankTransformations), each with the next actions of its questions furthest below target (see
 * proposeActions) and the matched instruments that serve it. The ambition keeps what the user
 * already wrote.
 *
 *   gaps {digital-factory: 2.0, eco-production: 1.0, production-network: 0.5}, no importance set
 *   -> priorities digital-factory, eco-production, production-network
 */
export function proposePlan(input: ProposePlanInput): ActionPlan {
	const language = input.assessment.language;
	const today = input.now.slice(0, 10);
	const ranked = rankTransformations(input.score, input.assessment.importance).slice(
		0,
		input.priorities ?? 3
	);
	const priorities = ranked.map((r) =>
		proposePriority({ ...input, transformationId: r.transformationId, language, today })
	);
	return {
		priorities: scheduleAfterPrerequisites(input.questionnaire, priorities, today),
		ambition: input.assessment.plan?.ambition ?? '',
		proposedAt: input.now,
		editedAt: null
	};
}

/**
 * One proposed priority, also used when the user adds a transformation to the plan: then its
 * actions are scheduled after the actions of `plan` they wait for.
 */
export function proposePriority(input: {
	questionnaire: Questionnaire;
	assessment: Assessment;
	score: AssessmentScore;
	matches?: readonly PlanInstrumentMatch[];
	transformationId: TransformationId;
	language: Language;
	today: string;
	actionsPerPriority?: number;
	plan?: Pick<ActionPlan, 'priorities'>;
}): PlanPriority {
	const scored = input.score.transformations.find(
		(t) => t.transformationId === input.transformationId
	);
	const priority: PlanPriority = {
		transformationId: input.transformationId,
		actions: proposeActions({
			questionnaire: input.questionnaire,
			assessment: input.assessment,
			transformationId: input.transformationId,
			target: scored?.target ?? 4,
			language: input.language,
			today: input.today,
			count: input.actionsPerPriority
		}),
		instrumentIds: instrumentIdsFor(input.matches ?? [], input.transformationId)
	};
	if (!input.plan) return priority;
	const [scheduled] = scheduleAfterPrerequisites(
		input.questionnaire,
		[priority],
		input.today,
		input.plan.priorities.flatMap((p) => p.actions)
	);
	return scheduled ?? priority;
}

// ---- Changes -------------------------------------------------------------------------------

/**
 * Applies `update` to the stored plan. A change to the priorities or their actions makes the plan
 * the user's own (`editedAt`); a change of the ambition alone does not.
 */
function withPlan(now: string, update: (plan: ActionPlan) => ActionPlan): Change {
	return (assessment) => {
		if (!assessment.plan) return assessment;
		const updated = update(assessment.plan);
		if (updated === assessment.plan) return assessment;
		const plan =
			updated.priorities === assessment.plan.priorities ? updated : { ...updated, editedAt: now };
		return { ...assessment, ...touched(assessment, now), plan };
	};
}

function withPriority(
	id: TransformationId,
	now: string,
	update: (priority: PlanPriority) => PlanPriority
): Change {
	return withPlan(now, (plan) => {
		const index = plan.priorities.findIndex((p) => p.transformationId === id);
		const current = plan.priorities[index];
		if (!current) return plan;
		const next = update(current);
		if (next === current) return plan;
		return { ...plan, priorities: plan.priorities.map((p, i) => (i === index ? next : p)) };
	});
}

function withAction(
	id: TransformationId,
	actionId: string,
	now: string,
	update: (action: PlanAction) => PlanAction
): Change {
	return withPriority(id, now, (priority) => {
		const index = priority.actions.findIndex((a) => a.id === actionId);
		const current = priority.actions[index];
		if (!current) return priority;
		const next = update(current);
		return next === current
			? priority
			: { ...priority, actions: priority.actions.map((a, i) => (i === index ? next : a)) };
	});
}

/** Moves an item one place up (-1) or down (+1); the same array when it cannot move. */
function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] | null {
	const to = index + delta;
	if (index < 0 || to < 0 || to >= items.length) return null;
	const copy = [...items];
	[copy[index], copy[to]] = [copy[to] as T, copy[index] as T];
	return copy;
}

/** Replaces the stored plan (null removes it, so the page proposes again from the gaps). */
export function setPlan(plan: ActionPlan | null, now: string): Change {
	return (assessment) => {
		const next = { ...assessment, ...touched(assessment, now) };
		if (plan === null) delete next.plan;
		else next.plan = plan;
		return next;
	};
}

/**
 * Applies a plan change to an assessment that may not have a stored plan yet: the proposal the
 * user was looking at is stored first, so the first edit is never lost.
 */
export function editPlan(proposal: ActionPlan, change: Change): Change {
	return (assessment) => change(assessment.plan ? assessment : { ...assessment, plan: proposal });
}

export function movePriority(id: TransformationId, delta: -1 | 1, now: string): Change {
	return withPlan(now, (plan) => {
		const priorities = moved(
			plan.priorities,
			plan.priorities.findIndex((p) => p.transformationId === id),
			delta
		);
		return priorities ? { ...plan, priorities } : plan;
	});
}

export function dropPriority(id: TransformationId, now: string): Change {
	return withPlan(now, (plan) =>
		plan.priorities.some((p) => p.transformationId === id)
			? { ...plan, priorities: plan.priorities.filter((p) => p.transformationId !== id) }
			: plan
	);
}

/** Adds a priority at the end; a transformation that is already a priority is left alone. */
export function addPriority(priority: PlanPriority, now: string): Change {
	return withPlan(now, (plan) =>
		plan.priorities.some((p) => p.transformationId === priority.transformationId)
			? plan
			: { ...plan, priorities: [...plan.priorities, priority] }
	);
}

/** Adds an action at the end; a known id, or a priority at its limit of actions, is left alone. */
export function addAction(id: TransformationId, action: PlanAction, now: string): Change {
	return withPriority(id, now, (priority) =>
		priority.actions.some((a) => a.id === action.id) ||
		priority.actions.length >= RECORD_LIMITS.actions
			? priority
			: { ...priority, actions: [...priority.actions, action] }
	);
}

export function dropAction(id: TransformationId, actionId: string, now: string): Change {
	return withPriority(id, now, (priority) =>
		priority.actions.some((a) => a.id === actionId)
			? { ...priority, actions: priority.actions.filter((a) => a.id !== actionId) }
			: priority
	);
}

/** `items` with `item` at `index`, or at the end when there are fewer items now. */
function insertedAt<T>(items: readonly T[], item: T, index: number): T[] {
	const at = Math.max(0, Math.min(index, items.length));
	return [...items.slice(0, at), item, ...items.slice(at)];
}

/**
 * Puts back a priority removed a moment ago (the user's "Undo"), at the place it had, with its
 * actions as they were; a transformation that is a priority again is left alone.
 */
export function restorePriority(priority: PlanPriority, index: number, now: string): Change {
	return withPlan(now, (plan) =>
		plan.priorities.some((p) => p.transformationId === priority.transformationId)
			? plan
			: { ...plan, priorities: insertedAt(plan.priorities, priority, index) }
	);
}

/**
 * Puts back an action removed a moment ago, at the place it had in its priority; left alone when
 * it is there again, when its priority is gone, or when the priority is at its limit of actions.
 */
export function restoreAction(
	id: TransformationId,
	action: PlanAction,
	index: number,
	now: string
): Change {
	return withPriority(id, now, (priority) =>
		priority.actions.some((a) => a.id === action.id) ||
		priority.actions.length >= RECORD_LIMITS.actions
			? priority
			: { ...priority, actions: insertedAt(priority.actions, action, index) }
	);
}

export function moveAction(
	id: TransformationId,
	actionId: string,
	delta: -1 | 1,
	now: string
): Change {
	return withPriority(id, now, (priority) => {
		const actions = moved(
			priority.actions,
			priority.actions.findIndex((a) => a.id === actionId),
			delta
		);
		return actions ? { ...priority, actions } : priority;
	});
}

export function setActionText(
	id: TransformationId,
	actionId: string,
	text: string,
	now: string
): Change {
	return withAction(id, actionId, now, (action) =>
		action.text === text ? action : { ...action, text }
	);
}

export function setActionOwner(
	id: TransformationId,
	actionId: string,
	owner: string,
	now: string
): Change {
	return withAction(id, actionId, now, (action) =>
		action.owner === owner ? action : { ...action, owner }
	);
}

/** Sets the target date (YYYY-MM-DD) or clears it (null or ''); anything else is ignored. */
export function setActionDueDate(
	id: TransformationId,
	actionId: string,
	dueDate: string | null,
	now: string
): Change {
	const value = dueDate === '' ? null : dueDate;
	if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return (assessment) => assessment;
	return withAction(id, actionId, now, (action) =>
		action.dueDate === value ? action : { ...action, dueDate: value }
	);
}

/**
 * Sets an action's estimated cost in EUR (whole euros), or clears it (null). Negative,
 * non-finite figures and figures above RECORD_LIMITS.euros (a stored record would be refused)
 * are ignored.
 */
export function setActionCost(
	id: TransformationId,
	actionId: string,
	cost: number | null,
	now: string
): Change {
	if (cost !== null && !(Number.isFinite(cost) && cost >= 0 && cost <= RECORD_LIMITS.euros))
		return (assessment) => assessment;
	const value = cost === null ? null : Math.round(cost);
	return withAction(id, actionId, now, (action) => {
		if ((action.cost ?? null) === value && !action.costRange) return action;
		// The user's own figure replaces an unsourced proposal (isUnsourcedEstimate in plan-finance):
		// its range goes.
		const next = { ...action, cost: value };
		delete next.costRange;
		return next;
	});
}

/** Sets what an action's money buys (consultancy, training, investment, R&D), or clears it. */
export function setActionCostType(
	id: TransformationId,
	actionId: string,
	costType: ActionCostType | null,
	now: string
): Change {
	return withAction(id, actionId, now, (action) => {
		if ((action.costType ?? null) === costType) return action;
		const next = { ...action };
		if (costType === null) delete next.costType;
		else next.costType = costType;
		return next;
	});
}

/** Sets what an action is about (its topics), or clears them with an empty list. */
export function setActionTopics(
	id: TransformationId,
	actionId: string,
	topics: readonly ActionTopic[],
	now: string
): Change {
	return withAction(id, actionId, now, (action) => {
		if ((action.topics ?? []).join() === topics.join()) return action;
		const next = { ...action };
		if (topics.length === 0) delete next.topics;
		else next.topics = [...topics];
		return next;
	});
}

export function setAmbition(ambition: string, now: string): Change {
	return withPlan(now, (plan) => (plan.ambition === ambition ? plan : { ...plan, ambition }));
}

/** Sets how much a transformation matters (1–3). It does not reorder a plan the user edited. */
export function setImportance(id: TransformationId, importance: Importance, now: string): Change {
	return (assessment) =>
		importanceOf(assessment, id) === importance && assessment.importance?.[id] !== undefined
			? assessment
			: {
					...assessment,
					...touched(assessment, now),
					importance: { ...assessment.importance, [id]: importance }
				};
}

/**
 * Whether the user has changed the plan's priorities or actions since it was proposed (the
 * ambition does not count). An edited plan is the user's and no longer follows the importance;
 * a catalogue update or a changed answer does not make a plan edited.
 */
export function isEdited(plan: ActionPlan): boolean {
	return plan.editedAt !== null;
}

/**
 * Sets the importance of a transformation. A stored plan the user has not edited yet (see
 * isEdited) is proposed again with the new importance, keeping its ambition; an edited plan is
 * left as it is (the page offers "propose again").
 */
export function setImportanceFollowingPlan(input: {
	questionnaire: Questionnaire;
	matches?: readonly PlanInstrumentMatch[];
	transformationId: TransformationId;
	importance: Importance;
	now: string;
}): Change {
	return (assessment) => {
		const next = setImportance(input.transformationId, input.importance, input.now)(assessment);
		const plan = assessment.plan;
		if (next === assessment || !plan || isEdited(plan)) return next;
		const proposal = proposePlan({
			questionnaire: input.questionnaire,
			matches: input.matches,
			assessment: next,
			score: scoreAssessment(input.questionnaire, next),
			now: input.now
		});
		return { ...next, plan: { ...proposal, ambition: plan.ambition } };
	};
}
