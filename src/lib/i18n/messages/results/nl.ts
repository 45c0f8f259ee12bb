import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const nl: Messages<typeof en> = {
	heading: 'Resultaten',
	headingFor: (company) => `Resultaten voor ${company}`,
	overall: 'Totaalscore',
	completeness: 'Volledigheid',
	completenessHelp:
		'Aandeel van de relevante vragen dat met een niveau beantwoord is. "Weet ik niet" en open vragen verlagen het; "niet van toepassing" telt niet mee.',
	chartLabel:
		'Radargrafiek van de score per transformatie, tegenover het doel en uw eigen inschatting. Dezelfde cijfers staan in de tabel.',
	tableCaption: 'Score per transformatie op de schaal van 1 tot 5',
	transformation: 'Transformatie',
	score: 'Score',
	target: 'Doel',
	gap: 'Kloof',
	selfEstimate: 'Uw inschatting',
	answered: 'Beantwoord',
	notAssessed: 'niet geëvalueerd',
	targetFor: (name) => `Doel voor ${name}`,
	largestGaps: 'Grootste kloven',
	largestGapsIntro: 'Deze transformaties liggen het verst van hun doel. Begin daar.',
	gapLine: (name, score, target) => `${name}: nu ${score}, doel ${target}`,
	noGaps: 'Elke geëvalueerde transformatie heeft haar doel bereikt.',
	fofHeading: 'Afstand tot Factory of the Future',
	fofAtLevel: (n, of) => `${n} van de ${of} transformaties staan op niveau 4 of hoger.`,
	fofPoints: (points) => `Samen ontbreken nog ${points} niveaupunten om overal niveau 4 te halen.`,
	fofNotAssessed: (n) =>
		plural('nl', n, {
			one: `${n} transformatie nog niet geëvalueerd, dus de afstand is nog niet volledig.`,
			other: `${n} transformaties nog niet geëvalueerd, dus de afstand is nog niet volledig.`
		}),
	fofNote:
		'De Factory of the Future-award vraagt niveau 4 of meer op alle zeven transformaties, bevestigd door een volledige audit ter plaatse. Deze scan kent niets toe: hij toont hoe ver u staat.',
	perception: (name, estimate, score) =>
		`${name}: u schatte ${estimate}, de antwoorden geven ${score}.`,
	perceptionHeading: 'Inschatting en antwoorden verschillen',
	backToQuestions: 'Terug naar de vragen',
	incomplete: (n) =>
		plural('nl', n, {
			one: `Nog ${n} vraag open. De scores gebruiken wat tot nu toe beantwoord is.`,
			other: `Nog ${n} vragen open. De scores gebruiken wat tot nu toe beantwoord is.`
		}),
	seriesScore: 'Score',
	seriesTarget: 'Doel',
	seriesSelf: 'Uw inschatting',
	nextSteps: 'Volgende stappen',
	planLink: 'Actieplan en pdf-rapport',
	planHelp:
		'Zet de grootste kloven om in prioriteiten en acties, met verantwoordelijken en data, en download het rapport voor uw raad van bestuur.'
};

export default nl;
