import type { Content } from 'pdfmake/interfaces';
import { INDICATIVE_BELOW, largestGaps, perceptionGap, strongestTransformation } from '$lib/domain';
import { formatPercent } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { heading, joinList, pdfSafe } from '../layout';

/** The overall picture in plain sentences, on page 1 under the facts. */
export function overview({ input, t, company, num, level, nameOf, fmt }: Ctx): Content {
	const { score, plan, language } = input;
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
		if (score.notApplicable) lines.push(t.summaryNotApplicable(score.notApplicable));
		const strongest = strongestTransformation(score);
		if (strongest)
			lines.push(t.summaryStrongest(nameOf(strongest.transformationId), num(strongest.score)));
		const gaps = largestGaps(score, 3).map((s) =>
			t.summaryGapItem(nameOf(s.transformationId), num(s.score), level(s.target))
		);
		lines.push(gaps.length ? t.summaryGaps(joinList(gaps, t.listAnd)) : t.summaryNoGaps);
		const fof = score.factoryOfTheFuture;
		lines.push(t.summaryFof(fof.atLevel, fof.of, num(fof.pointsToGo)));
		const names = (direction: 'over' | 'under') =>
			score.transformations
				.filter((s) => perceptionGap(s)?.direction === direction)
				.map((s) => nameOf(s.transformationId));
		if (names('over').length) lines.push(t.summaryPerception(joinList(names('over'), t.listAnd)));
		if (names('under').length)
			lines.push(t.summaryPerceptionUnder(joinList(names('under'), t.listAnd)));
	}
	const indicative = score.transformations
		.filter((s) => s.status === 'indicative')
		.map((s) => nameOf(s.transformationId));
	if (indicative.length)
		lines.push(t.summaryIndicative(joinList(indicative, t.listAnd), fmt.percent(INDICATIVE_BELOW)));
	if (plan.priorities.length) lines.push(t.summaryPlan(plan.priorities.length));
	return {
		stack: [
			heading(t.overviewHeading, 'h2'),
			{ text: lines.join(' '), margin: [0, 0, 0, 8], id: 'summary-text' }
		]
	};
}
