import type { Messages } from '../../catalog';
import type en from './en';

const de: Messages<typeof en> = {
	newAssessment: 'Neue Bewertung',
	scope: (questions) =>
		`${questions} Fragen zu den sieben Made-Different-Transformationen; Stufe 4 ist das Niveau einer Factory of the Future.`,
	journeyHeading: 'Wo dieser Scan im Made-Different-Weg steht',
	journeySteps:
		'Dieser Online-Scan: Wo stehen Sie?|Ein Beratungsbesuch vor Ort durch einen Experten von Agoria oder Sirris|Ein vollständiges Audit vor Ort (10 bis 15 Tage) und das Engagement der Geschäftsleitung|Ein maßgeschneiderter Aktionsplan und 1 bis 2 Jahre Begleitung|Der Factory-of-the-Future-Preis: Stufe 4 oder mehr in allen sieben Transformationen',
	newAssessmentHelp: (minutes) =>
		`${minutes ? `Etwa ${minutes} Minuten für eine Person. ` : ''}Sie können jederzeit unterbrechen: Jede Antwort und alles, was Sie tippen, wird sofort gespeichert.`,
	yourAssessments: 'Bewertungen auf diesem Gerät',
	noAssessments: 'Noch keine Bewertungen auf diesem Gerät.',
	continue: 'Fortsetzen',
	viewResults: 'Ergebnisse',
	untitledCompany: 'Unternehmen ohne Namen',
	answeredOf: (answered, total) => `${answered} von ${total} Fragen beantwortet`,
	updated: (date) => `Aktualisiert am ${date}`,
	companyName: 'Name des Unternehmens',
	postcode: 'Postleitzahl'
};

export default de;
