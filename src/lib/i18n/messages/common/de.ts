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
