import type { Content } from 'pdfmake/interfaces';
import { localize, type FundingTerms } from '$lib/domain';
import { formatDate, formatMonth } from '$lib/i18n/format';
import { uncheckedConditions } from '$lib/i18n/messages/money/describe';
import type { Ctx } from '../context';
import { COLOR, CONTENT_WIDTH, heading, pdfSafe } from '../layout';

/** More than this many instruments would bury the best ones; the app lists them all. */
export const MAX_INSTRUMENTS = 6;

/**
 * The support a board weighs: first the instruments the plan's priorities name, in the plan's
 * order, then the best-ranked others, MAX_INSTRUMENTS in all.
 */
function instrumentsToShow(input: Ctx['input']) {
	const byId = new Map(input.matches.map((m) => [m.instrument.id, m]));
	const named = [...new Set(input.plan.priorities.flatMap((p) => p.instrumentIds))]
		.map((id) => byId.get(id))
		.filter((m) => m !== undefined);
	const others = [...input.matches]
		.sort((a, b) => a.rank - b.rank)
		.filter((m) => !named.includes(m));
	return [...named, ...others].slice(0, MAX_INSTRUMENTS);
}

/** The published terms in one line: "Pays 30 % of eligible advice, up to €7,500 a year". */
function termsLine(
	terms: FundingTerms,
	{ t, m, euro, fmt }: Pick<Ctx, 't' | 'm' | 'euro' | 'fmt'>
): string {
	// Only the kinds of cost a plan action can have; loans, tax and staff costs are in the summary.
	const covers = terms.covers
		.filter(
			(kind) =>
				kind === 'consultancy' || kind === 'training' || kind === 'investment' || kind === 'rd'
		)
		.map((kind) => m.costType(kind).toLowerCase());
	const what = covers.join(' / ');
	const parts = [
		terms.rate !== null && what
			? t.termsRate(fmt.percent(terms.rate), what)
			: what
				? t.termsNoRate(what)
				: '',
		terms.themeLabel ? t.termsTheme(fmt.name(terms.themeLabel)) : '',
		terms.topics
			? t.termsTopics(terms.topics.map((topic) => m.topic(topic).toLowerCase()).join(', '))
			: '',
		terms.capPerProject !== undefined ? t.termsCapProject(euro(terms.capPerProject)) : '',
		terms.capPerYear !== undefined ? t.termsCapYear(euro(terms.capPerYear)) : '',
		terms.capPerPeriod
			? t.termsCapPeriod(euro(terms.capPerPeriod.amount), terms.capPerPeriod.years)
			: '',
		terms.minCost !== undefined ? t.termsMinCost(euro(terms.minCost)) : '',
		terms.minAid !== undefined ? t.termsMinAid(euro(terms.minAid)) : ''
	].filter(Boolean);
	return parts.join(', ');
}

export function instruments(ctx: Ctx): Content {
	const { input, t, euro } = ctx;
	const { matches, language } = input;
	const shown = instrumentsToShow(input);
	const month = (iso: string) => pdfSafe(formatMonth(iso, language));
	const blocks: Content[] = [
		heading(t.instrumentsHeading, 'h1', { pageBreak: 'before', id: 'instruments' }),
		{ text: t.instrumentsIntro, margin: [0, 0, 0, 6] }
	];
	// What each instrument pays in this plan, summed over the actions it is counted for.
	const counted = new Map<string, number>();
	for (const action of (input.finance?.priorities ?? []).flatMap((p) => p.actions))
		if (action.support)
			counted.set(
				action.support.instrument.id,
				(counted.get(action.support.instrument.id) ?? 0) + action.support.amount
			);
	if (!shown.length) blocks.push({ text: t.instrumentsNone, italics: true });
	const warning = { fontSize: 9, bold: true, color: COLOR.self };
	for (const match of shown) {
		const instrument = match.instrument;
		const lines: Content[] = [
			{ text: localize(instrument.name, language), fontSize: 10.5, bold: true, color: COLOR.brand },
			{
				text: [
					t.kind(instrument.kind),
					ctx.fmt.operator(instrument.operator),
					t.where(instrument.level)
				].join(' · '),
				style: 'small',
				margin: [0, 0, 0, 3]
			},
			{ text: localize(instrument.summary, language), fontSize: 9, margin: [0, 0, 0, 2] }
		];
		const terms = match.terms ? termsLine(match.terms, ctx) : '';
		if (terms) lines.push({ text: terms, fontSize: 9, margin: [0, 2, 0, 0] });
		const inPlan = counted.get(instrument.id);
		if (inPlan)
			lines.push({ text: t.inPlan(euro(inPlan)), fontSize: 9, bold: true, margin: [0, 2, 0, 0] });
		// A condition the profile could not check: what to add, as on the results' cards.
		for (const sentence of uncheckedConditions(instrument, match.unchecked, ctx.m, ctx.fmt))
			lines.push({
				text: sentence,
				fontSize: 9,
				bold: true,
				color: COLOR.self,
				margin: [0, 2, 0, 0]
			});
		if (!instrument.confirmed)
			lines.push({
				text: t.unconfirmed(pdfSafe(formatDate(instrument.checked, language))),
				fontSize: 9,
				bold: true,
				color: COLOR.self,
				margin: [0, 2, 0, 0]
			});
		// Its status on the day the plan was weighed (the match's): a call past its closing day is
		// closed, and a board reading the PDF later sees the day it closed, not just "closed".
		const status = match.statusToday;
		if (status.closedOn)
			lines.push({ text: t.callClosedOn(ctx.date(status.closedOn)), ...warning });
		else if (status.opensOn)
			lines.push({ text: t.callOpensOn(ctx.date(status.opensOn)), ...warning });
		else if (status.status !== 'open') lines.push({ text: t.status(status.status), ...warning });
		else if (status.applicationsUntil)
			lines.push({
				text: t.applicationsUntil(ctx.date(status.applicationsUntil)),
				fontSize: 9,
				bold: true,
				margin: [0, 2, 0, 0]
			});
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
		// One public document to check it in: the operator's page, else the first web source. The
		// programme's own files are never named: a board member cannot open them.
		const source =
			instrument.link ?? instrument.sources.flatMap((s) => ('url' in s ? [s.url] : []))[0] ?? null;
		if (source) lines.push({ text: t.labelled(t.source) + source, style: 'small' });
		blocks.push({
			stack: lines,
			unbreakable: true,
			margin: [0, 6, 0, 4]
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
