import type { Messages } from '../../catalog';
import type en from './en-more';
import { plural } from '../../plural';

const nl: Messages<typeof en> = {
	exportAssessment: 'Deze evaluatie exporteren',
	portfolioHeading: 'Bedrijven en evaluaties',
	whoIsAnswering: 'Wie antwoordt?',
	respondentLabel: (n) => `Respondent ${n}`,
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
	levels: (spread) => plural('nl', spread, { one: `${spread} niveau`, other: `${spread} niveaus` }),
	suggested:
		'Voorgesteld op basis van de vorige evaluatie: bevestig het of kies een ander antwoord.',
	confirm: 'Bevestigen',
	confirmAll: (n) => `Alle ${n} voorgestelde antwoorden op deze pagina bevestigen`,
	suggestedCount: (n) =>
		plural('nl', n, {
			one: `${n} antwoord is een voorstel uit de vorige evaluatie en telt pas mee na bevestiging.`,
			other: `${n} antwoorden zijn voorstellen uit de vorige evaluatie en tellen pas mee na bevestiging.`
		}),
	startFromPrevious: 'Vertrekken van de vorige antwoorden',
	previousScore: 'Vroeger (T0)',
	progress: 'Verschil',
	progressSince: (date) => `Vergeleken met de evaluatie van ${date}.`,
	note: 'Notitie',
	noteHelp: 'Wat u zag of hoorde, als onderbouwing van dit antwoord.',
	noteCount: (n) => plural('nl', n, { one: `${n} notitie`, other: `${n} notities` }),
	photoCount: (n) => plural('nl', n, { one: `${n} foto`, other: `${n} foto's` }),
	addPhoto: 'Foto toevoegen',
	photoAlt: (n) => `Foto ${n} bij deze vraag`,
	removePhoto: (n) => `Foto ${n} verwijderen`,
	photoFailed: 'Deze afbeelding kon niet gelezen worden. Probeer een andere.',
	downloadCsv: 'Scores downloaden (CSV)',
	downloadAnswersCsv: 'Alle antwoorden downloaden (CSV)',
	downloadAnswersCsvHelp:
		'Eén rij per persoon en vraag, met het niveau, de versie van de vragenlijst en de scores: voor een draaitabel of om bedrijven te vergelijken.',
	csvCompany: 'Bedrijf',
	csvStarted: 'Gestart',
	csvQuestionnaire: 'Vragenlijst',
	csvVersion: 'Versie',
	csvRespondent: 'Respondent',
	csvRole: 'Functie',
	csvTransformation: 'Transformatie',
	csvQuestionId: 'Vraag-id',
	csvQuestion: 'Vraag',
	csvLevel: 'Niveau',
	csvAnswer: 'Antwoord',
	csvNote: 'Notitie',
	csvTransformationScore: 'Score transformatie',
	csvOverall: 'Totaalscore',
	csvUnnamed: (n) => `Respondent ${n}`,
	csvConsensus: 'Consensus',
	csvDontKnow: 'Weet ik niet',
	csvNotApplicable: 'Niet van toepassing',
	csvSuggested: 'Voorgesteld, niet bevestigd',
	csvYes: 'ja',
	csvNo: 'nee'
};

export default nl;
