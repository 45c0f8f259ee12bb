// What every section of the report receives: the input, the report's messages in the reader's
// language, and formatters that print numbers and dates the way that language writes them.
import {
	localize,
	localizeName,
	transformationName,
	type CatalogueInstrument,
	type PlanFinance,
	type ActionPlan,
	type Assessment,
	type AssessmentScore,
	type InstrumentMatch,
	type Language,
	type Questionnaire,
	type TransformationId
} from '$lib/domain';
import {
	conjunction,
	formatDate,
	formatEuro,
	formatMonth,
	formatNumber,
	formatPercent,
	formatScore
} from '$lib/i18n/format';
import { instruments } from '$lib/i18n/messages/instruments';
import { money } from '$lib/i18n/messages/money';
import type { MoneyFormat, MoneyMessages } from '$lib/i18n/messages/money/describe';
import { report } from '$lib/i18n/messages/report';
import { pdfSafe } from './layout';

export type ReportInput = {
	assessment: Assessment;
	questionnaire: Questionnaire;
	score: AssessmentScore;
	plan: ActionPlan;
	/** Ranked matches (matchInstruments); the report shows the first MAX_INSTRUMENTS. */
	matches: readonly InstrumentMatch[];
	/** The report's language: the reader's choice, not necessarily the assessment's. */
	language: Language;
	/** ISO timestamp of when the report is made. */
	generatedAt: string;
	/** Evidence photos, printed under their question's answer in the annex. */
	photos?: ReportPhoto[];
	/**
	 * Estimated cost, support and net cost of `plan` (planFinance, with the same catalogue and
	 * profile as the plan page), so that the PDF prints the figures the page shows.
	 */
	finance?: PlanFinance;
	/** The catalogue's next-step instrument (the advisory site visit), with its contact. */
	nextStep?: CatalogueInstrument;
};

/** A photo as the report needs it: a JPEG data URL (the app stores photos as JPEG). */
export type ReportPhoto = { questionId: string; dataUrl: string };

export type ReportMessages = (typeof report)['en'];

export type Ctx = {
	input: ReportInput;
	t: ReportMessages;
	company: string;
	/** A score, one decimal: "3.0", "3,0". */
	num: (value: number | null) => string;
	/** A whole level: "4", not "4.0". */
	level: (value: number | null) => string;
	euro: (value: number) => string;
	date: (iso: string) => string;
	nameOf: (id: TransformationId) => string;
	/** The money sentences (shared with the plan page) in the reader's language. */
	m: MoneyMessages;
	/** Formatters for them, PDF-safe. */
	fmt: MoneyFormat;
};

export function reportContext(input: ReportInput): Ctx {
	const { assessment, questionnaire, language } = input;
	const t = report[language];
	return {
		input,
		t,
		company: assessment.profile.name.trim() || t.unnamedCompany,
		num: (value) => pdfSafe(formatScore(value, language)),
		level: (value) => (value === null ? '–' : pdfSafe(formatNumber(value, language))),
		euro: (value) => pdfSafe(formatEuro(value, language)),
		date: (iso) => pdfSafe(formatDate(iso, language)),
		nameOf: (id) => transformationName(questionnaire, id, language),
		m: money[language],
		fmt: {
			euro: (value) => pdfSafe(formatEuro(value, language)),
			percent: (value) => pdfSafe(formatPercent(value, language)),
			month: (iso) => pdfSafe(formatMonth(iso, language)),
			date: (iso) => pdfSafe(formatDate(iso, language)),
			name: (text) => localize(text, language),
			operator: (name) => localizeName(name, language),
			sizes: (sizes) =>
				conjunction(
					language,
					sizes.map((size) => instruments[language].size(size))
				)
		}
	};
}
