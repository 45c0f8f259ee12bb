import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const de: Messages<typeof en> = {
	exportAll: 'Alles exportieren',
	import: 'Importieren',
	transferHeading: 'Sicherung und Übertragung',
	transferHelp:
		'Alles exportieren speichert alle Bewertungen dieses Geräts in einer Datei: Bewahren Sie sie als Sicherung auf oder importieren Sie sie auf einem anderen Gerät. Dieselbe Datei zweimal zu importieren ändert nichts.',
	exported: (n) =>
		plural('de', n, { one: `${n} Bewertung exportiert.`, other: `${n} Bewertungen exportiert.` }),
	exportedLeftOut: (newer, damaged) =>
		`Nicht exportiert: ${[
			newer
				? `${newer} ${plural('de', newer, { one: 'Datensatz', other: 'Datensätze' })} aus einer neueren Version der App`
				: '',
			damaged
				? `${damaged} ${plural('de', damaged, { one: 'unlesbarer Datensatz', other: 'unlesbare Datensätze' })}`
				: ''
		]
			.filter(Boolean)
			.join(
				' und '
			)}. ${plural('de', newer + damaged, { one: 'Er bleibt', other: 'Sie bleiben' })} unter Einstellungen, Zurückgestellt, erhalten.`,
	importing: 'Import läuft…',
	importDone: (added, updated, unchanged) =>
		`Import abgeschlossen: ${added} neu, ${updated} aktualisiert, ${unchanged} bereits aktuell.`,
	importSkipped: (n) =>
		plural('de', n, {
			one: `${n} Bewertung auf diesem Gerät wurde mit einer anderen Fragebogenversion ausgefüllt als die importierte Kopie; sie blieb unverändert.`,
			other: `${n} Bewertungen auf diesem Gerät wurden mit einer anderen Fragebogenversion ausgefüllt als die importierte Kopie; sie blieben unverändert.`
		}),
	conflictsHeading: (n) =>
		plural('de', n, {
			one: `${n} Antwort unterschied sich zwischen den beiden Kopien`,
			other: `${n} Antworten unterschieden sich zwischen den beiden Kopien`
		}),
	conflictsIntro:
		'Die spätere Antwort wurde behalten. Prüfen Sie die ersetzten Antworten mit den Beteiligten.',
	conflictCompany: 'Unternehmen',
	conflictWhat: 'Antwort',
	conflictKept: 'Behalten',
	conflictReplaced: 'Ersetzt',
	conflictAnswer: (question, respondent) => `${question} (${respondent})`,
	conflictConsensus: (question) => `${question} (Konsens)`,
	conflictSelfEstimate: (transformation) => `Selbsteinschätzung: ${transformation}`,
	conflictNote: (question) => `Notiz: ${question}`,
	conflictProfile: 'Unternehmensprofil',
	importFailed: (reason) =>
		`Diese Datei konnte nicht importiert werden: ${reason} Es wurde nichts geändert.`,
	errorTooLarge: (limit) => `sie ist größer als ${limit}.`,
	errorCorrupt:
		'sie ist beschädigt oder unvollständig (vielleicht wurde der Download oder die Kopie abgebrochen).',
	errorNotOurs: 'sie ist kein Export des Made-Different-Scans.',
	errorNewerFormat:
		'sie wurde mit einer neueren Version dieser App erstellt. Aktualisieren Sie die App (online neu laden) und versuchen Sie es erneut.',
	errorUnsafe: 'sie enthält Inhalte, die in einer Exportdatei nicht zulässig sind.',
	errorUnknownQuestionnaire: (version) =>
		`sie verwendet eine Fragebogenversion, die diese App nicht kennt (${version}). Aktualisieren Sie die App und versuchen Sie es erneut.`,
	errorInvalidRecord: 'eine der enthaltenen Bewertungen ist ungültig.',
	errorInvalidField: (n, field) =>
		`Bewertung ${n} darin ist ungültig: Das Feld „${field}“ überschreitet eine Grenze oder verletzt eine Regel des Formats.`,
	errorDuplicateId: 'sie enthält dieselbe Bewertung zweimal.',
	errorRead: 'sie konnte nicht gelesen werden.',
	exportCompany: 'Unternehmen exportieren',
	backupNever:
		'Noch keine Sicherung dieses Geräts. Mit Alles exportieren behalten Sie eine Kopie Ihrer Bewertungen.',
	backupOld: (date) =>
		`Ihre letzte Sicherung stammt vom ${date}. Mit Alles exportieren sichern Sie auch die jüngste Arbeit.`,
	lastBackup: (date) => `Letzte Sicherung: ${date}.`,
	search: 'Suchen',
	searchHelp: 'Unternehmensname, Postleitzahl oder Branche',
	noMatch: 'Kein Unternehmen entspricht Ihrer Suche.',
	companyCount: (companies, assessments) =>
		`${companies} ${plural('de', companies, { one: 'Unternehmen', other: 'Unternehmen' })}, ${assessments} ${plural('de', assessments, { one: 'Bewertung', other: 'Bewertungen' })}`,
	statusDone: 'Abgeschlossen',
	statusInProgress: 'In Bearbeitung',
	created: (date) => `Begonnen am ${date}`,
	round: (n) => `T${n}`,
	roundName: (n) =>
		n === 0
			? 'erste Bewertung dieses Unternehmens'
			: `${n}. Wiederholung der Bewertung dieses Unternehmens`,
	repeatOf: (date) => `Wiederholung der Bewertung, begonnen am ${date}`,
	overall: 'Gesamtwert',
	completeness: 'Vollständig',
	delete: 'Löschen',
	deleteTitle: (name) => `Diese Bewertung von ${name} löschen?`,
	deleteText:
		'Sie wird von diesem Gerät entfernt. 30 Tage lang können Sie sie unter „Kürzlich gelöscht“ wiederherstellen. Exportieren Sie sie vorher, wenn Sie eine Kopie behalten möchten.',
	cancel: 'Abbrechen',
	exportFirst: 'Zuerst exportieren',
	deleted: (name) => `Die Bewertung von ${name} wurde gelöscht.`,
	undo: 'Rückgängig',
	recentlyDeleted: (n) => `Kürzlich gelöscht (${n})`,
	recentlyDeletedHelp:
		'Gelöschte Bewertungen bleiben 30 Tage auf diesem Gerät und werden dann endgültig entfernt. Eine Löschung wird mit Ihren Exporten weitergegeben, damit eine ältere Kopie die Bewertung nicht zurückbringt.',
	deletedOn: (date) => `gelöscht am ${date}`,
	restore: 'Wiederherstellen',
	stayDeleted: (n) =>
		n === 1
			? '1 Bewertung aus der Datei wurde auf diesem Gerät bereits gelöscht und bleibt gelöscht.'
			: `${n} Bewertungen aus der Datei wurden auf diesem Gerät bereits gelöscht und bleiben gelöscht.`,
	deletedByImport: (n) =>
		n === 1
			? '1 Bewertung wurde auf dem Gerät gelöscht, von dem die Datei stammt, und ist jetzt auch hier gelöscht; Sie können sie 30 Tage lang wiederherstellen.'
			: `${n} Bewertungen wurden auf dem Gerät gelöscht, von dem die Datei stammt, und sind jetzt auch hier gelöscht; Sie können sie 30 Tage lang wiederherstellen.`,
	restored: 'Die Bewertung ist wieder da.',
	showMore: (n) => `${n} weitere anzeigen`,
	newForCompany: 'Dieses Unternehmen erneut bewerten',
	respondentName: 'Name',
	startFromPreviousHelp:
		'Die Antworten der letzten Bewertung erscheinen als Vorschläge; jede muss bestätigt werden.',
	includePhotos: (n) =>
		plural('de', n, {
			one: 'Das Foto einschließen (die Datei wird ein Zip)',
			other: `Die ${n} Fotos einschließen (die Datei wird ein Zip)`
		}),
	photosAdded: (n) =>
		plural('de', n, { one: `${n} Foto hinzugefügt.`, other: `${n} Fotos hinzugefügt.` })
};

export default de;
