import type { Content, TableCell } from 'pdfmake/interfaces';
import { localize } from '$lib/domain';
import { formatNumber } from '$lib/i18n/format';
import type { Ctx } from '../context';
import { ambitionBox, COLOR, pdfSafe } from '../layout';
import { overview } from './summary';

export function cover(ctx: Ctx): Content {
	const { input, t, company, date } = ctx;
	const { assessment, questionnaire, language, score } = input;
	const answered = score.transformations.reduce((sum, s) => sum + s.answered, 0);
	const applicable = score.transformations.reduce(
		(sum, s) => sum + s.questions - s.notApplicable,
		0
	);
	const profile = assessment.profile;
	const people = assessment.respondents
		.map((r) => [r.name.trim(), r.role.trim()].filter(Boolean).join(', '))
		.filter(Boolean);
	const companyFacts = [
		profile.postcode.trim() && profile.region
			? t.coverPostcode(profile.postcode.trim(), t.where(profile.region))
			: profile.postcode.trim(),
		profile.employees !== null
			? t.coverEmployees(pdfSafe(formatNumber(profile.employees, language)))
			: '',
		profile.sector ? t.coverSector(profile.sector) : ''
	].filter(Boolean);
	const row = (label: string, value: Content): TableCell[] => [
		{ text: label, style: 'th', margin: [0, 2, 0, 2] },
		value
	];
	return {
		stack: [
			{ text: t.brand, style: 'brand', margin: [0, 10, 0, 12] },
			{ text: t.reportTitle, style: 'title', margin: [0, 0, 0, 18] },
			{ text: company, style: 'company', id: 'cover-company' },
			{
				canvas: [
					{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: COLOR.score }
				],
				margin: [0, 12, 0, 14]
			},
			{
				table: {
					widths: [130, '*'],
					body: [
						row(t.coverDate, { text: date(input.generatedAt) }),
						// Never "completed" while questions are open: how many have a level is the fact.
						row(t.coverAnsweredLabel, { text: t.coverAnswered(answered, applicable) }),
						row(
							t.coverFilledInBy,
							people.length ? { stack: people.map((p) => ({ text: p })) } : { text: t.coverNobody }
						),
						...(companyFacts.length
							? [row(t.coverProfile, { stack: companyFacts.map((f) => ({ text: f })) })]
							: []),
						row(t.coverQuestionnaire, {
							text: t.coverVersion(
								localize(questionnaire.title, language),
								assessment.questionnaire.version
							)
						})
					]
				},
				layout: {
					hLineWidth: () => 0,
					vLineWidth: () => 0,
					paddingLeft: () => 0,
					paddingTop: () => 5,
					paddingBottom: () => 5
				}
			},
			// The ambition in top management's words opens the report; the plan repeats it.
			...(input.plan.ambition.trim()
				? [ambitionBox(t.ambitionHeading, input.plan.ambition, [0, 14, 0, 0])]
				: []),
			overview(ctx),
			{ text: t.coverNote, style: 'small', margin: [0, 16, 0, 0] }
		],
		pageBreak: 'after'
	};
}
