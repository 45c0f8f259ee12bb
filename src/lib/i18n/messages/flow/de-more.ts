import type { Messages } from '../../catalog';
import type en from './en-more';

const de: Messages<typeof en> = {
	steps: 'Schritte',
	stepOf: (step, total) => `Schritt ${step} von ${total}`,
	profileStep: 'Unternehmensprofil',
	profileIntro:
		'Diese Angaben bestimmen, welche Förderangebote für Sie gelten. Sie bleiben auf diesem Gerät.',
	postcodeHelp: 'Die belgische Postleitzahl des bewerteten Standorts.',
	postcodeInvalid: 'Geben Sie eine vierstellige belgische Postleitzahl ein, z. B. 4700.',
	region: 'Region',
	regionFromPostcode: (region) => `Laut Postleitzahl: ${region}`,
	regionChoose: 'Region wählen',
	regionNames: 'Flandern|Wallonien|Region Brüssel-Hauptstadt',
	employees: 'Beschäftigte',
	employeesHelp: 'Vollzeitäquivalente, Jahresdurchschnitt.',
	turnover: 'Jahresumsatz (EUR)',
	balanceSheet: 'Bilanzsumme (EUR)',
	sizeClass: 'Größenklasse (EU)',
	sizeClassNames: 'Kleinstunternehmen|Kleines Unternehmen|Mittleres Unternehmen|Großunternehmen',
	sizeClassUnknown: 'Geben Sie die Zahl der Beschäftigten ein, um die Größenklasse zu sehen.',
	sizeClassHelp:
		'Nach der KMU-Definition der EU: Beschäftigtenzahl zusammen mit Jahresumsatz oder Bilanzsumme.',
	sector: 'Branche',
	sectorChoose: 'Branche wählen',
	sectorManufacturing: 'Verarbeitendes Gewerbe (NACE C)',
	sectorOther: 'Andere Branchen',
	yearFounded: 'Gründungsjahr',
	yearInvalid: (max) => `Geben Sie ein Jahr zwischen 1800 und ${max} ein.`,
	numberRefused: (reason, example) =>
		({
			abbreviation: `Nicht gespeichert: Schreiben Sie den vollen Betrag in Ziffern, z. B. ${example}.`,
			decimal: `Nicht gespeichert: Geben Sie eine ganze Zahl ohne Komma ein, z. B. ${example}.`,
			grouping: `Nicht gespeichert: Setzen Sie Punkte oder Leerzeichen nur zwischen Dreiergruppen von Ziffern, z. B. ${example}.`,
			'not-a-number': `Nicht gespeichert: Geben Sie eine Zahl in Ziffern ein, z. B. ${example}.`
		})[reason],
	postcodeUnknown: (postcode) =>
		`Nicht gespeichert: Die Postleitzahl ${postcode} gibt es bei bpost nicht. Prüfen Sie die vier Ziffern, z. B. 4700 für Eupen.`,
	previous: 'Zurück',
	next: 'Weiter',
	showResults: 'Ergebnisse anzeigen',
	selfEstimateLegend: 'Vorab: Wo sehen Sie sich selbst?',
	selfEstimateHelp:
		'Ihr Bauchgefühl, auf derselben Skala von 1 bis 5. Es wird neben dem berechneten Wert gezeigt.',
	selfEstimateNone: 'Keine Einschätzung',
	level: (n) => `Stufe ${n}`,
	dontKnow: 'Weiß nicht',
	notApplicable: 'Trifft nicht zu',
	clearAnswer: 'Antwort löschen',
	help: 'Hilfe',
	questionOf: (n, total) => `Frage ${n} von ${total}`,
	transformationProgress: (answered, total) =>
		`${answered} von ${total} in diesem Schritt beantwortet`,
	whatIsThis: 'Über diese Transformation',
	futureLevel: 'Niveau Factory of the Future',
	progressLabel: 'Fortschritt der Bewertung'
};

export default de;
