import { plural } from '../../plural';
const en = {
	heading: 'Results',
	headingFor: (company: string) => `Results for ${company}`,
	overall: 'Overall score',
	completeness: 'Completeness',
	completenessHelp:
		'Share of the applicable questions answered with a level. "Don\'t know" and open questions lower it; "not applicable" does not count.',
	chartLabel:
		'Radar chart of the score per transformation, against the target and your own estimate. The same figures are in the table.',
	tableCaption: 'Score per transformation on the 1 to 5 scale',
	transformation: 'Transformation',
	score: 'Score',
	target: 'Target',
	gap: 'Gap',
	selfEstimate: 'Your estimate',
	answered: 'Answered',
	notAssessed: 'not assessed',
	targetFor: (name: string) => `Target for ${name}`,
	largestGaps: 'Largest gaps',
	largestGapsIntro: 'These transformations are furthest from their target. Start there.',
	gapLine: (name: string, score: string, target: string) =>
		`${name}: ${score} now, target ${target}`,
	noGaps: 'Every assessed transformation has reached its target.',
	fofHeading: 'Distance to Factory of the Future',
	fofAtLevel: (n: number, of: number) => `${n} of ${of} transformations are at level 4 or above.`,
	fofPoints: (points: string) =>
		`Together, ${points} level points are still to go to reach level 4 everywhere.`,
	fofNotAssessed: (n: number) =>
		plural('en', n, {
			one: `${n} transformation not assessed yet, so the distance is not complete.`,
			other: `${n} transformations not assessed yet, so the distance is not complete.`
		}),
	fofNote:
		'The Factory of the Future award asks for level 4 or more on all seven transformations, confirmed by a full assessment on site. This scan does not award anything: it shows how far you are.',
	perception: (name: string, estimate: string, score: string) =>
		`${name}: you estimated ${estimate}, the answers give ${score}.`,
	perceptionHeading: 'Estimate and answers differ',
	backToQuestions: 'Back to the questions',
	incomplete: (n: number) =>
		plural('en', n, {
			one: `${n} question still open. The scores use what is answered so far.`,
			other: `${n} questions still open. The scores use what is answered so far.`
		}),
	seriesScore: 'Score',
	seriesTarget: 'Target',
	seriesSelf: 'Your estimate',
	nextSteps: 'Next steps',
	planLink: 'Action plan and PDF report',
	planHelp:
		'Turn the largest gaps into priorities and actions, with owners and dates, and download the report for your board.'
};

export default en;
