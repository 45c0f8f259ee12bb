import type { Messages } from '../../catalog';
import type en from './en';

const de: Messages<typeof en> = {
	exportAll: 'Alles exportieren',
	import: 'Importieren',
	transferHeading: 'Sicherung und Übertragung',
	transferHelp:
		'Alles exportieren speichert alle Bewertungen dieses Geräts in einer Datei: Bewahren Sie sie als Sicherung auf oder importieren Sie sie auf einem anderen Gerät. Dieselbe Datei zweimal zu importieren ändert nichts.',
	exported: (n) => (n === 1 ? '1 Bewertung exportiert.' : `${n} Bewertungen exportiert.`),
	exportedLeftOut: (newer, damaged) =>
		`Nicht exportiert: ${[
			newer
				? `${newer} ${newer === 1 ? 'Datensatz' : 'Datensätze'} aus einer neueren Version der App`
				: '',
			damaged ? `${damaged} ${damaged === 1 ? 'unlesbarer Datensatz' : 'unlesbare Datensätze'}` : ''
		]
			.filter(Boolean)
			.join(
				' und '
			)}. ${newer + damaged === 1 ? 'Er bleibt' : 'Sie bleiben'} unter Einstellungen, Zurückgestellt, erhalten.`,
	importing: 'Import läuft…',
	importDone: (added, updated, unchanged) =>
		`Import abgeschlossen: ${added} neu, ${updated} aktualisiert, ${unchanged} bereits aktuell.`,
	importSkipped: (n) =>
		`${n} Bewertung(en) auf diesem Gerät wurden mit einer anderen Fragebogenversion ausgefüllt als die importierte Kopie; sie blieben unverändert.`,
	conflictsHeading: (n) =>
		n === 1
			? '1 Antwort unterschied sich zwischen den beiden Kopien'
			: `${n} Antworten unterschieden sich zwischen den beiden Kopien`,
	conflictsIntro:
		'Die spätere Antwort wurde behalten. Prüfen Sie die ersetzten Antworten mit den Beteiligten.',
	conflictCompany: 'Unternehmen',
	conflictWhat: 'Antwort',
	conflictKept: 'Behalten',
	conflictReplaced: 'Ersetzt',
	conflictAnswer: (question, respondent) => `${question} (${respondent})`,
	conflictConsensus: (question) => `${question} (Konsens)`,
	conflictSelfEstimate: (transformation) => `Selbsteinschätzung: ${transformation}`,
	conflictNote: (question) => `Notiz: ${question}`,
	conflictProfile: 'Unternehmensprofil',
	importFailed: (reason) =>
		`Diese Datei konnte nicht importiert werden: ${reason} Es wurde nichts geändert.`,
	errorTooLarge: (limit) => `sie ist größer als ${limit}.`,
	errorCorrupt:
		'sie ist beschädigt oder unvollständig (vielleicht wurde der Download oder die Kopie abgebrochen).',
	errorNotOurs: 'sie ist kein Export des Made-Different-Scans.',
	errorNewerFormat:
		'sie wurde mit einer neueren Version dieser App erstellt. Aktualisieren Sie die App (online neu laden) und versuchen Sie es erneut.',
	errorUnsafe: 'sie enthält Inhalte, die in einer Exportdatei nicht zulässig sind.',
	errorUnknownQuestionnaire: (version) =>
		`sie verwendet eine Fragebogenversion, die diese App nicht kennt (${version}). Aktualisieren Sie die App und versuchen Sie es erneut.`,
	errorInvalidRecord: 'eine der enthaltenen Bewertungen ist ungültig.',
	errorInvalidField: (n, field) =>
		`Bewertung ${n} darin ist ungültig: Das Feld „${field}“ überschreitet eine Grenze oder verletzt eine Regel des Formats.`,
	errorDuplicateId: 'sie enthält dieselbe Bewertung zweimal.',
	errorRead: 'sie konnte nicht gelesen werden.',
	exportCompany: 'Unternehmen exportieren',
	exportAssessment: 'Diese Bewertung exportieren',
	backupNever:
		'Noch keine Sicherung dieses Geräts. Mit Alles exportieren behalten Sie eine Kopie Ihrer Bewertungen.',
	backupOld: (date) =>
		`Ihre letzte Sicherung stammt vom ${date}. Mit Alles exportieren sichern Sie auch die jüngste Arbeit.`,
	lastBackup: (date) => `Letzte Sicherung: ${date}.`,
	portfolioHeading: 'Unternehmen und Bewertungen',
	search: 'Suchen',
	searchHelp: 'Unternehmensname, Postleitzahl oder Branche',
	noMatch: 'Kein Unternehmen entspricht Ihrer Suche.',
	companyCount: (companies, assessments) =>
		`${companies} ${companies === 1 ? 'Unternehmen' : 'Unternehmen'}, ${assessments} ${assessments === 1 ? 'Bewertung' : 'Bewertungen'}`,
	statusDone: 'Abgeschlossen',
	statusInProgress: 'In Bearbeitung',
	created: (date) => `Begonnen am ${date}`,
	overall: 'Gesamtwert',
	completeness: 'Vollständig',
	delete: 'Löschen',
	deleteTitle: (name) => `Diese Bewertung von ${name} löschen?`,
	deleteText:
		'Sie wird von diesem Gerät entfernt. Sie können das eine Minute lang rückgängig machen. Exportieren Sie sie vorher, wenn Sie eine Kopie behalten möchten.',
	cancel: 'Abbrechen',
	exportFirst: 'Zuerst exportieren',
	deleted: (name) => `Die Bewertung von ${name} wurde gelöscht.`,
	undo: 'Rückgängig',
	restored: 'Die Bewertung ist wieder da.',
	showMore: (n) => `${n} weitere anzeigen`,
	newForCompany: 'Dieses Unternehmen erneut bewerten',
	whoIsAnswering: 'Wer antwortet?',
	respondentLabel: (n) => `Befragte Person ${n}`,
	respondentName: 'Name',
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
	levels: (spread) => (spread === 1 ? '1 Stufe' : `${spread} Stufen`),
	suggested:
		'Aus der vorigen Bewertung vorgeschlagen: Bestätigen Sie sie oder wählen Sie eine andere Antwort.',
	confirm: 'Bestätigen',
	confirmAll: (n) => `Alle ${n} vorgeschlagenen Antworten dieser Seite bestätigen`,
	suggestedCount: (n) =>
		`${n} Antwort(en) sind Vorschläge aus der vorigen Bewertung und zählen erst nach Bestätigung.`,
	startFromPrevious: 'Von den vorigen Antworten ausgehen',
	startFromPreviousHelp:
		'Die Antworten der letzten Bewertung erscheinen als Vorschläge; jede muss bestätigt werden.',
	previousScore: 'Vorher (T0)',
	progress: 'Veränderung',
	progressSince: (date) => `Verglichen mit der Bewertung vom ${date}.`,
	note: 'Notiz',
	noteHelp: 'Was Sie gesehen oder gehört haben, als Beleg für diese Antwort.',
	includePhotos: (n) =>
		n === 1
			? 'Das Foto einschließen (die Datei wird ein Zip)'
			: `Die ${n} Fotos einschließen (die Datei wird ein Zip)`,
	photosAdded: (n) => `${n} Foto(s) hinzugefügt.`,
	addPhoto: 'Foto hinzufügen',
	photoAlt: (n) => `Foto ${n} zu dieser Frage`,
	removePhoto: (n) => `Foto ${n} entfernen`,
	photoFailed: 'Dieses Bild konnte nicht gelesen werden. Versuchen Sie ein anderes.',
	downloadCsv: 'Werte herunterladen (CSV)'
};

export default de;
