// Where the results radar's labels go (drawn by components/RadarChart.svelte): beside each
// spoke's end, wrapped to the room there. Pure, so that every language's transformation names can
// be checked against every width in a unit test: a drawing cuts off what leaves it, and on a phone
// the German and Dutch compounds ("Produktionssysteme", "productiesystemen") did, showing
// "duktionssysteme".

/** The labels' font size, in pixels (one unit of the drawing is one CSS pixel). */
export const LABEL_FONT = 13;
/** The smallest size a label is shrunk to, to keep a long word inside the drawing. */
export const MIN_LABEL_FONT = 10;
/** Average width of a character of the UI font, as a share of its size: where lines wrap. */
const CHAR = 0.56;
/**
 * A character's width as a share of the font size when a label must fit: wider than the average,
 * as words of wide letters ("Umweltgerechte") came out wider than CHAR said and touched the edge.
 */
const FIT_CHAR = 0.62;
/** Line height, as a multiple of the font size. */
const LEADING = 1.2;
/** Room kept between a label and the edge of the drawing. */
const EDGE = 2;

export type RadarLabel = {
	x: number;
	/** The baseline of the first line. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lines: string[];
	/** Font size in pixels: LABEL_FONT, or less for a word that would not fit otherwise. */
	size: number;
	/** Distance between two lines' baselines. */
	lineHeight: number;
};

export type RadarGeometry = {
	width: number;
	height: number;
	cx: number;
	cy: number;
	radius: number;
};

/** The drawing's greatest height (from a tablet's width on). */
export const RADAR_HEIGHT = 360;
/** Room kept beside and above the chart for the labels. */
const SIDE = 100;
const TOP = 62;
/** Room added for a label of four lines above or below the chart ("(nicht bewertet)"). */
const LONG_LABELS = 24;
/** The least width the chart is drawn for. */
const MIN_WIDTH = 280;

/**
 * The drawing's height for its width, as its style sets it (RadarChart.svelte: min(360px,
 * max(280px, 100cqi) - 52px)), so the page below never moves once the chart is drawn: as tall as
 * the chart its width allows, with the room for labels above and below. At a fixed 360 a phone's
 * chart (its width allows a radius of 70) sat between some 70 px of blank above and below.
 */
export function radarHeight(width: number): number {
	return Math.min(RADAR_HEIGHT, Math.max(MIN_WIDTH, width) - 2 * (SIDE - TOP) + LONG_LABELS);
}

/** The chart's centre and radius in a drawing `width` by `height` pixels (at least 280 wide). */
export function radarGeometry(width: number, height = radarHeight(width)): RadarGeometry {
	const w = Math.max(MIN_WIDTH, Math.round(width));
	const h = Math.round(height);
	return {
		width: w,
		height: h,
		cx: w / 2,
		cy: h / 2 + 6,
		radius: Math.max(0, Math.min(h / 2 - TOP, w / 2 - SIDE))
	};
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The estimated width of a line of text at `size`. */
export function textWidth(line: string, size: number): number {
	return line.length * size * FIT_CHAR;
}

/** The spoke's angle: the first at the top, then clockwise. */
export function spokeAngle(i: number, n: number): number {
	return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** Words on as many lines as fit `room` at the labels' font size. */
function wrap(text: string, room: number): string[] {
	const max = Math.max(8, Math.floor(room / (LABEL_FONT * CHAR)));
	const lines: string[] = [];
	for (const word of text.split(/\s+/)) {
		// A word too long for the room breaks after its hyphen: "Eco-" / "production".
		const parts = word.length > max ? word.split(/(?<=-)/) : [word];
		parts.forEach((part, i) => {
			const last = lines.at(-1);
			if (i === 0 && last !== undefined && `${last} ${part}`.length <= max)
				lines[lines.length - 1] = `${last} ${part}`;
			else lines.push(part);
		});
	}
	return lines;
}

/**
 * Each label beside the end of its spoke: centred above and below the chart, starting right of
 * it on the right and ending left of it on the left, its lines growing away from the chart. A
 * word wider than the room at its side is drawn smaller (down to MIN_LABEL_FONT), and a label
 * still too wide is moved inwards: no label leaves the drawing.
 */
export function placeLabels(labels: readonly string[], geometry: RadarGeometry): RadarLabel[] {
	const { width, cx, cy, radius } = geometry;
	return labels.map((text, i) => {
		const a = spokeAngle(i, labels.length);
		const cos = Math.cos(a);
		const sin = Math.sin(a);
		let x = cx + (radius + 10) * cos;
		const y = cy + (radius + 10) * sin;
		const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
		const room =
			anchor === 'middle'
				? Math.min(2 * radius + 40, 2 * Math.min(x, width - x))
				: anchor === 'start'
					? width - x - EDGE
					: x - EDGE;
		const lines = wrap(text, room);
		const longest = lines.reduce((a, line) => (line.length > a.length ? line : a), '');
		// The size at which the longest line just fits the room (its width at size 1 scales).
		const fits = longest ? room / textWidth(longest, 1) : LABEL_FONT;
		const size = Math.max(MIN_LABEL_FONT, Math.min(LABEL_FONT, Math.floor(fits * 10) / 10));
		const extent = textWidth(longest, size);
		if (anchor === 'start') x = Math.min(x, width - EDGE - extent);
		else if (anchor === 'end') x = Math.max(x, EDGE + extent);
		else x = Math.min(Math.max(x, EDGE + extent / 2), width - EDGE - extent / 2);
		const lineHeight = size * LEADING;
		// Above the chart the lines grow upwards, below it downwards, beside it around the point.
		const first =
			sin < -0.3
				? y - (lines.length - 1) * lineHeight - 2
				: sin > 0.3
					? y + size
					: y - ((lines.length - 1) * lineHeight) / 2 + size / 3;
		return { x: round(x), y: round(first), anchor, lines, size, lineHeight: round(lineHeight) };
	});
}
