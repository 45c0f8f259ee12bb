import { plural } from '../../plural';
const en = {
	appName: 'Made Different scan',
	tagline: 'Where does your factory stand on the road to Factory of the Future?',
	/** A label before what it introduces: "Support that fits:" (French: "Aides adaptées :"). */
	labelColon: (label: string) => `${label}:`,
	skipToContent: 'Skip to content',
	home: 'Start',
	settings: 'Settings',
	catalogue: 'Support instruments',
	language: 'Language',
	loading: 'Loading…',
	saving: 'Saving…',
	saved: 'Saved on this device',
	notSaved: 'Not saved yet',
	saveFailed: (reason: string) =>
		`Your last change could not be saved: ${reason}. Keep this page open and try again.`,
	retry: 'Try again',
	notFound: 'This assessment is not on this device.',
	notFoundHelp:
		'Assessments are stored only in the browser where they were made. Import an export file to bring one here.',
	cannotOpen: 'This assessment cannot be opened here.',
	cannotOpenNewer:
		'It was saved by a newer version of the app. Reload this page while online to get that version; the assessment stays on this device as it is.',
	cannotOpenDamaged:
		'It is damaged: this version of the app cannot read it. It stays on this device exactly as stored; under Settings, “Set aside”, you can export it as a file for support.',
	cannotOpenMissing: (questionnaire: string) =>
		`It was answered with questionnaire ${questionnaire}, which this version of the app does not have. Its answers are kept. Reload this page while online to get the newest version.`,
	cannotOpenStorage:
		'The browser’s storage or the app’s files did not answer. Reload the page to try again; nothing was changed.',
	openSettings: 'Go to Settings',
	reload: 'Reload the page',
	technicalDetails: 'Technical details',
	backHome: 'Back to the start page',
	privacyNote: 'Everything stays on this device. Nothing is sent anywhere.',
	offlineReady: 'Works offline',
	unreadable: (n: number) =>
		plural('en', n, {
			one: `${n} stored record could not be opened by this version of the app and was set aside: see Settings, Set aside.`,
			other: `${n} stored records could not be opened by this version of the app and were set aside: see Settings, Set aside.`
		}),
	close: 'Close'
};

export default en;
