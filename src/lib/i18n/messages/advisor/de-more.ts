import type { Messages } from '../../catalog';
import type en from './en-more';
import { plural } from '../../plural';

const de: Messages<typeof en> = {
	exportAssessment: 'Diese Bewertung exportieren',
	portfolioHeading: 'Unternehmen und Bewertungen',
	whoIsAnswering: 'Wer antwortet?',
	respondentLabel: (n) => `Befragte Person ${n}`,
	respondentRole: 'Funktion',
	rolePlaceholder: 'z. B. Produktionsleitung',
	addRespondent: 'Person hinzufügen',
	respondentsHeading: 'Befragte Personen',
	respondentsHelp:
		'Mehrere Personen können dieselben Fragen beantworten. Die Ergebnisse zeigen, wo sie auseinanderliegen, damit Sie darüber sprechen und sich auf eine Antwort einigen können.',
	spreadHeading: 'Wo die Antworten auseinanderliegen',
	spreadIntro:
		'Eine Spanne von 2 Stufen oder mehr verdient ein Gespräch. Legen Sie die Antwort fest, auf die sich die Gruppe einigt: Sie ersetzt den Mittelwert.',
	spreadTableCaption: 'Spanne der Antworten je Transformation',
	spread: 'Spanne',
	disagreements: 'Abweichungen',
	noDisagreements: 'Die Antworten liegen bei jeder Frage höchstens eine Stufe auseinander.',
	question: 'Frage',
	answers: 'Antworten',
	consensus: 'Konsens',
	setConsensusFor: (question) => `Gemeinsame Antwort für: ${question}`,
	noConsensus: 'Noch kein Konsens',
	levels: (spread) => plural('de', spread, { one: `${spread} Stufe`, other: `${spread} Stufen` }),
	suggested:
		'Aus der vorigen Bewertung vorgeschlagen: Bestätigen Sie sie oder wählen Sie eine andere Antwort.',
	confirm: 'Bestätigen',
	confirmAll: (n) => `Alle ${n} vorgeschlagenen Antworten dieser Seite bestätigen`,
	suggestedCount: (n) =>
		plural('de', n, {
			one: `${n} Antwort ist ein Vorschlag aus der vorigen Bewertung und zählt erst nach Bestätigung.`,
			other: `${n} Antworten sind Vorschläge aus der vorigen Bewertung und zählen erst nach Bestätigung.`
		}),
	startFromPrevious: 'Von den vorigen Antworten ausgehen',
	previousScore: 'Vorher (T0)',
	progress: 'Veränderung',
	progressSince: (date) => `Verglichen mit der Bewertung vom ${date}.`,
	note: 'Notiz',
	noteHelp: 'Was Sie gesehen oder gehört haben, als Beleg für diese Antwort.',
	noteCount: (n) => plural('de', n, { one: `${n} Notiz`, other: `${n} Notizen` }),
	photoCount: (n) => plural('de', n, { one: `${n} Foto`, other: `${n} Fotos` }),
	addPhoto: 'Foto hinzufügen',
	photoAlt: (n) => `Foto ${n} zu dieser Frage`,
	removePhoto: (n) => `Foto ${n} entfernen`,
	photoFailed: 'Dieses Bild konnte nicht gelesen werden. Versuchen Sie ein anderes.',
	downloadCsv: 'Werte herunterladen (CSV)',
	downloadAnswersCsv: 'Alle Antworten herunterladen (CSV)',
	downloadAnswersCsvHelp:
		'Eine Zeile pro Person und Frage, mit Stufe, Version des Fragebogens und Werten: für eine Pivot-Tabelle oder den Vergleich von Unternehmen.',
	csvCompany: 'Unternehmen',
	csvStarted: 'Begonnen am',
	csvQuestionnaire: 'Fragebogen',
	csvVersion: 'Version',
	csvRespondent: 'Befragte Person',
	csvRole: 'Funktion',
	csvTransformation: 'Transformation',
	csvQuestionId: 'Frage-ID',
	csvQuestion: 'Frage',
	csvLevel: 'Stufe',
	csvAnswer: 'Antwort',
	csvNote: 'Notiz',
	csvTransformationScore: 'Wert der Transformation',
	csvOverall: 'Gesamtwert',
	csvUnnamed: (n) => `Befragte Person ${n}`,
	csvConsensus: 'Konsens',
	csvDontKnow: 'Weiß nicht',
	csvNotApplicable: 'Trifft nicht zu',
	csvSuggested: 'Vorgeschlagen, nicht bestätigt',
	csvYes: 'ja',
	csvNo: 'nein'
};

export default de;
