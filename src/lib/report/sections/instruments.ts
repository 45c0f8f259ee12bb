import type { Content } from 'pdfmake/interfaces';
import { localize, TYPICAL_NEXT_STEP_COST } from '$lib/domain';
import { formatMonth, formatPercent } from '$lib/i18n/format';
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

export function instruments({ input, t, euro }: Ctx): Content {
	const { matches, language } = input;
	const shown = instrumentsToShow(input);
	const month = (iso: string) => pdfSafe(formatMonth(iso, language));
	const blocks: Content[] = [
		heading(t.instrumentsHeading, 'h1', { pageBreak: 'before', id: 'instruments' }),
		{ text: t.instrumentsIntro(euro(TYPICAL_NEXT_STEP_COST)), margin: [0, 0, 0, 6] }
	];
	if (!shown.length) blocks.push({ text: t.instrumentsNone, italics: true });
	for (const match of shown) {
		const instrument = match.instrument;
		const lines: Content[] = [
			{ text: localize(instrument.name, language), fontSize: 10.5, bold: true, color: COLOR.brand },
			{
				text: [t.kind(instrument.kind), instrument.operator, t.where(instrument.level)].join(' · '),
				style: 'small',
				margin: [0, 0, 0, 3]
			},
			{ text: localize(instrument.summary, language), fontSize: 9, margin: [0, 0, 0, 2] }
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
