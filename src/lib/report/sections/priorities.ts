// Page 2: what the board decides on. The plan's priorities in one table, each with why (score and
// target), its first action and who leads it, and the support that fits; then the programme's
// next step. The full plan follows the scores.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { localize } from '$lib/domain';
import type { Ctx } from '../context';
import { COLOR, heading, RULED } from '../layout';

export function priorities({ input, t, num, level, date, nameOf }: Ctx): Content {
	const { plan, score, matches } = input;
	const names = new Map(matches.map((m) => [m.instrument.id, m.instrument.name]));
	const th = (text: string): TableCell => ({ text, style: 'th' });
	const rows: TableCell[][] = [
		[th(t.colPriority), th(t.colWhere), th(t.colFirstAction), th(t.colLead), th(t.colSupport)]
	];
	plan.priorities.forEach((priority, index) => {
		const scored = score.transformations.find(
			(s) => s.transformationId === priority.transformationId
		);
		const actions = priority.actions.filter((action) => action.text.trim());
		const first = actions[0];
		const support = priority.instrumentIds
			.map((id) => names.get(id))
			.filter((name) => name !== undefined)
			.map((name) => localize(name, input.language));
		rows.push([
			{
				text: [
					{ text: `${index + 1}  `, bold: true, color: COLOR.score },
					{ text: nameOf(priority.transformationId), bold: true }
				],
				style: 'cell'
			},
			{
				text: [
					{ text: num(scored?.score ?? null), bold: true },
					{ text: ` / ${level(scored?.target ?? 4)}`, color: COLOR.muted }
				],
				style: 'cell'
			},
			{
				stack: [
					{ text: first ? first.text.trim() : t.noActions, style: 'cell' },
					...(actions.length > 1
						? [{ text: t.moreActions(actions.length - 1), style: 'small' }]
						: [])
				]
			},
			{
				text: first
					? [first.owner.trim() || t.notSet, first.dueDate ? date(first.dueDate) : '']
							.filter(Boolean)
							.join(' · ')
					: '',
				style: 'cell'
			},
			{ text: support.length ? support.join(', ') : t.notSet, style: 'cell' }
		]);
	});
	return {
		stack: [
			heading(t.prioritiesHeading, 'h1', { id: 'priorities' }),
			{ text: t.prioritiesIntro, margin: [0, 0, 0, 8] },
			plan.priorities.length
				? {
						table: {
							headerRows: 1,
							dontBreakRows: true,
							widths: [100, 36, '*', 92, 86],
							body: rows
						},
						layout: RULED
					}
				: { text: t.prioritiesNone, italics: true },
			{
				stack: [heading(t.nextStepHeading, 'h2'), { text: t.nextStepText, margin: [0, 0, 0, 4] }],
				unbreakable: true,
				margin: [0, 10, 0, 0]
			}
		],
		pageBreak: 'after'
	};
}
