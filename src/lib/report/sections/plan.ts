import type { Content, TableCell } from 'pdfmake/interfaces';
import { importanceOf, isUnsourcedEstimate, localize, orderConflicts } from '$lib/domain';
import { describeActionMoney } from '$lib/i18n/messages/money/describe';
import { formatSignedGap } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { ambitionBox, COLOR, heading, joinList, pdfSafe, RULED } from '../layout';

export function actionPlan(ctx: Ctx): Content {
	const { input, t, num, level, date, nameOf, m, fmt, euro } = ctx;
	const { plan, score, assessment, language, matches } = input;
	const instrumentNames = new Map(
		matches.map((m) => [m.instrument.id, localize(m.instrument.name, language)])
	);
	// Actions due before one they must follow are flagged as on the plan page, by their number.
	const conflicts = orderConflicts(input.questionnaire, plan);
	const numbers = new Map<string, string>();
	plan.priorities.forEach((priority, p) =>
		priority.actions
			.filter((action) => action.text.trim())
			.forEach((action, a) => numbers.set(action.id, `${p + 1}.${a + 1}`))
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
		const money = input.finance?.priorities.find(
			(p) => p.transformationId === priority.transformationId
		);
		const rows: TableCell[][] = [
			[
				{ text: t.actionNumber, style: 'th' },
				{ text: t.action, style: 'th' },
				{ text: t.owner, style: 'th' },
				{ text: t.dueDate, style: 'th' },
				...(money ? [{ text: m.estimatedCost, style: 'th', alignment: 'right' } as TableCell] : [])
			]
		];
		// An action added but never written is not part of the plan yet.
		const actions = priority.actions.filter((action) => action.text.trim());
		const moneyLines: Content[] = [];
		actions.forEach((action, i) => {
			const number = `${index + 1}.${i + 1}`;
			rows.push([
				{ text: number, style: 'cell', color: COLOR.muted },
				{ text: action.text.trim(), style: 'cell' },
				{ text: action.owner.trim() || t.notSet, style: 'cell' },
				{
					stack: [
						{ text: action.dueDate ? date(action.dueDate) : t.notSet },
						...(conflicts.get(action.id) ?? []).flatMap((before) => {
							const n = numbers.get(before.id);
							return n ? [{ text: t.dueBefore(n), style: 'small', color: COLOR.warn }] : [];
						})
					],
					style: 'cell'
				} as TableCell,
				...(money
					? [
							{
								stack: [
									{ text: action.cost ? euro(action.cost) : t.notSet, alignment: 'right' },
									...(isUnsourcedEstimate(action)
										? [{ text: m.unsourcedShort, style: 'small', alignment: 'right' }]
										: [])
								],
								style: 'cell'
							} as TableCell
						]
					: [])
			]);
			const finance = money?.actions.find((a) => a.actionId === action.id);
			// No cost: its column says "not set" and the money section asks for costs once, not per line.
			if (!finance || finance.missing === 'cost') return;
			const text = describeActionMoney(finance, m, fmt);
			moneyLines.push({
				text: [
					{ text: `${number}  `, color: COLOR.muted },
					text.support
						? { text: [text.support, ...text.supportDetails].join('; '), bold: true }
						: { text: text.missing ?? '', color: COLOR.muted }
				],
				fontSize: 8.5,
				margin: [0, 2, 0, 0]
			});
			for (const note of text.notes)
				moneyLines.push({ text: note, style: 'small', margin: [14, 1, 0, 0] });
		});
		const support = priority.instrumentIds
			.map((id) => instrumentNames.get(id))
			.filter((n): n is string => !!n);
		blocks.push({
			stack: [
				...head,
				actions.length
					? {
							table: {
								headerRows: 1,
								dontBreakRows: true,
								widths: money ? [24, '*', 90, 64, 72] : [24, '*', 110, 78],
								body: rows
							},
							layout: RULED
						}
					: { text: t.noActions, italics: true, color: COLOR.muted },
				...moneyLines,
				// Only a priority with a costed action has totals worth a line; zeros say nothing.
				...(money?.costed
					? [
							{
								text: [
									`${m.estimatedCost} ${euro(money.cost)} · `,
									`${m.support} ${euro(money.support)} · `,
									{ text: `${m.netCost} ${euro(money.net)}`, bold: true },
									money.uncosted ? ` (${m.uncosted(money.uncosted)})` : ''
								],
								fontSize: 9,
								margin: [0, 4, 0, 0]
							} as Content
						]
					: []),
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
