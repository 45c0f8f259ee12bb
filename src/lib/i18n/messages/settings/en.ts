import { plural } from '../../plural';
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
	setAsideHeading: 'Set aside',
	setAsideIntro:
		'Records this version of the app cannot open or score. They are kept exactly as stored: export them to keep a copy or to open them in a newer version, or try again after an update.',
	setAsideNone: 'Nothing is set aside on this device.',
	setAsideCount: (n: number) =>
		plural('en', n, { one: `${n} record is set aside.`, other: `${n} records are set aside.` }),
	setAsideNewer: 'Made by a newer version of the app.',
	setAsideDamaged: 'Cannot be read by this version of the app.',
	setAsideMissing: (questionnaire: string) =>
		`Answered with questionnaire ${questionnaire}, which this version of the app does not have: its answers are kept but cannot be shown.`,
	setAsideSince: (date: string) => `Set aside on ${date}.`,
	setAsideDetails: 'Technical details',
	setAsideExportOne: 'Export as stored',
	setAsideExportAll: (n: number) => plural('en', n, { one: 'Export it', other: `Export all ${n}` }),
	setAsideRetry: 'Try again',
	setAsideExported: (n: number) =>
		plural('en', n, {
			one: `Exported ${n} record as stored.`,
			other: `Exported ${n} records as stored.`
		}),
	setAsideRetried: (restored: number, remaining: number) =>
		`${restored === 1 ? '1 record is' : `${restored} records are`} back; ${remaining === 1 ? '1 is' : `${remaining} are`} still set aside.`,
	versionHeading: 'Version',
	questionnaireVersion: (title: string, version: number, questions: number) =>
		`${title}, version ${version} (${questions} questions)`
};

export default en;
