import { plural } from '../../plural';
// Advisors on site visits (issue 6): portfolio, transfer, several respondents, history, notes.

const en = {
	// Transfer
	exportAll: 'Export all',
	import: 'Import',
	transferHeading: 'Backup and transfer',
	transferHelp:
		'Export all saves every assessment on this device in one file: keep it as a backup, or import it on another device. Importing the same file twice changes nothing.',
	exported: (n: number) =>
		plural('en', n, { one: `Exported ${n} assessment.`, other: `Exported ${n} assessments.` }),
	exportedLeftOut: (newer: number, damaged: number) =>
		`Left out: ${[
			newer
				? `${newer} ${plural('en', newer, { one: 'record', other: 'records' })} made by a newer version of the app`
				: '',
			damaged
				? `${damaged} ${plural('en', damaged, { one: 'record that cannot', other: 'records that cannot' })} be read`
				: ''
		]
			.filter(Boolean)
			.join(
				' and '
			)}. ${plural('en', newer + damaged, { one: 'It is', other: 'They are' })} kept under Settings, Set aside.`,
	importing: 'Importing…',
	importDone: (added: number, updated: number, unchanged: number) =>
		`Import finished: ${added} new, ${updated} updated, ${unchanged} already up to date.`,
	importSkipped: (n: number) =>
		plural('en', n, {
			one: `${n} assessment on this device was answered with another questionnaire version than the imported copy; it was left as it is.`,
			other: `${n} assessments on this device were answered with another questionnaire version than the imported copy; they were left as they are.`
		}),
	conflictsHeading: (n: number) =>
		plural('en', n, {
			one: `${n} answer differed between the two copies`,
			other: `${n} answers differed between the two copies`
		}),
	conflictsIntro: 'The later answer was kept. Check the replaced ones with the people concerned.',
	conflictCompany: 'Company',
	conflictWhat: 'Answer',
	conflictKept: 'Kept',
	conflictReplaced: 'Replaced',
	conflictAnswer: (question: string, respondent: string) => `${question} (${respondent})`,
	conflictConsensus: (question: string) => `${question} (consensus)`,
	conflictSelfEstimate: (transformation: string) => `Self-estimate: ${transformation}`,
	conflictNote: (question: string) => `Note: ${question}`,
	conflictProfile: 'Company profile',
	importFailed: (reason: string) =>
		`This file could not be imported: ${reason} Nothing was changed.`,
	errorTooLarge: (limit: string) => `it is larger than ${limit}.`,
	errorCorrupt: 'it is damaged or incomplete (perhaps the download or copy was cut off).',
	errorNotOurs: 'it is not an export of the Made Different scan.',
	errorNewerFormat:
		'it was made by a newer version of this app. Update the app (reload it while online) and try again.',
	errorUnsafe: 'it contains content that is not allowed in an export file.',
	errorUnknownQuestionnaire: (version: string) =>
		`it uses a questionnaire version this app does not have (${version}). Update the app and try again.`,
	errorInvalidRecord: 'an assessment in it is not valid.',
	errorInvalidField: (n: number, field: string) =>
		`assessment ${n} in it is not valid: the field “${field}” breaks a limit or a rule of the format.`,
	errorDuplicateId: 'it contains the same assessment twice.',
	errorRead: 'it could not be read.',
	exportCompany: 'Export company',
	backupNever: 'No backup of this device yet. Use Export all to keep a copy of your assessments.',
	backupOld: (date: string) =>
		`Your last backup is from ${date}. Use Export all to keep a copy of recent work.`,
	lastBackup: (date: string) => `Last backup: ${date}.`,
	search: 'Search',
	searchHelp: 'Company name, postcode or sector',
	noMatch: 'No company matches your search.',
	companyCount: (companies: number, assessments: number) =>
		`${companies} ${plural('en', companies, { one: 'company', other: 'companies' })}, ${assessments} ${plural('en', assessments, { one: 'assessment', other: 'assessments' })}`,
	statusDone: 'Completed',
	statusInProgress: 'In progress',
	created: (date: string) => `Started ${date}`,
	round: (n: number) => `T${n}`,
	roundName: (n: number) =>
		n === 0 ? 'first assessment of this company' : `repeat ${n} of this company’s assessment`,
	repeatOf: (date: string) => `Repeat of the assessment started ${date}`,
	overall: 'Overall score',
	completeness: 'Complete',
	delete: 'Delete',
	deleteTitle: (name: string) => `Delete this assessment of ${name}?`,
	deleteText:
		'It is removed from this device. For 30 days you can restore it under “Recently deleted”. Export it first if you want to keep a copy.',
	cancel: 'Cancel',
	exportFirst: 'Export first',
	deleted: (name: string) => `The assessment of ${name} was deleted.`,
	undo: 'Undo',
	recentlyDeleted: (n: number) => `Recently deleted (${n})`,
	recentlyDeletedHelp:
		'Deleted assessments are kept on this device for 30 days, then removed for good. A deletion travels with your exports, so an older copy does not bring the assessment back.',
	deletedOn: (date: string) => `deleted ${date}`,
	restore: 'Restore',
	stayDeleted: (n: number) =>
		n === 1
			? '1 assessment in the file was deleted on this device earlier and stays deleted.'
			: `${n} assessments in the file were deleted on this device earlier and stay deleted.`,
	deletedByImport: (n: number) =>
		n === 1
			? '1 assessment was deleted on the device the file comes from and is now deleted here too; you can restore it for 30 days.'
			: `${n} assessments were deleted on the device the file comes from and are now deleted here too; you can restore them for 30 days.`,
	restored: 'The assessment is back.',
	showMore: (n: number) => `Show ${n} more`,
	newForCompany: 'Assess this company again',
	respondentName: 'Name',
	startFromPreviousHelp:
		'The answers of the latest assessment are shown as suggestions; each must be confirmed.',
	// Photos
	includePhotos: (n: number) =>
		plural('en', n, {
			one: 'Include the photo (the file becomes a zip)',
			other: `Include the ${n} photos (the file becomes a zip)`
		}),
	photosAdded: (n: number) =>
		plural('en', n, { one: `${n} photo added.`, other: `${n} photos added.` })
};

export default en;
