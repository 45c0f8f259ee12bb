import type { Content, TableCell } from 'pdfmake/interfaces';
import { importanceOf, localize } from '$lib/domain';
import { formatSignedGap } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { ambitionBox, COLOR, heading, joinList, pdfSafe, RULED } from '../layout';

export function actionPlan({ input, t, num, level, date, nameOf }: Ctx): Content {
	const { plan, score, assessment, language, matches } = input;
	const instrumentNames = new Map(
		matches.map((m) => [m.instrument.id, localize(m.instrument.name, language)])
	);
	const blocks: Content[] = [
		heading(t.planHeading, 'h1', { pageBreak: 'before', id: 'plan' }),
		{ text: t.planIntro, margin: [0, 0, 0, 6] }
	];
	if (plan.ambition.trim()) blocks.push(ambitionBox(t.ambitionHeading, plan.ambition));
	if (!plan.priorities.length) blocks.push({ text: t.planEmpty, italics: true });
	plan.priorities.forEach((priority, index) => {
		const scored = score.transformations.find(
			(s) => s.transformationId === priority.transformationId
		);
		const facts = t.priorityFacts(
			num(scored?.score ?? null),
			level(scored?.target ?? 4),
			pdfSafe(formatSignedGap(scored?.gap ?? null, language)),
			t.importance(importanceOf(assessment, priority.transformationId))
		);
		const head: Content[] = [
			heading(t.priorityHeading(index + 1, nameOf(priority.transformationId)), 'h2'),
			{ text: facts, style: 'facts' }
		];
		const rows: TableCell[][] = [
			[
				{ text: t.actionNumber, style: 'th' },
				{ text: t.action, style: 'th' },
				{ text: t.owner, style: 'th' },
				{ text: t.dueDate, style: 'th' }
			]
		];
		// An action added but never written is not part of the plan yet.
		const actions = priority.actions.filter((action) => action.text.trim());
		actions.forEach((action, i) => {
			rows.push([
				{ text: `${index + 1}.${i + 1}`, style: 'cell', color: COLOR.muted },
				{ text: action.text.trim(), style: 'cell' },
				{ text: action.owner.trim() || t.notSet, style: 'cell' },
				{ text: action.dueDate ? date(action.dueDate) : t.notSet, style: 'cell' }
			]);
		});
		const support = priority.instrumentIds
			.map((id) => instrumentNames.get(id))
			.filter((n): n is string => !!n);
		blocks.push({
			stack: [
				...head,
				actions.length
					? {
							table: { headerRows: 1, dontBreakRows: true, widths: [24, '*', 110, 78], body: rows },
							layout: RULED
						}
					: { text: t.noActions, italics: true, color: COLOR.muted },
				...(support.length
					? [
							{
								text: t.prioritySupport(joinList(support, t.listAnd)),
								style: 'small',
								margin: [0, 4, 0, 0]
							} as Content
						]
					: [])
			],
			unbreakable: actions.length <= 8,
			margin: [0, 0, 0, 6]
		});
	});
	return { stack: blocks };
}
