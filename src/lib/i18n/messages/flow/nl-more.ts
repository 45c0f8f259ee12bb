import type { Messages } from '../../catalog';
import type en from './en-more';

const nl: Messages<typeof en> = {
	steps: 'Stappen',
	stepOf: (step, total) => `Stap ${step} van ${total}`,
	profileStep: 'Bedrijfsprofiel',
	profileIntro:
		'Deze gegevens bepalen welke steunmaatregelen voor u gelden. Ze blijven op dit toestel.',
	postcodeHelp: 'De Belgische postcode van de vestiging die u evalueert.',
	postcodeInvalid: 'Vul een Belgische postcode van vier cijfers in, bv. 9000.',
	region: 'Gewest',
	regionFromPostcode: (region) => `Volgens de postcode: ${region}`,
	regionChoose: 'Kies een gewest',
	regionNames: 'Vlaanderen|Wallonië|Brussels Hoofdstedelijk Gewest',
	employees: 'Werknemers',
	employeesHelp: 'Voltijdse equivalenten, jaargemiddelde.',
	turnover: 'Jaaromzet (EUR)',
	balanceSheet: 'Balanstotaal (EUR)',
	sizeClass: 'Grootteklasse (EU)',
	sizeClassNames: 'Micro-onderneming|Kleine onderneming|Middelgrote onderneming|Grote onderneming',
	sizeClassUnknown: 'Vul het aantal werknemers in om de grootteklasse te zien.',
	sizeClassHelp:
		'Volgens de Europese kmo-definitie: het personeel samen met de omzet of het balanstotaal.',
	sector: 'Sector',
	sectorChoose: 'Kies een sector',
	sectorManufacturing: 'Industrie (NACE C)',
	sectorOther: 'Andere sectoren',
	yearFounded: 'Oprichtingsjaar',
	yearInvalid: (max) => `Vul een jaar in tussen 1800 en ${max}.`,
	numberRefused: (reason, example) =>
		({
			abbreviation: `Niet bewaard: schrijf het volledige bedrag in cijfers, bv. ${example}.`,
			decimal: `Niet bewaard: vul een geheel getal in, zonder komma, bv. ${example}.`,
			grouping: `Niet bewaard: zet punten of spaties alleen tussen groepen van drie cijfers, bv. ${example}.`,
			'not-a-number': `Niet bewaard: vul een getal in cijfers in, bv. ${example}.`
		})[reason],
	postcodeUnknown: (postcode) =>
		`Niet bewaard: postcode ${postcode} bestaat niet bij bpost. Controleer de vier cijfers, bv. 9000 voor Gent.`,
	previous: 'Vorige',
	next: 'Volgende',
	showResults: 'Toon resultaten',
	selfEstimateLegend: 'Vooraf: waar denkt u zelf te staan?',
	selfEstimateHelp:
		'Uw buikgevoel, op dezelfde schaal van 1 tot 5. Het verschijnt naast de berekende score.',
	selfEstimateNone: 'Geen inschatting',
	level: (n) => `Niveau ${n}`,
	dontKnow: 'Weet ik niet',
	notApplicable: 'Niet van toepassing',
	clearAnswer: 'Antwoord wissen',
	help: 'Uitleg',
	questionOf: (n, total) => `Vraag ${n} van ${total}`,
	transformationProgress: (answered, total) => `${answered} van ${total} beantwoord in deze stap`,
	whatIsThis: 'Over deze transformatie',
	futureLevel: 'Niveau Factory of the Future',
	progressLabel: 'Voortgang van de evaluatie'
};

export default nl;
