// Page 2: what the board decides on. The plan's priorities in one table, each with why (score and
// target), its first action and who leads it, and the support that fits; then the programme's
// next step. The full plan follows the scores.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { localize } from '$lib/domain';
import type { Ctx } from '../context';
import { COLOR, heading, RULED } from '../layout';

/** Estimated cost, support and net cost per priority and for the whole plan, as a table. */
export function moneyTable({ input, m, euro, nameOf }: Ctx): Content[] {
	const finance = input.finance;
	if (!finance || !finance.priorities.length) return [];
	// Nothing costed yet: a table of zeros would tell the board nothing.
	if (!finance.costed)
		return [
			{
				stack: [heading(m.totalsHeading, 'h2'), { text: m.noCostsYet }],
				unbreakable: true,
				margin: [0, 10, 0, 0]
			}
		];
	const th = (text: string, right = false): TableCell => ({
		text,
		style: 'th',
		alignment: right ? 'right' : 'left'
	});
	const amount = (value: number, bold = false): TableCell => ({
		text: euro(value),
		style: 'cell',
		alignment: 'right',
		bold
	});
	const rows: TableCell[][] = [
		[th(''), th(m.estimatedCost, true), th(m.support, true), th(m.netCost, true)],
		...finance.priorities.map((p, index) => [
			{ text: `${index + 1}  ${nameOf(p.transformationId)}`, style: 'cell' } as TableCell,
			amount(p.cost),
			amount(p.support),
			amount(p.net)
		]),
		[
			{ text: m.total, style: 'cell', bold: true },
			amount(finance.cost, true),
			amount(finance.support, true),
			amount(finance.net, true)
		]
	];
	return [
		{
			stack: [
				heading(m.totalsHeading, 'h2'),
				{
					table: { headerRows: 1, dontBreakRows: true, widths: ['*', 80, 80, 80], body: rows },
					layout: RULED
				},
				...(finance.uncosted
					? [
							{
								text: m.uncosted(finance.uncosted),
								style: 'small',
								margin: [0, 3, 0, 0]
							} as Content
						]
					: []),
				...(finance.unchecked
					? [
							{
								text: m.uncheckedCosts(finance.unchecked),
								style: 'small',
								margin: [0, 3, 0, 0]
							} as Content
						]
					: []),
				{ text: m.totalsNote, style: 'small', margin: [0, 3, 0, 0] }
			],
			unbreakable: true,
			margin: [0, 10, 0, 0]
		}
	];
}

/** How to request the advisory site visit: the catalogue's next-step entry, its contact, its source. */
export function nextStepBlock({ input, t, m, fmt }: Ctx): Content {
	const visit = input.nextStep;
	const lines: Content[] = [
		heading(t.nextStepHeading, 'h2'),
		{ text: t.nextStepText, margin: [0, 0, 0, 4] }
	];
	if (visit?.contact) {
		const contact = [
			visit.contact.url,
			visit.contact.email ? m.nextStepEmail(visit.contact.email) : ''
		]
			.filter(Boolean)
			.join(' · ');
		lines.push({
			text: [{ text: `${m.nextStepRequest}: `, bold: true }, contact],
			fontSize: 9.5,
			margin: [0, 0, 0, 2]
		});
		const source = visit.sources.flatMap((s) => ('url' in s ? [s.url] : []))[0];
		lines.push({
			text: `${fmt.name(visit.name)} · ${fmt.operator(visit.operator)}${source ? ` · ${m.nextStepSource}: ${source}` : ''}`,
			style: 'small'
		});
	}
	return { stack: lines, unbreakable: true, margin: [0, 10, 0, 0] };
}

export function priorities(ctx: Ctx): Content {
	const { input, t, num, level, date, nameOf } = ctx;
	const { plan, score, matches } = input;
	const names = new Map(matches.map((m) => [m.instrument.id, m.instrument.name]));
	const th = (text: string): TableCell => ({ text, style: 'th' });
	const rows: TableCell[][] = [
		[th(t.colPriority), th(t.colWhere), th(`${t.colFirstAction} · ${t.colLead}`), th(t.colSupport)]
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
			// Who and by when under the action itself, not in a column of its own: the action gets
			// the width, so page 2 keeps the money and the next step in German and Dutch too.
			{
				stack: [
					{ text: first ? first.text.trim() : t.noActions, style: 'cell' },
					...(first
						? [
								{
									text: [first.owner.trim() || t.notSet, first.dueDate ? date(first.dueDate) : '']
										.filter(Boolean)
										.join(' · '),
									style: 'small',
									bold: true
								}
							]
						: []),
					...(actions.length > 1
						? [{ text: t.moreActions(actions.length - 1), style: 'small' }]
						: [])
				]
			},
			// Two names at most: long German and Dutch names in a narrow column would push the money
			// and the next step off page 2; the support section lists them all.
			{
				text: support.length
					? support.slice(0, 2).join(', ') + (support.length > 2 ? ` +${support.length - 2}` : '')
					: t.notSet,
				style: 'cell'
			}
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
							widths: [100, 36, '*', 100],
							body: rows
						},
						layout: RULED
					}
				: { text: t.prioritiesNone, italics: true },
			...moneyTable(ctx),
			nextStepBlock(ctx)
		],
		pageBreak: 'after'
	};
}
