import type { Content } from 'pdfmake/interfaces';
import { round1 } from '$lib/domain';
import { formatPercent } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { heading, joinList, pdfSafe } from '../layout';

/** The overall picture in plain sentences, on page 1 under the facts. */
export function overview({ input, t, company, num, level, nameOf }: Ctx): Content {
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
			heading(t.overviewHeading, 'h2'),
			{ text: lines.join(' '), margin: [0, 0, 0, 8], id: 'summary-text' }
		]
	};
}
