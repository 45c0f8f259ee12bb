// The report's document definition: a pure function of the assessment, so it can be tested
// without rendering (tests/unit/report.test.ts) and rendered anywhere pdfmake runs.
// User-entered strings (company, names, roles, actions, ambition) always go in as plain string
// values of a `text` property: pdfmake never reads markup in them, and nothing the user typed is
// spread into a node where it could become a property.
import type { Content, ContentTable, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import {
	effectiveAnswers,
	importanceOf,
	localize,
	round1,
	TYPICAL_NEXT_STEP_COST,
	type ActionPlan,
	type Assessment,
	type AssessmentScore,
	type InstrumentMatch,
	type Language,
	type Questionnaire,
	type TransformationId
} from '$lib/domain';
import {
	formatDate,
	formatEuro,
	formatMonth,
	formatNumber,
	formatPercent,
	formatScore,
	formatSignedGap
} from '$lib/i18n/format';
import { report } from '$lib/i18n/messages/report';

export type ReportInput = {
	assessment: Assessment;
	questionnaire: Questionnaire;
	score: AssessmentScore;
	plan: ActionPlan;
	/** Ranked matches (matchInstruments); the report shows the first MAX_INSTRUMENTS. */
	matches: readonly InstrumentMatch[];
	/** The assessment's language. */
	language: Language;
	/** ISO timestamp of when the report is made. */
	generatedAt: string;
};

/** More than this many instruments would bury the best ones; the app lists them all. */
export const MAX_INSTRUMENTS = 10;

const A4_WIDTH = 595.28;
const MARGIN_X = 56;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN_X;

const COLOR = {
	ink: '#1f2937',
	muted: '#6b7280',
	line: '#d1d5db',
	faint: '#f3f4f6',
	brand: '#1d3f6e',
	score: '#0f7b8a',
	target: '#475569',
	self: '#d9822b'
};

/**
 * Roboto, shipped with the app, has no narrow no-break space (U+202F), which Intl puts in French
 * numbers ("10 000 €"); the ordinary no-break space looks the same and keeps the number whole.
 */
function pdfSafe(text: string): string {
	return text.replace(/\u202f/g, '\u00a0');
}

/** "A, B and C" in the report's language. */
function joinList(items: string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Builds the report's pdfmake document definition. Pure: same input, same definition. */
export function buildReport(input: ReportInput): TDocumentDefinitions {
	const { assessment, questionnaire, language } = input;
	const t = report[language];
	const company = assessment.profile.name.trim() || t.unnamedCompany;
	const num = (value: number | null) => pdfSafe(formatScore(value, language));
	// Targets and self-estimates are whole levels: "4", not "4.0".
	const level = (value: number | null) =>
		value === null ? '–' : pdfSafe(formatNumber(value, language));
	const euro = (value: number) => pdfSafe(formatEuro(value, language));
	const date = (iso: string) => pdfSafe(formatDate(iso, language));
	const names = new Map(
		questionnaire.transformations.map((tr) => [tr.id, localize(tr.name, language)])
	);
	const nameOf = (id: TransformationId) => names.get(id) ?? id;
	const ctx: Ctx = { input, t, company, num, level, euro, date, nameOf };

	const content: Content[] = [
		cover(ctx),
		summary(ctx),
		chartAndTable(ctx),
		details(ctx),
		actionPlan(ctx),
		instruments(ctx),
		journey(ctx),
		annex(ctx)
	];

	return {
		pageSize: 'A4',
		pageMargins: [MARGIN_X, 64, MARGIN_X, 60],
		language: language === 'en' ? 'en-GB' : `${language}-BE`,
		info: {
			title: t.documentTitle(company),
			author: company,
			subject: localize(questionnaire.title, language),
			creator: 'Made Different scan'
		},
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: COLOR.ink },
		styles: {
			brand: { fontSize: 9, bold: true, color: COLOR.score, characterSpacing: 1 },
			title: { fontSize: 26, bold: true, color: COLOR.brand, lineHeight: 1.1 },
			company: { fontSize: 20, color: COLOR.ink, lineHeight: 1.15 },
			h1: { fontSize: 17, bold: true, color: COLOR.brand, margin: [0, 0, 0, 10] },
			h2: { fontSize: 13, bold: true, color: COLOR.brand, margin: [0, 14, 0, 4] },
			h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
			small: { fontSize: 8.5, color: COLOR.muted },
			facts: { fontSize: 9, color: COLOR.muted, margin: [0, 0, 0, 6] },
			th: { fontSize: 8.5, bold: true, color: COLOR.muted },
			cell: { fontSize: 9 },
			num: { fontSize: 9, alignment: 'right' }
		},
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

type Ctx = {
	input: ReportInput;
	t: (typeof report)['en'];
	company: string;
	num: (value: number | null) => string;
	level: (value: number | null) => string;
	euro: (value: number) => string;
	date: (iso: string) => string;
	nameOf: (id: TransformationId) => string;
};

function heading(
	text: string,
	style: 'h1' | 'h2' | 'h3',
	extra: { pageBreak?: 'before'; id?: string } = {}
): Content {
	return { text, style, headlineLevel: 1, ...extra };
}

// ---- Cover ---------------------------------------------------------------------------------

function cover({ input, t, company, date }: Ctx): Content {
	const { assessment, questionnaire, language } = input;
	const profile = assessment.profile;
	const people = assessment.respondents
		.map((r) => [r.name.trim(), r.role.trim()].filter(Boolean).join(', '))
		.filter(Boolean);
	const companyFacts = [
		profile.postcode.trim() && profile.region
			? t.coverPostcode(profile.postcode.trim(), t.where(profile.region))
			: profile.postcode.trim(),
		profile.employees !== null
			? t.coverEmployees(pdfSafe(formatNumber(profile.employees, language)))
			: '',
		profile.sector ? t.coverSector(profile.sector) : ''
	].filter(Boolean);
	const row = (label: string, value: Content): TableCell[] => [
		{ text: label, style: 'th', margin: [0, 2, 0, 2] },
		value
	];
	return {
		stack: [
			{ text: t.brand, style: 'brand', margin: [0, 90, 0, 16] },
			{ text: t.reportTitle, style: 'title', margin: [0, 0, 0, 28] },
			{ text: company, style: 'company', id: 'cover-company' },
			{
				canvas: [
					{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: COLOR.score }
				],
				margin: [0, 16, 0, 26]
			},
			{
				table: {
					widths: [130, '*'],
					body: [
						row(t.coverDate, { text: date(input.generatedAt) }),
						row(t.coverCompleted, {
							text: assessment.completedAt ? date(assessment.completedAt) : t.coverNotCompleted
						}),
						row(
							t.coverFilledInBy,
							people.length ? { stack: people.map((p) => ({ text: p })) } : { text: t.coverNobody }
						),
						...(companyFacts.length
							? [row(t.coverProfile, { stack: companyFacts.map((f) => ({ text: f })) })]
							: []),
						row(t.coverQuestionnaire, {
							text: t.coverVersion(
								localize(questionnaire.title, language),
								assessment.questionnaire.version
							)
						})
					]
				},
				layout: {
					hLineWidth: () => 0,
					vLineWidth: () => 0,
					paddingLeft: () => 0,
					paddingTop: () => 5,
					paddingBottom: () => 5
				}
			},
			// The ambition in top management's words opens the report; the plan repeats it.
			...(input.plan.ambition.trim()
				? [ambitionBox(t.ambitionHeading, input.plan.ambition, [0, 24, 0, 0])]
				: []),
			{ text: t.coverNote, style: 'small', margin: [0, 48, 0, 0] }
		],
		pageBreak: 'after'
	};
}

// ---- Summary, chart and score table --------------------------------------------------------

function summary({ input, t, company, num, level, nameOf }: Ctx): Content {
	const { score, plan, language } = input;
	const assessed = score.transformations.filter((s) => s.score !== null);
	const lines: string[] = [];
	if (score.overall === null) lines.push(t.summaryNothing);
	else {
		lines.push(
			t.summaryOverall(
				company,
				num(score.overall),
				score.assessedCount,
				score.transformations.length
			)
		);
		lines.push(t.summaryCompleteness(pdfSafe(formatPercent(score.completeness, language))));
		const strongest = [...assessed].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
		if (strongest)
			lines.push(t.summaryStrongest(nameOf(strongest.transformationId), num(strongest.score)));
		const gaps = assessed
			.filter((s) => (s.gap ?? 0) > 0)
			.sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
			.slice(0, 3)
			.map((s) => t.summaryGapItem(nameOf(s.transformationId), num(s.score), level(s.target)));
		lines.push(gaps.length ? t.summaryGaps(joinList(gaps, t.listAnd)) : t.summaryNoGaps);
		const fof = score.factoryOfTheFuture;
		lines.push(t.summaryFof(fof.atLevel, fof.of, num(fof.pointsToGo)));
		const overEstimated = assessed
			.filter((s) => s.selfEstimate !== null && s.selfEstimate - round1(s.score ?? 0) >= 1)
			.map((s) => nameOf(s.transformationId));
		if (overEstimated.length) lines.push(t.summaryPerception(joinList(overEstimated, t.listAnd)));
	}
	if (plan.priorities.length) lines.push(t.summaryPlan(plan.priorities.length));
	return {
		stack: [
			heading(t.summaryHeading, 'h1'),
			{ text: lines.join(' '), margin: [0, 0, 0, 8], id: 'summary-text' }
		]
	};
}

function ambitionBox(
	label: string,
	ambition: string,
	margin: [number, number, number, number] = [0, 4, 0, 8]
): Content {
	return {
		table: {
			widths: ['*'],
			body: [
				[
					{
						stack: [
							{ text: label, style: 'th', margin: [0, 0, 0, 2] },
							{ text: ambition.trim(), italics: true }
						]
					}
				]
			]
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: (i: number) => (i === 0 ? 3 : 0),
			vLineColor: () => COLOR.score,
			fillColor: () => COLOR.faint,
			paddingLeft: () => 10,
			paddingTop: () => 6,
			paddingBottom: () => 6
		},
		margin
	};
}

type RadarRow = {
	label: string;
	value: string;
	score: number | null;
	target: number;
	self: number | null;
};

/**
 * A radar chart drawn with vectors (crisp at any zoom): level rings 1–5, the target as a dashed
 * outline, the score as a filled shape, the self-estimate as dotted line and dots. Labels are
 * detached text placed around the chart; they come first so they do not push the canvas down.
 */
export function radarChart(rows: RadarRow[], width = CONTENT_WIDTH, height = 272): Content {
	const n = rows.length;
	const labelWidth = 125;
	const top = 44;
	const bottom = 34;
	const radius = Math.min((height - top - bottom) / 2, width / 2 - labelWidth - 14);
	const cx = width / 2;
	const cy = top + radius;
	const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
	const point = (i: number, value: number) => {
		const r = (Math.max(0, Math.min(5, value)) / 5) * radius;
		return { x: round2(cx + r * Math.cos(angle(i))), y: round2(cy + r * Math.sin(angle(i))) };
	};
	const ring = (level: number) => rows.map((_, i) => point(i, level));
	// An invisible frame: pdfmake sizes a canvas by its drawn extent, and the labels below the
	// chart must not run into what follows.
	const canvas: Record<string, unknown>[] = [
		{
			type: 'rect',
			x: 0,
			y: 0,
			w: width,
			h: height,
			color: '#ffffff',
			fillOpacity: 0,
			strokeOpacity: 0,
			lineWidth: 0
		}
	];
	for (let level = 1; level <= 5; level += 1) {
		canvas.push({
			type: 'polyline',
			points: ring(level),
			closePath: true,
			lineWidth: level === 4 ? 0.9 : 0.5,
			lineColor: level === 4 ? '#9ca3af' : COLOR.line
		});
	}
	rows.forEach((_, i) => {
		const end = point(i, 5);
		canvas.push({
			type: 'line',
			x1: cx,
			y1: cy,
			x2: end.x,
			y2: end.y,
			lineWidth: 0.5,
			lineColor: COLOR.line
		});
	});
	canvas.push({
		type: 'polyline',
		points: rows.map((r, i) => point(i, r.target)),
		closePath: true,
		lineWidth: 1.2,
		lineColor: COLOR.target,
		dash: { length: 4, space: 3 }
	});
	canvas.push({
		type: 'polyline',
		points: rows.map((r, i) => point(i, r.score ?? 0)),
		closePath: true,
		lineWidth: 2,
		lineColor: COLOR.score,
		color: COLOR.score,
		fillOpacity: 0.18
	});
	rows.forEach((r, i) => {
		if (r.score === null) return;
		const p = point(i, r.score);
		canvas.push({ type: 'ellipse', x: p.x, y: p.y, r1: 2.4, r2: 2.4, color: COLOR.score });
	});
	const selves = rows.map((r, i) => (r.self === null ? null : point(i, r.self)));
	if (selves.every((p) => p !== null)) {
		canvas.push({
			type: 'polyline',
			points: selves,
			closePath: true,
			lineWidth: 1.1,
			lineColor: COLOR.self,
			dash: { length: 1.5, space: 2 }
		});
	}
	for (const p of selves)
		if (p) canvas.push({ type: 'ellipse', x: p.x, y: p.y, r1: 2.6, r2: 2.6, color: COLOR.self });

	const labels: Content[] = rows.map((r, i) => {
		const a = angle(i);
		const ax = cx + (radius + 10) * Math.cos(a);
		const ay = cy + (radius + 10) * Math.sin(a);
		const cos = Math.cos(a);
		const sin = Math.sin(a);
		const alignment = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
		const x =
			alignment === 'center' ? ax - labelWidth / 2 : alignment === 'left' ? ax : ax - labelWidth;
		// Roughly 30 characters fit on a line of the label at 8 pt; one more line for the value.
		const blockHeight = (Math.ceil(r.label.length / 30) + 1) * 10.5;
		const y = sin < -0.9 ? ay - blockHeight - 2 : sin > 0.5 ? ay + 2 : ay - blockHeight / 2;
		return {
			relativePosition: { x: round2(x), y: round2(y) },
			columns: [
				{
					width: labelWidth,
					alignment,
					text: [
						{ text: r.label, fontSize: 8, color: COLOR.ink },
						{ text: `\n${r.value}`, fontSize: 8.5, bold: true, color: COLOR.score }
					]
				}
			]
		} as Content;
	});
	const levelMarks: Content[] = [1, 2, 3, 4, 5].map((level) => {
		const p = point(0, level);
		return {
			relativePosition: { x: round2(p.x + 3), y: round2(p.y - 5) },
			text: String(level),
			fontSize: 6.5,
			color: COLOR.muted
		};
	});
	return {
		stack: [...labels, ...levelMarks, { canvas: canvas as never, width }],
		unbreakable: true
	};
}

function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

function legend(t: Ctx['t'], withSelf: boolean): Content {
	const swatch = (draw: Record<string, unknown>[]): TableCell => ({
		canvas: draw as never,
		margin: [0, 3, 0, 0]
	});
	const label = (text: string): TableCell => ({ text, fontSize: 8.5 });
	const cells: TableCell[] = [
		swatch([
			{
				type: 'rect',
				x: 0,
				y: 0,
				w: 16,
				h: 7,
				color: COLOR.score,
				fillOpacity: 0.3,
				lineColor: COLOR.score,
				lineWidth: 1.5
			}
		]),
		label(t.legendScore),
		swatch([
			{
				type: 'line',
				x1: 0,
				y1: 3.5,
				x2: 16,
				y2: 3.5,
				lineWidth: 1.2,
				lineColor: COLOR.target,
				dash: { length: 4, space: 3 }
			}
		]),
		label(t.legendTarget)
	];
	if (withSelf)
		cells.push(
			swatch([{ type: 'ellipse', x: 8, y: 3.5, r1: 2.6, r2: 2.6, color: COLOR.self }]),
			label(t.legendSelf)
		);
	// An auto-width table measures its text properly (margins on cells it does not); centred
	// between two flexible columns.
	return {
		columns: [
			{ width: '*', text: '' },
			{
				width: 'auto',
				table: { widths: cells.map(() => 'auto'), body: [cells] },
				layout: {
					hLineWidth: () => 0,
					vLineWidth: () => 0,
					paddingLeft: () => 0,
					paddingRight: (i: number) => (i % 2 === 0 ? 5 : 16),
					paddingTop: () => 0,
					paddingBottom: () => 0
				}
			},
			{ width: '*', text: '' }
		],
		margin: [0, 2, 0, 2]
	};
}

function chartAndTable({ input, t, num, level, nameOf }: Ctx): Content {
	const { score, language } = input;
	const rows: RadarRow[] = score.transformations.map((s) => ({
		label: nameOf(s.transformationId),
		value: s.score === null ? t.notAssessed : num(s.score),
		score: s.score,
		target: s.target,
		self: s.selfEstimate
	}));
	const withSelf = rows.some((r) => r.self !== null);
	const th = (text: string, alignment: 'left' | 'right' = 'right'): TableCell => ({
		text,
		style: 'th',
		alignment
	});
	const body: TableCell[][] = [
		[
			th(t.tableTransformation, 'left'),
			th(t.tableScore),
			th(t.tableTarget),
			th(t.tableGap),
			th(t.tableSelf),
			th(t.tableAnswered)
		],
		...score.transformations.map((s): TableCell[] => [
			{ text: nameOf(s.transformationId), style: 'cell' },
			{ text: s.score === null ? t.notAssessed : num(s.score), style: 'num', bold: true },
			{ text: level(s.target), style: 'num' },
			{ text: pdfSafe(formatSignedGap(s.gap, language)), style: 'num' },
			{ text: s.selfEstimate === null ? t.notSet : level(s.selfEstimate), style: 'num' },
			{ text: pdfSafe(formatPercent(s.completeness, language)), style: 'num' }
		]),
		[
			{ text: t.tableOverall, style: 'cell', bold: true },
			{ text: num(score.overall), style: 'num', bold: true },
			{ text: '', style: 'num' },
			{ text: '', style: 'num' },
			{ text: '', style: 'num' },
			{ text: pdfSafe(formatPercent(score.completeness, language)), style: 'num', bold: true }
		]
	];
	const table: ContentTable = {
		table: { headerRows: 1, widths: ['*', 42, 42, 42, 68, 56], body },
		layout: {
			hLineWidth: (i: number, node) =>
				i === 0 || i === 1 || i === node.table.body.length - 1 || i === node.table.body.length
					? 0.8
					: 0.3,
			hLineColor: (i: number) => (i === 1 ? COLOR.ink : COLOR.line),
			vLineWidth: () => 0,
			paddingTop: () => 2.5,
			paddingBottom: () => 2.5
		}
	};
	return {
		stack: [
			heading(t.chartHeading, 'h2'),
			radarChart(rows),
			legend(t, withSelf),
			{ text: t.chartNote, style: 'small', alignment: 'center', margin: [0, 0, 0, 12] },
			table
		]
	};
}

// ---- Per transformation --------------------------------------------------------------------

function details({ input, t, num, level: wholeLevel, nameOf }: Ctx): Content {
	const { questionnaire, assessment, score, language } = input;
	const answers = effectiveAnswers(assessment);
	const levelNames = new Map(
		questionnaire.levels.map((l) => [l.level, localize(l.name, language)])
	);
	const levelTitle = (level: number) => t.levelName(level, levelNames.get(level) ?? '');
	const respondentsFor = (questionId: string) =>
		Object.values(assessment.answers).filter((a) => typeof a[questionId]?.value === 'number')
			.length;

	const blocks: Content[] = [
		heading(t.detailHeading, 'h1', { pageBreak: 'before' }),
		{ text: t.detailIntro, margin: [0, 0, 0, 4] }
	];
	for (const transformation of questionnaire.transformations) {
		const scored = score.transformations.find((s) => s.transformationId === transformation.id);
		const body: TableCell[][] = [
			[
				{ text: t.detailArea, style: 'th' },
				{ text: t.detailToday, style: 'th' },
				{ text: t.detailNext, style: 'th' }
			]
		];
		for (const question of transformation.questions) {
			const value = answers[question.id];
			const area: TableCell = {
				text: localize(question.area, language),
				style: 'cell',
				bold: true
			};
			// The evidence note the advisor or respondent wrote, printed as typed.
			const noteText = input.assessment.notes?.[question.id]?.text?.trim();
			const note: Content[] = noteText
				? [
						{
							text: [{ text: `${t.noteLabel}: `, bold: true }, noteText],
							fontSize: 8,
							color: COLOR.muted,
							margin: [0, 3, 0, 0]
						}
					]
				: [];
			if (typeof value !== 'number') {
				const label =
					value === 'dont-know'
						? t.dontKnow
						: value === 'not-applicable'
							? t.notApplicable
							: t.notAnswered;
				body.push([
					area,
					{ stack: [{ text: label, style: 'cell', italics: true, color: COLOR.muted }, ...note] },
					{ text: '', style: 'cell' }
				]);
				continue;
			}
			const level = Math.min(5, Math.max(1, Math.floor(value)));
			const today: Content[] = [{ text: levelTitle(level), bold: true, fontSize: 8.5 }];
			if (!Number.isInteger(value))
				today.push({
					text: t.levelMean(num(value), respondentsFor(question.id)),
					fontSize: 8,
					color: COLOR.muted
				});
			today.push({ text: localize(question.levels[level - 1], language), fontSize: 8.5 });
			today.push(...note);
			const next: Content =
				level >= 5
					? { text: t.topLevel, fontSize: 8.5, italics: true, color: COLOR.muted }
					: {
							stack: [
								{ text: levelTitle(level + 1), bold: true, fontSize: 8.5, color: COLOR.score },
								{ text: localize(question.levels[level], language), fontSize: 8.5 }
							]
						};
			body.push([area, { stack: today }, next]);
		}
		const parts: Content[] = [
			heading(nameOf(transformation.id), 'h2'),
			{
				text: t.detailScore(num(scored?.score ?? null), wholeLevel(scored?.target ?? 4)),
				style: 'facts'
			}
		];
		if (transformation.futureLevel) {
			parts.push({
				text: [
					{ text: t.labelled(t.futureLevel), bold: true },
					{ text: localize(transformation.futureLevel, language) }
				],
				fontSize: 8.5,
				color: COLOR.muted,
				margin: [0, 0, 0, 6]
			});
		}
		parts.push({
			table: { headerRows: 1, dontBreakRows: true, widths: [95, '*', '*'], body },
			layout: {
				hLineWidth: (i: number) => (i === 1 ? 0.8 : i === 0 ? 0 : 0.3),
				hLineColor: (i: number) => (i === 1 ? COLOR.ink : COLOR.line),
				vLineWidth: () => 0,
				paddingTop: () => 4,
				paddingBottom: () => 4
			}
		});
		// One transformation per block: five or six areas fit on a page, and a page break inside
		// one would separate the heading from its areas.
		blocks.push({ stack: parts, unbreakable: body.length <= 8 });
	}
	return { stack: blocks };
}

// ---- Action plan ---------------------------------------------------------------------------

function actionPlan({ input, t, num, level, date, nameOf }: Ctx): Content {
	const { plan, score, assessment, language, matches } = input;
	const instrumentNames = new Map(
		matches.map((m) => [m.instrument.id, localize(m.instrument.name, language)])
	);
	const blocks: Content[] = [
		heading(t.planHeading, 'h1', { pageBreak: 'before', id: 'plan' }),
		{ text: t.planIntro, margin: [0, 0, 0, 6] }
	];
	if (plan.ambition.trim()) blocks.push(ambitionBox(t.ambitionHeading, plan.ambition));
	if (!plan.priorities.length) blocks.push({ text: t.planEmpty, italics: true });
	plan.priorities.forEach((priority, index) => {
		const scored = score.transformations.find(
			(s) => s.transformationId === priority.transformationId
		);
		const facts = t.priorityFacts(
			num(scored?.score ?? null),
			level(scored?.target ?? 4),
			pdfSafe(formatSignedGap(scored?.gap ?? null, language)),
			t.importance(importanceOf(assessment, priority.transformationId))
		);
		const head: Content[] = [
			heading(t.priorityHeading(index + 1, nameOf(priority.transformationId)), 'h2'),
			{ text: facts, style: 'facts' }
		];
		const rows: TableCell[][] = [
			[
				{ text: t.actionNumber, style: 'th' },
				{ text: t.action, style: 'th' },
				{ text: t.owner, style: 'th' },
				{ text: t.dueDate, style: 'th' }
			]
		];
		// An action added but never written is not part of the plan yet.
		const actions = priority.actions.filter((action) => action.text.trim());
		actions.forEach((action, i) => {
			rows.push([
				{ text: `${index + 1}.${i + 1}`, style: 'cell', color: COLOR.muted },
				{ text: action.text.trim(), style: 'cell' },
				{ text: action.owner.trim() || t.notSet, style: 'cell' },
				{ text: action.dueDate ? date(action.dueDate) : t.notSet, style: 'cell' }
			]);
		});
		const support = priority.instrumentIds
			.map((id) => instrumentNames.get(id))
			.filter((n): n is string => !!n);
		blocks.push({
			stack: [
				...head,
				actions.length
					? {
							table: { headerRows: 1, dontBreakRows: true, widths: [24, '*', 110, 78], body: rows },
							layout: {
								hLineWidth: (i: number) => (i === 1 ? 0.8 : i === 0 ? 0 : 0.3),
								hLineColor: (i: number) => (i === 1 ? COLOR.ink : COLOR.line),
								vLineWidth: () => 0,
								paddingTop: () => 4,
								paddingBottom: () => 4
							}
						}
					: { text: t.noActions, italics: true, color: COLOR.muted },
				...(support.length
					? [
							{
								text: t.prioritySupport(joinList(support, t.listAnd)),
								style: 'small',
								margin: [0, 4, 0, 0]
							} as Content
						]
					: [])
			],
			unbreakable: actions.length <= 8,
			margin: [0, 0, 0, 6]
		});
	});
	return { stack: blocks };
}

// ---- Support instruments -------------------------------------------------------------------

function instruments({ input, t, euro, nameOf }: Ctx): Content {
	const { matches, language } = input;
	const shown = [...matches].sort((a, b) => a.rank - b.rank).slice(0, MAX_INSTRUMENTS);
	const month = (iso: string) => pdfSafe(formatMonth(iso, language));
	const blocks: Content[] = [
		heading(t.instrumentsHeading, 'h1', { pageBreak: 'before', id: 'instruments' }),
		{ text: t.instrumentsIntro(euro(TYPICAL_NEXT_STEP_COST)), margin: [0, 0, 0, 6] }
	];
	if (!shown.length) blocks.push({ text: t.instrumentsNone, italics: true });
	for (const match of shown) {
		const instrument = match.instrument;
		const lines: Content[] = [
			{ text: localize(instrument.name, language), fontSize: 11.5, bold: true, color: COLOR.brand },
			{
				text: [t.kind(instrument.kind), instrument.operator, t.where(instrument.level)].join(' · '),
				style: 'small',
				margin: [0, 0, 0, 3]
			},
			{ text: localize(instrument.summary, language), margin: [0, 0, 0, 3] },
			{
				text: t.instrumentFor(
					joinList(
						match.transformations.map((tr) => nameOf(tr.transformationId)),
						t.listAnd
					)
				),
				fontSize: 9
			}
		];
		if (match.estimate) {
			const e = match.estimate;
			const extra = [
				e.themeLabel ? t.estimateTheme(localize(e.themeLabel, language)) : '',
				e.cappedBy ? t.cappedBy(e.cappedBy) : ''
			].filter(Boolean);
			lines.push({
				text: [
					{
						text: t.estimate(
							euro(e.amount),
							pdfSafe(formatPercent(e.rate, language)),
							euro(e.cost)
						),
						bold: true
					},
					extra.length ? `, ${extra.join(', ')}` : ''
				],
				fontSize: 9,
				margin: [0, 2, 0, 0]
			});
		} else
			lines.push({ text: t.noEstimate, fontSize: 9, color: COLOR.muted, margin: [0, 2, 0, 0] });
		if (instrument.status !== 'open')
			lines.push({ text: t.status(instrument.status), fontSize: 9, bold: true, color: COLOR.self });
		const conditions = instrument.eligibility?.conditions;
		if (conditions)
			lines.push({
				text: [{ text: t.labelled(t.conditions), bold: true }, localize(conditions, language)],
				fontSize: 8.5,
				margin: [0, 2, 0, 0]
			});
		lines.push({
			text: match.stale ? t.stale(month(instrument.asOf)) : t.asOf(month(instrument.asOf)),
			fontSize: 8.5,
			color: match.stale ? COLOR.self : COLOR.muted,
			margin: [0, 2, 0, 0]
		});
		const sources = instrument.sources.map((source) =>
			'url' in source
				? source.accessed
					? `${source.url} (${t.accessed(month(source.accessed))})`
					: source.url
				: t.seedSource(source.seed, source.lines)
		);
		if (instrument.link && !sources.some((s) => s.startsWith(instrument.link ?? '')))
			sources.unshift(t.labelled(t.website) + instrument.link);
		lines.push({ text: t.labelled(t.sources) + sources.join(' · '), style: 'small' });
		blocks.push({
			stack: lines,
			unbreakable: true,
			margin: [0, 8, 0, 4]
		});
		blocks.push({
			canvas: [
				{
					type: 'line',
					x1: 0,
					y1: 0,
					x2: CONTENT_WIDTH,
					y2: 0,
					lineWidth: 0.3,
					lineColor: COLOR.line
				}
			]
		});
	}
	if (matches.length > shown.length)
		blocks.push({
			text: t.instrumentsMore(matches.length - shown.length),
			style: 'small',
			margin: [0, 6, 0, 0]
		});
	return { stack: blocks };
}

// ---- Journey and sign-off ------------------------------------------------------------------

function journey({ input, t, company, num, euro }: Ctx): Content {
	const fof = input.score.factoryOfTheFuture;
	const award =
		t.stepAwardText(fof.atLevel, fof.of, num(fof.pointsToGo)) +
		(fof.notAssessed ? ` ${t.stepAwardNotAssessed(fof.notAssessed)}` : '');
	const steps: [string, string][] = [
		[t.stepVisitTitle, t.stepVisitText],
		[t.stepCommitmentTitle, t.stepCommitmentText],
		[t.stepAssessmentTitle, t.stepAssessmentText(euro(TYPICAL_NEXT_STEP_COST))],
		[t.stepAwardTitle, award]
	];
	const signRow = (label: string, height: number): TableCell[] => [
		{ text: label, style: 'th', margin: [0, height - 12, 0, 0] },
		{ text: '' },
		{ text: '' }
	];
	return {
		stack: [
			heading(t.journeyHeading, 'h1', { pageBreak: 'before', id: 'journey' }),
			{ text: t.journeyIntro, margin: [0, 0, 0, 8] },
			{
				table: {
					widths: [26, '*'],
					body: steps.map(([title, text], i): TableCell[] => [
						{ text: String(i + 1), fontSize: 16, bold: true, color: COLOR.score },
						{
							stack: [
								{ text: title, bold: true },
								{ text, fontSize: 9.5 }
							]
						}
					])
				},
				layout: {
					hLineWidth: () => 0,
					vLineWidth: () => 0,
					paddingLeft: () => 0,
					paddingBottom: () => 8
				}
			},
			{
				stack: [
					heading(t.signOffHeading, 'h2'),
					{ text: t.signOffText(company), margin: [0, 0, 0, 8] },
					{
						table: {
							widths: [80, '*', '*'],
							body: [
								signRow(t.signName, 26),
								signRow(t.signRole, 26),
								signRow(t.signDate, 26),
								signRow(t.signSignature, 56)
							]
						},
						layout: {
							hLineWidth: (i: number) => (i === 0 ? 0 : 0.6),
							hLineColor: () => COLOR.muted,
							vLineWidth: () => 0,
							paddingLeft: (i: number) => (i === 0 ? 0 : 12),
							paddingRight: () => 12
						}
					}
				],
				unbreakable: true,
				margin: [0, 10, 0, 0]
			}
		]
	};
}

// ---- Annex ---------------------------------------------------------------------------------

function annex({ t, euro }: Ctx): Content {
	const paragraph = (text: string): Content => ({ text, margin: [0, 0, 0, 6], fontSize: 9.5 });
	return {
		stack: [
			heading(t.annexHeading, 'h1', { pageBreak: 'before', id: 'annex' }),
			paragraph(t.methodAnswers),
			paragraph(t.methodRespondents),
			paragraph(t.methodScore),
			paragraph(t.methodGap),
			paragraph(t.methodFof),
			paragraph(t.methodPriorities),
			paragraph(t.methodEstimates(euro(TYPICAL_NEXT_STEP_COST))),
			heading(t.disclaimerHeading, 'h2'),
			{ text: t.disclaimer, fontSize: 9, color: COLOR.muted }
		]
	};
}
