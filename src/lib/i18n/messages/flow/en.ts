// The flow messages the start page shows; the rest is in en-more.ts.
const en = {
	newAssessment: 'New assessment',
	scope: (questions: number) =>
		`${questions} questions across the seven Made Different transformations; level 4 is Factory-of-the-Future performance.`,
	journeyHeading: 'Where this scan fits in the Made Different journey',
	journeySteps:
		'This online scan: where do you stand?|An advisory site visit by an Agoria or Sirris expert|A full assessment on site (10 to 15 days) and top-management commitment|A tailored action plan and 1 to 2 years of coaching|The Factory of the Future award: level 4 or more on all seven transformations',
	newAssessmentHelp: (minutes: number | null) =>
		`${minutes ? `About ${minutes} minutes for one person. ` : ''}You can stop at any time: every answer and every word you type is saved as you go.`,
	yourAssessments: 'Assessments on this device',
	noAssessments: 'No assessments yet on this device.',
	continue: 'Continue',
	viewResults: 'Results',
	untitledCompany: 'Company without a name',
	answeredOf: (answered: number, total: number) => `${answered} of ${total} questions answered`,
	updated: (date: string) => `Updated ${date}`,
	companyName: 'Company name',
	postcode: 'Postcode'
};

export default en;
