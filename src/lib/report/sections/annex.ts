import type { Content } from 'pdfmake/interfaces';
import type { Ctx } from '../context';
import { INDICATIVE_BELOW } from '$lib/domain';
import { COLOR, heading } from '../layout';

export function annex({ t, fmt }: Ctx): Content {
	const paragraph = (text: string): Content => ({ text, margin: [0, 0, 0, 6], fontSize: 9.5 });
	return {
		stack: [
			heading(t.annexHeading, 'h1', { pageBreak: 'before', id: 'annex' }),
			paragraph(t.methodAnswers),
			paragraph(t.methodRespondents),
			paragraph(t.methodScore(fmt.percent(INDICATIVE_BELOW))),
			paragraph(t.methodGap),
			paragraph(t.methodFof),
			paragraph(t.methodPriorities),
			paragraph(t.methodEstimates),
			heading(t.disclaimerHeading, 'h2'),
			{ text: t.disclaimer, fontSize: 9, color: COLOR.muted }
		]
	};
}
