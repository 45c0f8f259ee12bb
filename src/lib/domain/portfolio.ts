// Pure domain code: no DOM, no storage, no Svelte.
// Groups stored assessments into the start page's portfolio: one entry per company, newest
// activity first. Plain TypeScript so that it is cheap to run on 1,000 records and easy to test.
import type { Questionnaire } from './content/schema';
import { byCodeUnits } from './order';
import type { Assessment } from './record';
import { scoreAssessment } from './scoring';

export type PortfolioRow = {
	assessment: Assessment;
	overall: number | null;
	completeness: number | null;
	questions: number;
	answered: number;
};

/** A row in its company's history: which assessment of the company it is, and what it repeats. */
export type PortfolioEntry = PortfolioRow & {
	/** 0 for the company's first assessment (T0), 1 for the next (T1)… by start date. */
	round: number;
	/** When the assessment this one repeats (`basedOn`) was started; null for a first one. */
	repeatOf: string | null;
};

export type PortfolioCompany = {
	companyId: string;
	/** From the company's most recently updated assessment. */
	name: string;
	postcode: string;
	sector: string;
	/** Newest assessment first. */
	rows: PortfolioEntry[];
	lastUpdated: string;
	/** Lower-case, accent-free text the search matches against. */
	haystack: string;
};

/**
 * One assessment's line in the portfolio: its overall score and how many of its questions have an
 * answer (a level, "don't know" or "not applicable"). Without its questionnaire (a version this
 * app does not have) there is nothing to score: null figures, 0 of 0.
 */
export function portfolioRow(
	assessment: Assessment,
	questionnaire: Questionnaire | undefined
): PortfolioRow {
	const score = questionnaire ? scoreAssessment(questionnaire, assessment) : null;
	const transformations = score?.transformations ?? [];
	return {
		assessment,
		overall: score?.overall ?? null,
		completeness: score?.completeness ?? null,
		questions: transformations.reduce((n, t) => n + t.questions, 0),
		answered: transformations.reduce((n, t) => n + t.answered + t.dontKnow + t.notApplicable, 0)
	};
}

/**
 * Lower case without accents, so "liege" finds "Liège", and with one apostrophe: a tablet types
 * "L’Atelier" where a keyboard types "L'Atelier", and the app writes French with the first.
 */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.toLowerCase();
}

export function groupPortfolio(rows: readonly PortfolioRow[]): PortfolioCompany[] {
	const byCompany = new Map<string, PortfolioRow[]>();
	for (const row of rows) {
		const list = byCompany.get(row.assessment.companyId);
		if (list) list.push(row);
		else byCompany.set(row.assessment.companyId, [row]);
	}
	const companies: PortfolioCompany[] = [];
	for (const [companyId, unsorted] of byCompany) {
		unsorted.sort((a, b) => byCodeUnits(b.assessment.createdAt, a.assessment.createdAt));
		const list = companyHistory(unsorted);
		const latest = [...list].sort((a, b) =>
			byCodeUnits(b.assessment.updatedAt, a.assessment.updatedAt)
		)[0]!;
		const names = new Set(list.map((row) => row.assessment.profile.name));
		const profile = latest.assessment.profile;
		companies.push({
			companyId,
			name: profile.name,
			postcode: profile.postcode,
			sector: profile.sector ?? '',
			rows: list,
			lastUpdated: latest.assessment.updatedAt,
			haystack: fold([...names, profile.postcode, profile.sector ?? ''].join(' '))
		});
	}
	return companies.sort((a, b) => byCodeUnits(b.lastUpdated, a.lastUpdated));
}

/**
 * Tells a company's assessments apart: each one's round (T0, T1… by start date) and the start
 * date of the assessment it repeats. Rows newest first, as groupPortfolio keeps them.
 *
 *   [t1 (basedOn t0, started 2026-11-30), t0 (started 2025-03-03)]
 *     -> t1 round 1, repeat of 2025-03-03; t0 round 0, no repeat
 */
export function companyHistory(rows: readonly PortfolioRow[]): PortfolioEntry[] {
	const started = new Map(rows.map((row) => [row.assessment.id, row.assessment.createdAt]));
	return rows.map((row, index) => ({
		...row,
		round: rows.length - 1 - index,
		repeatOf: (row.assessment.basedOn && started.get(row.assessment.basedOn)) || null
	}));
}

/** Every word of the query must occur in the company's name(s), postcode or sector. */
export function matchesSearch(company: PortfolioCompany, query: string): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	return words.every((word) => company.haystack.includes(word));
}
