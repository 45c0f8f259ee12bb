const en = {
	heading: 'Action plan',
	headingFor: (company: string) => `Action plan for ${company}`,
	intro:
		'A proposal from your largest gaps, weighted by how much each transformation matters to you. Change anything: every change is saved on this device as you go.',
	backToResults: 'Back to the results',
	importanceLegend: 'How much does each transformation matter to you?',
	importanceHelp: 'Priorities are ranked by gap to target × importance.',
	importanceLevel: (level: number) => (level === 1 ? 'Low' : level === 3 ? 'High' : 'Normal'),
	scoreLine: (score: string, target: string) => `Score ${score}, target ${target}`,
	notAssessed: 'not assessed',
	editedNote:
		'You have edited the plan, so it no longer follows the importance. “Propose again” starts over from the gaps and the importance; your ambition is kept.',
	proposeAgain: 'Propose again',
	proposeAgainConfirm: 'Replace your priorities and actions with a new proposal?',
	confirmReplace: 'Yes, propose again',
	cancel: 'Cancel',
	ambitionLabel: 'Our ambition',
	ambitionHelp: 'One or two sentences from top management: where do you want to be, and by when?',
	prioritiesHeading: 'Priorities',
	noPriorities: 'No priorities yet. Add one below.',
	priorityHeading: (n: number, name: string) => `Priority ${n}: ${name}`,
	priorityFacts: (score: string, target: string, gap: string) =>
		`Score ${score} · target ${target} · gap ${gap}`,
	moveUp: 'Move up',
	moveDown: 'Move down',
	removePriority: 'Remove priority',
	actionLegend: (n: string) => `Action ${n}`,
	actionText: 'What to do',
	owner: 'Owner',
	dueDate: 'Target date',
	orderConflict: (n: string, date: string) =>
		`Due before action ${n} (target date ${date}), which has to be done first.`,
	actionRemoved: (n: string) => `Action ${n} removed.`,
	priorityRemoved: (name: string) => `Priority “${name}” removed, with its actions.`,
	undo: 'Undo',
	removeAction: 'Remove action',
	addAction: 'Add an action',
	noActions: 'No actions yet.',
	support: 'Support that fits',
	addPriorityLabel: 'Add a transformation as a priority',
	addPriority: 'Add priority',
	downloadHeading: 'Your report',
	downloadHelp:
		'The PDF holds the results, this plan with its cost and support, and the next step, for your board. It is made on this device: nothing is sent anywhere.',
	reportLanguage: 'Report language',
	reportLanguageHelp:
		'The report and its file name are in this language; actions you wrote yourself stay as you wrote them.',
	progress: (stage: 'loading' | 'layout' | 'drawing' | 'saving', percent: number) =>
		({
			loading: 'Loading the report engine…',
			layout: 'Laying out the report…',
			drawing: `Drawing the pages… ${percent}%`,
			saving: 'Saving the file…'
		})[stage],
	downloadPdf: 'Download PDF',
	building: 'Building the PDF…',
	built: (file: string) => `Ready: ${file}`,
	buildFailed: (reason: string) => `The PDF could not be made: ${reason}`,
	languageName: (code: string) =>
		({ nl: 'Dutch', fr: 'French', en: 'English', de: 'German' })[code] ?? code
};

export default en;
