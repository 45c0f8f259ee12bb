import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

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
	setAsideHeading: 'Zurückgestellt',
	setAsideIntro:
		'Datensätze, die diese Version der App nicht öffnen oder auswerten kann. Sie bleiben so erhalten, wie sie gespeichert wurden: Exportieren Sie sie, um eine Kopie zu behalten oder sie in einer neueren Version zu öffnen, oder versuchen Sie es nach einem Update erneut.',
	setAsideNone: 'Auf diesem Gerät ist nichts zurückgestellt.',
	setAsideCount: (n) =>
		plural('de', n, {
			one: `${n} Datensatz ist zurückgestellt.`,
			other: `${n} Datensätze sind zurückgestellt.`
		}),
	setAsideNewer: 'Mit einer neueren Version der App erstellt.',
	setAsideDamaged: 'Für diese Version der App nicht lesbar.',
	setAsideMissing: (questionnaire) =>
		`Mit dem Fragebogen ${questionnaire} beantwortet, den diese Version der App nicht enthält: Die Antworten bleiben erhalten, können aber nicht angezeigt werden.`,
	setAsideSince: (date) => `Zurückgestellt am ${date}.`,
	setAsideDetails: 'Technische Details',
	setAsideExportOne: 'Wie gespeichert exportieren',
	setAsideExportAll: (n) => plural('de', n, { one: 'Exportieren', other: `Alle ${n} exportieren` }),
	setAsideRetry: 'Erneut versuchen',
	setAsideExported: (n) =>
		plural('de', n, {
			one: `${n} Datensatz wie gespeichert exportiert.`,
			other: `${n} Datensätze wie gespeichert exportiert.`
		}),
	setAsideRetried: (restored, remaining) =>
		`${restored === 1 ? '1 Datensatz ist' : `${restored} Datensätze sind`} zurück; ${remaining === 1 ? '1 bleibt' : `${remaining} bleiben`} zurückgestellt.`,
	versionHeading: 'Version',
	questionnaireVersion: (title, version, questions) =>
		`${title}, Version ${version} (${questions} Fragen)`
};

export default de;
