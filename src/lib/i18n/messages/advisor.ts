import type { Catalog } from '../catalog';

// Advisors on site visits (issue 6): portfolio, transfer, several respondents, history, notes.
const en = {
	// Transfer
	exportAll: 'Export all',
	import: 'Import',
	transferHeading: 'Backup and transfer',
	transferHelp:
		'Export all saves every assessment on this device in one file: keep it as a backup, or import it on another device. Importing the same file twice changes nothing.',
	exported: (n: number) => (n === 1 ? 'Exported 1 assessment.' : `Exported ${n} assessments.`),
	importing: 'Importing…',
	importDone: (added: number, updated: number, unchanged: number) =>
		`Import finished: ${added} new, ${updated} updated, ${unchanged} already up to date.`,
	importSkipped: (n: number) =>
		`${n} assessment(s) on this device were answered with another questionnaire version than the imported copy; they were left as they are.`,
	conflictsHeading: (n: number) =>
		n === 1
			? '1 answer differed between the two copies'
			: `${n} answers differed between the two copies`,
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
	errorDuplicateId: 'it contains the same assessment twice.',
	errorRead: 'it could not be read.',
	exportCompany: 'Export company',
	exportAssessment: 'Export this assessment',
	backupNever: 'No backup of this device yet. Use Export all to keep a copy of your assessments.',
	backupOld: (date: string) =>
		`Your last backup is from ${date}. Use Export all to keep a copy of recent work.`,
	lastBackup: (date: string) => `Last backup: ${date}.`,
	// Portfolio
	portfolioHeading: 'Companies and assessments',
	search: 'Search',
	searchHelp: 'Company name, postcode or sector',
	noMatch: 'No company matches your search.',
	companyCount: (companies: number, assessments: number) =>
		`${companies} ${companies === 1 ? 'company' : 'companies'}, ${assessments} ${assessments === 1 ? 'assessment' : 'assessments'}`,
	statusDone: 'Completed',
	statusInProgress: 'In progress',
	created: (date: string) => `Started ${date}`,
	overall: 'Overall score',
	completeness: 'Complete',
	delete: 'Delete',
	deleteTitle: (name: string) => `Delete this assessment of ${name}?`,
	deleteText:
		'It is removed from this device. You can undo this for one minute. Export it first if you want to keep a copy.',
	cancel: 'Cancel',
	exportFirst: 'Export first',
	deleted: (name: string) => `The assessment of ${name} was deleted.`,
	undo: 'Undo',
	restored: 'The assessment is back.',
	showMore: (n: number) => `Show ${n} more`,
	newForCompany: 'Assess this company again',
	// Respondents
	whoIsAnswering: 'Who is answering?',
	respondentLabel: (n: number) => `Respondent ${n}`,
	respondentName: 'Name',
	respondentRole: 'Role',
	rolePlaceholder: 'e.g. production manager',
	addRespondent: 'Add respondent',
	respondentsHeading: 'Respondents',
	respondentsHelp:
		'Several people can answer the same questions. The results show where they differ, so you can discuss it and agree on an answer.',
	spreadHeading: 'Where respondents differ',
	spreadIntro:
		'A spread of 2 levels or more is worth a discussion. Set the answer the group agrees on: it replaces the average.',
	spreadTableCaption: 'Spread of the answers per transformation',
	spread: 'Spread',
	disagreements: 'Disagreements',
	noDisagreements: 'The respondents agree within one level on every question.',
	question: 'Question',
	answers: 'Answers',
	consensus: 'Consensus',
	setConsensusFor: (question: string) => `Consensus answer for: ${question}`,
	noConsensus: 'No consensus yet',
	levels: (spread: number) => (spread === 1 ? '1 level' : `${spread} levels`),
	// History
	suggested: 'Suggested from the previous assessment: confirm it or choose another answer.',
	confirm: 'Confirm',
	confirmAll: (n: number) => `Confirm all ${n} suggested answers on this page`,
	suggestedCount: (n: number) =>
		`${n} answer(s) are suggestions from the previous assessment and do not count until confirmed.`,
	startFromPrevious: 'Start from the previous answers',
	startFromPreviousHelp:
		'The answers of the latest assessment are shown as suggestions; each must be confirmed.',
	previousScore: 'Before (T0)',
	progress: 'Change',
	progressSince: (date: string) => `Compared with the assessment of ${date}.`,
	// Notes
	note: 'Note',
	noteHelp: 'What you saw or heard, as evidence for this answer.',
	// Photos
	includePhotos: (n: number) =>
		n === 1
			? 'Include the photo (the file becomes a zip)'
			: `Include the ${n} photos (the file becomes a zip)`,
	photosAdded: (n: number) => `${n} photo(s) added.`,
	addPhoto: 'Add a photo',
	photoAlt: (n: number) => `Photo ${n} for this question`,
	removePhoto: (n: number) => `Remove photo ${n}`,
	photoFailed: 'This picture could not be read. Try another one.',
	// CSV
	downloadCsv: 'Download scores (CSV)'
};

export const advisor: Catalog<typeof en> = {
	en,
	nl: {
		exportAll: 'Alles exporteren',
		import: 'Importeren',
		transferHeading: 'Back-up en overdracht',
		transferHelp:
			'Alles exporteren bewaart alle evaluaties op dit toestel in één bestand: houd het bij als back-up, of importeer het op een ander toestel. Hetzelfde bestand twee keer importeren verandert niets.',
		exported: (n) => (n === 1 ? '1 evaluatie geëxporteerd.' : `${n} evaluaties geëxporteerd.`),
		importing: 'Importeren…',
		importDone: (added, updated, unchanged) =>
			`Import klaar: ${added} nieuw, ${updated} bijgewerkt, ${unchanged} al up-to-date.`,
		importSkipped: (n) =>
			`${n} evaluatie(s) op dit toestel zijn ingevuld met een andere versie van de vragenlijst dan de geïmporteerde kopie; ze zijn ongewijzigd gebleven.`,
		conflictsHeading: (n) =>
			n === 1
				? '1 antwoord verschilde tussen de twee kopieën'
				: `${n} antwoorden verschilden tussen de twee kopieën`,
		conflictsIntro:
			'Het laatst gegeven antwoord is behouden. Overloop de vervangen antwoorden met de betrokkenen.',
		conflictCompany: 'Bedrijf',
		conflictWhat: 'Antwoord',
		conflictKept: 'Behouden',
		conflictReplaced: 'Vervangen',
		conflictAnswer: (question, respondent) => `${question} (${respondent})`,
		conflictConsensus: (question) => `${question} (consensus)`,
		conflictSelfEstimate: (transformation) => `Zelfinschatting: ${transformation}`,
		conflictNote: (question) => `Notitie: ${question}`,
		conflictProfile: 'Bedrijfsprofiel',
		importFailed: (reason) =>
			`Dit bestand kon niet geïmporteerd worden: ${reason} Er is niets gewijzigd.`,
		errorTooLarge: (limit) => `het is groter dan ${limit}.`,
		errorCorrupt:
			'het is beschadigd of onvolledig (misschien is de download of kopie onderbroken).',
		errorNotOurs: 'het is geen export van de Made Different-scan.',
		errorNewerFormat:
			'het is gemaakt met een nieuwere versie van deze app. Werk de app bij (herlaad ze met internet) en probeer opnieuw.',
		errorUnsafe: 'het bevat inhoud die niet toegelaten is in een exportbestand.',
		errorUnknownQuestionnaire: (version) =>
			`het gebruikt een versie van de vragenlijst die deze app niet heeft (${version}). Werk de app bij en probeer opnieuw.`,
		errorInvalidRecord: 'een evaluatie erin is ongeldig.',
		errorDuplicateId: 'het bevat dezelfde evaluatie twee keer.',
		errorRead: 'het kon niet gelezen worden.',
		exportCompany: 'Bedrijf exporteren',
		exportAssessment: 'Deze evaluatie exporteren',
		backupNever:
			'Nog geen back-up van dit toestel. Gebruik Alles exporteren om een kopie van uw evaluaties te bewaren.',
		backupOld: (date) =>
			`Uw laatste back-up dateert van ${date}. Gebruik Alles exporteren om ook het recente werk te bewaren.`,
		lastBackup: (date) => `Laatste back-up: ${date}.`,
		portfolioHeading: 'Bedrijven en evaluaties',
		search: 'Zoeken',
		searchHelp: 'Bedrijfsnaam, postcode of sector',
		noMatch: 'Geen bedrijf gevonden voor deze zoekopdracht.',
		companyCount: (companies, assessments) =>
			`${companies} ${companies === 1 ? 'bedrijf' : 'bedrijven'}, ${assessments} ${assessments === 1 ? 'evaluatie' : 'evaluaties'}`,
		statusDone: 'Afgerond',
		statusInProgress: 'Bezig',
		created: (date) => `Gestart op ${date}`,
		overall: 'Totaalscore',
		completeness: 'Volledig',
		delete: 'Verwijderen',
		deleteTitle: (name) => `Deze evaluatie van ${name} verwijderen?`,
		deleteText:
			'Ze verdwijnt van dit toestel. U kunt dit nog één minuut ongedaan maken. Exporteer ze eerst als u een kopie wilt bewaren.',
		cancel: 'Annuleren',
		exportFirst: 'Eerst exporteren',
		deleted: (name) => `De evaluatie van ${name} is verwijderd.`,
		undo: 'Ongedaan maken',
		restored: 'De evaluatie is terug.',
		showMore: (n) => `Nog ${n} tonen`,
		newForCompany: 'Dit bedrijf opnieuw evalueren',
		whoIsAnswering: 'Wie antwoordt?',
		respondentLabel: (n) => `Respondent ${n}`,
		respondentName: 'Naam',
		respondentRole: 'Functie',
		rolePlaceholder: 'bv. productieverantwoordelijke',
		addRespondent: 'Respondent toevoegen',
		respondentsHeading: 'Respondenten',
		respondentsHelp:
			'Meerdere personen kunnen dezelfde vragen beantwoorden. De resultaten tonen waar ze van mening verschillen, zodat u dat kunt bespreken en een gezamenlijk antwoord kunt kiezen.',
		spreadHeading: 'Waar de respondenten verschillen',
		spreadIntro:
			'Een spreiding van 2 niveaus of meer is een gesprek waard. Kies het antwoord waarover de groep het eens is: het vervangt het gemiddelde.',
		spreadTableCaption: 'Spreiding van de antwoorden per transformatie',
		spread: 'Spreiding',
		disagreements: 'Meningsverschillen',
		noDisagreements: 'De respondenten liggen bij elke vraag hoogstens één niveau uit elkaar.',
		question: 'Vraag',
		answers: 'Antwoorden',
		consensus: 'Consensus',
		setConsensusFor: (question) => `Gezamenlijk antwoord voor: ${question}`,
		noConsensus: 'Nog geen consensus',
		levels: (spread) => (spread === 1 ? '1 niveau' : `${spread} niveaus`),
		suggested:
			'Voorgesteld op basis van de vorige evaluatie: bevestig het of kies een ander antwoord.',
		confirm: 'Bevestigen',
		confirmAll: (n) => `Alle ${n} voorgestelde antwoorden op deze pagina bevestigen`,
		suggestedCount: (n) =>
			`${n} antwoord(en) zijn voorstellen uit de vorige evaluatie en tellen pas mee na bevestiging.`,
		startFromPrevious: 'Vertrekken van de vorige antwoorden',
		startFromPreviousHelp:
			'De antwoorden van de laatste evaluatie verschijnen als voorstel; elk antwoord moet bevestigd worden.',
		previousScore: 'Vroeger (T0)',
		progress: 'Verschil',
		progressSince: (date) => `Vergeleken met de evaluatie van ${date}.`,
		note: 'Notitie',
		noteHelp: 'Wat u zag of hoorde, als onderbouwing van dit antwoord.',
		includePhotos: (n) =>
			n === 1
				? 'De foto meenemen (het bestand wordt een zip)'
				: `De ${n} foto's meenemen (het bestand wordt een zip)`,
		photosAdded: (n) => `${n} foto('s) toegevoegd.`,
		addPhoto: 'Foto toevoegen',
		photoAlt: (n) => `Foto ${n} bij deze vraag`,
		removePhoto: (n) => `Foto ${n} verwijderen`,
		photoFailed: 'Deze afbeelding kon niet gelezen worden. Probeer een andere.',
		downloadCsv: 'Scores downloaden (CSV)'
	},
	fr: {
		exportAll: 'Tout exporter',
		import: 'Importer',
		transferHeading: 'Sauvegarde et transfert',
		transferHelp:
			'Tout exporter enregistre toutes les évaluations de cet appareil dans un seul fichier : gardez-le comme sauvegarde ou importez-le sur un autre appareil. Importer deux fois le même fichier ne change rien.',
		exported: (n) => (n === 1 ? '1 évaluation exportée.' : `${n} évaluations exportées.`),
		importing: 'Importation…',
		importDone: (added, updated, unchanged) =>
			`Importation terminée : ${added} nouvelle(s), ${updated} mise(s) à jour, ${unchanged} déjà à jour.`,
		importSkipped: (n) =>
			`${n} évaluation(s) de cet appareil ont été remplies avec une autre version du questionnaire que la copie importée ; elles sont restées telles quelles.`,
		conflictsHeading: (n) =>
			n === 1
				? '1 réponse différait entre les deux copies'
				: `${n} réponses différaient entre les deux copies`,
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
		conflictProfile: "Profil de l'entreprise",
		importFailed: (reason) =>
			`Ce fichier n'a pas pu être importé : ${reason} Rien n'a été modifié.`,
		errorTooLarge: (limit) => `il dépasse ${limit}.`,
		errorCorrupt:
			'il est endommagé ou incomplet (le téléchargement ou la copie a peut-être été interrompu).',
		errorNotOurs: "ce n'est pas un export du scan Made Different.",
		errorNewerFormat:
			"il a été créé par une version plus récente de cette application. Mettez l'application à jour (rechargez-la en ligne) et réessayez.",
		errorUnsafe: "il contient des éléments qui ne sont pas admis dans un fichier d'export.",
		errorUnknownQuestionnaire: (version) =>
			`il utilise une version du questionnaire que cette application ne connaît pas (${version}). Mettez l'application à jour et réessayez.`,
		errorInvalidRecord: "une des évaluations qu'il contient n'est pas valide.",
		errorDuplicateId: 'il contient deux fois la même évaluation.',
		errorRead: "il n'a pas pu être lu.",
		exportCompany: "Exporter l'entreprise",
		exportAssessment: 'Exporter cette évaluation',
		backupNever:
			"Aucune sauvegarde de cet appareil pour l'instant. Utilisez Tout exporter pour garder une copie de vos évaluations.",
		backupOld: (date) =>
			`Votre dernière sauvegarde date du ${date}. Utilisez Tout exporter pour garder aussi le travail récent.`,
		lastBackup: (date) => `Dernière sauvegarde : ${date}.`,
		portfolioHeading: 'Entreprises et évaluations',
		search: 'Rechercher',
		searchHelp: "Nom de l'entreprise, code postal ou secteur",
		noMatch: 'Aucune entreprise ne correspond à votre recherche.',
		companyCount: (companies, assessments) =>
			`${companies} ${companies === 1 ? 'entreprise' : 'entreprises'}, ${assessments} ${assessments === 1 ? 'évaluation' : 'évaluations'}`,
		statusDone: 'Terminée',
		statusInProgress: 'En cours',
		created: (date) => `Commencée le ${date}`,
		overall: 'Score global',
		completeness: 'Complétée à',
		delete: 'Supprimer',
		deleteTitle: (name) => `Supprimer cette évaluation de ${name} ?`,
		deleteText:
			"Elle disparaît de cet appareil. Vous pouvez encore l'annuler pendant une minute. Exportez-la d'abord si vous voulez en garder une copie.",
		cancel: 'Annuler',
		exportFirst: "Exporter d'abord",
		deleted: (name) => `L'évaluation de ${name} a été supprimée.`,
		undo: 'Annuler la suppression',
		restored: "L'évaluation est de retour.",
		showMore: (n) => `Afficher ${n} de plus`,
		newForCompany: 'Réévaluer cette entreprise',
		whoIsAnswering: 'Qui répond ?',
		respondentLabel: (n) => `Répondant ${n}`,
		respondentName: 'Nom',
		respondentRole: 'Fonction',
		rolePlaceholder: 'p. ex. responsable de production',
		addRespondent: 'Ajouter un répondant',
		respondentsHeading: 'Répondants',
		respondentsHelp:
			"Plusieurs personnes peuvent répondre aux mêmes questions. Les résultats montrent où leurs avis divergent, pour que vous puissiez en discuter et convenir d'une réponse.",
		spreadHeading: 'Où les répondants divergent',
		spreadIntro:
			"Un écart de 2 niveaux ou plus mérite une discussion. Indiquez la réponse sur laquelle le groupe s'accorde : elle remplace la moyenne.",
		spreadTableCaption: 'Écart des réponses par transformation',
		spread: 'Écart',
		disagreements: 'Divergences',
		noDisagreements:
			"Les répondants ne s'écartent pas de plus d'un niveau, quelle que soit la question.",
		question: 'Question',
		answers: 'Réponses',
		consensus: 'Consensus',
		setConsensusFor: (question) => `Réponse commune pour : ${question}`,
		noConsensus: 'Pas encore de consensus',
		levels: (spread) => (spread === 1 ? '1 niveau' : `${spread} niveaux`),
		suggested:
			"Proposée d'après l'évaluation précédente : confirmez-la ou choisissez une autre réponse.",
		confirm: 'Confirmer',
		confirmAll: (n) => `Confirmer les ${n} réponses proposées de cette page`,
		suggestedCount: (n) =>
			`${n} réponse(s) sont des propositions issues de l'évaluation précédente et ne comptent qu'une fois confirmées.`,
		startFromPrevious: 'Repartir des réponses précédentes',
		startFromPreviousHelp:
			'Les réponses de la dernière évaluation apparaissent comme propositions ; chacune doit être confirmée.',
		previousScore: 'Avant (T0)',
		progress: 'Évolution',
		progressSince: (date) => `Par rapport à l'évaluation du ${date}.`,
		note: 'Note',
		noteHelp: 'Ce que vous avez vu ou entendu, pour étayer cette réponse.',
		includePhotos: (n) =>
			n === 1
				? 'Inclure la photo (le fichier devient un zip)'
				: `Inclure les ${n} photos (le fichier devient un zip)`,
		photosAdded: (n) => `${n} photo(s) ajoutée(s).`,
		addPhoto: 'Ajouter une photo',
		photoAlt: (n) => `Photo ${n} pour cette question`,
		removePhoto: (n) => `Retirer la photo ${n}`,
		photoFailed: "Cette image n'a pas pu être lue. Essayez-en une autre.",
		downloadCsv: 'Télécharger les scores (CSV)'
	},
	de: {
		exportAll: 'Alles exportieren',
		import: 'Importieren',
		transferHeading: 'Sicherung und Übertragung',
		transferHelp:
			'Alles exportieren speichert alle Bewertungen dieses Geräts in einer Datei: Bewahren Sie sie als Sicherung auf oder importieren Sie sie auf einem anderen Gerät. Dieselbe Datei zweimal zu importieren ändert nichts.',
		exported: (n) => (n === 1 ? '1 Bewertung exportiert.' : `${n} Bewertungen exportiert.`),
		importing: 'Import läuft…',
		importDone: (added, updated, unchanged) =>
			`Import abgeschlossen: ${added} neu, ${updated} aktualisiert, ${unchanged} bereits aktuell.`,
		importSkipped: (n) =>
			`${n} Bewertung(en) auf diesem Gerät wurden mit einer anderen Fragebogenversion ausgefüllt als die importierte Kopie; sie blieben unverändert.`,
		conflictsHeading: (n) =>
			n === 1
				? '1 Antwort unterschied sich zwischen den beiden Kopien'
				: `${n} Antworten unterschieden sich zwischen den beiden Kopien`,
		conflictsIntro:
			'Die spätere Antwort wurde behalten. Prüfen Sie die ersetzten Antworten mit den Beteiligten.',
		conflictCompany: 'Unternehmen',
		conflictWhat: 'Antwort',
		conflictKept: 'Behalten',
		conflictReplaced: 'Ersetzt',
		conflictAnswer: (question, respondent) => `${question} (${respondent})`,
		conflictConsensus: (question) => `${question} (Konsens)`,
		conflictSelfEstimate: (transformation) => `Selbsteinschätzung: ${transformation}`,
		conflictNote: (question) => `Notiz: ${question}`,
		conflictProfile: 'Unternehmensprofil',
		importFailed: (reason) =>
			`Diese Datei konnte nicht importiert werden: ${reason} Es wurde nichts geändert.`,
		errorTooLarge: (limit) => `sie ist größer als ${limit}.`,
		errorCorrupt:
			'sie ist beschädigt oder unvollständig (vielleicht wurde der Download oder die Kopie abgebrochen).',
		errorNotOurs: 'sie ist kein Export des Made-Different-Scans.',
		errorNewerFormat:
			'sie wurde mit einer neueren Version dieser App erstellt. Aktualisieren Sie die App (online neu laden) und versuchen Sie es erneut.',
		errorUnsafe: 'sie enthält Inhalte, die in einer Exportdatei nicht zulässig sind.',
		errorUnknownQuestionnaire: (version) =>
			`sie verwendet eine Fragebogenversion, die diese App nicht kennt (${version}). Aktualisieren Sie die App und versuchen Sie es erneut.`,
		errorInvalidRecord: 'eine der enthaltenen Bewertungen ist ungültig.',
		errorDuplicateId: 'sie enthält dieselbe Bewertung zweimal.',
		errorRead: 'sie konnte nicht gelesen werden.',
		exportCompany: 'Unternehmen exportieren',
		exportAssessment: 'Diese Bewertung exportieren',
		backupNever:
			'Noch keine Sicherung dieses Geräts. Mit Alles exportieren behalten Sie eine Kopie Ihrer Bewertungen.',
		backupOld: (date) =>
			`Ihre letzte Sicherung stammt vom ${date}. Mit Alles exportieren sichern Sie auch die jüngste Arbeit.`,
		lastBackup: (date) => `Letzte Sicherung: ${date}.`,
		portfolioHeading: 'Unternehmen und Bewertungen',
		search: 'Suchen',
		searchHelp: 'Unternehmensname, Postleitzahl oder Branche',
		noMatch: 'Kein Unternehmen entspricht Ihrer Suche.',
		companyCount: (companies, assessments) =>
			`${companies} ${companies === 1 ? 'Unternehmen' : 'Unternehmen'}, ${assessments} ${assessments === 1 ? 'Bewertung' : 'Bewertungen'}`,
		statusDone: 'Abgeschlossen',
		statusInProgress: 'In Bearbeitung',
		created: (date) => `Begonnen am ${date}`,
		overall: 'Gesamtwert',
		completeness: 'Vollständig',
		delete: 'Löschen',
		deleteTitle: (name) => `Diese Bewertung von ${name} löschen?`,
		deleteText:
			'Sie wird von diesem Gerät entfernt. Sie können das eine Minute lang rückgängig machen. Exportieren Sie sie vorher, wenn Sie eine Kopie behalten möchten.',
		cancel: 'Abbrechen',
		exportFirst: 'Zuerst exportieren',
		deleted: (name) => `Die Bewertung von ${name} wurde gelöscht.`,
		undo: 'Rückgängig',
		restored: 'Die Bewertung ist wieder da.',
		showMore: (n) => `${n} weitere anzeigen`,
		newForCompany: 'Dieses Unternehmen erneut bewerten',
		whoIsAnswering: 'Wer antwortet?',
		respondentLabel: (n) => `Befragte Person ${n}`,
		respondentName: 'Name',
		respondentRole: 'Funktion',
		rolePlaceholder: 'z. B. Produktionsleitung',
		addRespondent: 'Person hinzufügen',
		respondentsHeading: 'Befragte Personen',
		respondentsHelp:
			'Mehrere Personen können dieselben Fragen beantworten. Die Ergebnisse zeigen, wo sie auseinanderliegen, damit Sie darüber sprechen und sich auf eine Antwort einigen können.',
		spreadHeading: 'Wo die Antworten auseinanderliegen',
		spreadIntro:
			'Eine Spanne von 2 Stufen oder mehr verdient ein Gespräch. Legen Sie die Antwort fest, auf die sich die Gruppe einigt: Sie ersetzt den Mittelwert.',
		spreadTableCaption: 'Spanne der Antworten je Transformation',
		spread: 'Spanne',
		disagreements: 'Abweichungen',
		noDisagreements: 'Die Antworten liegen bei jeder Frage höchstens eine Stufe auseinander.',
		question: 'Frage',
		answers: 'Antworten',
		consensus: 'Konsens',
		setConsensusFor: (question) => `Gemeinsame Antwort für: ${question}`,
		noConsensus: 'Noch kein Konsens',
		levels: (spread) => (spread === 1 ? '1 Stufe' : `${spread} Stufen`),
		suggested:
			'Aus der vorigen Bewertung vorgeschlagen: Bestätigen Sie sie oder wählen Sie eine andere Antwort.',
		confirm: 'Bestätigen',
		confirmAll: (n) => `Alle ${n} vorgeschlagenen Antworten dieser Seite bestätigen`,
		suggestedCount: (n) =>
			`${n} Antwort(en) sind Vorschläge aus der vorigen Bewertung und zählen erst nach Bestätigung.`,
		startFromPrevious: 'Von den vorigen Antworten ausgehen',
		startFromPreviousHelp:
			'Die Antworten der letzten Bewertung erscheinen als Vorschläge; jede muss bestätigt werden.',
		previousScore: 'Vorher (T0)',
		progress: 'Veränderung',
		progressSince: (date) => `Verglichen mit der Bewertung vom ${date}.`,
		note: 'Notiz',
		noteHelp: 'Was Sie gesehen oder gehört haben, als Beleg für diese Antwort.',
		includePhotos: (n) =>
			n === 1
				? 'Das Foto einschließen (die Datei wird ein Zip)'
				: `Die ${n} Fotos einschließen (die Datei wird ein Zip)`,
		photosAdded: (n) => `${n} Foto(s) hinzugefügt.`,
		addPhoto: 'Foto hinzufügen',
		photoAlt: (n) => `Foto ${n} zu dieser Frage`,
		removePhoto: (n) => `Foto ${n} entfernen`,
		photoFailed: 'Dieses Bild konnte nicht gelesen werden. Versuchen Sie ein anderes.',
		downloadCsv: 'Werte herunterladen (CSV)'
	}
};
