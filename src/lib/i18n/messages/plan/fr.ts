import type { Messages } from '../../catalog';
import type en from './en';

const fr: Messages<typeof en> = {
	heading: 'Plan d’action',
	headingFor: (company) => `Plan d’action pour ${company}`,
	intro:
		'Une proposition tirée de vos plus grands écarts, pondérés selon l’importance de chaque transformation pour vous. Modifiez ce que vous voulez : chaque changement est enregistré sur cet appareil au fur et à mesure.',
	backToResults: 'Retour aux résultats',
	importanceLegend: 'Quelle importance a chaque transformation pour vous ?',
	importanceHelp: 'Les priorités sont classées selon écart par rapport à l’objectif × importance.',
	importanceLevel: (level) => (level === 1 ? 'Faible' : level === 3 ? 'Élevée' : 'Normale'),
	scoreLine: (score, target) => `Score ${score}, objectif ${target}`,
	notAssessed: 'non évaluée',
	editedNote:
		'Vous avez modifié le plan : il ne suit donc plus l’importance. «\u00a0Proposer à nouveau\u00a0» repart des écarts et de l’importance ; votre ambition est conservée.',
	proposeAgain: 'Proposer à nouveau',
	proposeAgainConfirm: 'Remplacer vos priorités et vos actions par une nouvelle proposition ?',
	confirmReplace: 'Oui, proposer à nouveau',
	cancel: 'Annuler',
	ambitionLabel: 'Notre ambition',
	ambitionHelp: 'Une ou deux phrases de la direction : où voulez-vous en être, et pour quand ?',
	prioritiesHeading: 'Priorités',
	noPriorities: 'Pas encore de priorités. Ajoutez-en une ci-dessous.',
	priorityHeading: (n, name) => `Priorité ${n} : ${name}`,
	priorityFacts: (score, target, gap) => `Score ${score} · objectif ${target} · écart ${gap}`,
	moveUp: 'Monter',
	moveDown: 'Descendre',
	removePriority: 'Retirer la priorité',
	actionLegend: (n) => `Action ${n}`,
	actionText: 'Que faire',
	owner: 'Responsable',
	dueDate: 'Date cible',
	orderConflict: (n, date) =>
		`Prévue avant l’action ${n} (date cible : ${date}), qui doit être réalisée d’abord.`,
	actionRemoved: (n) => `Action ${n} retirée.`,
	priorityRemoved: (name) => `Priorité «\u00a0${name}\u00a0» retirée, avec ses actions.`,
	undo: 'Annuler',
	removeAction: 'Retirer l’action',
	addAction: 'Ajouter une action',
	noActions: 'Pas encore d’actions.',
	support: 'Aides adaptées',
	addPriorityLabel: 'Ajouter une transformation comme priorité',
	addPriority: 'Ajouter la priorité',
	downloadHeading: 'Votre rapport',
	downloadHelp:
		'Le PDF reprend les résultats, ce plan avec ses coûts et ses aides, et la prochaine étape, pour votre direction. Il est créé sur cet appareil : rien n’est envoyé.',
	reportLanguage: 'Langue du rapport',
	reportLanguageHelp:
		'Le rapport et le nom du fichier sont dans cette langue ; les actions que vous avez rédigées restent telles quelles.',
	progress: (stage, percent) =>
		({
			loading: 'Chargement du module de rapport…',
			layout: 'Mise en page du rapport…',
			drawing: `Dessin des pages… ${percent}\u00a0%`,
			saving: 'Enregistrement du fichier…'
		})[stage],
	downloadPdf: 'Télécharger le PDF',
	building: 'Création du PDF…',
	built: (file) => `Prêt : ${file}`,
	buildFailed: (reason) => `Le PDF n’a pas pu être créé : ${reason}`,
	languageName: (code) =>
		({ nl: 'néerlandais', fr: 'français', en: 'anglais', de: 'allemand' })[code] ?? code
};

export default fr;
