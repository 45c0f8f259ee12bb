import type { Messages } from '../../catalog';
import type en from './en';

const de: Messages<typeof en> = {
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
};

export default de;
