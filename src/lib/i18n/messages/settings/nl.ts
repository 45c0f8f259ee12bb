import type { Messages } from '../../catalog';
import type en from './en';

const nl: Messages<typeof en> = {
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
};

export default nl;
