// Annex 1: every answer, with the note and the photos taken as evidence, question by question.
// What the scores rest on, for a reader who wants to check one.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { effectiveAnswers, levelOfMean, localize } from '$lib/domain';
import type { Ctx, ReportPhoto } from '../context';
import { COLOR, heading, RULED } from '../layout';

const JPEG = 'data:image/jpeg;base64,';

/** Photos print at most this size (points), keeping their proportions. */
const PHOTO_BOX: [number, number] = [200, 150];

export function answers({ input, t, num, level: wholeLevel, nameOf }: Ctx): Content {
	const { questionnaire, assessment, score, language } = input;
	const given = effectiveAnswers(assessment);
	const levelNames = new Map(
		questionnaire.levels.map((l) => [l.level, localize(l.name, language)])
	);
	const levelTitle = (level: number) => t.levelName(level, levelNames.get(level) ?? '');
	const respondentsFor = (questionId: string) =>
		Object.values(assessment.answers).filter((a) => typeof a[questionId]?.value === 'number')
			.length;
	const photosOf = new Map<string, ReportPhoto[]>();
	// JPEG only: the app stores photos as JPEG, and the engine decodes nothing else.
	for (const photo of (input.photos ?? []).filter((p) => p.dataUrl.startsWith(JPEG)))
		photosOf.set(photo.questionId, [...(photosOf.get(photo.questionId) ?? []), photo]);

	const blocks: Content[] = [
		heading(t.answersHeading, 'h1', { pageBreak: 'before', id: 'answers' }),
		{ text: t.answersIntro, margin: [0, 0, 0, 4] }
	];
	for (const transformation of questionnaire.transformations) {
		const scored = score.transformations.find((s) => s.transformationId === transformation.id);
		const body: TableCell[][] = [
			[
				{ text: t.detailArea, style: 'th' },
				{ text: t.detailToday, style: 'th' }
			]
		];
		for (const question of transformation.questions) {
			const value = given[question.id];
			const area: TableCell = {
				stack: [
					{ text: localize(question.area, language), style: 'cell', bold: true },
					{ text: localize(question.text, language), fontSize: 7.5, color: COLOR.muted }
				]
			};
			// The evidence note the advisor or respondent wrote, printed as typed.
			const noteText = assessment.notes?.[question.id]?.text?.trim();
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
			const photos: Content[] = (photosOf.get(question.id) ?? []).map((photo) => ({
				image: photo.dataUrl,
				fit: PHOTO_BOX,
				margin: [0, 4, 0, 0]
			}));
			if (typeof value !== 'number') {
				const label =
					value === 'dont-know'
						? t.dontKnow
						: value === 'not-applicable'
							? t.notApplicable
							: t.notAnswered;
				body.push([
					area,
					{
						stack: [
							{ text: label, style: 'cell', italics: true, color: COLOR.muted },
							...note,
							...photos
						]
					}
				]);
				continue;
			}
			const level = levelOfMean(value);
			const today: Content[] = [{ text: levelTitle(level), bold: true, fontSize: 8.5 }];
			if (!Number.isInteger(value))
				today.push({
					text: t.levelMean(num(value), respondentsFor(question.id)),
					fontSize: 8,
					color: COLOR.muted
				});
			today.push({ text: localize(question.levels[level - 1], language), fontSize: 8.5 });
			body.push([area, { stack: [...today, ...note, ...photos] }]);
		}
		blocks.push({
			stack: [
				heading(nameOf(transformation.id), 'h2'),
				{
					text: t.detailScore(num(scored?.score ?? null), wholeLevel(scored?.target ?? 4)),
					style: 'facts'
				}
			],
			unbreakable: true
		});
		blocks.push({
			table: { headerRows: 1, dontBreakRows: true, widths: [150, '*'], body },
			layout: RULED
		});
	}
	return { stack: blocks };
}
