// The radar chart as vectors (crisp at any zoom, no canvas or image needed in the worker), and its
// legend. Pure: rows in, pdfmake content out.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportMessages } from './context';
import { COLOR, CONTENT_WIDTH } from './layout';

export type RadarRow = {
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

export function legend(t: ReportMessages, withSelf: boolean): Content {
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
