import type { Messages } from '../../catalog';
import type en from './en';
import type { ActionCostType, ActionTopic } from '$lib/domain';
import { plural } from '../../plural';

const nlCostTypes: Record<ActionCostType, string> = {
	consultancy: 'Advies',
	training: 'Opleiding',
	investment: 'Investering',
	rd: 'Onderzoek en ontwikkeling'
};

const nlTopics: Record<ActionTopic, string> = {
	digitalisation: 'Digitalisering',
	automation: 'Automatisering',
	energy: 'Energie',
	environment: 'Milieu',
	circularity: 'Circulariteit',
	cybersecurity: 'Cyberveiligheid',
	skills: 'Vaardigheden',
	quality: 'Kwaliteit',
	logistics: 'Logistiek',
	'product-development': 'Productontwikkeling',
	'intellectual-property': 'Intellectuele eigendom (octrooien, merken)',
	organisation: 'Organisatie'
};

const nl: Messages<typeof en> = {
	costLabel: 'Geraamde kost (EUR)',
	unsourcedEstimate:
		'Dit bedrag stelde een eerdere versie van deze scan voor, op basis van een richtvork zonder publieke bron. Vervang het door uw eigen raming of de offerte van uw leverancier.',
	unsourcedShort: 'niet-nagekeken raming',
	costHelp:
		'Uw eigen raming van de externe kost (advies, opleiding, uitrusting), zonder interne uren.',
	costTypeLabel: 'Waar het geld naartoe gaat',
	costTypeNone: 'Niet ingevuld',
	costType: (type) => nlCostTypes[type],
	topicLabel: 'Thema',
	topicNone: 'Niet ingevuld',
	topic: (topic) => nlTopics[topic],
	supportLine: (amount, instrument, rate, asOf) =>
		`Steun: ${amount} van ${instrument} (${rate} van de kost; voorwaarden van ${asOf})`,
	cappedProject: 'begrensd door het plafond per project',
	cappedYear: 'begrensd door het jaarplafond, dat de acties van dit plan delen',
	cappedPeriod: 'begrensd door het plafond over meerdere jaren, dat de acties van dit plan delen',
	themeRate: (label) => `hoger percentage voor ${label}`,
	noSupport: 'Voor deze actie is geen steun meegeteld.',
	missingCost: 'Vul een geraamde kost in om de steun en de nettokost te zien.',
	missingCostType:
		'Geef aan waar het geld naartoe gaat (advies, opleiding, investering, onderzoek) om te zien welke steun betaalt.',
	missingSize:
		'Vul het aantal werknemers in bij het bedrijfsprofiel: de steunpercentages hangen af van de grootte van het bedrijf.',
	termsAsOf: (month) => `Voorwaarden van ${month}.`,
	notCountedUnchecked: (instrument, amount) =>
		`${instrument} zou ${amount} kunnen betalen, maar in uw bedrijfsprofiel ontbreekt een gegeven waarvan de voorwaarden afhangen: niet meegeteld.`,
	dependsOnAge: (limit) =>
		`Hangt af van de leeftijd van uw bedrijf (${limit}): vul het oprichtingsjaar in bij het bedrijfsprofiel.`,
	ageUpTo: (years) =>
		years === 0
			? 'voor bedrijven die dit jaar opgericht zijn'
			: `voor bedrijven tot ${years} jaar oud`,
	ageFrom: (years) => `voor bedrijven van minstens ${years} jaar oud`,
	ageBetween: (min, max) => `voor bedrijven van ${min} tot ${max} jaar oud`,
	dependsOnSize: (sizes) =>
		`Hangt af van de grootte van uw bedrijf (voor ${sizes}): vul het aantal werknemers in bij het bedrijfsprofiel.`,
	dependsOnSector: (codes) =>
		`Hangt af van uw sector (niet voor NACE ${codes}): vul uw sector in bij het bedrijfsprofiel.`,
	notCountedUnconfirmed: (instrument, amount) =>
		`${instrument} zou ${amount} kunnen betalen, maar geen actuele openbare bron bevestigt de voorwaarden: niet meegeteld.`,
	notCountedStatus: (instrument, amount) =>
		`${instrument} zou ${amount} kunnen betalen, maar het is niet bevestigd dat de regeling nog loopt: niet meegeteld.`,
	notCountedClosed: (instrument, amount) =>
		`${instrument} zou ${amount} betalen, maar neemt nu geen aanvragen aan: niet meegeteld.`,
	notCountedClosedOn: (instrument, amount, date) =>
		`${instrument} zou ${amount} betalen, maar de oproep is op ${date} afgesloten en een nieuwe oproep is niet bevestigd: niet meegeteld.`,
	notCountedCompetitive: (instrument, amount) =>
		`${instrument} zou tot ${amount} kunnen betalen, maar selecteert aanvragers via competitieve oproepen: niet meegeteld.`,
	alternativeSame: (instrument, amount) =>
		`${instrument} zou hetzelfde betalen, ${amount}. Regelingen betalen zelden twee keer voor dezelfde kost, dus maar één van beide telt.`,
	alternative: (instrument, amount) =>
		`${instrument} zou in de plaats ${amount} betalen. Regelingen betalen zelden twee keer voor dezelfde kost, dus alleen het hoogste bedrag telt.`,
	refusedMinCost: (instrument, minCost) =>
		`${instrument}: betaalt pas vanaf ${minCost} aan subsidiabele kosten voor een bedrijf van uw grootte.`,
	refusedMinAid: (instrument, amount, minAid) =>
		`${instrument}: zou ${amount} bedragen, minder dan de kleinste steun van ${minAid}.`,
	refusedBudgetYear: (instrument, budget) =>
		`${instrument}: het jaarplafond van ${budget} is opgebruikt door eerdere acties van dit plan.`,
	refusedBudgetPeriod: (instrument, budget) =>
		`${instrument}: het plafond van ${budget} over meerdere jaren is opgebruikt door eerdere acties van dit plan.`,
	refusedNoRate: (names) =>
		`Ook voor dit soort kost, maar zonder vast deel ervan (leningen, waarborgen, fiscale voordelen of een deel dat geval per geval wordt bepaald): ${names}. Voor hen is geen bedrag berekend.`,
	totalsHeading: 'Kosten en steun',
	estimatedCost: 'Geraamde kost',
	support: 'Steun',
	netCost: 'Nettokost',
	total: 'Heel het plan',
	uncosted: (n) =>
		plural('nl', n, {
			one: `${n} actie heeft geen kostenraming en is niet meegerekend.`,
			other: `${n} acties hebben geen kostenraming en zijn niet meegerekend.`
		}),
	uncheckedCosts: (n) =>
		plural('nl', n, {
			one: `${n} kost is nog een bedrag dat een eerdere versie van deze scan zonder publieke bron voorstelde: vervang het door uw eigen raming.`,
			other: `${n} kosten zijn nog bedragen die een eerdere versie van deze scan zonder publieke bron voorstelde: vervang ze door uw eigen ramingen.`
		}),
	totalsNote:
		'De kosten zijn uw eigen ramingen; de steun volgt de gepubliceerde voorwaarden van elke regeling en alleen de beheerder van een regeling beslist over het echte bedrag. Steun waarvan geen actuele openbare bron de voorwaarden bevestigt, wordt getoond maar niet meegeteld.',
	noCostsYet:
		'Nog geen enkele actie heeft een geraamde kost. Vul per actie uw eigen raming of de offerte van een leverancier in: dan toont het plan wat de steun betaalt en wat de nettokost is.',
	freshness: (checked, total) =>
		`${checked} van ${total} ${plural('nl', total, { one: 'gegeven', other: 'gegevens' })} nagekeken in de laatste 12 maanden`,
	freshnessHelp:
		'Een gegeven telt als nagekeken wanneer de voorwaarden in de laatste 12 maanden bevestigd zijn op de openbare pagina van de beheerder.',
	unconfirmed: (checked) =>
		`Niet bevestigd: geen actuele openbare bron bevestigt deze gegevens (laatst bekeken ${checked}).`,
	checkedOn: (date) => `nagekeken ${date}`,
	nextStepHeading: 'Uw volgende stap: het adviesbezoek',
	nextStepText: (programme, operator) =>
		`De stap na deze scan is een adviesbezoek van ${programme}, door ${operator}.`,
	nextStepRequest: 'Zo vraagt u het bezoek aan',
	nextStepEmail: (email) => `E-mail: ${email}`,
	nextStepSource: 'Bron',
	costInvalid: (text) =>
		`“${text}” is geen bedrag in euro. Typ een bedrag zoals 9.000 of 9 000; er is niets gewijzigd.`,
	costTooLarge: (max) => `Dat is meer dan ${max}; er is niets gewijzigd.`,
	costTypeHelp:
		'De steun hangt ervan af: sommige regelingen betalen alleen advies, andere alleen investeringen.',
	actionMoney: 'Geld',
	planAmount: (amount, actions) =>
		`In uw plan: ${amount} voor ${actions === 1 ? '1 actie' : `${actions} acties`}`,
	planAmountHint:
		'Vul in het actieplan de geraamde kost van uw acties in om te zien wat deze regeling ervoor betaalt.',
	minAid: (amount) => `Kleinste steunbedrag: ${amount}`,
	terms: 'Wat ze betaalt',
	termsRate: (rate) => `${rate} van de subsidiabele kosten`,
	termsNoRate: (kind) =>
		kind === 'loan-equity'
			? 'Een lening, een waarborg of kapitaal: betaalt geen deel van de kosten'
			: kind === 'tax-incentive'
				? 'Een belastingvoordeel: verlaagt uw belastingen en betaalt geen deel van de kosten'
				: 'Geen vast gepubliceerd deel van de kosten: de organisator bepaalt het geval per geval (zie de voorwaarden)',
	unconfirmedLabel: 'Niet bevestigd',
	confirmedFirst:
		'Regelingen waarvan een actuele openbare bron de voorwaarden bevestigt, staan eerst; de andere zijn gemarkeerd als “Niet bevestigd”.'
};

export default nl;
