import type { NumberRefusal } from '$lib/domain';
// The flow messages the start page does not show, loaded with the other pages (lang/en-more.ts).

const en = {
	steps: 'Steps',
	stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
	profileStep: 'Company profile',
	profileIntro:
		'These facts decide which support instruments apply to you. They stay on this device.',
	postcodeHelp: 'The Belgian postcode of the plant being assessed.',
	postcodeInvalid: 'Enter a four-digit Belgian postcode, e.g. 9000.',
	region: 'Region',
	regionFromPostcode: (region: string) => `From the postcode: ${region}`,
	regionChoose: 'Choose a region',
	regionNames: 'Flanders|Wallonia|Brussels-Capital',
	employees: 'Employees',
	employeesHelp: 'Full-time equivalents, yearly average.',
	turnover: 'Annual turnover (EUR)',
	balanceSheet: 'Balance sheet total (EUR)',
	sizeClass: 'EU size class',
	sizeClassNames: 'Micro enterprise|Small enterprise|Medium-sized enterprise|Large enterprise',
	sizeClassUnknown: 'Enter the number of employees to see the size class.',
	sizeClassHelp:
		'Per the EU SME definition: headcount together with turnover or balance-sheet total.',
	sector: 'Sector',
	sectorChoose: 'Choose a sector',
	sectorManufacturing: 'Manufacturing (NACE C)',
	sectorOther: 'Other sectors',
	yearFounded: 'Year founded',
	yearInvalid: (max: number) => `Enter a year between 1800 and ${max}.`,
	numberRefused: (reason: NumberRefusal, example: string) =>
		({
			abbreviation: `Not saved: write the full amount in figures, e.g. ${example}.`,
			decimal: `Not saved: enter a whole number, without a decimal comma, e.g. ${example}.`,
			grouping: `Not saved: put dots or spaces only between groups of three digits, e.g. ${example}.`,
			'not-a-number': `Not saved: enter a number in figures, e.g. ${example}.`
		})[reason],
	postcodeUnknown: (postcode: string) =>
		`Not saved: bpost has no postcode ${postcode}. Check the four digits, e.g. 9000 for Ghent.`,
	previous: 'Previous',
	next: 'Next',
	showResults: 'Show results',
	selfEstimateLegend: 'Before the questions: where do you think you stand?',
	selfEstimateHelp:
		'Your gut feeling, on the same 1 to 5 scale. It is shown next to the computed score.',
	selfEstimateNone: 'No estimate',
	level: (n: number) => `Level ${n}`,
	dontKnow: "Don't know",
	notApplicable: 'Not applicable',
	clearAnswer: 'Clear answer',
	help: 'Help',
	questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
	transformationProgress: (answered: number, total: number) =>
		`${answered} of ${total} answered in this step`,
	whatIsThis: 'About this transformation',
	futureLevel: 'Factory of the Future level',
	progressLabel: 'Progress through the assessment'
};

export default en;
