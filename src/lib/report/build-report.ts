// The report's document definition: a pure function of the assessment, so it can be tested
// without rendering (tests/unit/report.test.ts) and rendered anywhere pdfmake runs.
// Each section lives in sections/, the shared layout in layout.ts, the radar chart in radar.ts.
// User-entered strings (company, names, roles, actions, ambition) always go in as plain string
// values of a `text` property: pdfmake never reads markup in them, and nothing the user typed is
// spread into a node where it could become a property.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { localize, planInLanguage, singleLine } from '$lib/domain';
import { reportContext, type ReportInput } from './context';
import { DEFAULT_STYLE, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, STYLES } from './layout';
import { actionPlan } from './sections/plan';
import { annex } from './sections/annex';
import { answers } from './sections/answers';
import { cover } from './sections/cover';
import { instruments } from './sections/instruments';
import { priorities } from './sections/priorities';
import { scores } from './sections/scores';
import { signOff } from './sections/sign-off';

export type { ReportInput, ReportPhoto } from './context';
export { MAX_INSTRUMENTS } from './sections/instruments';

/** Builds the report's pdfmake document definition. Pure: same input, same definition. */
export function buildReport(given: ReportInput): TDocumentDefinitions {
	// The plan as it reads in the report's language (unedited proposals translated).
	const input = {
		...given,
		plan: planInLanguage(given.plan, given.questionnaire, given.assessment.language, given.language)
	};
	const ctx = reportContext(input);
	const { t, company, date } = ctx;
	const { questionnaire, language } = input;

	// Pages 1–2 are what a board reads: who, when, the overall picture, the priorities and the
	// next step. Then the evidence in the order a reader checks it: scores, plan, support, the
	// decision; the answers and the method are annexes.
	const content: Content[] = [
		cover(ctx),
		priorities(ctx),
		scores(ctx),
		actionPlan(ctx),
		instruments(ctx),
		signOff(ctx),
		answers(ctx),
		annex(ctx)
	];

	return {
		pageSize: 'A4',
		pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
		language: language === 'en' ? 'en-GB' : `${language}-BE`,
		// Shown by viewers in title bars and file properties, where a direction override or a
		// control character from a typed name could disguise it: one plain line each.
		info: {
			title: singleLine(t.documentTitle(company)),
			author: singleLine(company),
			subject: singleLine(localize(questionnaire.title, language)),
			creator: 'Made Different scan'
		},
		defaultStyle: DEFAULT_STYLE,
		styles: STYLES,
		header: (page: number) =>
			page === 1
				? null
				: { text: t.headerText(company), style: 'small', margin: [MARGIN_X, 28, MARGIN_X, 0] },
		footer: (page: number, pages: number) => ({
			margin: [MARGIN_X, 20, MARGIN_X, 0],
			columns: [
				{ text: t.footerDate(date(input.generatedAt)), style: 'small' },
				{ text: t.footerPage(page, pages), style: 'small', alignment: 'right' }
			]
		}),
		// No pageBreakBefore callback on purpose: when it adds a break, pdfmake lays the document out
		// again and offsets canvas vectors a second time (pdfmake 0.3.11 mutates them), which moves
		// the radar chart. Headings are kept with what follows by unbreakable stacks instead.
		content
	};
}
