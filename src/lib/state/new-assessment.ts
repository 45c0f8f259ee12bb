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
import { getAssessment, onAssessmentChanged, updateAssessment } from '$lib/storage';
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

/** A stored assessment's read started before the page that shows it asked (see readAhead). */
type ReadAhead = {
	id: string;
	read: Promise<Assessment | undefined>;
	startedAt: number;
	stopListening: () => void;
};
let readingAhead: ReadAhead | undefined;
/**
 * How long a read ahead may wait to be taken. On a first load it is taken within a second or two
 * (longer on a slow network, while the messages download). The route's load also runs when a link
 * is only hovered (SvelteKit preloading): a read that waits longer than this is not trusted, as
 * this tab may have changed the record since by other means than saveAssessment (an import).
 */
const READ_AHEAD_KEPT_MS = 10_000;

/**
 * Starts reading a stored assessment before the page that shows it asks: called as soon as the
 * route's code is there, opening the database and reading and checking the record run while the
 * interface messages and the questions download, instead of after the layout has drawn (a question
 * step on a phone waited for them last). The next loadAssessment takes the read if it is for the
 * same id; a change to that record meanwhile (another tab) or a save from this one drops it, so the
 * page never shows a copy older than the stored one.
 */
export function readAhead(id: string): void {
	dropReadAhead();
	if (!id) return;
	const read = getAssessment(id);
	// Not handled here: a failed read-ahead is read again by loadAssessment, which reports it.
	read.catch(() => {});
	const stopListening = onAssessmentChanged((changedId) => {
		if (changedId === id) dropReadAhead();
	});
	readingAhead = { id, read, startedAt: performance.now(), stopListening };
}

function dropReadAhead(): void {
	readingAhead?.stopListening();
	readingAhead = undefined;
}

/** The read started ahead for `id`, if any; a read ahead for another id is dropped. */
function takeReadAhead(id: string): Promise<Assessment | undefined> | undefined {
	const ahead = readingAhead;
	dropReadAhead();
	if (ahead?.id !== id || performance.now() - ahead.startedAt > READ_AHEAD_KEPT_MS)
		return undefined;
	return ahead.read.catch(() => getAssessment(id));
}

/** The stored assessment, else the draft of that id. */
export async function loadAssessment(id: string): Promise<Assessment | undefined> {
	const stored = await (takeReadAhead(id) ?? getAssessment(id));
	return stored ?? (await drafts.get(id))?.current;
}

/**
 * Applies a change like updateAssessment. To a draft it is applied in memory until the user has
 * entered something (see enteredSomething); then the draft is stored with the change, in one
 * transaction, and is a draft no longer.
 */
export async function saveAssessment(id: string, change: Change): Promise<Assessment> {
	if (readingAhead?.id === id) dropReadAhead();
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
