import type { Catalog } from '../catalog';

const en = {
	appName: 'Made Different scan',
	tagline: 'Where does your factory stand on the road to Factory of the Future?',
	skipToContent: 'Skip to content',
	home: 'Start',
	settings: 'Settings',
	catalogue: 'Support instruments',
	language: 'Language',
	loading: 'Loading…',
	saving: 'Saving…',
	saved: 'Saved on this device',
	saveFailed: (reason: string) =>
		`Your last change could not be saved: ${reason}. Keep this page open and try again.`,
	retry: 'Try again',
	notFound: 'This assessment is not on this device.',
	notFoundHelp:
		'Assessments are stored only in the browser where they were made. Import an export file to bring one here.',
	backHome: 'Back to the start page',
	privacyNote: 'Everything stays on this device. Nothing is sent anywhere.',
	offlineReady: 'Works offline',
	unreadable: (n: number) => `${n} stored record(s) could not be read and were set aside.`,
	close: 'Close'
};

export const common: Catalog<typeof en> = {
	en,
	nl: {
		appName: 'Made Different-scan',
		tagline: 'Hoe ver staat uw fabriek op weg naar Factory of the Future?',
		skipToContent: 'Naar de inhoud',
		home: 'Start',
		settings: 'Instellingen',
		catalogue: 'Steunmaatregelen',
		language: 'Taal',
		loading: 'Laden…',
		saving: 'Bewaren…',
		saved: 'Bewaard op dit toestel',
		saveFailed: (reason) =>
			`Uw laatste wijziging kon niet bewaard worden: ${reason}. Laat deze pagina open en probeer opnieuw.`,
		retry: 'Opnieuw proberen',
		notFound: 'Deze evaluatie staat niet op dit toestel.',
		notFoundHelp:
			'Evaluaties worden alleen bewaard in de browser waarin ze gemaakt zijn. Importeer een exportbestand om er een hierheen te halen.',
		backHome: 'Terug naar de startpagina',
		privacyNote: 'Alles blijft op dit toestel. Er wordt niets verstuurd.',
		offlineReady: 'Werkt offline',
		unreadable: (n) => `${n} bewaarde record(s) konden niet gelezen worden en zijn apart gezet.`,
		close: 'Sluiten'
	},
	fr: {
		appName: 'Scan Made Different',
		tagline: 'Où en est votre usine sur la route de la Factory of the Future ?',
		skipToContent: 'Aller au contenu',
		home: 'Accueil',
		settings: 'Paramètres',
		catalogue: 'Aides et soutiens',
		language: 'Langue',
		loading: 'Chargement…',
		saving: 'Enregistrement…',
		saved: 'Enregistré sur cet appareil',
		saveFailed: (reason) =>
			`Votre dernière modification n'a pas pu être enregistrée : ${reason}. Gardez cette page ouverte et réessayez.`,
		retry: 'Réessayer',
		notFound: 'Cette évaluation ne se trouve pas sur cet appareil.',
		notFoundHelp:
			"Les évaluations sont conservées uniquement dans le navigateur où elles ont été créées. Importez un fichier d'export pour en récupérer une ici.",
		backHome: "Retour à l'accueil",
		privacyNote: "Tout reste sur cet appareil. Rien n'est envoyé.",
		offlineReady: 'Fonctionne hors ligne',
		unreadable: (n) => `${n} enregistrement(s) illisible(s) ont été mis de côté.`,
		close: 'Fermer'
	},
	de: {
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
	}
};
