import type { Content, TableCell } from 'pdfmake/interfaces';
import { TYPICAL_NEXT_STEP_COST } from '$lib/domain';
import type { Ctx } from '../context';
import { COLOR, heading } from '../layout';

export function journey({ input, t, company, num, euro }: Ctx): Content {
	const fof = input.score.factoryOfTheFuture;
	const award =
		t.stepAwardText(fof.atLevel, fof.of, num(fof.pointsToGo)) +
		(fof.notAssessed ? ` ${t.stepAwardNotAssessed(fof.notAssessed)}` : '');
	const steps: [string, string][] = [
		[t.stepVisitTitle, t.stepVisitText],
		[t.stepCommitmentTitle, t.stepCommitmentText],
		[t.stepAssessmentTitle, t.stepAssessmentText(euro(TYPICAL_NEXT_STEP_COST))],
		[t.stepAwardTitle, award]
	];
	const signRow = (label: string, height: number): TableCell[] => [
		{ text: label, style: 'th', margin: [0, height - 12, 0, 0] },
		{ text: '' },
		{ text: '' }
	];
	return {
		stack: [
			heading(t.journeyHeading, 'h1', { pageBreak: 'before', id: 'journey' }),
			{ text: t.journeyIntro, margin: [0, 0, 0, 8] },
			{
				table: {
					widths: [26, '*'],
					body: steps.map(([title, text], i): TableCell[] => [
						{ text: String(i + 1), fontSize: 16, bold: true, color: COLOR.score },
						{
							stack: [
								{ text: title, bold: true },
								{ text, fontSize: 9.5 }
							]
						}
					])
				},
				layout: {
					hLineWidth: () => 0,
					vLineWidth: () => 0,
					paddingLeft: () => 0,
					paddingBottom: () => 8
				}
			},
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
				margin: [0, 10, 0, 0]
			}
		]
	};
}
