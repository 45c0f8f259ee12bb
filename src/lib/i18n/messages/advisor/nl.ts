import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const nl: Messages<typeof en> = {
	exportAll: 'Alles exporteren',
	import: 'Importeren',
	transferHeading: 'Back-up en overdracht',
	transferHelp:
		'Alles exporteren bewaart alle evaluaties op dit toestel in één bestand: houd het bij als back-up, of importeer het op een ander toestel. Hetzelfde bestand twee keer importeren verandert niets.',
	exported: (n) =>
		plural('nl', n, {
			one: `${n} evaluatie geëxporteerd.`,
			other: `${n} evaluaties geëxporteerd.`
		}),
	exportedLeftOut: (newer, damaged) =>
		`Niet mee geëxporteerd: ${[
			newer
				? `${newer} ${plural('nl', newer, { one: 'record', other: 'records' })} van een nieuwere versie van de app`
				: '',
			damaged
				? `${damaged} ${plural('nl', damaged, { one: 'onleesbaar record', other: 'onleesbare records' })}`
				: ''
		]
			.filter(Boolean)
			.join(
				' en '
			)}. ${plural('nl', newer + damaged, { one: 'Het blijft', other: 'Ze blijven' })} bewaard onder Instellingen, Apart gezet.`,
	importing: 'Importeren…',
	importDone: (added, updated, unchanged) =>
		`Import klaar: ${added} nieuw, ${updated} bijgewerkt, ${unchanged} al up-to-date.`,
	importSkipped: (n) =>
		plural('nl', n, {
			one: `${n} evaluatie op dit toestel is ingevuld met een andere versie van de vragenlijst dan de geïmporteerde kopie; ze is ongewijzigd gebleven.`,
			other: `${n} evaluaties op dit toestel zijn ingevuld met een andere versie van de vragenlijst dan de geïmporteerde kopie; ze zijn ongewijzigd gebleven.`
		}),
	conflictsHeading: (n) =>
		plural('nl', n, {
			one: `${n} antwoord verschilde tussen de twee kopieën`,
			other: `${n} antwoorden verschilden tussen de twee kopieën`
		}),
	conflictsIntro:
		'Het laatst gegeven antwoord is behouden. Overloop de vervangen antwoorden met de betrokkenen.',
	conflictCompany: 'Bedrijf',
	conflictWhat: 'Antwoord',
	conflictKept: 'Behouden',
	conflictReplaced: 'Vervangen',
	conflictAnswer: (question, respondent) => `${question} (${respondent})`,
	conflictConsensus: (question) => `${question} (consensus)`,
	conflictSelfEstimate: (transformation) => `Zelfinschatting: ${transformation}`,
	conflictNote: (question) => `Notitie: ${question}`,
	conflictProfile: 'Bedrijfsprofiel',
	importFailed: (reason) =>
		`Dit bestand kon niet geïmporteerd worden: ${reason} Er is niets gewijzigd.`,
	errorTooLarge: (limit) => `het is groter dan ${limit}.`,
	errorCorrupt: 'het is beschadigd of onvolledig (misschien is de download of kopie onderbroken).',
	errorNotOurs: 'het is geen export van de Made Different-scan.',
	errorNewerFormat:
		'het is gemaakt met een nieuwere versie van deze app. Werk de app bij (herlaad ze met internet) en probeer opnieuw.',
	errorUnsafe: 'het bevat inhoud die niet toegelaten is in een exportbestand.',
	errorUnknownQuestionnaire: (version) =>
		`het gebruikt een versie van de vragenlijst die deze app niet heeft (${version}). Werk de app bij en probeer opnieuw.`,
	errorInvalidRecord: 'een evaluatie erin is ongeldig.',
	errorInvalidField: (n, field) =>
		`evaluatie ${n} erin is ongeldig: het veld “${field}” overschrijdt een limiet of een regel van het formaat.`,
	errorDuplicateId: 'het bevat dezelfde evaluatie twee keer.',
	errorRead: 'het kon niet gelezen worden.',
	exportCompany: 'Bedrijf exporteren',
	backupNever:
		'Nog geen back-up van dit toestel. Gebruik Alles exporteren om een kopie van uw evaluaties te bewaren.',
	backupOld: (date) =>
		`Uw laatste back-up dateert van ${date}. Gebruik Alles exporteren om ook het recente werk te bewaren.`,
	lastBackup: (date) => `Laatste back-up: ${date}.`,
	search: 'Zoeken',
	searchHelp: 'Bedrijfsnaam, postcode of sector',
	noMatch: 'Geen bedrijf gevonden voor deze zoekopdracht.',
	companyCount: (companies, assessments) =>
		`${companies} ${plural('nl', companies, { one: 'bedrijf', other: 'bedrijven' })}, ${assessments} ${plural('nl', assessments, { one: 'evaluatie', other: 'evaluaties' })}`,
	statusDone: 'Afgerond',
	statusInProgress: 'Bezig',
	created: (date) => `Gestart op ${date}`,
	round: (n) => `T${n}`,
	roundName: (n) =>
		n === 0
			? 'eerste evaluatie van dit bedrijf'
			: `herhaling ${n} van de evaluatie van dit bedrijf`,
	repeatOf: (date) => `Herhaling van de evaluatie gestart op ${date}`,
	overall: 'Totaalscore',
	completeness: 'Volledig',
	delete: 'Verwijderen',
	deleteTitle: (name) => `Deze evaluatie van ${name} verwijderen?`,
	deleteText:
		'Ze verdwijnt van dit toestel. U kunt ze nog 30 dagen terugzetten onder “Onlangs verwijderd”. Exporteer ze eerst als u een kopie wilt bewaren.',
	cancel: 'Annuleren',
	exportFirst: 'Eerst exporteren',
	deleted: (name) => `De evaluatie van ${name} is verwijderd.`,
	undo: 'Ongedaan maken',
	recentlyDeleted: (n) => `Onlangs verwijderd (${n})`,
	recentlyDeletedHelp:
		'Verwijderde evaluaties blijven 30 dagen op dit toestel en verdwijnen dan definitief. Een verwijdering reist mee met uw exports, zodat een oudere kopie de evaluatie niet terugbrengt.',
	deletedOn: (date) => `verwijderd op ${date}`,
	restore: 'Terugzetten',
	stayDeleted: (n) =>
		n === 1
			? '1 evaluatie uit het bestand was op dit toestel al verwijderd en blijft verwijderd.'
			: `${n} evaluaties uit het bestand waren op dit toestel al verwijderd en blijven verwijderd.`,
	deletedByImport: (n) =>
		n === 1
			? '1 evaluatie werd verwijderd op het toestel waar het bestand vandaan komt en is nu ook hier verwijderd; u kunt ze nog 30 dagen terugzetten.'
			: `${n} evaluaties werden verwijderd op het toestel waar het bestand vandaan komt en zijn nu ook hier verwijderd; u kunt ze nog 30 dagen terugzetten.`,
	restored: 'De evaluatie is terug.',
	showMore: (n) => `Nog ${n} tonen`,
	newForCompany: 'Dit bedrijf opnieuw evalueren',
	respondentName: 'Naam',
	startFromPreviousHelp:
		'De antwoorden van de laatste evaluatie verschijnen als voorstel; elk antwoord moet bevestigd worden.',
	includePhotos: (n) =>
		plural('nl', n, {
			one: 'De foto meenemen (het bestand wordt een zip)',
			other: `De ${n} foto's meenemen (het bestand wordt een zip)`
		}),
	photosAdded: (n) =>
		plural('nl', n, { one: `${n} foto toegevoegd.`, other: `${n} foto's toegevoegd.` })
};

export default nl;
