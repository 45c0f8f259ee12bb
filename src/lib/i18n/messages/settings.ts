import type { Catalog } from '../catalog';

const en = {
	heading: 'Settings',
	storageHeading: 'Storage on this device',
	persistGranted: 'This browser has agreed to keep the data of this app, even when space runs low.',
	persistDenied:
		'This browser has not promised to keep the data of this app: it may delete it when space runs low. Export a backup regularly, or install the app (add it to the home screen), which usually makes the browser keep the data.',
	persistUnsupported:
		'This browser cannot promise to keep the data of this app. Export a backup regularly.',
	persistAsk: 'Ask again',
	usage: (used: string, quota: string) => `In use: ${used} of ${quota} available to this app.`,
	versionHeading: 'Version',
	questionnaireVersion: (title: string, version: number, questions: number) =>
		`${title}, version ${version} (${questions} questions)`
};

export const settings: Catalog<typeof en> = {
	en,
	nl: {
		heading: 'Instellingen',
		storageHeading: 'Opslag op dit toestel',
		persistGranted:
			'Deze browser heeft beloofd de gegevens van deze app te bewaren, ook als de ruimte krap wordt.',
		persistDenied:
			'Deze browser belooft niet dat hij de gegevens van deze app bewaart: hij kan ze wissen als de ruimte krap wordt. Maak regelmatig een back-up via export, of installeer de app (zet ze op het startscherm), waardoor de browser de gegevens meestal wel bewaart.',
		persistUnsupported:
			'Deze browser kan niet beloven dat hij de gegevens van deze app bewaart. Maak regelmatig een back-up via export.',
		persistAsk: 'Opnieuw vragen',
		usage: (used, quota) => `In gebruik: ${used} van ${quota} beschikbaar voor deze app.`,
		versionHeading: 'Versie',
		questionnaireVersion: (title, version, questions) =>
			`${title}, versie ${version} (${questions} vragen)`
	},
	fr: {
		heading: 'Paramètres',
		storageHeading: 'Stockage sur cet appareil',
		persistGranted:
			"Ce navigateur s'est engagé à conserver les données de cette application, même en cas de manque d'espace.",
		persistDenied:
			"Ce navigateur ne garantit pas la conservation des données de cette application : il peut les effacer en cas de manque d'espace. Exportez régulièrement une sauvegarde, ou installez l'application (sur l'écran d'accueil), ce qui amène généralement le navigateur à conserver les données.",
		persistUnsupported:
			'Ce navigateur ne peut pas garantir la conservation des données de cette application. Exportez régulièrement une sauvegarde.',
		persistAsk: 'Redemander',
		usage: (used, quota) => `Utilisé : ${used} sur ${quota} disponibles pour cette application.`,
		versionHeading: 'Version',
		questionnaireVersion: (title, version, questions) =>
			`${title}, version ${version} (${questions} questions)`
	},
	de: {
		heading: 'Einstellungen',
		storageHeading: 'Speicher auf diesem Gerät',
		persistGranted:
			'Dieser Browser hat zugesagt, die Daten dieser App auch bei knappem Speicher zu behalten.',
		persistDenied:
			'Dieser Browser sagt nicht zu, die Daten dieser App zu behalten: Bei knappem Speicher kann er sie löschen. Exportieren Sie regelmäßig eine Sicherung, oder installieren Sie die App (auf dem Startbildschirm), dann behält der Browser die Daten meist.',
		persistUnsupported:
			'Dieser Browser kann nicht zusagen, die Daten dieser App zu behalten. Exportieren Sie regelmäßig eine Sicherung.',
		persistAsk: 'Erneut fragen',
		usage: (used, quota) => `Belegt: ${used} von ${quota}, die dieser App zur Verfügung stehen.`,
		versionHeading: 'Version',
		questionnaireVersion: (title, version, questions) =>
			`${title}, Version ${version} (${questions} Fragen)`
	}
};
