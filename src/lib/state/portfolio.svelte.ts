// The start page's list of assessments, grouped per company, with search, "show more", starting a
// new assessment (or a follow-up for a company), and deleting: a deleted assessment is kept as a
// tombstone for 30 days, so it can be restored, also after a reload, until it is purged.
import {
	groupPortfolio,
	matchesSearch,
	portfolioRow,
	type Assessment,
	type Language,
	type PortfolioCompany,
	type PortfolioRow
} from '$lib/domain';
import {
	deleteAssessment,
	listAssessments,
	listDeleted,
	onAssessmentChanged,
	purgeDeleted,
	restoreDeleted
} from '$lib/storage';
import { questionnaireFor } from './questionnaires';

/** Companies shown at first and per "show more": keeps the page light with 1,000 assessments. */
export const PAGE = 30;
/** How long the "deleted … Undo" notice stays; afterwards "Recently deleted" still restores it. */
export const UNDO_MS = 60_000;

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export class PortfolioState {
	#companies = $state.raw<PortfolioCompany[]>([]);
	#total = $state(0);
	#unreadable = $state(0);
	#ready = $state(false);
	#error = $state<string | null>(null);
	#starting = $state(false);
	#query = $state('');
	#shown = $state(PAGE);
	#deleted = $state.raw<Assessment | null>(null);
	#recentlyDeleted = $state.raw<{ assessment: Assessment; deletedAt: string }[]>([]);
	#restored = $state(false);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	/** Companies, most recently active first. */
	get companies(): PortfolioCompany[] {
		return this.#companies;
	}
	/** Stored readable assessments. */
	get total(): number {
		return this.#total;
	}
	/** Stored records that could not be read (kept aside, never deleted). */
	get unreadable(): number {
		return this.#unreadable;
	}
	get ready(): boolean {
		return this.#ready;
	}
	get error(): string | null {
		return this.#error;
	}
	get starting(): boolean {
		return this.#starting;
	}
	get query(): string {
		return this.#query;
	}
	/** Searching starts the list from the top again. */
	set query(value: string) {
		this.#query = value;
		this.#shown = PAGE;
	}

	/** Companies matching the search. */
	readonly filtered: PortfolioCompany[] = $derived(
		this.#query.trim()
			? this.#companies.filter((company) => matchesSearch(company, this.#query))
			: this.#companies
	);
	/** The matching companies on screen (see showMore). */
	readonly visible: PortfolioCompany[] = $derived(this.filtered.slice(0, this.#shown));
	/** How many more companies "show more" would add. */
	readonly more: number = $derived(Math.min(PAGE, this.filtered.length - this.#shown));

	/** The assessment deleted last, while it can still be brought back. */
	get deleted(): Assessment | null {
		return this.#deleted;
	}
	/** Assessments deleted on this device in the last 30 days, newest first: they can come back. */
	get recentlyDeleted(): { assessment: Assessment; deletedAt: string }[] {
		return this.#recentlyDeleted;
	}
	/** The deleted assessment was put back. */
	get restored(): boolean {
		return this.#restored;
	}

	showMore(): void {
		this.#shown += PAGE;
	}

	/** Reads the list now and again when another tab saves (at most once per second). */
	connect(): () => void {
		// Deletions older than 30 days are forgotten (with their photos) before the list is read.
		purgeDeleted().then(
			() => this.#refresh(),
			() => this.#refresh()
		);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const stop = onAssessmentChanged(() => {
			clearTimeout(timer);
			timer = setTimeout(() => this.#refresh(), 1000);
		});
		return () => {
			stop();
			clearTimeout(timer);
			clearTimeout(this.#undoTimer);
		};
	}

	/** Reads the list again (e.g. after an import). */
	refresh(): void {
		this.#refresh();
	}

	#refresh(): void {
		this.#load().then(
			() => (this.#ready = true),
			(error: unknown) => {
				this.#error = message(error);
				this.#ready = true;
			}
		);
	}

	async #load(): Promise<void> {
		const listed = await listAssessments();
		const rows: PortfolioRow[] = [];
		for (const assessment of listed.assessments)
			rows.push(portfolioRow(assessment, await questionnaireFor(assessment)));
		this.#unreadable = listed.unreadable;
		this.#recentlyDeleted = (await listDeleted()).flatMap((d) =>
			d.record ? [{ assessment: d.record, deletedAt: d.tombstone.deletedAt }] : []
		);
		this.#companies = groupPortfolio(rows);
		this.#total = rows.length;
		this.#error = null;
	}

	/**
	 * Starts a new assessment, or a follow-up of a company's latest one, whose answers come along as
	 * suggestions to confirm. Resolves to the new assessment's id, or null when that failed.
	 */
	async start(language: Language, company?: PortfolioCompany): Promise<string | null> {
		this.#starting = true;
		this.#error = null;
		try {
			// Starting code (drafts, a follow-up's suggestions) loads on the click, not with the list.
			const { startAssessment } = await import('./new-assessment');
			const assessment = await startAssessment(language, company?.rows[0]?.assessment);
			return assessment.id;
		} catch (error) {
			this.#error = message(error);
			this.#starting = false;
			return null;
		}
	}

	/** Saves one company's assessments as an export file. */
	async exportCompany(company: { companyId: string; name: string }): Promise<void> {
		try {
			const { exportAndSave } = await import('./transfer');
			await exportAndSave('company', {
				key: company.companyId,
				name: company.name || 'company',
				withPhotos: true
			});
		} catch (error) {
			this.#error = message(error);
		}
	}

	/** Deletes an assessment; it is kept as a tombstone, with its photos, for 30 days. */
	async remove(row: PortfolioRow): Promise<void> {
		try {
			await deleteAssessment(row.assessment.id);
			clearTimeout(this.#undoTimer);
			this.#deleted = row.assessment;
			this.#undoTimer = setTimeout(() => (this.#deleted = null), UNDO_MS);
			this.#restored = false;
			await this.#load();
		} catch (error) {
			this.#error = message(error);
		}
	}

	/** Puts the assessment deleted last back, with its photos. */
	async undoDelete(): Promise<void> {
		const deleted = this.#deleted;
		if (deleted) await this.restore(deleted.id);
	}

	/** Puts a deleted assessment back, with its photos, while its tombstone is kept. */
	async restore(id: string): Promise<void> {
		clearTimeout(this.#undoTimer);
		this.#deleted = null;
		try {
			this.#restored = await restoreDeleted(id);
			await this.#load();
		} catch (error) {
			this.#error = message(error);
		}
	}
}
