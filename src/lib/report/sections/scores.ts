import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { hasSelfEstimate, INDICATIVE_BELOW, localize } from '$lib/domain';
import { formatPercent, formatSignedGap } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { COLOR, heading, pdfSafe } from '../layout';
import { legend, radarChart, type RadarRow } from '../radar';

export function scores({ input, t, num, level, nameOf, fmt }: Ctx): Content {
	const { score, language } = input;
	// An indicative score carries a star, here and on the radar, explained under the table.
	const mark = (s: (typeof score.transformations)[number]) =>
		s.status === 'indicative' ? '*' : '';
	const rows: RadarRow[] = score.transformations.map((s) => ({
		label: nameOf(s.transformationId) + mark(s),
		value: s.score === null ? t.notAssessed : num(s.score) + mark(s),
		score: s.score,
		target: s.target,
		self: s.selfEstimate
	}));
	const withSelf = hasSelfEstimate(score);
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
			{
				stack: [
					{ text: nameOf(s.transformationId), style: 'cell' },
					...(s.weakestArea
						? [
								{
									text: t.tableWeakest(
										localize(s.weakestArea.area, language),
										num(s.weakestArea.score)
									),
									fontSize: 7.5,
									color: COLOR.muted
								}
							]
						: [])
				]
			},
			{
				text: s.score === null ? t.notAssessed : num(s.score) + mark(s),
				style: 'num',
				bold: s.status === 'scored',
				color: s.status === 'indicative' ? COLOR.muted : undefined
			},
			{ text: level(s.target), style: 'num' },
			{ text: pdfSafe(formatSignedGap(s.gap, language)), style: 'num' },
			{ text: s.selfEstimate === null ? t.notSet : level(s.selfEstimate), style: 'num' },
			{
				text: [
					pdfSafe(formatPercent(s.completeness, language)),
					...(s.notApplicable ? [`\n${t.tableNotApplicable(s.notApplicable)}`] : [])
				].join(''),
				style: 'num'
			}
		]),
		[
			{ text: t.tableOverall, style: 'cell', bold: true },
			{ text: num(score.overall), style: 'num', bold: true },
			{ text: '', style: 'num' },
			{ text: '', style: 'num' },
			{ text: '', style: 'num' },
			{
				text: [
					pdfSafe(formatPercent(score.completeness, language)),
					...(score.notApplicable ? [`\n${t.tableNotApplicable(score.notApplicable)}`] : [])
				].join(''),
				style: 'num',
				bold: true
			}
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
			heading(t.chartHeading, 'h1'),
			radarChart(rows),
			legend(t, withSelf),
			{ text: t.chartNote, style: 'small', alignment: 'center', margin: [0, 0, 0, 12] },
			table,
			...(score.indicativeCount
				? [
						{
							text: t.tableIndicativeNote(fmt.percent(INDICATIVE_BELOW)),
							style: 'small',
							margin: [0, 4, 0, 0]
						} as Content
					]
				: [])
		]
	};
}
