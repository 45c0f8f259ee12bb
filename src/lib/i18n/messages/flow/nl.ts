import type { Messages } from '../../catalog';
import type en from './en';

const nl: Messages<typeof en> = {
	newAssessment: 'Nieuwe evaluatie',
	scope: (questions) =>
		`${questions} vragen over de zeven Made Different-transformaties; niveau 4 is het niveau van een Factory of the Future.`,
	journeyHeading: 'Waar deze scan past in het Made Different-traject',
	journeySteps:
		'Deze online scan: waar staat u?|Een adviesbezoek ter plaatse door een expert van Agoria of Sirris|Een volledige doorlichting ter plaatse (10 tot 15 dagen) en het engagement van de directie|Een actieplan op maat en 1 tot 2 jaar begeleiding|De Factory of the Future-award: niveau 4 of meer op alle zeven transformaties',
	newAssessmentHelp: (minutes) =>
		`${minutes ? `Ongeveer ${minutes} minuten voor één persoon. ` : ''}U kunt altijd onderbreken: elk antwoord en alles wat u typt, wordt meteen bewaard.`,
	yourAssessments: 'Evaluaties op dit toestel',
	noAssessments: 'Nog geen evaluaties op dit toestel.',
	continue: 'Verdergaan',
	viewResults: 'Resultaten',
	untitledCompany: 'Bedrijf zonder naam',
	answeredOf: (answered, total) => `${answered} van ${total} vragen beantwoord`,
	updated: (date) => `Bijgewerkt op ${date}`,
	companyName: 'Bedrijfsnaam',
	postcode: 'Postcode'
};

export default nl;
