import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const nl: Messages<typeof en> = {
	documentTitle: (company) => `Actieplan – ${company}`,
	brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
	reportTitle: 'Zelfevaluatie en actieplan',
	unnamedCompany: 'Bedrijfsnaam niet ingevuld',
	coverDate: 'Datum van dit rapport',
	coverFilledInBy: 'Ingevuld door',
	coverNobody: 'niet genoteerd',
	coverQuestionnaire: 'Vragenlijst',
	coverVersion: (title, version) => `${title}, versie ${version}`,
	coverProfile: 'Bedrijf',
	coverPostcode: (postcode, region) => `Postcode ${postcode} (${region})`,
	coverEmployees: (n) => `${n} werknemers`,
	coverSector: (code) => `NACE ${code}`,
	coverNote:
		'Vertrouwelijk. Dit rapport is op het eigen toestel van het bedrijf gemaakt, op basis van de antwoorden van de hierboven vermelde personen. Het is een zelfevaluatie, geen audit.',

	summaryOverall: (company, score, assessed, of) =>
		`${company} scoort gemiddeld ${score} op 5 (${assessed} van de ${of} transformaties geëvalueerd).`,
	summaryNothing: 'Nog geen enkele transformatie heeft een score: de antwoorden staan nog open.',
	summaryCompleteness: (share) => `${share} van de relevante vragen is met een niveau beantwoord.`,
	summaryStrongest: (name, score) => `De sterkste transformatie is ${name}, met ${score}.`,
	summaryGaps: (list) => `De grootste kloven met het doel zitten bij ${list}.`,
	summaryGapItem: (name, score, target) => `${name} (${score}, doel ${target})`,
	summaryNoGaps: 'Elke geëvalueerde transformatie heeft haar doel bereikt.',
	summaryFof: (n, of, points) =>
		`${n} van de ${of} transformaties staan op Factory of the Future-niveau (4) of hoger; er ontbreken nog ${points} niveaupunten om overal niveau 4 te halen.`,
	summaryPerception: (names) =>
		`Uw eigen inschatting lag minstens één niveau hoger dan de antwoorden tonen voor ${names}. Bespreek dat met het team.`,
	summaryPerceptionUnder: (names) =>
		`Uw eigen inschatting lag minstens één niveau lager dan de antwoorden tonen voor ${names}. Toets dat bij het team.`,
	summaryNotApplicable: (n) =>
		plural('nl', n, {
			one: 'Eén vraag is als niet van toepassing aangeduid.',
			other: `${n} vragen zijn als niet van toepassing aangeduid.`
		}),
	summaryIndicative: (names, share) =>
		`Alleen indicatief, omdat minder dan ${share} van de relevante vragen een niveau heeft: ${names}. Ze tellen niet mee in de totaalscore, de kloven en de afstand tot niveau 4.`,
	summaryPlan: (n) =>
		plural('nl', n, {
			one: 'Het actieplan in dit rapport legt één prioriteit vast.',
			other: `Het actieplan in dit rapport legt ${n} prioriteiten vast.`
		}),
	ambitionHeading: 'Onze ambitie',
	coverAnsweredLabel: 'Beantwoorde vragen',
	coverAnswered: (answered, applicable) =>
		answered === applicable
			? `Alle ${applicable} toepasselijke vragen hebben een niveau`
			: `${answered} van de ${applicable} toepasselijke vragen hebben een niveau; ${applicable - answered === 1 ? 'er staat er nog 1 open' : `er staan er nog ${applicable - answered} open`}`,
	overviewHeading: 'Het totaalbeeld',
	prioritiesHeading: 'Prioriteiten en volgende stap',
	prioritiesIntro:
		'Voorgesteld op basis van de grootste afstanden tot het doel, gewogen naar hoe belangrijk elke transformatie voor het bedrijf is, en daarna nagekeken. Het volledige plan, met elke actie, trekker en datum, volgt na de scores.',
	prioritiesNone:
		'Er is geen prioriteit: elke beoordeelde transformatie heeft haar doel bereikt, of er is nog niets beoordeeld.',
	colPriority: 'Prioriteit',
	colWhere: 'Score / doel',
	colFirstAction: 'Eerste actie',
	colLead: 'Trekker · datum',
	colSupport: 'Passende steun',
	moreActions: (n) =>
		plural('nl', n, {
			one: `+ nog ${n} actie in het plan`,
			other: `+ nog ${n} acties in het plan`
		}),
	nextStepHeading: 'Volgende stap: het adviesbezoek',
	answersHeading: 'Bijlage 1: alle antwoorden',
	answersIntro:
		'Het niveau dat elk antwoord vandaag geeft, met de notities en foto’s die als bewijs genomen zijn. Hierop steunen de scores.',
	listAnd: 'en',

	chartHeading: 'Score per transformatie',
	chartNote:
		'Schaal van 1 tot 5. Niveau 4 is de prestatie van een laureaat van de Factory of the Future-award: laureaten halen minstens 8 op 10 op elk criterium, dus hier telt een transformatie pas op niveau 4 als elk van haar gebieden dat haalt.',
	legendScore: 'Score',
	legendTarget: 'Doel',
	legendSelf: 'Uw inschatting',
	tableTransformation: 'Transformatie',
	tableScore: 'Score',
	tableTarget: 'Doel',
	tableGap: 'Kloof',
	tableSelf: 'Uw inschatting',
	tableAnswered: 'Beantwoord',
	tableOverall: 'Totaal',
	tableWeakest: (area, score) => `zwakste gebied: ${area} (${score})`,
	tableNotApplicable: (n) => `${n} n.v.t.`,
	tableIndicativeNote: (share) =>
		`* Indicatief: minder dan ${share} van de relevante vragen heeft een niveau. Telt niet mee in de totaalscore, de kloven en de afstand tot niveau 4.`,
	notAssessed: 'niet geëvalueerd',

	detailScore: (score, target) => `Score ${score} · doel ${target}`,
	detailArea: 'Gebied',
	noteLabel: 'Notitie',
	detailToday: 'Vandaag',
	levelName: (level, name) => `Niveau ${level} · ${name}`,
	levelMean: (value, n) => `Gemiddeld ${value} over ${n} antwoorden`,
	dontKnow: 'Weet ik niet',
	notApplicable: 'Niet van toepassing',
	notAnswered: 'Niet beantwoord',
	planHeading: 'Actieplan',
	planIntro:
		'Prioriteiten voorgesteld op basis van de kloof met het doel, gewogen met het belang dat u aan elke transformatie gaf, en daarna door u nagekeken. Elke actie heeft een trekker en een streefdatum.',
	planEmpty: 'Er zijn nog geen prioriteiten vastgelegd.',
	priorityHeading: (n, name) => `Prioriteit ${n}: ${name}`,
	priorityFacts: (score, target, gap, importance) =>
		`Score ${score} · doel ${target} · kloof ${gap} · belang: ${importance}`,
	importance: (level) => (level === 1 ? 'laag' : level === 3 ? 'hoog' : 'normaal'),
	actionNumber: 'nr.',
	action: 'Actie',
	owner: 'Trekker',
	dueDate: 'Streefdatum',
	dueBefore: (n) => `Vóór ${n}, dat eerst moet komen`,
	noActions: 'Nog geen acties.',
	notSet: '–',
	prioritySupport: (names) => `Passende steun: ${names} (zie “Steun voor uw volgende stap”).`,

	instrumentsHeading: 'Steun voor uw volgende stap',
	instrumentsIntro:
		'Overheidssteun waarvoor het bedrijf in aanmerking lijkt te komen, gezien zijn gewest, grootte, leeftijd en sector, met de voorwaarden waarop ze betaalt. Wat elke maatregel voor de acties van dit plan betaalt, staat in het actieplan; alleen de beheerder beslist.',
	instrumentsNone:
		'Geen enkele steunmaatregel uit de catalogus past bij het profiel en de kloven van dit bedrijf.',
	instrumentsMore: (n) =>
		plural('nl', n, {
			one: `Nog ${n} maatregel past; de app toont ze allemaal.`,
			other: `Nog ${n} maatregelen passen; de app toont ze allemaal.`
		}),
	termsRate: (rate, covers) => `Betaalt ${rate} van subsidiabele ${covers}`,
	termsNoRate: (covers) => `Voor ${covers}; geen vast deel van de kost`,
	termsTheme: (theme) => `tegen het percentage voor “${theme}”`,
	termsTopics: (topics) => `alleen voor: ${topics}`,
	termsCapProject: (amount) => `tot ${amount} per project`,
	termsCapYear: (amount) => `tot ${amount} per jaar`,
	termsCapPeriod: (amount, years) => `tot ${amount} over ${years} jaar`,
	termsMinCost: (amount) => `vanaf ${amount} aan subsidiabele kosten`,
	termsMinAid: (amount) => `kleinste steun ${amount}`,
	inPlan: (amount) => `Meegeteld in dit plan: ${amount}.`,
	unconfirmed: (date) =>
		`Niet bevestigd: geen actuele openbare bron bevestigt deze gegevens (laatst bekeken ${date}). Niet meegeteld in het plan.`,
	conditions: 'Voorwaarden',
	labelled: (label) => `${label}: `,
	asOf: (month) => `Gegevens van ${month}.`,
	stale: (month) =>
		`Deze gegevens dateren van ${month}: controleer de huidige regels bij de beheerder voor u aanvraagt.`,
	source: 'Bron',
	kind: (kind) =>
		({
			subsidy: 'Subsidie',
			voucher: 'Cheque',
			'tax-incentive': 'Fiscaal voordeel',
			'loan-equity': 'Lening of kapitaal',
			coaching: 'Begeleiding',
			network: 'Netwerk',
			training: 'Opleiding',
			'research-infrastructure': 'Onderzoeksinfrastructuur',
			award: 'Award',
			information: 'Informatie'
		})[kind],
	applicationsUntil: (date) => `Aanvragen tot en met ${date}.`,
	callClosedOn: (date) =>
		`Gesloten: de oproep is op ${date} afgesloten en een nieuwe oproep is niet bevestigd.`,
	callOpensOn: (date) => `Nu gesloten: aanvragen mogelijk vanaf ${date}.`,
	status: (status) =>
		({
			open: 'Open',
			closed: 'Voorlopig gesloten: kijk na wanneer het weer opengaat',
			ended: 'Stopgezet',
			unknown: 'Status na te vragen bij de beheerder'
		})[status],
	where: (where) =>
		({
			federal: 'Federaal',
			flanders: 'Vlaanderen',
			wallonia: 'Wallonië',
			brussels: 'Brussel',
			eu: 'Europese Unie',
			programme: 'Made Different-programma',
			'german-speaking-community': 'Duitstalige Gemeenschap'
		})[where],

	nextStepText:
		'Een expert van Agoria of Sirris bezoekt ongeveer een halve dag de werkvloer, overloopt deze resultaten met u en wijst de transformatiekansen aan die het meest tellen.',
	signOffHeading: 'Engagement van de bedrijfsleiding',
	signOffText: (company) =>
		`De bedrijfsleiding van ${company} heeft dit actieplan gelezen en engageert zich om het uit te voeren, met de trekkers en data die erin staan.`,
	signName: 'Naam',
	signRole: 'Functie',
	signDate: 'Datum',
	signSignature: 'Handtekening',

	annexHeading: 'Bijlage 2: hoe de scores berekend worden',
	methodAnswers:
		'Elke vraag beschrijft één prestatiegebied in vijf waarneembare niveaus. Niveau 4 is de prestatie van een laureaat van de Factory of the Future-award; niveau 5 is een meetbare stap verder. “Weet ik niet” telt als open. “Niet van toepassing” wordt alleen aangeboden waar een vraag echt niet van toepassing kan zijn, en laat de vraag dan weg; elders telt zo’n antwoord als open.',
	methodRespondents:
		'Als meerdere personen antwoorden, telt een vraag met het gemiddelde van hun niveaus, tenzij de groep een consensusantwoord afsprak: dat telt dan alleen. Antwoorden overgenomen uit een vorige evaluatie tellen pas mee als ze bevestigd zijn.',
	methodScore: (share) =>
		`De score van een transformatie is het gewogen gemiddelde van de beantwoorde niveaus (gewicht 1 tenzij de vragenlijst anders bepaalt): score = (som van niveau × gewicht) ÷ (som van de gewichten), op één decimaal. Is minder dan ${share} van de toepasselijke vragen beantwoord, dan is de score indicatief (met *) en telt ze nergens anders mee. De totaalscore is het gemiddelde van de transformaties die meetellen.`,
	methodGap:
		'Het doel is 4, tenzij u een ander doel koos. De kloof is het doel min de getoonde score. De volledigheid is het aandeel van de relevante vragen dat met een niveau beantwoord is.',
	methodFof:
		'Laureaten van de award halen minstens 8 op 10 op elk criterium (Sirris, 2025). Een transformatie telt dus pas op niveau 4 als haar score meetelt en elk beantwoord gebied op 4 of hoger staat (vergeleken zoals getoond: 3,96 wordt 4,0). De afstand telt op hoever de gemiddelden van de andere onder 4 liggen.',
	methodPriorities:
		'Prioriteiten worden voorgesteld op basis van kloof × belang (1 laag, 2 normaal, 3 hoog). Hun acties zijn de volgende stappen uit de vragenlijst voor het niveau van de gebieden die het verst onder het doel liggen.',
	methodEstimates:
		'De steunbedragen passen het percentage van elke maatregel voor de grootteklasse van het bedrijf (of een hoger themapercentage) toe op de geraamde kost van elke actie waarvoor ze betaalt (soort kost en thema), daarna de plafonds (een jaarplafond geldt voor alle acties van het plan samen) en de minimale kost en minimale steun. Per actie telt één maatregel; regelingen waarvan geen actuele openbare bron de voorwaarden bevestigt, worden getoond maar niet meegeteld.',
	disclaimerHeading: 'Voorbehoud',
	disclaimer:
		'Dit rapport steunt alleen op de antwoorden van het bedrijf. Het is geen audit, certificering of advies, en kent geen enkel label toe. Steunmaatregelen veranderen: de getoonde gegevens gelden op de vermelde data, en alleen de beheerder van een maatregel beslist wie in aanmerking komt en voor welk bedrag. Niets uit dit rapport is ergens naartoe gestuurd: het is op het toestel gemaakt.',

	headerText: (company) => `${company} · Zelfevaluatie en actieplan`,
	footerPage: (page, pages) => `Pagina ${page} van ${pages}`,
	footerDate: (date) => `Gemaakt op ${date}`
};

export default nl;
