import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const de: Messages<typeof en> = {
	heading: 'Ergebnisse',
	headingFor: (company) => `Ergebnisse für ${company}`,
	overall: 'Gesamtwert',
	completeness: 'Vollständigkeit',
	completenessHelp:
		'Anteil der zutreffenden Fragen, die mit einer Stufe beantwortet sind. „Weiß nicht" und offene Fragen senken ihn; „trifft nicht zu" zählt nicht.',
	chartLabel:
		'Netzdiagramm des Werts je Transformation, im Vergleich zum Ziel und zu Ihrer Einschätzung. Dieselben Zahlen stehen in der Tabelle.',
	tableCaption: 'Wert je Transformation auf der Skala von 1 bis 5',
	transformation: 'Transformation',
	score: 'Wert',
	target: 'Ziel',
	gap: 'Abstand',
	selfEstimate: 'Ihre Einschätzung',
	answered: 'Beantwortet',
	notAssessed: 'nicht bewertet',
	targetFor: (name) => `Ziel für ${name}`,
	largestGaps: 'Größte Abstände',
	largestGapsIntro:
		'Diese Transformationen sind am weitesten von ihrem Ziel entfernt. Beginnen Sie dort.',
	gapLine: (name, score, target) => `${name}: jetzt ${score}, Ziel ${target}`,
	noGaps: 'Jede bewertete Transformation hat ihr Ziel erreicht.',
	fofHeading: 'Abstand zur Factory of the Future',
	fofAtLevel: (n, of) => `${n} von ${of} Transformationen liegen auf Stufe 4 oder höher.`,
	fofPoints: (points) => `Insgesamt fehlen noch ${points} Stufenpunkte bis Stufe 4 überall.`,
	fofNotAssessed: (n) =>
		plural('de', n, {
			one: `${n} Transformation noch nicht bewertet; der Abstand ist daher unvollständig.`,
			other: `${n} Transformationen noch nicht bewertet; der Abstand ist daher unvollständig.`
		}),
	fofNote:
		'Der Factory-of-the-Future-Preis verlangt Stufe 4 oder mehr in allen sieben Transformationen, bestätigt durch ein vollständiges Audit vor Ort. Dieser Scan verleiht nichts: Er zeigt, wo Sie stehen.',
	perception: (name, estimate, score) =>
		`${name}: Sie schätzten ${estimate}, die Antworten ergeben ${score}.`,
	perceptionHeading: 'Einschätzung und Antworten weichen ab',
	backToQuestions: 'Zurück zu den Fragen',
	incomplete: (n) =>
		plural('de', n, {
			one: `Noch ${n} Frage offen. Die Werte beruhen auf den bisherigen Antworten.`,
			other: `Noch ${n} Fragen offen. Die Werte beruhen auf den bisherigen Antworten.`
		}),
	seriesScore: 'Wert',
	seriesTarget: 'Ziel',
	seriesSelf: 'Ihre Einschätzung',
	nextSteps: 'Nächste Schritte',
	planLink: 'Aktionsplan und PDF-Bericht',
	planHelp:
		'Machen Sie aus den größten Abständen Prioritäten und Maßnahmen, mit Verantwortlichen und Terminen, und laden Sie den Bericht für Ihren Verwaltungsrat herunter.'
};

export default de;
