import type { Messages } from '../../catalog';
import type en from './en';

const de: Messages<typeof en> = {
	appName: 'Made-Different-Scan',
	tagline: 'Wie weit ist Ihr Betrieb auf dem Weg zur Factory of the Future?',
	skipToContent: 'Zum Inhalt',
	home: 'Start',
	settings: 'Einstellungen',
	catalogue: 'Förderangebote',
	language: 'Sprache',
	loading: 'Wird geladen…',
	saving: 'Wird gespeichert…',
	saved: 'Auf diesem Gerät gespeichert',
	saveFailed: (reason) =>
		`Ihre letzte Änderung konnte nicht gespeichert werden: ${reason}. Lassen Sie diese Seite offen und versuchen Sie es erneut.`,
	retry: 'Erneut versuchen',
	notFound: 'Diese Bewertung ist nicht auf diesem Gerät.',
	notFoundHelp:
		'Bewertungen werden nur in dem Browser gespeichert, in dem sie erstellt wurden. Importieren Sie eine Exportdatei, um eine hierher zu holen.',
	backHome: 'Zurück zur Startseite',
	privacyNote: 'Alles bleibt auf diesem Gerät. Nichts wird gesendet.',
	offlineReady: 'Funktioniert offline',
	unreadable: (n) =>
		`${n} gespeicherte(r) Datensatz/Datensätze konnte(n) nicht gelesen werden und wurde(n) beiseitegelegt.`,
	close: 'Schließen'
};

export default de;
