// Starting an assessment: a new company, or a follow-up of a company's latest assessment.
// A started assessment is a draft held in memory until the user enters something: "New
// assessment" followed by "back" leaves no empty company on the device.
import {
	createAssessment,
	enteredSomething,
	startFromPrevious,
	type Assessment,
	type Change,
	type Language
} from '$lib/domain';
import { newId } from '$lib/ids';
import { getAssessment, updateAssessment } from '$lib/storage';
import { currentQuestionnaire, questionnaireFor } from './questionnaires';

/** A started assessment not stored yet: as it was started, and with the changes made since. */
type Draft = { started: Assessment; current: Assessment };

/** Drafts of this page session by assessment id (a reload starts them again from the URL). */
const drafts = new Map<string, Promise<Draft | undefined>>();

async function buildDraft(
	id: string,
	language: Language,
	previous: Assessment | undefined
): Promise<Draft> {
	const now = new Date().toISOString();
	let assessment = createAssessment({
		id,
		companyId: previous?.companyId ?? newId(),
		respondentId: newId(),
		questionnaire: currentQuestionnaire(),
		language,
		now,
		profile: previous?.profile
	});
	if (previous) {
		const questionnaire = await questionnaireFor(assessment);
		const ids = questionnaire?.transformations.flatMap((t) => t.questions.map((q) => q.id)) ?? [];
		assessment = startFromPrevious(previous, ids, now)(assessment);
	}
	return { started: assessment, current: assessment };
}

/**
 * Starts an assessment without storing it (see saveAssessment). With `previous` (the company's
 * latest assessment) it continues that company: same company, profile, people, targets and plan,
 * and the previous answers come along as suggestions to confirm (T0 → T1).
 */
export async function startAssessment(
	language: Language,
	previous?: Assessment
): Promise<Assessment> {
	const id = newId();
	const draft = buildDraft(id, language, previous);
	drafts.set(id, draft);
	return (await draft).current;
}

/**
 * After a reload of a page whose URL still names a draft (`new`, and `from` for a follow-up):
 * starts it again under the same id, unless it is stored or already started.
 */
export function resumeDraft(id: string, language: Language, previousId: string | null): void {
	if (!id || drafts.has(id)) return;
	drafts.set(
		id,
		(async () => {
			if (await getAssessment(id)) return undefined;
			const previous = previousId ? await getAssessment(previousId) : undefined;
			return buildDraft(id, language, previous);
		})()
	);
}

/** The stored assessment, else the draft of that id. */
export async function loadAssessment(id: string): Promise<Assessment | undefined> {
	return (await getAssessment(id)) ?? (await drafts.get(id))?.current;
}

/**
 * Applies a change like updateAssessment. To a draft it is applied in memory until the user has
 * entered something (see enteredSomething); then the draft is stored with the change, in one
 * transaction, and is a draft no longer.
 */
export async function saveAssessment(id: string, change: Change): Promise<Assessment> {
	const draft = await drafts.get(id);
	if (!draft) return updateAssessment(id, change);
	const next = change(draft.current);
	if (!enteredSomething(draft.started, next)) {
		draft.current = next;
		return next;
	}
	const stored = await updateAssessment(id, change, draft.current);
	drafts.delete(id);
	return stored;
}
