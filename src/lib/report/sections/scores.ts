import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { formatPercent, formatSignedGap } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { COLOR, heading, pdfSafe } from '../layout';
import { legend, radarChart, type RadarRow } from '../radar';

export function scores({ input, t, num, level, nameOf }: Ctx): Content {
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
			heading(t.chartHeading, 'h1'),
			radarChart(rows),
			legend(t, withSelf),
			{ text: t.chartNote, style: 'small', alignment: 'center', margin: [0, 0, 0, 12] },
			table
		]
	};
}
