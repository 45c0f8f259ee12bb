import type { Catalog } from '../catalog';

const en = {
	heading: 'Results',
	headingFor: (company: string) => `Results for ${company}`,
	overall: 'Overall score',
	completeness: 'Completeness',
	completenessHelp:
		'Share of the applicable questions answered with a level. "Don\'t know" and open questions lower it; "not applicable" does not count.',
	chartLabel:
		'Radar chart of the score per transformation, against the target and your own estimate. The same figures are in the table.',
	chartLoading: 'Drawing the chart…',
	tableCaption: 'Score per transformation on the 1 to 5 scale',
	transformation: 'Transformation',
	score: 'Score',
	target: 'Target',
	gap: 'Gap',
	selfEstimate: 'Your estimate',
	answered: 'Answered',
	notAssessed: 'not assessed',
	targetFor: (name: string) => `Target for ${name}`,
	largestGaps: 'Largest gaps',
	largestGapsIntro: 'These transformations are furthest from their target. Start there.',
	gapLine: (name: string, score: string, target: string) =>
		`${name}: ${score} now, target ${target}`,
	noGaps: 'Every assessed transformation has reached its target.',
	fofHeading: 'Distance to Factory of the Future',
	fofAtLevel: (n: number, of: number) => `${n} of ${of} transformations are at level 4 or above.`,
	fofPoints: (points: string) =>
		`Together, ${points} level points are still to go to reach level 4 everywhere.`,
	fofNotAssessed: (n: number) =>
		`${n} transformation(s) not assessed yet, so the distance is not complete.`,
	fofNote:
		'The Factory of the Future award asks for level 4 or more on all seven transformations, confirmed by a full assessment on site. This scan does not award anything: it shows how far you are.',
	perception: (name: string, estimate: string, score: string) =>
		`${name}: you estimated ${estimate}, the answers give ${score}.`,
	perceptionHeading: 'Estimate and answers differ',
	backToQuestions: 'Back to the questions',
	incomplete: (n: number) => `${n} question(s) still open. The scores use what is answered so far.`,
	seriesScore: 'Score',
	seriesTarget: 'Target',
	seriesSelf: 'Your estimate',
	nextSteps: 'Next steps',
	planLink: 'Action plan and PDF report',
	planHelp:
		'Turn the largest gaps into priorities and actions, with owners and dates, and download the report for your board.'
};

export const results: Catalog<typeof en> = {
	en,
	nl: {
		heading: 'Resultaten',
		headingFor: (company) => `Resultaten voor ${company}`,
		overall: 'Totaalscore',
		completeness: 'Volledigheid',
		completenessHelp:
			'Aandeel van de relevante vragen dat met een niveau beantwoord is. "Weet ik niet" en open vragen verlagen het; "niet van toepassing" telt niet mee.',
		chartLabel:
			'Radargrafiek van de score per transformatie, tegenover het doel en uw eigen inschatting. Dezelfde cijfers staan in de tabel.',
		chartLoading: 'Grafiek wordt getekend…',
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
		fofPoints: (points) =>
			`Samen ontbreken nog ${points} niveaupunten om overal niveau 4 te halen.`,
		fofNotAssessed: (n) =>
			`${n} transformatie(s) nog niet geëvalueerd, dus de afstand is nog niet volledig.`,
		fofNote:
			'De Factory of the Future-award vraagt niveau 4 of meer op alle zeven transformaties, bevestigd door een volledige audit ter plaatse. Deze scan kent niets toe: hij toont hoe ver u staat.',
		perception: (name, estimate, score) =>
			`${name}: u schatte ${estimate}, de antwoorden geven ${score}.`,
		perceptionHeading: 'Inschatting en antwoorden verschillen',
		backToQuestions: 'Terug naar de vragen',
		incomplete: (n) =>
			`Nog ${n} vraag/vragen open. De scores gebruiken wat tot nu toe beantwoord is.`,
		seriesScore: 'Score',
		seriesTarget: 'Doel',
		seriesSelf: 'Uw inschatting',
		nextSteps: 'Volgende stappen',
		planLink: 'Actieplan en pdf-rapport',
		planHelp:
			'Zet de grootste kloven om in prioriteiten en acties, met verantwoordelijken en data, en download het rapport voor uw raad van bestuur.'
	},
	fr: {
		heading: 'Résultats',
		headingFor: (company) => `Résultats pour ${company}`,
		overall: 'Score global',
		completeness: 'Complétude',
		completenessHelp:
			'Part des questions pertinentes auxquelles un niveau a été attribué. « Je ne sais pas » et les questions ouvertes la réduisent ; « non applicable » ne compte pas.',
		chartLabel:
			"Graphique radar du score par transformation, comparé à l'objectif et à votre estimation. Les mêmes chiffres figurent dans le tableau.",
		chartLoading: 'Tracé du graphique…',
		tableCaption: 'Score par transformation sur une échelle de 1 à 5',
		transformation: 'Transformation',
		score: 'Score',
		target: 'Objectif',
		gap: 'Écart',
		selfEstimate: 'Votre estimation',
		answered: 'Répondu',
		notAssessed: 'non évaluée',
		targetFor: (name) => `Objectif pour ${name}`,
		largestGaps: 'Écarts les plus importants',
		largestGapsIntro:
			'Ces transformations sont les plus éloignées de leur objectif. Commencez par là.',
		gapLine: (name, score, target) => `${name} : ${score} aujourd'hui, objectif ${target}`,
		noGaps: 'Chaque transformation évaluée a atteint son objectif.',
		fofHeading: 'Distance à la Factory of the Future',
		fofAtLevel: (n, of) => `${n} transformations sur ${of} sont au niveau 4 ou plus.`,
		fofPoints: (points) =>
			`Au total, il reste ${points} points de niveau pour atteindre le niveau 4 partout.`,
		fofNotAssessed: (n) =>
			`${n} transformation(s) pas encore évaluée(s) : la distance n'est donc pas complète.`,
		fofNote:
			"Le prix Factory of the Future demande le niveau 4 ou plus sur les sept transformations, confirmé par un audit complet sur site. Ce scan n'attribue rien : il montre où vous en êtes.",
		perception: (name, estimate, score) =>
			`${name} : vous estimiez ${estimate}, les réponses donnent ${score}.`,
		perceptionHeading: 'Estimation et réponses divergent',
		backToQuestions: 'Retour aux questions',
		incomplete: (n) =>
			`${n} question(s) encore ouverte(s). Les scores utilisent les réponses données jusqu'ici.`,
		seriesScore: 'Score',
		seriesTarget: 'Objectif',
		seriesSelf: 'Votre estimation',
		nextSteps: 'Prochaines étapes',
		planLink: "Plan d'action et rapport PDF",
		planHelp:
			"Transformez les écarts les plus importants en priorités et en actions, avec responsables et échéances, et téléchargez le rapport pour votre conseil d'administration."
	},
	de: {
		heading: 'Ergebnisse',
		headingFor: (company) => `Ergebnisse für ${company}`,
		overall: 'Gesamtwert',
		completeness: 'Vollständigkeit',
		completenessHelp:
			'Anteil der zutreffenden Fragen, die mit einer Stufe beantwortet sind. „Weiß nicht" und offene Fragen senken ihn; „trifft nicht zu" zählt nicht.',
		chartLabel:
			'Netzdiagramm des Werts je Transformation, im Vergleich zum Ziel und zu Ihrer Einschätzung. Dieselben Zahlen stehen in der Tabelle.',
		chartLoading: 'Diagramm wird gezeichnet…',
		tableCaption: 'Wert je Transformation auf der Skala von 1 bis 5',
		transformation: 'Transformation',
		score: 'Wert',
		target: 'Ziel',
		gap: 'Abstand',
		selfEstimate: 'Ihre Einschätzung',
		answered: 'Beantwortet',
		notAssessed: 'nicht bewertet',
		targetFor: (name) => `Ziel für ${name}`,
		largestGaps: 'Größte Abstände',
		largestGapsIntro:
			'Diese Transformationen sind am weitesten von ihrem Ziel entfernt. Beginnen Sie dort.',
		gapLine: (name, score, target) => `${name}: jetzt ${score}, Ziel ${target}`,
		noGaps: 'Jede bewertete Transformation hat ihr Ziel erreicht.',
		fofHeading: 'Abstand zur Factory of the Future',
		fofAtLevel: (n, of) => `${n} von ${of} Transformationen liegen auf Stufe 4 oder höher.`,
		fofPoints: (points) => `Insgesamt fehlen noch ${points} Stufenpunkte bis Stufe 4 überall.`,
		fofNotAssessed: (n) =>
			`${n} Transformation(en) noch nicht bewertet; der Abstand ist daher unvollständig.`,
		fofNote:
			'Der Factory-of-the-Future-Preis verlangt Stufe 4 oder mehr in allen sieben Transformationen, bestätigt durch ein vollständiges Audit vor Ort. Dieser Scan verleiht nichts: Er zeigt, wo Sie stehen.',
		perception: (name, estimate, score) =>
			`${name}: Sie schätzten ${estimate}, die Antworten ergeben ${score}.`,
		perceptionHeading: 'Einschätzung und Antworten weichen ab',
		backToQuestions: 'Zurück zu den Fragen',
		incomplete: (n) => `Noch ${n} Frage(n) offen. Die Werte beruhen auf den bisherigen Antworten.`,
		seriesScore: 'Wert',
		seriesTarget: 'Ziel',
		seriesSelf: 'Ihre Einschätzung',
		nextSteps: 'Nächste Schritte',
		planLink: 'Aktionsplan und PDF-Bericht',
		planHelp:
			'Machen Sie aus den größten Abständen Prioritäten und Maßnahmen, mit Verantwortlichen und Terminen, und laden Sie den Bericht für Ihren Verwaltungsrat herunter.'
	}
};
