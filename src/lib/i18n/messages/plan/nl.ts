import type { Messages } from '../../catalog';
import type en from './en';

const nl: Messages<typeof en> = {
	heading: 'Actieplan',
	headingFor: (company) => `Actieplan voor ${company}`,
	intro:
		'Een voorstel op basis van uw grootste kloven, gewogen met hoe belangrijk elke transformatie voor u is. Pas alles aan: elke wijziging wordt meteen op dit toestel bewaard.',
	backToResults: 'Terug naar de resultaten',
	importanceLegend: 'Hoe belangrijk is elke transformatie voor u?',
	importanceHelp: 'Prioriteiten worden gerangschikt volgens kloof met het doel × belang.',
	importanceLevel: (level) => (level === 1 ? 'Laag' : level === 3 ? 'Hoog' : 'Normaal'),
	scoreLine: (score, target) => `Score ${score}, doel ${target}`,
	notAssessed: 'niet geëvalueerd',
	editedNote:
		'U hebt het plan aangepast, dus het volgt het belang niet meer. “Opnieuw voorstellen” begint opnieuw vanaf de kloven en het belang; uw ambitie blijft behouden.',
	proposeAgain: 'Opnieuw voorstellen',
	proposeAgainConfirm: 'Uw prioriteiten en acties vervangen door een nieuw voorstel?',
	confirmReplace: 'Ja, opnieuw voorstellen',
	cancel: 'Annuleren',
	ambitionLabel: 'Onze ambitie',
	ambitionHelp: 'Eén of twee zinnen van de bedrijfsleiding: waar wilt u staan, en tegen wanneer?',
	prioritiesHeading: 'Prioriteiten',
	noPriorities: 'Nog geen prioriteiten. Voeg er hieronder een toe.',
	priorityHeading: (n, name) => `Prioriteit ${n}: ${name}`,
	priorityFacts: (score, target, gap) => `Score ${score} · doel ${target} · kloof ${gap}`,
	moveUp: 'Omhoog',
	moveDown: 'Omlaag',
	removePriority: 'Prioriteit verwijderen',
	actionLegend: (n) => `Actie ${n}`,
	actionText: 'Wat te doen',
	owner: 'Trekker',
	dueDate: 'Streefdatum',
	orderConflict: (n, date) =>
		`Gepland vóór actie ${n} (streefdatum ${date}), die eerst moet gebeuren.`,
	actionRemoved: (n) => `Actie ${n} verwijderd.`,
	priorityRemoved: (name) => `Prioriteit “${name}” verwijderd, met haar acties.`,
	undo: 'Ongedaan maken',
	removeAction: 'Actie verwijderen',
	addAction: 'Actie toevoegen',
	noActions: 'Nog geen acties.',
	support: 'Passende steun',
	addPriorityLabel: 'Een transformatie als prioriteit toevoegen',
	addPriority: 'Prioriteit toevoegen',
	downloadHeading: 'Uw rapport',
	downloadHelp:
		'De pdf bevat de resultaten, dit plan met zijn kosten en steun, en de volgende stap, voor uw directie. Hij wordt op dit toestel gemaakt: er wordt niets verstuurd.',
	reportLanguage: 'Taal van het rapport',
	reportLanguageHelp:
		'Het rapport en de bestandsnaam zijn in deze taal; acties die u zelf schreef, blijven zoals u ze schreef.',
	progress: (stage, percent) =>
		({
			loading: 'Rapportmodule wordt geladen…',
			layout: 'Rapport wordt opgemaakt…',
			drawing: `Pagina’s worden getekend… ${percent}%`,
			saving: 'Bestand wordt bewaard…'
		})[stage],
	downloadPdf: 'Pdf downloaden',
	building: 'Pdf wordt gemaakt…',
	built: (file) => `Klaar: ${file}`,
	buildFailed: (reason) => `De pdf kon niet gemaakt worden: ${reason}`,
	languageName: (code) =>
		({ nl: 'Nederlands', fr: 'Frans', en: 'Engels', de: 'Duits' })[code] ?? code
};

export default nl;
