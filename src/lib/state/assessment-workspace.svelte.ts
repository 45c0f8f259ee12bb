// The one open assessment, shared by the assessment, results and plan pages through context (see
// docs/architecture.md). It loads the record and its questionnaire, derives everything the pages
// show (score, instrument matches, proposed and stored plan, T0 → T1 comparison, photos), and
// offers one action per thing a user can do. Pages render these and call the actions; they hold
// no domain logic and never touch storage.
//
// Every action shows its change at once and queues it; the queue writes changes to storage one at
// a time, in order, each applied to the latest stored copy (so another tab's work is kept). A
// failed write stays queued and visible (`saveError`) until `retry()` or the next change succeeds:
// nothing is dropped silently. Actions never throw; asynchronous ones resolve to whether they
// succeeded.
//
// Text typed into a field (plan ambition, actions, owners, notes, names, profile fields) is shown
// at once too, but reaches the queue only after a pause in typing (TYPING_PAUSE_MS), or at once
// when another change comes, when the page is hidden (`storeTyping()`) or on `settled()`: one
// write per pause instead of one per keystroke, and never one keystroke lost.
import { createContext } from 'svelte';
import {
	addAction,
	addPriority,
	clearConsensus,
	confirmSuggestions,
	dropAction,
	dropPriority,
	restoreAction,
	restorePriority,
	editPlan,
	effectiveAnswers,
	eligibilityFacts,
	isEdited,
	localDay,
	markCompleted,
	actionTopicsByTransformation,
	matchInstruments,
	movePriority,
	pdfFileName,
	orderConflicts,
	proposePlan,
	proposePriority,
	scoreAssessment,
	checkedFacts,
	planFinance,
	setActionCost,
	setActionCostType,
	setActionDueDate,
	setActionOwner,
	setActionTopics,
	setActionText,
	setAmbition,
	setAnswer,
	setConsensus,
	setImportanceFollowingPlan,
	setLastStep,
	setNote,
	setPlan,
	setProfile,
	setSelfEstimate,
	setTarget,
	upgradeAssessment,
	upgradeSummary,
	upgradeTarget,
	addRespondent,
	renameRespondent,
	compareScores,
	type ActionCostType,
	type ActionPlan,
	type ActionTopic,
	type Answer,
	type AnswerValue,
	type Assessment,
	type AssessmentScore,
	type CatalogueInstrument,
	type Change,
	type CompanyProfile,
	type Importance,
	type InstrumentMatch,
	type Language,
	type Level,
	type PlanAction,
	type PlanFinance,
	type PlanPriority,
	type Questionnaire,
	type StoredPhoto,
	type TransformationId,
	type UpgradeSummary
} from '$lib/domain';
import type { Comparison, Previous } from './comparison';
import type { ContentNeeds } from './questionnaires';
import { StorageError, type StorageFailure } from '$lib/storage/assessments';
import { browserServices, type ReportProgress, type WorkspaceServices } from './services';

export type WorkspaceStatus = 'loading' | 'ready' | 'not-found' | 'missing-questionnaire' | 'error';

/** Where the PDF report is: shown as a status line next to the download button. */
export type ReportState =
	| { state: 'idle' }
	| { state: 'building'; progress: ReportProgress | null }
	| { state: 'built'; file: string }
	| { state: 'failed'; error: string };

/** Something loaded on request, once: idle until a page asks for it. */
type Extra = 'idle' | 'loading' | 'done';

/** How long typing must pause before the text is written: short enough that a reload a second later keeps it. */
export const TYPING_PAUSE_MS = 300;

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Why an assessment could not be opened, as the page explains it: a record of a newer release, a
 * damaged one, or else the storage (or the app's files) failing.
 */
export function loadFailureOf(error: unknown): StorageFailure {
	return error instanceof StorageError ? error.failure : 'storage';
}

/**
 * The last priority or action the user removed, as it was and where, so that "Undo" can put it
 * back: a tap on "Remove" on a tablet lost typed actions for good.
 */
export type Removed =
	| { kind: 'priority'; priority: PlanPriority; index: number }
	| {
			kind: 'action';
			transformationId: TransformationId;
			action: PlanAction;
			index: number;
			/** Its number in the plan when it was removed ("1.2"). */
			number: string;
	  };

export class AssessmentWorkspace {
	readonly #services: WorkspaceServices;
	/** Proposals are dated from when the workspace opened, so they do not change under the user. */
	readonly #openedAt: Date;

	#id = $state<string | null>(null);
	#status = $state<WorkspaceStatus>('loading');
	#loadError = $state<string | null>(null);
	#loadFailure = $state<StorageFailure | null>(null);
	#removed = $state.raw<Removed | null>(null);
	#assessment = $state.raw<Assessment | null>(null);
	#questionnaire = $state.raw<Questionnaire | null>(null);
	#saving = $state(false);
	#saveError = $state<string | null>(null);
	#chosenRespondent = $state<string | null>(null);
	/** The language the pages show (showIn); null until the layout says, then the assessment's. */
	#language: Language | null = null;
	/** Languages a report asked for (useLanguage), beyond the one shown and the assessment's. */
	#reportLanguages: Language[] = [];
	/** Counts content requests, so that a slow answer to an older one is not shown. */
	#contentRequest = 0;
	#instrumentsRequest = 0;

	#catalogue = $state<Extra>('idle');
	#catalogueFailed = $state(false);
	#instruments = $state.raw<CatalogueInstrument[] | null>(null);
	#comparison = $state<Extra>('idle');
	#previous = $state.raw<Previous | null>(null);
	#photosWanted = false;
	#photos = $state.raw<StoredPhoto[]>([]);
	#report = $state.raw<ReportState>({ state: 'idle' });

	/** Changes shown but not yet confirmed by storage, in order, each with its assessment id. */
	#pending: { id: string; change: Change }[] = [];
	/** Text typed but not yet queued: every keystroke since the last pause, as one change. */
	#typed = $state.raw<{ id: string; change: Change } | null>(null);
	#typingTimer: ReturnType<typeof setTimeout> | undefined;
	#queue: Promise<void> = Promise.resolve();
	#loaded: Promise<void> = Promise.resolve();
	#unsubscribe: (() => void) | undefined;
	/**
	 * Another tab saved while our own writes were queued. Its copy could not be shown then (it
	 * lacks our queued changes), and the copy our last write returns may predate it: read storage
	 * again once the queue has drained, or this tab keeps showing an answer the other replaced.
	 */
	#missedChange = false;

	constructor(services: WorkspaceServices = browserServices) {
		this.#services = services;
		this.#openedAt = services.now();
		this.matches = $derived.by(() => {
			const assessment = this.#assessment;
			const score = this.score;
			const instruments = this.#instruments;
			if (!assessment || !score || !instruments) return [];
			const today = this.#openedAt;
			const questionnaire = this.#questionnaire;
			return matchInstruments({
				instruments,
				...eligibilityFacts(assessment.profile, today),
				score,
				...(questionnaire && {
					gapTopics: actionTopicsByTransformation({
						questionnaire,
						assessment,
						score,
						today: today.toISOString().slice(0, 10)
					})
				}),
				today
			});
		});
		this.proposal = $derived(
			this.#questionnaire && this.#assessment && this.score
				? proposePlan({
						questionnaire: this.#questionnaire,
						assessment: this.#assessment,
						score: this.score,
						matches: this.matches,
						now: this.#openedAt.toISOString()
					})
				: null
		);
		this.plan = $derived(this.#assessment?.plan ?? this.proposal);
		this.planConflicts = $derived(
			this.#questionnaire && this.plan ? orderConflicts(this.#questionnaire, this.plan) : null
		);
		this.freshness = $derived(
			this.#instruments?.length ? checkedFacts(this.#instruments, this.#openedAt) : null
		);
		this.finance = $derived.by(() => {
			const assessment = this.#assessment;
			const plan = this.plan;
			const instruments = this.#instruments;
			if (!assessment || !plan || !instruments) return null;
			return planFinance({
				plan,
				instruments,
				facts: eligibilityFacts(assessment.profile, this.#openedAt),
				today: this.#openedAt
			});
		});
	}

	// ---- What the pages read --------------------------------------------------------------

	get id(): string | null {
		return this.#id;
	}
	get status(): WorkspaceStatus {
		return this.#status;
	}
	/** Why loading failed, for status 'error' or 'missing-questionnaire'. */
	get loadError(): string | null {
		return this.#loadError;
	}
	/** What kind of failure that was, for status 'error'. */
	get loadFailure(): StorageFailure | null {
		return this.#loadFailure;
	}
	get assessment(): Assessment | null {
		return this.#assessment;
	}
	get questionnaire(): Questionnaire | null {
		return this.#questionnaire;
	}
	/** True while changes are being written, or typed text waits for a pause to be written. */
	get saving(): boolean {
		return this.#saving || this.#typed !== null;
	}
	/** Why the last write failed; the change stays queued until `retry()` succeeds. */
	get saveError(): string | null {
		return this.#saveError;
	}
	/**
	 * The page has what it needs: the record (or a reason it has none) and, when asked for with
	 * `useCatalogue()`, the catalogue. Pages mark `<main aria-busy>` with its opposite.
	 */
	get ready(): boolean {
		if (this.#status === 'loading') return false;
		return this.#status !== 'ready' || this.#catalogue !== 'loading';
	}

	readonly score: AssessmentScore | null = $derived(
		this.#assessment && this.#questionnaire
			? this.#scoreOf(this.#questionnaire, this.#assessment)
			: null
	);
	/** The last scores worked out, with the questionnaire and record (never changed in place) they are of. */
	#scored: { questionnaire: Questionnaire; assessment: Assessment; score: AssessmentScore } | null =
		null;
	#scoreOf(questionnaire: Questionnaire, assessment: Assessment): AssessmentScore {
		if (this.#scored?.questionnaire !== questionnaire || this.#scored.assessment !== assessment)
			this.#scored = {
				questionnaire,
				assessment,
				score: scoreAssessment(questionnaire, assessment)
			};
		return this.#scored.score;
	}

	/** The answer that counts per question (consensus, the only answer, or the respondents' mean). */
	readonly answers: Record<string, AnswerValue | number> = $derived(
		this.#assessment ? effectiveAnswers(this.#assessment) : {}
	);

	/** Who is answering on this device: the one chosen, else the first respondent. */
	readonly respondentId: string = $derived(
		this.#assessment?.respondents.find((r) => r.id === this.#chosenRespondent)?.id ??
			this.#assessment?.respondents[0]?.id ??
			''
	);

	/** The answering respondent's own answers, per question id. */
	readonly myAnswers: Record<string, Answer> = $derived(
		this.#assessment?.answers[this.respondentId] ?? {}
	);

	/**
	 * The newer questionnaire version this assessment can move to (with its question count); null
	 * when it already uses the newest one built into the app.
	 */
	readonly upgradeTo: { id: string; version: number; questionCount: number } | null = $derived.by(
		() => {
			const assessment = this.#assessment;
			if (!assessment) return null;
			const versions = this.#services.questionnaireVersions();
			const target = upgradeTarget(assessment, versions);
			return versions.find((v) => v.id === target?.id && v.version === target.version) ?? null;
		}
	);

	/** What the last move to a newer version carried over and what is new, while on that version. */
	readonly upgraded: UpgradeSummary | null = $derived(
		this.#assessment && this.#questionnaire
			? upgradeSummary(this.#assessment, this.#questionnaire, this.answers)
			: null
	);

	/** The support catalogue once `useCatalogue()` loaded it; null before. */
	get instruments(): CatalogueInstrument[] | null {
		return this.#instruments;
	}
	/** The catalogue could not be loaded (the pages say so; matches stay empty). */
	get catalogueFailed(): boolean {
		return this.#catalogueFailed;
	}

	/** Instruments the company is eligible for that serve its gaps, best first. */
	readonly matches: InstrumentMatch[];

	/** The plan proposed from the gaps, importance and matches; what the user edits first. */
	readonly proposal: ActionPlan | null;

	/** What the plan page shows: the stored plan, or the live proposal until the first change. */
	readonly plan: ActionPlan | null;

	/**
	 * Estimated cost, support and net cost of the plan, per action, per priority and in total,
	 * once the catalogue is loaded (`useCatalogue()`); null before.
	 */
	readonly finance: PlanFinance | null;

	/** The programme's next step (the advisory site visit), from the catalogue; null before. */
	readonly nextStep: CatalogueInstrument | null = $derived(
		this.#instruments?.find((instrument) => instrument.nextStep) ?? null
	);

	/** How many of the catalogue's facts were confirmed in the last 12 months; null before. */
	readonly freshness: { checked: number; total: number } | null;

	/** The user changed the plan's priorities or actions: it no longer follows the importance. */
	readonly planEdited: boolean = $derived(
		!!this.#assessment?.plan && isEdited(this.#assessment.plan)
	);

	/** Per action id, the actions it must follow that are due after it (the plan page flags them). */
	readonly planConflicts: ReadonlyMap<string, PlanAction[]> | null;

	/** T0 → T1: the company's earlier assessment and the change since, once `useComparison()` found it. */
	readonly comparison: Comparison | null = $derived(
		this.#previous && this.score
			? { ...this.#previous, progress: compareScores(this.#previous.previousScore, this.score) }
			: null
	);

	/** Evidence photos of this assessment, oldest first, once `usePhotos()` loaded them. */
	get photos(): StoredPhoto[] {
		return this.#photos;
	}

	get report(): ReportState {
		return this.#report;
	}

	// ---- Loading --------------------------------------------------------------------------

	/** Opens an assessment (again: nothing happens for the one already open). */
	load(id: string): void {
		if (id === this.#id) return;
		// Text typed into the assessment open so far is written to that one.
		this.storeTyping();
		this.#id = id;
		this.#missedChange = false;
		this.#status = 'loading';
		this.#loadError = null;
		this.#loadFailure = null;
		this.#removed = null;
		this.#assessment = null;
		this.#questionnaire = null;
		this.#chosenRespondent = null;
		this.#previous = null;
		this.#comparison = this.#comparison === 'idle' ? 'idle' : 'loading';
		this.#photos = [];
		this.#report = { state: 'idle' };
		this.#loaded = this.#loadRecord(id);
	}

	/** Resolves when the assessment asked for last has loaded (or failed to). */
	whenLoaded(): Promise<void> {
		return this.#loaded;
	}

	async #loadRecord(id: string): Promise<void> {
		try {
			const assessment = await this.#services.getAssessment(id);
			if (id !== this.#id) return;
			if (!assessment) {
				this.#status = 'not-found';
				return;
			}
			let needs = this.#needs(assessment);
			let questionnaire = await this.#services.questionnaireFor(assessment, needs);
			// A page asked for more while it loaded (next actions with the catalogue, a language).
			while (questionnaire && !sameNeeds(needs, this.#needs(assessment))) {
				needs = this.#needs(assessment);
				questionnaire = await this.#services.questionnaireFor(assessment, needs);
			}
			if (id !== this.#id) return;
			this.#assessment = assessment;
			if (!questionnaire) {
				this.#status = 'missing-questionnaire';
				return;
			}
			this.#questionnaire = questionnaire;
			// The pages that show support (results, plan) draw the scores first thing. Worked out here,
			// in a task of their own, they are not part of the task that draws the page: with it, that
			// was the results page's longest.
			if (this.#catalogue !== 'idle') {
				this.#scoreOf(questionnaire, assessment);
				await this.#services.nextTask();
				if (id !== this.#id) return;
			}
			this.#status = 'ready';
			this.#listen();
			if (this.#comparison !== 'idle') this.#lookUpPrevious(assessment);
			if (this.#photosWanted) this.#refreshPhotos();
		} catch (error) {
			if (id !== this.#id) return;
			this.#loadError = message(error);
			this.#loadFailure = loadFailureOf(error);
			this.#status = 'error';
		}
	}

	/** Another tab saved this assessment: show its copy, unless our own changes are on the way. */
	#listen(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = this.#services.onAssessmentChanged((changedId) => {
			if (changedId !== this.#id) return;
			if (this.#pendingFor(changedId)) this.#missedChange = true;
			// #showStored handles its own failure; the catch only satisfies the linter's rule.
			else this.#showStored(changedId).catch(() => {});
		});
	}

	/** Shows the stored copy, unless own changes were queued meanwhile (then after they drain). */
	#showStored(id: string): Promise<void> {
		return this.#services.getAssessment(id).then(
			async (latest) => {
				if (id !== this.#id) return;
				if (this.#pendingFor(id)) {
					this.#missedChange = true;
					return;
				}
				if (!latest) return;
				// Another tab moved it to another questionnaire version: show it with that one.
				const current = this.#questionnaire;
				if (current && latest.questionnaire.version !== current.version) {
					// Never rejects: the screen keeps its copy when the version cannot be loaded.
					const questionnaire = await this.#services
						.questionnaireFor(latest, this.#needs(latest))
						.catch(() => undefined);
					if (!questionnaire || id !== this.#id || this.#pendingFor(id)) return;
					this.#questionnaire = questionnaire;
				}
				this.#assessment = latest;
			},
			// The screen keeps the copy it has; the next change or reload reads the new one.
			() => {}
		);
	}

	#pendingFor(id: string): boolean {
		return this.#typed?.id === id || this.#pending.some((entry) => entry.id === id);
	}

	// ---- Content in the languages and parts the pages need ---------------------------------

	/**
	 * The languages content must have: the one the pages show, those a report asked for and, once a
	 * page shows support or the plan, the assessment's own (its proposed actions are written in it,
	 * and the report reads them in it, see planInLanguage). A question step shows only the first:
	 * a French screen on a Dutch assessment does not download and merge the Dutch steps too.
	 */
	#languages(assessment: Assessment | null): Language[] {
		const own = this.#catalogue !== 'idle' ? assessment?.language : undefined;
		const shown = this.#language ?? assessment?.language ?? 'en';
		const languages = own && own !== shown ? [shown, own] : [shown];
		for (const language of this.#reportLanguages)
			if (!languages.includes(language)) languages.push(language);
		return languages;
	}

	/** What the questionnaire must carry: next actions only once a page shows support or the plan. */
	#needs(assessment: Assessment): ContentNeeds {
		return { languages: this.#languages(assessment), nextActions: this.#catalogue !== 'idle' };
	}

	/**
	 * Shows the content in `language`, the interface language; the layout calls it on start and on
	 * every change. Only that language is downloaded; the texts on screen stay until it is there.
	 */
	showIn(language: Language): void {
		if (language === this.#language) return;
		this.#language = language;
		// Neither rejects: each keeps what is on screen when its load fails.
		if (this.#status === 'ready') this.#reloadQuestionnaire().catch(() => {});
		if (this.#catalogue !== 'idle') this.#loadInstruments().catch(() => {});
	}

	/**
	 * Adds `language` to the content (questionnaire texts and next actions, the catalogue) for a
	 * report printed in it; resolves once `questionnaire`, `matches` and `plan` carry it. A report
	 * in another language than the one shown calls it first, then reads those (they are derived).
	 */
	async useLanguage(language: Language): Promise<void> {
		if (!this.#reportLanguages.includes(language))
			this.#reportLanguages = [...this.#reportLanguages, language];
		await Promise.all([
			this.#reloadQuestionnaire(),
			this.#catalogue === 'idle' ? undefined : this.#loadInstruments()
		]);
	}

	/** The open questionnaire again, with what the pages need now. */
	async #reloadQuestionnaire(): Promise<void> {
		const assessment = this.#assessment;
		const id = this.#id;
		if (!assessment || this.#status !== 'ready') return;
		const request = ++this.#contentRequest;
		try {
			const questionnaire = await this.#services.questionnaireFor(
				assessment,
				this.#needs(assessment)
			);
			if (questionnaire && id === this.#id && request === this.#contentRequest)
				this.#questionnaire = questionnaire;
		} catch {
			// The screen keeps the texts it has; a reload or the next language change tries again.
		}
	}

	async #loadInstruments(): Promise<void> {
		const request = ++this.#instrumentsRequest;
		try {
			const instruments = await this.#services.loadInstruments(this.#languages(this.#assessment));
			if (request !== this.#instrumentsRequest) return;
			this.#instruments = instruments;
			this.#catalogueFailed = false;
		} catch {
			if (request !== this.#instrumentsRequest || this.#instruments?.length) return;
			this.#instruments = [];
			this.#catalogueFailed = true;
		}
	}

	/**
	 * Loads the support catalogue and the questionnaire's next actions (once, for every
	 * assessment): for matches, the proposed plan and the report.
	 */
	useCatalogue(): void {
		if (this.#catalogue !== 'idle') return;
		this.#catalogue = 'loading';
		// While the record still loads, #loadRecord fetches the next actions with the questionnaire.
		const actions = this.#status === 'ready' ? this.#reloadQuestionnaire() : this.#loaded;
		// Neither rejects (a failed catalogue sets catalogueFailed); 'done' either way.
		const done = () => (this.#catalogue = 'done');
		Promise.all([this.#loadInstruments(), actions]).then(done, done);
	}

	/**
	 * Work out the support that fits (`matches`), then what the plan's actions would get
	 * (`proposal`, `finance`), before anything draws them, so that a page can spend two idle
	 * moments on it: on a phone that is 80 ms of work, which otherwise lands in the task that
	 * draws the first cards. Reading the derived values computes them once; they are kept until
	 * what they use changes.
	 */
	prepareMatches(): void {
		void this.matches;
	}
	prepareSupport(): void {
		void this.finance;
	}

	/** Looks up the company's earlier assessment for the T0 → T1 comparison. */
	useComparison(): void {
		if (this.#comparison !== 'idle') return;
		this.#comparison = 'loading';
		if (this.#assessment && this.#status === 'ready') this.#lookUpPrevious(this.#assessment);
	}

	#lookUpPrevious(assessment: Assessment): void {
		const id = assessment.id;
		this.#services.previousFor(assessment).then(
			(previous) => {
				if (id !== this.#id) return;
				this.#previous = previous;
				this.#comparison = 'done';
			},
			() => {
				if (id === this.#id) this.#comparison = 'done';
			}
		);
	}

	/** Loads this assessment's photos (and keeps them up to date after adding or removing one). */
	usePhotos(): void {
		if (this.#photosWanted) return;
		this.#photosWanted = true;
		if (this.#status === 'ready') this.#refreshPhotos();
	}

	#refreshPhotos(): void {
		const id = this.#id;
		if (!id) return;
		this.#services.listPhotos(id).then(
			(photos) => {
				if (id === this.#id) this.#photos = photos;
			},
			// The list stays as it was; the photos themselves are safe in storage.
			() => {}
		);
	}

	/** Stops listening to other tabs. Queued writes still finish, typed text included. */
	dispose(): void {
		this.storeTyping();
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
	}

	// ---- Writing --------------------------------------------------------------------------

	#now(): string {
		return this.#services.now().toISOString();
	}

	/** Shows the change at once and queues it for storage (after any text typed before it). */
	#apply(change: Change): void {
		const id = this.#id;
		if (!id || !this.#assessment) return;
		this.#assessment = change(this.#assessment);
		this.#queueTyping();
		this.#pending.push({ id, change });
		this.#flush();
	}

	/**
	 * Shows typed text at once and queues it after a pause in typing. The keystrokes of one burst
	 * are stored as one change that replays them in order, so storage ends exactly where the
	 * screen is.
	 */
	#type(change: Change): void {
		const id = this.#id;
		if (!id || !this.#assessment) return;
		this.#assessment = change(this.#assessment);
		const before = this.#typed?.id === id ? this.#typed.change : null;
		if (this.#typed && !before) this.#queueTyping();
		this.#typed = { id, change: before ? (assessment) => change(before(assessment)) : change };
		clearTimeout(this.#typingTimer);
		this.#typingTimer = setTimeout(() => this.storeTyping(), TYPING_PAUSE_MS);
	}

	/** Moves typed text to the write queue; true when there was some. */
	#queueTyping(): boolean {
		clearTimeout(this.#typingTimer);
		this.#typingTimer = undefined;
		const typed = this.#typed;
		if (!typed) return false;
		this.#pending.push(typed);
		this.#typed = null;
		return true;
	}

	/** Writes typed text now, without waiting for a pause: when the page is hidden or closed. */
	storeTyping(): void {
		if (this.#queueTyping()) this.#flush();
	}

	#flush(): void {
		this.#queue = this.#queue.then(() => this.#drain());
	}

	/** Writes queued changes in order; stops at a failure, leaving it queued. Never rejects. */
	async #drain(): Promise<void> {
		this.#saving = true;
		while (this.#pending.length) {
			const { id, change } = this.#pending[0]!;
			try {
				const stored = await this.#services.updateAssessment(id, change);
				this.#pending.shift();
				// Storage applied the change to its latest copy, which may include another tab's work.
				if (id === this.#id && !this.#pendingFor(id)) this.#assessment = stored;
				this.#saveError = null;
			} catch (error) {
				this.#saveError = message(error);
				break;
			}
		}
		if (this.#missedChange && this.#pending.length === 0 && this.#id) {
			this.#missedChange = false;
			// Awaited, so that settled() resolves with the other tab's copy on screen.
			await this.#showStored(this.#id);
		}
		this.#saving = false;
	}

	/** Writes the changes a failed write left queued. */
	retry(): void {
		this.#flush();
	}

	/** Resolves when every queued change (typed text too) has been tried: true when all are stored. */
	settled(): Promise<boolean> {
		this.storeTyping();
		return this.#queue.then(() => this.#pending.length === 0);
	}

	// ---- Diagnostic actions ---------------------------------------------------------------

	/**
	 * Moves the assessment to the newer questionnaire version (`upgradeTo`): answers whose question
	 * kept its meaning come over, the new questions are open, the old answers stay in the record.
	 * Resolves to whether the move is stored.
	 */
	async upgrade(): Promise<boolean> {
		const id = this.#id;
		const from = this.#questionnaire;
		const target = this.upgradeTo;
		if (!id || !from || !target) return false;
		let to: Questionnaire | undefined;
		try {
			const assessment = this.#assessment;
			if (!assessment) return false;
			to = await this.#services.questionnaireFor(
				{ questionnaire: target, language: assessment.language },
				this.#needs(assessment)
			);
		} catch (error) {
			this.#saveError = message(error);
			return false;
		}
		if (!to || id !== this.#id || this.#questionnaire !== from) return false;
		this.#apply(upgradeAssessment(from, to, this.#now()));
		this.#questionnaire = to;
		return this.settled();
	}

	/** Who answers next on this device (several people can take turns). */
	chooseRespondent(respondentId: string): void {
		this.#chosenRespondent = respondentId;
	}

	answer(questionId: string, value: AnswerValue): void {
		this.#apply(setAnswer(this.respondentId, questionId, value, this.#now()));
	}

	estimate(transformationId: TransformationId, value: Level | null): void {
		this.#apply(setSelfEstimate(transformationId, value, this.#now()));
	}

	/** Confirms answers carried over from the previous assessment, for the answering respondent. */
	confirmSuggestions(questionIds: string[]): void {
		this.#apply(confirmSuggestions(this.respondentId, questionIds, this.#now()));
	}

	/** The note under a question, as it is typed. */
	setNote(questionId: string, text: string): void {
		this.#type(setNote(questionId, text.slice(0, 5000), this.#now()));
	}

	/** A choice in the profile (region, sector): stored at once. */
	setProfile(patch: Partial<CompanyProfile>): void {
		this.#apply(setProfile(patch, this.#now()));
	}

	/** A profile field as it is typed (name, postcode, numbers). */
	typeProfile(patch: Partial<CompanyProfile>): void {
		this.#type(setProfile(patch, this.#now()));
	}

	addRespondent(): void {
		this.#apply(addRespondent({ id: this.#services.newId(), name: '', role: '' }, this.#now()));
	}

	/** A respondent's name or role, as it is typed. */
	renameRespondent(respondentId: string, fields: { name?: string; role?: string }): void {
		this.#type(renameRespondent(respondentId, fields, this.#now()));
	}

	/** Remembers the step the user is on, so the start page resumes there. */
	setLastStep(step: string): void {
		if (this.#status === 'ready' && this.#assessment?.lastStep !== step)
			this.#apply(setLastStep(step, this.#now()));
	}

	/** Marks the diagnostic complete; resolves when it is stored (false when saving failed). */
	complete(): Promise<boolean> {
		this.#apply(markCompleted(this.#now()));
		return this.settled();
	}

	/** Shrinks and stores a photo for a question; resolves to false when that failed. */
	async addPhoto(questionId: string, file: Blob): Promise<boolean> {
		const assessmentId = this.#id;
		if (!assessmentId) return false;
		try {
			await this.#services.addPhoto({ assessmentId, questionId, file });
		} catch {
			return false;
		}
		this.#refreshPhotos();
		return true;
	}

	removePhoto(photoId: string): void {
		this.#services.deletePhoto(photoId).then(
			() => this.#refreshPhotos(),
			// Still stored: the list goes on showing it.
			() => this.#refreshPhotos()
		);
	}

	// ---- Results actions ------------------------------------------------------------------

	setTarget(transformationId: TransformationId, level: Level): void {
		this.#apply(setTarget(transformationId, level, this.#now()));
	}

	/** The answer a group agreed on (null removes it: scoring goes back to the mean). */
	setConsensus(questionId: string, value: AnswerValue | null): void {
		this.#apply(
			value === null
				? clearConsensus(questionId, this.#now())
				: setConsensus(questionId, value, this.#now())
		);
	}

	// ---- Plan actions ---------------------------------------------------------------------

	/** A change to the plan; on the first one the proposal on screen is stored with it. */
	#editPlan(change: (now: string) => Change): void {
		const proposal = this.proposal;
		if (proposal) this.#apply(editPlan(proposal, change(this.#now())));
	}

	/** Text typed into the plan, stored after a pause like every typed text. */
	#typePlan(change: (now: string) => Change): void {
		const proposal = this.proposal;
		if (proposal) this.#type(editPlan(proposal, change(this.#now())));
	}

	/** How much a transformation matters; an unedited plan is proposed again to follow it. */
	setImportance(transformationId: TransformationId, importance: Importance): void {
		const questionnaire = this.#questionnaire;
		if (!questionnaire) return;
		this.#apply(
			setImportanceFollowingPlan({
				questionnaire,
				matches: this.matches,
				transformationId,
				importance,
				now: this.#now()
			})
		);
	}

	setAmbition(text: string): void {
		this.#typePlan((now) => setAmbition(text, now));
	}

	movePriority(transformationId: TransformationId, delta: -1 | 1): void {
		this.#editPlan((now) => movePriority(transformationId, delta, now));
	}

	dropPriority(transformationId: TransformationId): void {
		const priorities = this.plan?.priorities ?? [];
		const index = priorities.findIndex((p) => p.transformationId === transformationId);
		const priority = priorities[index];
		if (!priority) return;
		this.#removed = { kind: 'priority', priority, index };
		this.#editPlan((now) => dropPriority(transformationId, now));
	}

	/** What the user removed last, for "Undo"; null once undone or on another assessment. */
	get removed(): Removed | null {
		return this.#removed;
	}

	/** Puts the last removed priority or action back where it was, as it was. */
	undoRemoval(): void {
		const removed = this.#removed;
		if (!removed) return;
		this.#removed = null;
		this.#editPlan((now) =>
			removed.kind === 'priority'
				? restorePriority(removed.priority, removed.index, now)
				: restoreAction(removed.transformationId, removed.action, removed.index, now)
		);
	}

	/** Adds a transformation to the plan, with its proposed actions and support. */
	addPriority(transformationId: TransformationId): void {
		const { assessment, questionnaire, score } = this;
		if (!assessment || !questionnaire || !score) return;
		const priority = proposePriority({
			questionnaire,
			assessment,
			score,
			matches: this.matches,
			transformationId,
			language: assessment.language,
			today: this.#openedAt.toISOString().slice(0, 10),
			plan: this.plan ?? undefined
		});
		// Added anew, with new proposals: its old self can no longer be put back in its place.
		if (
			this.#removed?.kind === 'priority' &&
			this.#removed.priority.transformationId === transformationId
		)
			this.#removed = null;
		this.#editPlan((now) => addPriority(priority, now));
	}

	/** Adds an empty action to a priority; returns its id (to focus its text field). */
	addAction(transformationId: TransformationId): string {
		const actionId = this.#services.newId();
		this.#editPlan((now) =>
			addAction(transformationId, { id: actionId, text: '', owner: '', dueDate: null }, now)
		);
		return actionId;
	}

	dropAction(transformationId: TransformationId, actionId: string): void {
		const priorities = this.plan?.priorities ?? [];
		const priorityIndex = priorities.findIndex((p) => p.transformationId === transformationId);
		const actions = priorities[priorityIndex]?.actions ?? [];
		const index = actions.findIndex((a) => a.id === actionId);
		const action = actions[index];
		if (!action) return;
		this.#removed = {
			kind: 'action',
			transformationId,
			action,
			index,
			number: `${priorityIndex + 1}.${index + 1}`
		};
		this.#editPlan((now) => dropAction(transformationId, actionId, now));
	}

	setActionText(transformationId: TransformationId, actionId: string, text: string): void {
		this.#typePlan((now) => setActionText(transformationId, actionId, text, now));
	}

	setActionOwner(transformationId: TransformationId, actionId: string, owner: string): void {
		this.#typePlan((now) => setActionOwner(transformationId, actionId, owner, now));
	}

	/** A target date YYYY-MM-DD, or '' to clear it. */
	setActionDueDate(transformationId: TransformationId, actionId: string, date: string): void {
		this.#editPlan((now) => setActionDueDate(transformationId, actionId, date, now));
	}

	/** Replaces the plan with a fresh proposal from the gaps and importance (the ambition stays). */
	proposeAgain(): void {
		const proposal = this.proposal;
		if (proposal) this.#apply(setPlan(proposal, this.#now()));
	}

	/**
	 * An action's estimated cost in EUR, or null to clear it. The page parses what was typed
	 * (parseEuroAmount) and calls this only with a figure it accepted.
	 */
	setActionCost(transformationId: TransformationId, actionId: string, cost: number | null): void {
		this.#editPlan((now) => setActionCost(transformationId, actionId, cost, now));
	}

	/** What an action's money buys (advice, training, investment, R&D), or null to clear it. */
	setActionCostType(
		transformationId: TransformationId,
		actionId: string,
		costType: ActionCostType | null
	): void {
		this.#editPlan((now) => setActionCostType(transformationId, actionId, costType, now));
	}

	/** What an action is about; an empty list clears it. */
	setActionTopics(
		transformationId: TransformationId,
		actionId: string,
		topics: readonly ActionTopic[]
	): void {
		this.#editPlan((now) => setActionTopics(transformationId, actionId, topics, now));
	}

	/**
	 * Loads the report worker's code while the user reads the plan, so the first click does not
	 * wait for it. A failure is not shown: the click tries again and reports it.
	 */
	warmReport(): void {
		this.#services.warmReport().catch(() => {});
	}

	/**
	 * Builds the PDF report of what is on screen, in `language` (the reader's choice; the
	 * assessment's own language when none is given), with the plan's money, the next step and the
	 * evidence photos, and hands it to the browser's download under a name in that language.
	 */
	downloadReport(language?: Language): void {
		const { assessment } = this;
		if (!assessment || !this.questionnaire || !this.score || this.#report.state === 'building')
			return;
		const reportLanguage = language ?? assessment.language;
		this.#report = { state: 'building', progress: null };
		const build = async (): Promise<string> => {
			// Let the status paint before the work starts.
			await this.#services.afterPaint();
			// The content in the report's language (texts, next actions, the catalogue); the
			// questionnaire, plan, matches and finance below are derived from it.
			await this.useLanguage(reportLanguage);
			const { questionnaire, score, plan, finance, nextStep } = this;
			if (!questionnaire || !score || !plan) throw new Error('the assessment is not loaded');
			const matches = this.matches;
			const photos = await this.#services.reportPhotos(
				await this.#services.listPhotos(assessment.id)
			);
			const generated = this.#services.now();
			const blob = await this.#services.renderReport(
				{
					assessment,
					questionnaire,
					score,
					plan,
					matches,
					language: reportLanguage,
					generatedAt: generated.toISOString(),
					photos,
					...(finance ? { finance } : {}),
					...(nextStep ? { nextStep } : {})
				},
				(progress) => {
					if (this.#report.state === 'building') this.#report = { state: 'building', progress };
				}
			);
			const file = pdfFileName(assessment.profile.name, localDay(generated), reportLanguage);
			this.#services.download(blob, file);
			return file;
		};
		build().then(
			(file) => (this.#report = { state: 'built', file }),
			(error: unknown) => (this.#report = { state: 'failed', error: message(error) })
		);
	}
}

function sameNeeds(a: ContentNeeds, b: ContentNeeds): boolean {
	return (
		!!a.nextActions === !!b.nextActions &&
		[...a.languages].sort().join() === [...b.languages].sort().join()
	);
}

const [getWorkspace, setWorkspace] = createContext<AssessmentWorkspace>();

/**
 * The workspace of the (assessment) pages: `setWorkspace` in their layout, `getWorkspace()` in any
 * page or component below it.
 */
export { getWorkspace, setWorkspace };
