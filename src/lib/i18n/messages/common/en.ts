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
