// Pure domain code: no DOM, no storage, no Svelte.
// A report can be read in another language than the one the assessment was answered in. The
// actions the questionnaire proposed, and their lead roles, exist in every language; what the user
// wrote exists only as written. So an action is translated only while it is still word for word
// the questionnaire's proposal (in the assessment's language); an edited one is printed as typed.
import { localize } from './content/localize';
import type { Language, Questionnaire } from './content/schema';
import type { ActionPlan, PlanAction } from './record';

function proposalOf(questionnaire: Questionnaire, action: PlanAction) {
	const origin = action.fromQuestionnaire;
	if (!origin) return undefined;
	for (const transformation of questionnaire.transformations)
		for (const question of transformation.questions)
			if (question.id === origin.questionId)
				return question.nextActions?.find((next) => next.from === origin.from);
	return undefined;
}

/**
 * The plan as it reads in `to`: unedited proposed actions and unedited lead roles in that
 * language, everything the user wrote or changed as written.
 *
 *   action "Stel een planning op" proposed in nl, unedited -> "Établissez un planning" in fr
 *   action "Stel een planning op met Jan" (edited)         -> unchanged
 */
export function planInLanguage(
	plan: ActionPlan,
	questionnaire: Questionnaire,
	from: Language,
	to: Language
): ActionPlan {
	if (from === to) return plan;
	return {
		...plan,
		priorities: plan.priorities.map((priority) => ({
			...priority,
			actions: priority.actions.map((action) => {
				const proposal = proposalOf(questionnaire, action);
				if (!proposal) return action;
				const role = questionnaire.roles?.[proposal.lead];
				return {
					...action,
					text:
						action.text === localize(proposal.action, from)
							? localize(proposal.action, to)
							: action.text,
					owner: role && action.owner === localize(role, from) ? localize(role, to) : action.owner
				};
			})
		}))
	};
}
