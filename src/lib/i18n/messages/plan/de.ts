import type { Messages } from '../../catalog';
import type en from './en';

const de: Messages<typeof en> = {
	heading: 'Aktionsplan',
	headingFor: (company) => `Aktionsplan für ${company}`,
	intro:
		'Ein Vorschlag aus Ihren größten Abständen, gewichtet danach, wie wichtig Ihnen jede Transformation ist. Ändern Sie, was Sie möchten: Jede Änderung wird sofort auf diesem Gerät gespeichert.',
	backToResults: 'Zurück zu den Ergebnissen',
	importanceLegend: 'Wie wichtig ist Ihnen jede Transformation?',
	importanceHelp: 'Die Prioritäten werden nach Abstand zum Ziel × Bedeutung gereiht.',
	importanceLevel: (level) => (level === 1 ? 'Gering' : level === 3 ? 'Hoch' : 'Normal'),
	scoreLine: (score, target) => `Wert ${score}, Ziel ${target}`,
	notAssessed: 'nicht bewertet',
	editedNote:
		'Sie haben den Plan bearbeitet, daher folgt er der Bedeutung nicht mehr. „Neu vorschlagen“ beginnt wieder bei den Abständen und der Bedeutung; Ihr Ziel bleibt erhalten.',
	proposeAgain: 'Neu vorschlagen',
	proposeAgainConfirm: 'Ihre Prioritäten und Maßnahmen durch einen neuen Vorschlag ersetzen?',
	confirmReplace: 'Ja, neu vorschlagen',
	cancel: 'Abbrechen',
	ambitionLabel: 'Unser Ziel',
	ambitionHelp: 'Ein oder zwei Sätze der Geschäftsleitung: Wo wollen Sie stehen, und bis wann?',
	prioritiesHeading: 'Prioritäten',
	noPriorities: 'Noch keine Prioritäten. Fügen Sie unten eine hinzu.',
	priorityHeading: (n, name) => `Priorität ${n}: ${name}`,
	priorityFacts: (score, target, gap) => `Wert ${score} · Ziel ${target} · Abstand ${gap}`,
	moveUp: 'Nach oben',
	moveDown: 'Nach unten',
	removePriority: 'Priorität entfernen',
	actionLegend: (n) => `Maßnahme ${n}`,
	actionText: 'Was zu tun ist',
	owner: 'Verantwortlich',
	dueDate: 'Zieltermin',
	orderConflict: (n, date) =>
		`Fällig vor Maßnahme ${n} (Zieltermin ${date}), die zuerst erledigt sein muss.`,
	actionRemoved: (n) => `Maßnahme ${n} entfernt.`,
	priorityRemoved: (name) => `Priorität „${name}“ mit ihren Maßnahmen entfernt.`,
	undo: 'Rückgängig machen',
	removeAction: 'Maßnahme entfernen',
	addAction: 'Maßnahme hinzufügen',
	noActions: 'Noch keine Maßnahmen.',
	support: 'Passende Förderung',
	addPriorityLabel: 'Eine Transformation als Priorität hinzufügen',
	addPriority: 'Priorität hinzufügen',
	downloadHeading: 'Ihr Bericht',
	downloadHelp:
		'Das PDF enthält die Ergebnisse, diesen Plan mit Kosten und Förderung und den nächsten Schritt, für Ihre Geschäftsleitung. Es wird auf diesem Gerät erstellt: nichts wird gesendet.',
	reportLanguage: 'Sprache des Berichts',
	reportLanguageHelp:
		'Der Bericht und sein Dateiname sind in dieser Sprache; Maßnahmen, die Sie selbst geschrieben haben, bleiben, wie Sie sie geschrieben haben.',
	progress: (stage, percent) =>
		({
			loading: 'Berichtsmodul wird geladen…',
			layout: 'Bericht wird gesetzt…',
			drawing: `Seiten werden gezeichnet… ${percent}\u00a0%`,
			saving: 'Datei wird gespeichert…'
		})[stage],
	downloadPdf: 'PDF herunterladen',
	building: 'PDF wird erstellt…',
	built: (file) => `Fertig: ${file}`,
	buildFailed: (reason) => `Das PDF konnte nicht erstellt werden: ${reason}`,
	languageName: (code) =>
		({ nl: 'Niederländisch', fr: 'Französisch', en: 'Englisch', de: 'Deutsch' })[code] ?? code
};

export default de;
