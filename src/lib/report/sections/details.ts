import type { Content, TableCell } from 'pdfmake/interfaces';
import { effectiveAnswers, localize } from '$lib/domain';
import type { Ctx } from '../context';
import { COLOR, heading, RULED } from '../layout';

export function details({ input, t, num, level: wholeLevel, nameOf }: Ctx): Content {
	const { questionnaire, assessment, score, language } = input;
	const answers = effectiveAnswers(assessment);
	const levelNames = new Map(
		questionnaire.levels.map((l) => [l.level, localize(l.name, language)])
	);
	const levelTitle = (level: number) => t.levelName(level, levelNames.get(level) ?? '');
	const respondentsFor = (questionId: string) =>
		Object.values(assessment.answers).filter((a) => typeof a[questionId]?.value === 'number')
			.length;

	const blocks: Content[] = [
		heading(t.detailHeading, 'h1', { pageBreak: 'before' }),
		{ text: t.detailIntro, margin: [0, 0, 0, 4] }
	];
	for (const transformation of questionnaire.transformations) {
		const scored = score.transformations.find((s) => s.transformationId === transformation.id);
		const body: TableCell[][] = [
			[
				{ text: t.detailArea, style: 'th' },
				{ text: t.detailToday, style: 'th' },
				{ text: t.detailNext, style: 'th' }
			]
		];
		for (const question of transformation.questions) {
			const value = answers[question.id];
			const area: TableCell = {
				text: localize(question.area, language),
				style: 'cell',
				bold: true
			};
			// The evidence note the advisor or respondent wrote, printed as typed.
			const noteText = input.assessment.notes?.[question.id]?.text?.trim();
			const note: Content[] = noteText
				? [
						{
							text: [{ text: `${t.noteLabel}: `, bold: true }, noteText],
							fontSize: 8,
							color: COLOR.muted,
							margin: [0, 3, 0, 0]
						}
					]
				: [];
			if (typeof value !== 'number') {
				const label =
					value === 'dont-know'
						? t.dontKnow
						: value === 'not-applicable'
							? t.notApplicable
							: t.notAnswered;
				body.push([
					area,
					{ stack: [{ text: label, style: 'cell', italics: true, color: COLOR.muted }, ...note] },
					{ text: '', style: 'cell' }
				]);
				continue;
			}
			const level = Math.min(5, Math.max(1, Math.floor(value)));
			const today: Content[] = [{ text: levelTitle(level), bold: true, fontSize: 8.5 }];
			if (!Number.isInteger(value))
				today.push({
					text: t.levelMean(num(value), respondentsFor(question.id)),
					fontSize: 8,
					color: COLOR.muted
				});
			today.push({ text: localize(question.levels[level - 1], language), fontSize: 8.5 });
			today.push(...note);
			const next: Content =
				level >= 5
					? { text: t.topLevel, fontSize: 8.5, italics: true, color: COLOR.muted }
					: {
							stack: [
								{ text: levelTitle(level + 1), bold: true, fontSize: 8.5, color: COLOR.score },
								{ text: localize(question.levels[level], language), fontSize: 8.5 }
							]
						};
			body.push([area, { stack: today }, next]);
		}
		const parts: Content[] = [
			heading(nameOf(transformation.id), 'h2'),
			{
				text: t.detailScore(num(scored?.score ?? null), wholeLevel(scored?.target ?? 4)),
				style: 'facts'
			}
		];
		if (transformation.futureLevel) {
			parts.push({
				text: [
					{ text: t.labelled(t.futureLevel), bold: true },
					{ text: localize(transformation.futureLevel, language) }
				],
				fontSize: 8.5,
				color: COLOR.muted,
				margin: [0, 0, 0, 6]
			});
		}
		parts.push({
			table: { headerRows: 1, dontBreakRows: true, widths: [95, '*', '*'], body },
			layout: RULED
		});
		// One transformation per block: five or six areas fit on a page, and a page break inside
		// one would separate the heading from its areas.
		blocks.push({ stack: parts, unbreakable: body.length <= 8 });
	}
	return { stack: blocks };
}
