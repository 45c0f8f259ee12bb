// The radar's labels stay inside the drawing: every transformation name of every built-in
// questionnaire, in the four languages, as a plain, indicative or not-assessed label, at the widths
// of a phone, a tablet and a desktop. On a phone the German and Dutch compounds were cut off at the
// drawing's edge ("duktionssysteme" for "Produktionssysteme").
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LABEL_FONT,
	MIN_LABEL_FONT,
	placeLabels,
	RADAR_HEIGHT,
	radarGeometry,
	radarHeight,
	textWidth
} from '../../src/lib/domain/radar-labels';
import { LANGUAGES, transformationName } from '../../src/lib/domain';
import { scoring } from '../../src/lib/i18n/messages/scoring';
import { loadContent } from '../../src/lib/server/content';

const content = loadContent(resolve('questionnaires'));
// From a phone's card (280 is the drawing's least width) to a desktop's.
const WIDTHS = [280, 300, 320, 340, 358, 400, 500, 600, 700];

/** Left and right edge of a label's widest line, from where its anchor puts it. */
function extent(label: ReturnType<typeof placeLabels>[number]): [number, number] {
	const widest = Math.max(...label.lines.map((line) => textWidth(line, label.size)));
	if (label.anchor === 'start') return [label.x, label.x + widest];
	if (label.anchor === 'end') return [label.x - widest, label.x];
	return [label.x - widest / 2, label.x + widest / 2];
}

describe('placeLabels', () => {
	const cases = content.questionnaires.flatMap((questionnaire) =>
		LANGUAGES.flatMap((language) => {
			const names = questionnaire.transformations.map((t) =>
				transformationName(questionnaire, t.id, language)
			);
			const s = scoring[language];
			return [
				{ kind: 'plain', labels: names },
				{ kind: 'indicative', labels: names.map((name) => s.radarIndicative(name)) },
				{ kind: 'not assessed', labels: names.map((name) => s.radarNotAssessed(name)) }
			].map(({ kind, labels }) => ({
				name: `${questionnaire.id}@${questionnaire.version} ${language} ${kind}`,
				labels
			}));
		})
	);

	it.each(cases)('$name: every label inside the drawing at every width', ({ labels }) => {
		for (const width of WIDTHS) {
			const geometry = radarGeometry(width);
			for (const label of placeLabels(labels, geometry)) {
				const [left, right] = extent(label);
				const where = `${width}px: ${label.lines.join(' / ')}`;
				expect(left, where).toBeGreaterThanOrEqual(0);
				expect(right, where).toBeLessThanOrEqual(geometry.width);
				expect(label.y - label.size, where).toBeGreaterThanOrEqual(0);
				expect(label.y + (label.lines.length - 1) * label.lineHeight, where).toBeLessThanOrEqual(
					geometry.height
				);
				expect(label.size, where).toBeGreaterThanOrEqual(MIN_LABEL_FONT);
			}
		}
	});

	it('is as tall as the chart its width allows: shorter on a phone, 360 from a tablet on', () => {
		expect(radarHeight(340)).toBe(288);
		expect(radarHeight(200)).toBe(228);
		expect(radarHeight(412)).toBe(RADAR_HEIGHT);
		expect(radarHeight(700)).toBe(RADAR_HEIGHT);
		// The radius its width allows, as before with a fixed height: only the blank went.
		for (const width of WIDTHS)
			expect(radarGeometry(width).radius).toBe(radarGeometry(width, RADAR_HEIGHT).radius);
	});

	it('keeps the full size where the words fit, and shrinks only the label that does not', () => {
		const geometry = radarGeometry(340);
		const labels = [
			'Top',
			'Right',
			'Right',
			'Netz',
			'Bottom',
			'Intelligente Produktionssysteme',
			'Left'
		];
		const placed = placeLabels(labels, geometry);
		expect(placed.map((label) => label.size)).toEqual([
			LABEL_FONT,
			LABEL_FONT,
			LABEL_FONT,
			LABEL_FONT,
			LABEL_FONT,
			expect.any(Number),
			LABEL_FONT
		]);
		// "Produktionssysteme" is wider than the room at the left of a phone's chart.
		const long = placed[5]!;
		expect(long.size).toBeLessThan(LABEL_FONT);
		expect(extent(long)[0]).toBeGreaterThanOrEqual(0);
	});
});
