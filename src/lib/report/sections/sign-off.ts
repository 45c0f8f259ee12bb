// The decision: top management's commitment to the plan, with room to sign.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Ctx } from '../context';
import { COLOR, heading } from '../layout';

export function signOff({ t, company }: Ctx): Content {
	const signRow = (label: string, height: number): TableCell[] => [
		{ text: label, style: 'th', margin: [0, height - 12, 0, 0] },
		{ text: '' },
		{ text: '' }
	];
	return {
		stack: [
			{
				stack: [
					heading(t.signOffHeading, 'h2'),
					{ text: t.signOffText(company), margin: [0, 0, 0, 8] },
					{
						table: {
							widths: [80, '*', '*'],
							body: [
								signRow(t.signName, 26),
								signRow(t.signRole, 26),
								signRow(t.signDate, 26),
								signRow(t.signSignature, 56)
							]
						},
						layout: {
							hLineWidth: (i: number) => (i === 0 ? 0 : 0.6),
							hLineColor: () => COLOR.muted,
							vLineWidth: () => 0,
							paddingLeft: (i: number) => (i === 0 ? 0 : 12),
							paddingRight: () => 12
						}
					}
				],
				unbreakable: true,
				margin: [0, 16, 0, 0]
			}
		]
	};
}
