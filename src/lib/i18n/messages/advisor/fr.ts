import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const fr: Messages<typeof en> = {
	exportAll: 'Tout exporter',
	import: 'Importer',
	transferHeading: 'Sauvegarde et transfert',
	transferHelp:
		'Tout exporter enregistre toutes les évaluations de cet appareil dans un seul fichier : gardez-le comme sauvegarde ou importez-le sur un autre appareil. Importer deux fois le même fichier ne change rien.',
	exported: (n) =>
		plural('fr', n, { one: `${n} évaluation exportée.`, other: `${n} évaluations exportées.` }),
	exportedLeftOut: (newer, damaged) =>
		`Non exporté${plural('fr', newer + damaged, { one: '', other: 's' })} : ${[
			newer
				? `${newer} ${plural('fr', newer, { one: 'enregistrement créé', other: 'enregistrements créés' })} par une version plus récente de l’application`
				: '',
			damaged
				? `${damaged} ${plural('fr', damaged, { one: 'enregistrement illisible', other: 'enregistrements illisibles' })}`
				: ''
		]
			.filter(Boolean)
			.join(
				' et '
			)}. ${plural('fr', newer + damaged, { one: 'Il reste conservé', other: 'Ils restent conservés' })} dans Paramètres, Mis de côté.`,
	importing: 'Importation…',
	importDone: (added, updated, unchanged) =>
		`Importation terminée : ${added} ${plural('fr', added, { one: 'nouvelle', other: 'nouvelles' })}, ${updated} ${plural('fr', updated, { one: 'mise', other: 'mises' })} à jour, ${unchanged} déjà à jour.`,
	importSkipped: (n) =>
		plural('fr', n, {
			one: `${n} évaluation de cet appareil a été remplie avec une autre version du questionnaire que la copie importée ; elle est restée telle quelle.`,
			other: `${n} évaluations de cet appareil ont été remplies avec une autre version du questionnaire que la copie importée ; elles sont restées telles quelles.`
		}),
	conflictsHeading: (n) =>
		plural('fr', n, {
			one: `${n} réponse différait entre les deux copies`,
			other: `${n} réponses différaient entre les deux copies`
		}),
	conflictsIntro:
		'La réponse la plus récente a été conservée. Vérifiez les réponses remplacées avec les personnes concernées.',
	conflictCompany: 'Entreprise',
	conflictWhat: 'Réponse',
	conflictKept: 'Conservée',
	conflictReplaced: 'Remplacée',
	conflictAnswer: (question, respondent) => `${question} (${respondent})`,
	conflictConsensus: (question) => `${question} (consensus)`,
	conflictSelfEstimate: (transformation) => `Auto-évaluation : ${transformation}`,
	conflictNote: (question) => `Note : ${question}`,
	conflictProfile: 'Profil de l’entreprise',
	importFailed: (reason) => `Ce fichier n’a pas pu être importé : ${reason} Rien n’a été modifié.`,
	errorTooLarge: (limit) => `il dépasse ${limit}.`,
	errorCorrupt:
		'il est endommagé ou incomplet (le téléchargement ou la copie a peut-être été interrompu).',
	errorNotOurs: 'ce n’est pas un export du scan Made Different.',
	errorNewerFormat:
		'il a été créé par une version plus récente de cette application. Mettez l’application à jour (rechargez-la en ligne) et réessayez.',
	errorUnsafe: 'il contient des éléments qui ne sont pas admis dans un fichier d’export.',
	errorUnknownQuestionnaire: (version) =>
		`il utilise une version du questionnaire que cette application ne connaît pas (${version}). Mettez l’application à jour et réessayez.`,
	errorInvalidRecord: 'une des évaluations qu’il contient n’est pas valide.',
	errorInvalidField: (n, field) =>
		`l’évaluation ${n} qu’il contient n’est pas valide : le champ «\u00a0${field}\u00a0» dépasse une limite ou enfreint une règle du format.`,
	errorDuplicateId: 'il contient deux fois la même évaluation.',
	errorRead: 'il n’a pas pu être lu.',
	exportCompany: 'Exporter l’entreprise',
	backupNever:
		'Aucune sauvegarde de cet appareil pour l’instant. Utilisez Tout exporter pour garder une copie de vos évaluations.',
	backupOld: (date) =>
		`Votre dernière sauvegarde date du ${date}. Utilisez Tout exporter pour garder aussi le travail récent.`,
	lastBackup: (date) => `Dernière sauvegarde : ${date}.`,
	search: 'Rechercher',
	searchHelp: 'Nom de l’entreprise, code postal ou secteur',
	noMatch: 'Aucune entreprise ne correspond à votre recherche.',
	companyCount: (companies, assessments) =>
		`${companies} ${plural('fr', companies, { one: 'entreprise', other: 'entreprises' })}, ${assessments} ${plural('fr', assessments, { one: 'évaluation', other: 'évaluations' })}`,
	statusDone: 'Terminée',
	statusInProgress: 'En cours',
	created: (date) => `Commencée le ${date}`,
	round: (n) => `T${n}`,
	roundName: (n) =>
		n === 0
			? 'première évaluation de cette entreprise'
			: `${n === 1 ? '1re' : `${n}e`} réévaluation de cette entreprise`,
	repeatOf: (date) => `Réévaluation après l’évaluation commencée le ${date}`,
	overall: 'Score global',
	completeness: 'Complétée à',
	delete: 'Supprimer',
	deleteTitle: (name) => `Supprimer cette évaluation de ${name} ?`,
	deleteText:
		'Elle disparaît de cet appareil. Pendant 30 jours, vous pouvez la restaurer sous «\u00a0Supprimées récemment\u00a0». Exportez-la d’abord si vous voulez en garder une copie.',
	cancel: 'Annuler',
	exportFirst: 'Exporter d’abord',
	deleted: (name) => `L’évaluation de ${name} a été supprimée.`,
	undo: 'Annuler la suppression',
	recentlyDeleted: (n) => `Supprimées récemment (${n})`,
	recentlyDeletedHelp:
		'Les évaluations supprimées restent 30 jours sur cet appareil, puis disparaissent définitivement. Une suppression voyage avec vos exports : une copie plus ancienne ne ramène pas l’évaluation.',
	deletedOn: (date) => `supprimée le ${date}`,
	restore: 'Restaurer',
	stayDeleted: (n) =>
		n < 2
			? `${n} évaluation du fichier avait déjà été supprimée sur cet appareil ; elle reste supprimée.`
			: `${n} évaluations du fichier avaient déjà été supprimées sur cet appareil ; elles restent supprimées.`,
	deletedByImport: (n) =>
		n < 2
			? `${n} évaluation a été supprimée sur l’appareil d’où vient le fichier ; elle l’est maintenant ici aussi et reste restaurable pendant 30 jours.`
			: `${n} évaluations ont été supprimées sur l’appareil d’où vient le fichier ; elles le sont maintenant ici aussi et restent restaurables pendant 30 jours.`,
	restored: 'L’évaluation est de retour.',
	showMore: (n) => `Afficher ${n} de plus`,
	newForCompany: 'Réévaluer cette entreprise',
	respondentName: 'Nom',
	startFromPreviousHelp:
		'Les réponses de la dernière évaluation apparaissent comme propositions ; chacune doit être confirmée.',
	includePhotos: (n) =>
		plural('fr', n, {
			// French counts 0 as singular: its own words for none.
			one: n === 1 ? 'Inclure la photo (le fichier devient un zip)' : 'Aucune photo à inclure',
			other: `Inclure les ${n} photos (le fichier devient un zip)`
		}),
	photosAdded: (n) =>
		plural('fr', n, { one: `${n} photo ajoutée.`, other: `${n} photos ajoutées.` })
};

export default fr;
