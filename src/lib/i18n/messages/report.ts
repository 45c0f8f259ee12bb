// The PDF report's text, in the assessment's language. Pure TS: the report builder imports it
// directly, never through index.svelte.ts.
import type { Catalog } from '../catalog';

type Kind =
	| 'subsidy'
	| 'voucher'
	| 'tax-incentive'
	| 'loan-equity'
	| 'coaching'
	| 'network'
	| 'training'
	| 'research-infrastructure'
	| 'award'
	| 'information';
type Status = 'open' | 'closed' | 'ended' | 'unknown';
type Where = 'federal' | 'flanders' | 'wallonia' | 'brussels' | 'eu' | 'programme';
type Cap = 'project' | 'year' | 'period';

const en = {
	documentTitle: (company: string) => `Action plan – ${company}`,
	brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
	reportTitle: 'Self-assessment and action plan',
	unnamedCompany: 'Company name not filled in',
	coverDate: 'Date of this report',
	coverCompleted: 'Assessment completed',
	coverNotCompleted: 'not completed yet',
	coverFilledInBy: 'Filled in by',
	coverNobody: 'not recorded',
	coverQuestionnaire: 'Questionnaire',
	coverVersion: (title: string, version: number) => `${title}, version ${version}`,
	coverProfile: 'Company',
	coverPostcode: (postcode: string, region: string) => `Postcode ${postcode} (${region})`,
	coverEmployees: (n: string) => `${n} employees`,
	coverSector: (code: string) => `NACE ${code}`,
	coverNote:
		'Confidential. This report was made on the company’s own device from the answers of the people named above. It is a self-assessment, not an audit.',

	summaryHeading: 'Summary',
	summaryOverall: (company: string, score: string, assessed: number, of: number) =>
		`${company} scores ${score} out of 5 on average (${assessed} of ${of} transformations assessed).`,
	summaryNothing: 'No transformation has been scored yet: the answers are still open.',
	summaryCompleteness: (share: string) =>
		`${share} of the applicable questions were answered with a level.`,
	summaryStrongest: (name: string, score: string) =>
		`The strongest transformation is ${name}, at ${score}.`,
	summaryGaps: (list: string) => `The largest gaps to target are in ${list}.`,
	summaryGapItem: (name: string, score: string, target: string) =>
		`${name} (${score}, target ${target})`,
	summaryNoGaps: 'Every assessed transformation has reached its target.',
	summaryFof: (n: number, of: number, points: string) =>
		`${n} of ${of} transformations are at Factory of the Future level (4) or above; ${points} level points are still to go to reach level 4 everywhere.`,
	summaryPerception: (names: string) =>
		`Your own estimate was at least one level higher than the answers show for ${names}. Worth discussing with the team.`,
	summaryPlan: (n: number) =>
		n === 1
			? 'The action plan in this report sets one priority.'
			: `The action plan in this report sets ${n} priorities.`,
	ambitionHeading: 'Our ambition',
	listAnd: 'and',

	chartHeading: 'Score per transformation',
	chartNote: 'Scale 1 to 5. Level 4 is the performance of a Factory of the Future award winner.',
	legendScore: 'Score',
	legendTarget: 'Target',
	legendSelf: 'Your estimate',
	tableTransformation: 'Transformation',
	tableScore: 'Score',
	tableTarget: 'Target',
	tableGap: 'Gap',
	tableSelf: 'Your estimate',
	tableAnswered: 'Answered',
	tableOverall: 'Overall',
	notAssessed: 'not assessed',

	detailHeading: 'Where you stand, question by question',
	detailIntro:
		'For every performance area: the level your answers give today, and what the next level looks like on the shop floor.',
	detailScore: (score: string, target: string) => `Score ${score} · target ${target}`,
	detailArea: 'Area',
	detailToday: 'Today',
	detailNext: 'Next level',
	levelName: (level: number, name: string) => `Level ${level} · ${name}`,
	levelMean: (value: string, n: number) => `Mean ${value} of ${n} answers`,
	dontKnow: 'Don’t know',
	notApplicable: 'Not applicable',
	notAnswered: 'Not answered',
	topLevel: 'Highest level reached.',
	futureLevel: 'Factory of the Future level here',

	planHeading: 'Action plan',
	planIntro:
		'Priorities proposed from the gaps to target, weighted by the importance you gave each transformation, then reviewed by you. Each action has an owner and a target date.',
	planEmpty: 'No priorities have been set yet.',
	priorityHeading: (n: number, name: string) => `Priority ${n}: ${name}`,
	priorityFacts: (score: string, target: string, gap: string, importance: string) =>
		`Score ${score} · target ${target} · gap ${gap} · importance: ${importance}`,
	importance: (level: number) => (level === 1 ? 'low' : level === 3 ? 'high' : 'normal'),
	actionNumber: '#',
	action: 'Action',
	owner: 'Owner',
	dueDate: 'Target date',
	noActions: 'No actions yet.',
	notSet: '–',
	prioritySupport: (names: string) =>
		`Support that fits: ${names} (see “Support for your next step”).`,

	instrumentsHeading: 'Support for your next step',
	instrumentsIntro: (cost: string) =>
		`Public support the company appears to qualify for, given its region, size, age and sector. Amounts are estimates for a typical next step costing ${cost}; the operator decides.`,
	instrumentsNone:
		'No support instrument in the catalogue matches this company’s profile and gaps.',
	instrumentsMore: (n: number) => `${n} more instrument(s) match; the app lists them all.`,
	instrumentFor: (names: string) => `Helps with: ${names}`,
	estimate: (amount: string, rate: string, cost: string) =>
		`Estimated support: ${amount} (${rate} of ${cost})`,
	estimateTheme: (theme: string) => `at the rate for “${theme}”`,
	cappedBy: (cap: Cap) =>
		cap === 'project'
			? 'limited by the ceiling per project'
			: cap === 'year'
				? 'limited by the yearly ceiling'
				: 'limited by the ceiling over several years',
	noEstimate: 'No amount can be estimated for this instrument.',
	conditions: 'Conditions',
	labelled: (label: string) => `${label}: `,
	asOf: (month: string) => `Facts as of ${month}.`,
	stale: (month: string) =>
		`These facts date from ${month}: check the current rules with the operator before you apply.`,
	sources: 'Sources',
	seedSource: (seed: string, lines: string) => `Programme document ${seed}, lines ${lines}`,
	accessed: (month: string) => `consulted ${month}`,
	website: 'Website',
	kind: (kind: Kind) =>
		({
			subsidy: 'Subsidy',
			voucher: 'Voucher',
			'tax-incentive': 'Tax incentive',
			'loan-equity': 'Loan or equity',
			coaching: 'Coaching',
			network: 'Network',
			training: 'Training',
			'research-infrastructure': 'Research infrastructure',
			award: 'Award',
			information: 'Information'
		})[kind],
	status: (status: Status) =>
		({
			open: 'Open',
			closed: 'Closed for now: check when it reopens',
			ended: 'Ended',
			unknown: 'Status to be checked with the operator'
		})[status],
	where: (where: Where) =>
		({
			federal: 'Federal',
			flanders: 'Flanders',
			wallonia: 'Wallonia',
			brussels: 'Brussels',
			eu: 'European Union',
			programme: 'Made Different programme'
		})[where],

	journeyHeading: 'Next steps in the Made Different journey',
	journeyIntro:
		'This self-assessment is the first step. The programme’s experts then take the company further, one step at a time.',
	stepVisitTitle: 'Advisory site visit',
	stepVisitText:
		'An expert of Agoria or Sirris visits the shop floor for about half a day, goes through these results with you and points to the transformation opportunities that matter most.',
	stepCommitmentTitle: 'Commitment of top management',
	stepCommitmentText:
		'The full assessment and coaching start with a clear commitment of the management to carry the transformation. The sign-off block below is for that.',
	stepAssessmentTitle: 'Full assessment',
	stepAssessmentText: (cost: string) =>
		`A thorough assessment inside the company, on average 10 to 15 consultancy days (about ${cost}), leading to a tailored action plan. Regional support can pay part of it: see the previous section.`,
	stepAwardTitle: 'Factory of the Future award',
	stepAwardText: (n: number, of: number, points: string) =>
		`The award asks for level 4 or more on all seven transformations, confirmed on site by the programme’s assessors. Today ${n} of ${of} transformations are there, with ${points} level points to go. This report is a distance, not a certificate.`,
	stepAwardNotAssessed: (n: number) =>
		`${n} transformation(s) are not assessed yet, so the distance is not complete.`,
	signOffHeading: 'Commitment of top management',
	signOffText: (company: string) =>
		`The management of ${company} has read this action plan and commits to carry it out, with the owners and dates set in it.`,
	signName: 'Name',
	signRole: 'Function',
	signDate: 'Date',
	signSignature: 'Signature',

	annexHeading: 'Annex: how the scores are calculated',
	methodAnswers:
		'Each question describes one performance area in five observable levels. Level 4 is the performance of a Factory of the Future award winner; level 5 goes beyond. “Don’t know” counts as not answered; “not applicable” leaves the question out.',
	methodRespondents:
		'When several people answer, a question counts with the mean of their levels, unless the group agreed on a consensus answer, which then counts alone. Answers carried over from an earlier assessment count only once confirmed.',
	methodScore:
		'The score of a transformation is the weighted mean of its answered levels (weight 1 unless the questionnaire says otherwise): score = Σ (level × weight) ÷ Σ weight, shown to one decimal. The overall score is the mean of the assessed transformations.',
	methodGap:
		'The target is 4 unless you set another one. The gap is the target minus the score shown. Completeness is the share of the applicable questions answered with a level.',
	methodFof:
		'The distance to Factory of the Future counts the transformations at level 4 or more (compared as shown, so 3.96 shows as 4.0 and counts) and adds up how far the others are below 4.',
	methodPriorities:
		'Priorities are proposed from gap × importance (1 low, 2 normal, 3 high). Their actions are the questionnaire’s next steps for the level of the areas furthest below target.',
	methodEstimates: (cost: string) =>
		`Support estimates apply the instrument’s rate for the company’s size class (or a higher theme rate) to a next step of ${cost}, then its ceilings.`,
	disclaimerHeading: 'Disclaimer',
	disclaimer:
		'This report rests only on the answers given by the company. It is not an audit, a certification or advice, and it does not award any label. Support schemes change: the facts shown are as of the dates given, and only the operator of a scheme decides who qualifies and for how much. Nothing in this report was sent anywhere: it was made on the device.',

	headerText: (company: string) => `${company} · Self-assessment and action plan`,
	footerPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
	footerDate: (date: string) => `Made on ${date}`
};

export const report: Catalog<typeof en> = {
	en,
	nl: {
		documentTitle: (company) => `Actieplan – ${company}`,
		brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
		reportTitle: 'Zelfevaluatie en actieplan',
		unnamedCompany: 'Bedrijfsnaam niet ingevuld',
		coverDate: 'Datum van dit rapport',
		coverCompleted: 'Evaluatie afgerond',
		coverNotCompleted: 'nog niet afgerond',
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

		summaryHeading: 'Samenvatting',
		summaryOverall: (company, score, assessed, of) =>
			`${company} scoort gemiddeld ${score} op 5 (${assessed} van de ${of} transformaties geëvalueerd).`,
		summaryNothing: 'Nog geen enkele transformatie heeft een score: de antwoorden staan nog open.',
		summaryCompleteness: (share) =>
			`${share} van de relevante vragen is met een niveau beantwoord.`,
		summaryStrongest: (name, score) => `De sterkste transformatie is ${name}, met ${score}.`,
		summaryGaps: (list) => `De grootste kloven met het doel zitten bij ${list}.`,
		summaryGapItem: (name, score, target) => `${name} (${score}, doel ${target})`,
		summaryNoGaps: 'Elke geëvalueerde transformatie heeft haar doel bereikt.',
		summaryFof: (n, of, points) =>
			`${n} van de ${of} transformaties staan op Factory of the Future-niveau (4) of hoger; er ontbreken nog ${points} niveaupunten om overal niveau 4 te halen.`,
		summaryPerception: (names) =>
			`Uw eigen inschatting lag minstens één niveau hoger dan de antwoorden tonen voor ${names}. Bespreek dat met het team.`,
		summaryPlan: (n) =>
			n === 1
				? 'Het actieplan in dit rapport legt één prioriteit vast.'
				: `Het actieplan in dit rapport legt ${n} prioriteiten vast.`,
		ambitionHeading: 'Onze ambitie',
		listAnd: 'en',

		chartHeading: 'Score per transformatie',
		chartNote:
			'Schaal van 1 tot 5. Niveau 4 is de prestatie van een laureaat van de Factory of the Future-award.',
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
		notAssessed: 'niet geëvalueerd',

		detailHeading: 'Waar u staat, vraag per vraag',
		detailIntro:
			'Per prestatiegebied: het niveau dat uw antwoorden vandaag geven, en hoe het volgende niveau er op de werkvloer uitziet.',
		detailScore: (score, target) => `Score ${score} · doel ${target}`,
		detailArea: 'Gebied',
		detailToday: 'Vandaag',
		detailNext: 'Volgend niveau',
		levelName: (level, name) => `Niveau ${level} · ${name}`,
		levelMean: (value, n) => `Gemiddeld ${value} over ${n} antwoorden`,
		dontKnow: 'Weet ik niet',
		notApplicable: 'Niet van toepassing',
		notAnswered: 'Niet beantwoord',
		topLevel: 'Hoogste niveau bereikt.',
		futureLevel: 'Factory of the Future-niveau op dit vlak',

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
		noActions: 'Nog geen acties.',
		notSet: '–',
		prioritySupport: (names) => `Passende steun: ${names} (zie “Steun voor uw volgende stap”).`,

		instrumentsHeading: 'Steun voor uw volgende stap',
		instrumentsIntro: (cost) =>
			`Overheidssteun waarvoor het bedrijf in aanmerking lijkt te komen, gezien zijn gewest, grootte, leeftijd en sector. De bedragen zijn ramingen voor een typische volgende stap van ${cost}; de beheerder beslist.`,
		instrumentsNone:
			'Geen enkele steunmaatregel uit de catalogus past bij het profiel en de kloven van dit bedrijf.',
		instrumentsMore: (n) => `Nog ${n} maatregel(en) passen; de app toont ze allemaal.`,
		instrumentFor: (names) => `Helpt bij: ${names}`,
		estimate: (amount, rate, cost) => `Geraamde steun: ${amount} (${rate} van ${cost})`,
		estimateTheme: (theme) => `tegen het percentage voor “${theme}”`,
		cappedBy: (cap) =>
			cap === 'project'
				? 'begrensd door het plafond per project'
				: cap === 'year'
					? 'begrensd door het jaarplafond'
					: 'begrensd door het plafond over meerdere jaren',
		noEstimate: 'Voor deze maatregel valt geen bedrag te ramen.',
		conditions: 'Voorwaarden',
		labelled: (label) => `${label}: `,
		asOf: (month) => `Gegevens van ${month}.`,
		stale: (month) =>
			`Deze gegevens dateren van ${month}: controleer de huidige regels bij de beheerder voor u aanvraagt.`,
		sources: 'Bronnen',
		seedSource: (seed, lines) => `Programmadocument ${seed}, regels ${lines}`,
		accessed: (month) => `geraadpleegd ${month}`,
		website: 'Website',
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
				programme: 'Made Different-programma'
			})[where],

		journeyHeading: 'Volgende stappen in het Made Different-traject',
		journeyIntro:
			'Deze zelfevaluatie is de eerste stap. De experts van het programma brengen het bedrijf daarna stap voor stap verder.',
		stepVisitTitle: 'Adviesbezoek ter plaatse',
		stepVisitText:
			'Een expert van Agoria of Sirris bezoekt ongeveer een halve dag de werkvloer, overloopt deze resultaten met u en wijst de transformatiekansen aan die het meest tellen.',
		stepCommitmentTitle: 'Engagement van de bedrijfsleiding',
		stepCommitmentText:
			'De volledige audit en begeleiding beginnen met een duidelijk engagement van de bedrijfsleiding om de transformatie te dragen. Het ondertekeningsblok hieronder dient daarvoor.',
		stepAssessmentTitle: 'Volledige audit',
		stepAssessmentText: (cost) =>
			`Een grondige doorlichting in het bedrijf, gemiddeld 10 tot 15 consultancydagen (ongeveer ${cost}), met een actieplan op maat. Gewestelijke steun kan een deel betalen: zie het vorige hoofdstuk.`,
		stepAwardTitle: 'Factory of the Future-award',
		stepAwardText: (n, of, points) =>
			`De award vraagt niveau 4 of meer op alle zeven transformaties, ter plaatse bevestigd door de assessoren van het programma. Vandaag staan ${n} van de ${of} transformaties daar, met nog ${points} niveaupunten te gaan. Dit rapport toont een afstand, geen certificaat.`,
		stepAwardNotAssessed: (n) =>
			`${n} transformatie(s) zijn nog niet geëvalueerd, dus de afstand is nog niet volledig.`,
		signOffHeading: 'Engagement van de bedrijfsleiding',
		signOffText: (company) =>
			`De bedrijfsleiding van ${company} heeft dit actieplan gelezen en engageert zich om het uit te voeren, met de trekkers en data die erin staan.`,
		signName: 'Naam',
		signRole: 'Functie',
		signDate: 'Datum',
		signSignature: 'Handtekening',

		annexHeading: 'Bijlage: hoe de scores berekend worden',
		methodAnswers:
			'Elke vraag beschrijft één prestatiegebied in vijf waarneembare niveaus. Niveau 4 is de prestatie van een laureaat van de Factory of the Future-award; niveau 5 gaat verder. “Weet ik niet” telt als niet beantwoord; “niet van toepassing” laat de vraag weg.',
		methodRespondents:
			'Als meerdere personen antwoorden, telt een vraag met het gemiddelde van hun niveaus, tenzij de groep een consensusantwoord afsprak: dat telt dan alleen. Antwoorden overgenomen uit een vorige evaluatie tellen pas mee als ze bevestigd zijn.',
		methodScore:
			'De score van een transformatie is het gewogen gemiddelde van de beantwoorde niveaus (gewicht 1 tenzij de vragenlijst anders bepaalt): score = Σ (niveau × gewicht) ÷ Σ gewicht, op één decimaal. De totaalscore is het gemiddelde van de geëvalueerde transformaties.',
		methodGap:
			'Het doel is 4, tenzij u een ander doel koos. De kloof is het doel min de getoonde score. De volledigheid is het aandeel van de relevante vragen dat met een niveau beantwoord is.',
		methodFof:
			'De afstand tot Factory of the Future telt de transformaties op niveau 4 of hoger (vergeleken zoals getoond: 3,96 wordt 4,0 en telt mee) en telt op hoever de andere onder 4 liggen.',
		methodPriorities:
			'Prioriteiten worden voorgesteld op basis van kloof × belang (1 laag, 2 normaal, 3 hoog). Hun acties zijn de volgende stappen uit de vragenlijst voor het niveau van de gebieden die het verst onder het doel liggen.',
		methodEstimates: (cost) =>
			`De steunramingen passen het percentage van de maatregel voor de grootteklasse van het bedrijf (of een hoger themapercentage) toe op een volgende stap van ${cost}, en daarna de plafonds.`,
		disclaimerHeading: 'Voorbehoud',
		disclaimer:
			'Dit rapport steunt alleen op de antwoorden van het bedrijf. Het is geen audit, certificering of advies, en kent geen enkel label toe. Steunmaatregelen veranderen: de getoonde gegevens gelden op de vermelde data, en alleen de beheerder van een maatregel beslist wie in aanmerking komt en voor welk bedrag. Niets uit dit rapport is ergens naartoe gestuurd: het is op het toestel gemaakt.',

		headerText: (company) => `${company} · Zelfevaluatie en actieplan`,
		footerPage: (page, pages) => `Pagina ${page} van ${pages}`,
		footerDate: (date) => `Gemaakt op ${date}`
	},
	fr: {
		documentTitle: (company) => `Plan d’action – ${company}`,
		brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
		reportTitle: 'Autoévaluation et plan d’action',
		unnamedCompany: 'Nom de l’entreprise non renseigné',
		coverDate: 'Date de ce rapport',
		coverCompleted: 'Évaluation terminée le',
		coverNotCompleted: 'pas encore terminée',
		coverFilledInBy: 'Complété par',
		coverNobody: 'non renseigné',
		coverQuestionnaire: 'Questionnaire',
		coverVersion: (title, version) => `${title}, version ${version}`,
		coverProfile: 'Entreprise',
		coverPostcode: (postcode, region) => `Code postal ${postcode} (${region})`,
		coverEmployees: (n) => `${n} travailleurs`,
		coverSector: (code) => `NACE ${code}`,
		coverNote:
			'Confidentiel. Ce rapport a été établi sur l’appareil de l’entreprise, à partir des réponses des personnes citées ci-dessus. C’est une autoévaluation, pas un audit.',

		summaryHeading: 'Synthèse',
		summaryOverall: (company, score, assessed, of) =>
			`${company} obtient un score moyen de ${score} sur 5 (${assessed} transformations évaluées sur ${of}).`,
		summaryNothing:
			'Aucune transformation n’a encore de score : les réponses sont toujours ouvertes.',
		summaryCompleteness: (share) => `${share} des questions pertinentes ont reçu un niveau.`,
		summaryStrongest: (name, score) => `La transformation la plus avancée est ${name}, à ${score}.`,
		summaryGaps: (list) =>
			`Les écarts les plus importants par rapport à l’objectif concernent ${list}.`,
		summaryGapItem: (name, score, target) => `${name} (${score}, objectif ${target})`,
		summaryNoGaps: 'Chaque transformation évaluée a atteint son objectif.',
		summaryFof: (n, of, points) =>
			`${n} transformations sur ${of} sont au niveau Factory of the Future (4) ou plus ; il reste ${points} points de niveau pour atteindre le niveau 4 partout.`,
		summaryPerception: (names) =>
			`Votre propre estimation dépassait d’au moins un niveau ce que montrent les réponses pour ${names}. À discuter en équipe.`,
		summaryPlan: (n) =>
			n === 1
				? 'Le plan d’action de ce rapport fixe une priorité.'
				: `Le plan d’action de ce rapport fixe ${n} priorités.`,
		ambitionHeading: 'Notre ambition',
		listAnd: 'et',

		chartHeading: 'Score par transformation',
		chartNote:
			'Échelle de 1 à 5. Le niveau 4 correspond à la performance d’un lauréat du prix Factory of the Future.',
		legendScore: 'Score',
		legendTarget: 'Objectif',
		legendSelf: 'Votre estimation',
		tableTransformation: 'Transformation',
		tableScore: 'Score',
		tableTarget: 'Objectif',
		tableGap: 'Écart',
		tableSelf: 'Votre estimation',
		tableAnswered: 'Répondu',
		tableOverall: 'Global',
		notAssessed: 'non évaluée',

		detailHeading: 'Où vous en êtes, question par question',
		detailIntro:
			'Pour chaque domaine de performance : le niveau que donnent vos réponses aujourd’hui, et ce à quoi ressemble le niveau suivant dans l’atelier.',
		detailScore: (score, target) => `Score ${score} · objectif ${target}`,
		detailArea: 'Domaine',
		detailToday: 'Aujourd’hui',
		detailNext: 'Niveau suivant',
		levelName: (level, name) => `Niveau ${level} · ${name}`,
		levelMean: (value, n) => `Moyenne ${value} sur ${n} réponses`,
		dontKnow: 'Je ne sais pas',
		notApplicable: 'Non applicable',
		notAnswered: 'Sans réponse',
		topLevel: 'Niveau le plus élevé atteint.',
		futureLevel: 'Le niveau Factory of the Future ici',

		planHeading: 'Plan d’action',
		planIntro:
			'Priorités proposées à partir des écarts par rapport à l’objectif, pondérés par l’importance que vous donnez à chaque transformation, puis revues par vous. Chaque action a un responsable et une date cible.',
		planEmpty: 'Aucune priorité n’a encore été fixée.',
		priorityHeading: (n, name) => `Priorité ${n} : ${name}`,
		priorityFacts: (score, target, gap, importance) =>
			`Score ${score} · objectif ${target} · écart ${gap} · importance : ${importance}`,
		importance: (level) => (level === 1 ? 'faible' : level === 3 ? 'élevée' : 'normale'),
		actionNumber: 'n°',
		action: 'Action',
		owner: 'Responsable',
		dueDate: 'Date cible',
		noActions: 'Pas encore d’actions.',
		notSet: '–',
		prioritySupport: (names) =>
			`Aides adaptées : ${names} (voir « Aides pour votre prochaine étape »).`,

		instrumentsHeading: 'Aides pour votre prochaine étape',
		instrumentsIntro: (cost) =>
			`Les aides publiques auxquelles l’entreprise semble avoir droit, vu sa région, sa taille, son âge et son secteur. Les montants sont des estimations pour une prochaine étape type de ${cost} ; l’opérateur décide.`,
		instrumentsNone:
			'Aucune aide du catalogue ne correspond au profil et aux écarts de cette entreprise.',
		instrumentsMore: (n) =>
			`${n} autre(s) aide(s) correspondent ; l’application les affiche toutes.`,
		instrumentFor: (names) => `Utile pour : ${names}`,
		estimate: (amount, rate, cost) => `Aide estimée : ${amount} (${rate} de ${cost})`,
		estimateTheme: (theme) => `au taux prévu pour « ${theme} »`,
		cappedBy: (cap) =>
			cap === 'project'
				? 'limitée par le plafond par projet'
				: cap === 'year'
					? 'limitée par le plafond annuel'
					: 'limitée par le plafond sur plusieurs années',
		noEstimate: 'Aucun montant ne peut être estimé pour cette aide.',
		conditions: 'Conditions',
		labelled: (label) => `${label} : `,
		asOf: (month) => `Informations à jour en ${month}.`,
		stale: (month) =>
			`Ces informations datent de ${month} : vérifiez les règles actuelles auprès de l’opérateur avant d’introduire une demande.`,
		sources: 'Sources',
		seedSource: (seed, lines) => `Document du programme ${seed}, lignes ${lines}`,
		accessed: (month) => `consulté en ${month}`,
		website: 'Site web',
		kind: (kind) =>
			({
				subsidy: 'Subvention',
				voucher: 'Chèque',
				'tax-incentive': 'Avantage fiscal',
				'loan-equity': 'Prêt ou capital',
				coaching: 'Accompagnement',
				network: 'Réseau',
				training: 'Formation',
				'research-infrastructure': 'Infrastructure de recherche',
				award: 'Prix',
				information: 'Information'
			})[kind],
		status: (status) =>
			({
				open: 'Ouvert',
				closed: 'Fermé pour l’instant : vérifiez quand il rouvre',
				ended: 'Arrêté',
				unknown: 'Statut à vérifier auprès de l’opérateur'
			})[status],
		where: (where) =>
			({
				federal: 'Fédéral',
				flanders: 'Flandre',
				wallonia: 'Wallonie',
				brussels: 'Bruxelles',
				eu: 'Union européenne',
				programme: 'Programme Made Different'
			})[where],

		journeyHeading: 'Prochaines étapes du parcours Made Different',
		journeyIntro:
			'Cette autoévaluation est la première étape. Les experts du programme accompagnent ensuite l’entreprise, une étape à la fois.',
		stepVisitTitle: 'Visite conseil sur site',
		stepVisitText:
			'Un expert d’Agoria ou de Sirris passe environ une demi-journée dans vos ateliers, parcourt ces résultats avec vous et désigne les pistes de transformation les plus porteuses.',
		stepCommitmentTitle: 'Engagement de la direction',
		stepCommitmentText:
			'L’audit complet et l’accompagnement commencent par un engagement clair de la direction à porter la transformation. Le bloc de signature ci-dessous sert à cela.',
		stepAssessmentTitle: 'Audit complet',
		stepAssessmentText: (cost) =>
			`Une analyse approfondie dans l’entreprise, en moyenne 10 à 15 jours de consultance (environ ${cost}), qui débouche sur un plan d’action sur mesure. Des aides régionales peuvent en couvrir une partie : voir la section précédente.`,
		stepAwardTitle: 'Prix Factory of the Future',
		stepAwardText: (n, of, points) =>
			`Le prix demande le niveau 4 ou plus sur les sept transformations, confirmé sur site par les évaluateurs du programme. Aujourd’hui, ${n} transformations sur ${of} y sont, et il reste ${points} points de niveau. Ce rapport mesure une distance, ce n’est pas un certificat.`,
		stepAwardNotAssessed: (n) =>
			`${n} transformation(s) pas encore évaluée(s) : la distance n’est donc pas complète.`,
		signOffHeading: 'Engagement de la direction',
		signOffText: (company) =>
			`La direction de ${company} a pris connaissance de ce plan d’action et s’engage à le mettre en œuvre, avec les responsables et les dates qui y figurent.`,
		signName: 'Nom',
		signRole: 'Fonction',
		signDate: 'Date',
		signSignature: 'Signature',

		annexHeading: 'Annexe : comment les scores sont calculés',
		methodAnswers:
			'Chaque question décrit un domaine de performance en cinq niveaux observables. Le niveau 4 correspond à la performance d’un lauréat du prix Factory of the Future ; le niveau 5 va au-delà. « Je ne sais pas » compte comme sans réponse ; « non applicable » retire la question du calcul.',
		methodRespondents:
			'Quand plusieurs personnes répondent, une question compte avec la moyenne de leurs niveaux, sauf si le groupe a convenu d’une réponse de consensus, qui compte alors seule. Les réponses reprises d’une évaluation précédente ne comptent qu’une fois confirmées.',
		methodScore:
			'Le score d’une transformation est la moyenne pondérée des niveaux répondus (poids 1 sauf indication du questionnaire) : score = Σ (niveau × poids) ÷ Σ poids, arrondi à une décimale. Le score global est la moyenne des transformations évaluées.',
		methodGap:
			'L’objectif est 4, sauf si vous en avez choisi un autre. L’écart est l’objectif moins le score affiché. La complétude est la part des questions pertinentes qui ont reçu un niveau.',
		methodFof:
			'La distance à la Factory of the Future compte les transformations au niveau 4 ou plus (comparées telles qu’affichées : 3,96 devient 4,0 et compte) et additionne l’écart des autres sous le niveau 4.',
		methodPriorities:
			'Les priorités sont proposées selon écart × importance (1 faible, 2 normale, 3 élevée). Leurs actions sont les prochaines étapes du questionnaire pour le niveau des domaines les plus éloignés de l’objectif.',
		methodEstimates: (cost) =>
			`Les estimations d’aide appliquent le taux de l’aide pour la classe de taille de l’entreprise (ou un taux thématique plus élevé) à une prochaine étape de ${cost}, puis ses plafonds.`,
		disclaimerHeading: 'Avertissement',
		disclaimer:
			'Ce rapport repose uniquement sur les réponses de l’entreprise. Ce n’est ni un audit, ni une certification, ni un avis, et il n’attribue aucun label. Les aides évoluent : les informations affichées valent aux dates indiquées, et seul l’opérateur d’une aide décide qui y a droit et pour quel montant. Rien de ce rapport n’a été envoyé : il a été établi sur l’appareil.',

		headerText: (company) => `${company} · Autoévaluation et plan d’action`,
		footerPage: (page, pages) => `Page ${page} sur ${pages}`,
		footerDate: (date) => `Établi le ${date}`
	},
	de: {
		documentTitle: (company) => `Aktionsplan – ${company}`,
		brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
		reportTitle: 'Selbstbewertung und Aktionsplan',
		unnamedCompany: 'Firmenname nicht ausgefüllt',
		coverDate: 'Datum dieses Berichts',
		coverCompleted: 'Bewertung abgeschlossen',
		coverNotCompleted: 'noch nicht abgeschlossen',
		coverFilledInBy: 'Ausgefüllt von',
		coverNobody: 'nicht erfasst',
		coverQuestionnaire: 'Fragebogen',
		coverVersion: (title, version) => `${title}, Version ${version}`,
		coverProfile: 'Unternehmen',
		coverPostcode: (postcode, region) => `Postleitzahl ${postcode} (${region})`,
		coverEmployees: (n) => `${n} Beschäftigte`,
		coverSector: (code) => `NACE ${code}`,
		coverNote:
			'Vertraulich. Dieser Bericht wurde auf dem eigenen Gerät des Unternehmens aus den Antworten der oben genannten Personen erstellt. Er ist eine Selbstbewertung, kein Audit.',

		summaryHeading: 'Zusammenfassung',
		summaryOverall: (company, score, assessed, of) =>
			`${company} erreicht im Durchschnitt ${score} von 5 (${assessed} von ${of} Transformationen bewertet).`,
		summaryNothing: 'Noch keine Transformation hat einen Wert: Die Antworten sind noch offen.',
		summaryCompleteness: (share) =>
			`${share} der zutreffenden Fragen wurden mit einer Stufe beantwortet.`,
		summaryStrongest: (name, score) => `Die stärkste Transformation ist ${name} mit ${score}.`,
		summaryGaps: (list) => `Die größten Abstände zum Ziel bestehen bei ${list}.`,
		summaryGapItem: (name, score, target) => `${name} (${score}, Ziel ${target})`,
		summaryNoGaps: 'Jede bewertete Transformation hat ihr Ziel erreicht.',
		summaryFof: (n, of, points) =>
			`${n} von ${of} Transformationen liegen auf Factory-of-the-Future-Stufe (4) oder höher; bis Stufe 4 überall fehlen noch ${points} Stufenpunkte.`,
		summaryPerception: (names) =>
			`Ihre eigene Einschätzung lag bei ${names} mindestens eine Stufe über dem, was die Antworten zeigen. Das lohnt ein Gespräch im Team.`,
		summaryPlan: (n) =>
			n === 1
				? 'Der Aktionsplan in diesem Bericht setzt eine Priorität.'
				: `Der Aktionsplan in diesem Bericht setzt ${n} Prioritäten.`,
		ambitionHeading: 'Unser Ziel',
		listAnd: 'und',

		chartHeading: 'Wert je Transformation',
		chartNote:
			'Skala von 1 bis 5. Stufe 4 ist die Leistung eines Preisträgers des Factory-of-the-Future-Preises.',
		legendScore: 'Wert',
		legendTarget: 'Ziel',
		legendSelf: 'Ihre Einschätzung',
		tableTransformation: 'Transformation',
		tableScore: 'Wert',
		tableTarget: 'Ziel',
		tableGap: 'Abstand',
		tableSelf: 'Ihre Einschätzung',
		tableAnswered: 'Beantwortet',
		tableOverall: 'Gesamt',
		notAssessed: 'nicht bewertet',

		detailHeading: 'Wo Sie stehen, Frage für Frage',
		detailIntro:
			'Für jeden Leistungsbereich: die Stufe, die Ihre Antworten heute ergeben, und wie die nächste Stufe in der Fertigung aussieht.',
		detailScore: (score, target) => `Wert ${score} · Ziel ${target}`,
		detailArea: 'Bereich',
		detailToday: 'Heute',
		detailNext: 'Nächste Stufe',
		levelName: (level, name) => `Stufe ${level} · ${name}`,
		levelMean: (value, n) => `Mittelwert ${value} aus ${n} Antworten`,
		dontKnow: 'Weiß nicht',
		notApplicable: 'Trifft nicht zu',
		notAnswered: 'Nicht beantwortet',
		topLevel: 'Höchste Stufe erreicht.',
		futureLevel: 'Factory-of-the-Future-Stufe in diesem Bereich',

		planHeading: 'Aktionsplan',
		planIntro:
			'Prioritäten, vorgeschlagen aus den Abständen zum Ziel, gewichtet mit der Bedeutung, die Sie jeder Transformation gegeben haben, und danach von Ihnen überprüft. Jede Maßnahme hat einen Verantwortlichen und einen Zieltermin.',
		planEmpty: 'Es sind noch keine Prioritäten festgelegt.',
		priorityHeading: (n, name) => `Priorität ${n}: ${name}`,
		priorityFacts: (score, target, gap, importance) =>
			`Wert ${score} · Ziel ${target} · Abstand ${gap} · Bedeutung: ${importance}`,
		importance: (level) => (level === 1 ? 'gering' : level === 3 ? 'hoch' : 'normal'),
		actionNumber: 'Nr.',
		action: 'Maßnahme',
		owner: 'Verantwortlich',
		dueDate: 'Zieltermin',
		noActions: 'Noch keine Maßnahmen.',
		notSet: '–',
		prioritySupport: (names) =>
			`Passende Förderung: ${names} (siehe „Förderung für Ihren nächsten Schritt“).`,

		instrumentsHeading: 'Förderung für Ihren nächsten Schritt',
		instrumentsIntro: (cost) =>
			`Öffentliche Förderung, für die das Unternehmen nach Region, Größe, Alter und Branche in Frage zu kommen scheint. Die Beträge sind Schätzungen für einen typischen nächsten Schritt von ${cost}; es entscheidet der Träger.`,
		instrumentsNone:
			'Kein Förderangebot des Katalogs passt zum Profil und zu den Abständen dieses Unternehmens.',
		instrumentsMore: (n) => `${n} weitere(s) Angebot(e) passen; die App zeigt sie alle.`,
		instrumentFor: (names) => `Hilft bei: ${names}`,
		estimate: (amount, rate, cost) => `Geschätzte Förderung: ${amount} (${rate} von ${cost})`,
		estimateTheme: (theme) => `zum Satz für „${theme}“`,
		cappedBy: (cap) =>
			cap === 'project'
				? 'begrenzt durch die Obergrenze je Projekt'
				: cap === 'year'
					? 'begrenzt durch die Jahresobergrenze'
					: 'begrenzt durch die Obergrenze über mehrere Jahre',
		noEstimate: 'Für dieses Angebot lässt sich kein Betrag schätzen.',
		conditions: 'Bedingungen',
		labelled: (label) => `${label}: `,
		asOf: (month) => `Stand: ${month}.`,
		stale: (month) =>
			`Diese Angaben stammen von ${month}: Prüfen Sie die aktuellen Regeln beim Träger, bevor Sie einen Antrag stellen.`,
		sources: 'Quellen',
		seedSource: (seed, lines) => `Programmdokument ${seed}, Zeilen ${lines}`,
		accessed: (month) => `abgerufen ${month}`,
		website: 'Website',
		kind: (kind) =>
			({
				subsidy: 'Zuschuss',
				voucher: 'Scheck',
				'tax-incentive': 'Steuervorteil',
				'loan-equity': 'Darlehen oder Beteiligung',
				coaching: 'Begleitung',
				network: 'Netzwerk',
				training: 'Schulung',
				'research-infrastructure': 'Forschungsinfrastruktur',
				award: 'Preis',
				information: 'Information'
			})[kind],
		status: (status) =>
			({
				open: 'Offen',
				closed: 'Derzeit geschlossen: prüfen Sie, wann es wieder öffnet',
				ended: 'Eingestellt',
				unknown: 'Status beim Träger zu prüfen'
			})[status],
		where: (where) =>
			({
				federal: 'Föderal',
				flanders: 'Flandern',
				wallonia: 'Wallonien',
				brussels: 'Brüssel',
				eu: 'Europäische Union',
				programme: 'Programm Made Different'
			})[where],

		journeyHeading: 'Nächste Schritte im Made-Different-Programm',
		journeyIntro:
			'Diese Selbstbewertung ist der erste Schritt. Die Fachleute des Programms begleiten das Unternehmen danach Schritt für Schritt weiter.',
		stepVisitTitle: 'Beratungsbesuch vor Ort',
		stepVisitText:
			'Ein Experte von Agoria oder Sirris besucht etwa einen halben Tag Ihre Fertigung, geht diese Ergebnisse mit Ihnen durch und zeigt die Transformationschancen, die am meisten zählen.',
		stepCommitmentTitle: 'Zusage der Geschäftsleitung',
		stepCommitmentText:
			'Das vollständige Audit und die Begleitung beginnen mit einer klaren Zusage der Geschäftsleitung, die Transformation zu tragen. Dafür ist der Unterschriftenblock unten gedacht.',
		stepAssessmentTitle: 'Vollständiges Audit',
		stepAssessmentText: (cost) =>
			`Eine gründliche Untersuchung im Unternehmen, im Mittel 10 bis 15 Beratertage (etwa ${cost}), mit einem maßgeschneiderten Aktionsplan. Regionale Förderung kann einen Teil übernehmen: siehe den vorigen Abschnitt.`,
		stepAwardTitle: 'Factory-of-the-Future-Preis',
		stepAwardText: (n, of, points) =>
			`Der Preis verlangt Stufe 4 oder mehr in allen sieben Transformationen, vor Ort bestätigt durch die Gutachter des Programms. Heute sind ${n} von ${of} Transformationen dort, es fehlen noch ${points} Stufenpunkte. Dieser Bericht zeigt einen Abstand, kein Zertifikat.`,
		stepAwardNotAssessed: (n) =>
			`${n} Transformation(en) noch nicht bewertet; der Abstand ist daher unvollständig.`,
		signOffHeading: 'Zusage der Geschäftsleitung',
		signOffText: (company) =>
			`Die Geschäftsleitung von ${company} hat diesen Aktionsplan gelesen und verpflichtet sich, ihn mit den darin genannten Verantwortlichen und Terminen umzusetzen.`,
		signName: 'Name',
		signRole: 'Funktion',
		signDate: 'Datum',
		signSignature: 'Unterschrift',

		annexHeading: 'Anhang: wie die Werte berechnet werden',
		methodAnswers:
			'Jede Frage beschreibt einen Leistungsbereich in fünf beobachtbaren Stufen. Stufe 4 ist die Leistung eines Preisträgers des Factory-of-the-Future-Preises; Stufe 5 geht darüber hinaus. „Weiß nicht“ zählt als nicht beantwortet; „trifft nicht zu“ nimmt die Frage heraus.',
		methodRespondents:
			'Antworten mehrere Personen, zählt eine Frage mit dem Mittelwert ihrer Stufen, außer die Gruppe hat sich auf eine gemeinsame Antwort geeinigt: Die zählt dann allein. Aus einer früheren Bewertung übernommene Antworten zählen erst, wenn sie bestätigt sind.',
		methodScore:
			'Der Wert einer Transformation ist der gewichtete Mittelwert der beantworteten Stufen (Gewicht 1, sofern der Fragebogen nichts anderes sagt): Wert = Σ (Stufe × Gewicht) ÷ Σ Gewicht, auf eine Dezimalstelle. Der Gesamtwert ist der Mittelwert der bewerteten Transformationen.',
		methodGap:
			'Das Ziel ist 4, sofern Sie kein anderes gewählt haben. Der Abstand ist das Ziel minus den angezeigten Wert. Die Vollständigkeit ist der Anteil der zutreffenden Fragen, die mit einer Stufe beantwortet sind.',
		methodFof:
			'Der Abstand zur Factory of the Future zählt die Transformationen auf Stufe 4 oder höher (verglichen wie angezeigt: 3,96 wird 4,0 und zählt) und addiert, wie weit die übrigen unter 4 liegen.',
		methodPriorities:
			'Prioritäten werden nach Abstand × Bedeutung vorgeschlagen (1 gering, 2 normal, 3 hoch). Ihre Maßnahmen sind die nächsten Schritte des Fragebogens für die Stufe der Bereiche, die am weitesten unter dem Ziel liegen.',
		methodEstimates: (cost) =>
			`Die Förderschätzungen wenden den Satz des Angebots für die Größenklasse des Unternehmens (oder einen höheren Themensatz) auf einen nächsten Schritt von ${cost} an, danach seine Obergrenzen.`,
		disclaimerHeading: 'Haftungsausschluss',
		disclaimer:
			'Dieser Bericht beruht nur auf den Antworten des Unternehmens. Er ist weder Audit noch Zertifizierung noch Beratung und verleiht kein Label. Förderangebote ändern sich: Die Angaben gelten zu den genannten Daten, und nur der Träger eines Angebots entscheidet, wer es erhält und in welcher Höhe. Nichts aus diesem Bericht wurde verschickt: Er wurde auf dem Gerät erstellt.',

		headerText: (company) => `${company} · Selbstbewertung und Aktionsplan`,
		footerPage: (page, pages) => `Seite ${page} von ${pages}`,
		footerDate: (date) => `Erstellt am ${date}`
	}
};
