// The state of one open assessment, shared by the assessment, results and plan pages.
// Changes show at once, are written to IndexedDB in order, and a failed write stays visible with
// a retry until it succeeds: nothing is dropped silently.
import { loadQuestionnaire } from 'virtual:content';
import {
	scoreAssessment,
	type Assessment,
	type AssessmentScore,
	type Change,
	type Questionnaire
} from '$lib/domain';
import { getAssessment, onAssessmentChanged, updateAssessment } from '$lib/storage';

export type SessionStatus = 'loading' | 'ready' | 'not-found' | 'missing-questionnaire' | 'error';

export class AssessmentSession {
	assessment = $state.raw<Assessment | null>(null);
	questionnaire = $state.raw<Questionnaire | null>(null);
	status = $state<SessionStatus>('loading');
	loadError = $state<string | null>(null);
	saving = $state(false);
	saveError = $state<string | null>(null);
	score: AssessmentScore | null = $derived(
		this.assessment && this.questionnaire
			? scoreAssessment(this.questionnaire, this.assessment)
			: null
	);

	#id: string | null = null;
	/** Changes not yet confirmed by storage, in order. */
	#pending: Change[] = [];
	#queue: Promise<void> = Promise.resolve();
	#unsubscribe: (() => void) | undefined;

	async load(id: string): Promise<void> {
		if (this.#id === id && this.status === 'ready') return;
		this.#id = id;
		this.status = 'loading';
		try {
			const assessment = await getAssessment(id);
			if (!assessment) {
				this.status = 'not-found';
				return;
			}
			const questionnaire = await loadQuestionnaire(
				assessment.questionnaire.id,
				assessment.questionnaire.version
			);
			this.assessment = assessment;
			if (!questionnaire) {
				this.status = 'missing-questionnaire';
				return;
			}
			this.questionnaire = questionnaire;
			this.status = 'ready';
			this.#unsubscribe?.();
			this.#unsubscribe = onAssessmentChanged((changedId) => {
				if (changedId === this.#id && this.#pending.length === 0) void this.#refresh();
			});
		} catch (error) {
			this.loadError = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	async #refresh(): Promise<void> {
		if (!this.#id) return;
		const latest = await getAssessment(this.#id);
		if (latest && this.#pending.length === 0) this.assessment = latest;
	}

	/** Shows the change at once and saves it. Resolves to false when saving failed. */
	apply(change: Change): Promise<boolean> {
		if (!this.assessment) return Promise.resolve(false);
		this.assessment = change(this.assessment);
		this.#pending.push(change);
		return this.#flush();
	}

	/** Writes pending changes in order; after a failure they stay pending for retry(). */
	#flush(): Promise<boolean> {
		let ok = true;
		this.#queue = this.#queue.then(async () => {
			const id = this.#id;
			if (!id) return;
			this.saving = true;
			while (this.#pending.length) {
				const change = this.#pending[0]!;
				try {
					const stored = await updateAssessment(id, change);
					this.#pending.shift();
					// Storage applied the change to its latest copy, which may include another tab's work.
					if (this.#pending.length === 0) this.assessment = stored;
					this.saveError = null;
				} catch (error) {
					ok = false;
					this.saveError = error instanceof Error ? error.message : String(error);
					break;
				}
			}
			this.saving = false;
		});
		return this.#queue.then(() => ok);
	}

	retry(): Promise<boolean> {
		return this.#flush();
	}

	dispose(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
	}
}
