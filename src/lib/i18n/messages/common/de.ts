import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const de: Messages<typeof en> = {
	appName: 'Made-Different-Scan',
	tagline: 'Wie weit ist Ihr Betrieb auf dem Weg zur Factory of the Future?',
	labelColon: (label) => `${label}:`,
	skipToContent: 'Zum Inhalt',
	home: 'Start',
	settings: 'Einstellungen',
	catalogue: 'Förderangebote',
	language: 'Sprache',
	loading: 'Wird geladen…',
	saving: 'Wird gespeichert…',
	saved: 'Auf diesem Gerät gespeichert',
	notSaved: 'Noch nicht gespeichert',
	saveFailed: (reason) =>
		`Ihre letzte Änderung konnte nicht gespeichert werden: ${reason}. Lassen Sie diese Seite offen und versuchen Sie es erneut.`,
	retry: 'Erneut versuchen',
	notFound: 'Diese Bewertung ist nicht auf diesem Gerät.',
	notFoundHelp:
		'Bewertungen werden nur in dem Browser gespeichert, in dem sie erstellt wurden. Importieren Sie eine Exportdatei, um eine hierher zu holen.',
	cannotOpen: 'Diese Bewertung kann hier nicht geöffnet werden.',
	cannotOpenNewer:
		'Sie wurde mit einer neueren Version der App gespeichert. Laden Sie diese Seite neu, während Sie online sind, um diese Version zu erhalten; die Bewertung bleibt unverändert auf diesem Gerät.',
	cannotOpenDamaged:
		'Sie ist beschädigt: Diese Version der App kann sie nicht lesen. Sie bleibt genau so, wie sie gespeichert wurde, auf diesem Gerät; unter Einstellungen, „Zurückgestellt“, können Sie sie als Datei für den Support exportieren.',
	cannotOpenMissing: (questionnaire) =>
		`Sie wurde mit dem Fragebogen ${questionnaire} ausgefüllt, den diese Version der App nicht hat. Ihre Antworten bleiben erhalten. Laden Sie diese Seite neu, während Sie online sind, um die neueste Version zu erhalten.`,
	cannotOpenStorage:
		'Der Speicher des Browsers oder die Dateien der App haben nicht geantwortet. Laden Sie die Seite neu, um es erneut zu versuchen; es wurde nichts geändert.',
	openSettings: 'Zu den Einstellungen',
	reload: 'Seite neu laden',
	technicalDetails: 'Technische Details',
	backHome: 'Zurück zur Startseite',
	privacyNote: 'Alles bleibt auf diesem Gerät. Nichts wird gesendet.',
	offlineReady: 'Funktioniert offline',
	unreadable: (n) =>
		plural('de', n, {
			one: `${n} gespeicherter Datensatz kann von dieser Version der App nicht geöffnet werden und wurde zurückgestellt: siehe Einstellungen, Zurückgestellt.`,
			other: `${n} gespeicherte Datensätze können von dieser Version der App nicht geöffnet werden und wurden zurückgestellt: siehe Einstellungen, Zurückgestellt.`
		}),
	close: 'Schließen'
};

export default de;
