import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

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
	setAsideHeading: 'Apart gezet',
	setAsideIntro:
		'Records die deze versie van de app niet kan openen of scoren. Ze worden bewaard zoals ze opgeslagen zijn: exporteer ze om een kopie te houden of om ze in een nieuwere versie te openen, of probeer opnieuw na een update.',
	setAsideNone: 'Er is niets apart gezet op dit toestel.',
	setAsideCount: (n) =>
		plural('nl', n, {
			one: `${n} record is apart gezet.`,
			other: `${n} records zijn apart gezet.`
		}),
	setAsideNewer: 'Gemaakt met een nieuwere versie van de app.',
	setAsideDamaged: 'Niet leesbaar voor deze versie van de app.',
	setAsideMissing: (questionnaire) =>
		`Beantwoord met vragenlijst ${questionnaire}, die deze versie van de app niet heeft: de antwoorden blijven bewaard maar kunnen niet getoond worden.`,
	setAsideSince: (date) => `Apart gezet op ${date}.`,
	setAsideDetails: 'Technische details',
	setAsideExportOne: 'Exporteren zoals opgeslagen',
	setAsideExportAll: (n) => plural('nl', n, { one: 'Exporteren', other: `Alle ${n} exporteren` }),
	setAsideRetry: 'Opnieuw proberen',
	setAsideExported: (n) =>
		plural('nl', n, {
			one: `${n} record geëxporteerd zoals opgeslagen.`,
			other: `${n} records geëxporteerd zoals opgeslagen.`
		}),
	setAsideRetried: (restored, remaining) =>
		`${restored === 1 ? '1 record is' : `${restored} records zijn`} terug; ${remaining === 1 ? '1 blijft' : `${remaining} blijven`} apart gezet.`,
	versionHeading: 'Versie',
	questionnaireVersion: (title, version, questions) =>
		`${title}, versie ${version} (${questions} vragen)`
};

export default nl;
