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
	versionHeading: 'Version',
	questionnaireVersion: (title: string, version: number, questions: number) =>
		`${title}, version ${version} (${questions} questions)`
};

export default en;
