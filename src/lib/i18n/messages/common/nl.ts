import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const nl: Messages<typeof en> = {
	appName: 'Made Different-scan',
	tagline: 'Hoe ver staat uw fabriek op weg naar Factory of the Future?',
	labelColon: (label) => `${label}:`,
	skipToContent: 'Naar de inhoud',
	home: 'Start',
	settings: 'Instellingen',
	catalogue: 'Steunmaatregelen',
	language: 'Taal',
	loading: 'Laden…',
	saving: 'Bewaren…',
	saved: 'Bewaard op dit toestel',
	notSaved: 'Nog niet bewaard',
	saveFailed: (reason) =>
		`Uw laatste wijziging kon niet bewaard worden: ${reason}. Laat deze pagina open en probeer opnieuw.`,
	retry: 'Opnieuw proberen',
	notFound: 'Deze evaluatie staat niet op dit toestel.',
	notFoundHelp:
		'Evaluaties worden alleen bewaard in de browser waarin ze gemaakt zijn. Importeer een exportbestand om er een hierheen te halen.',
	cannotOpen: 'Deze evaluatie kan hier niet geopend worden.',
	cannotOpenNewer:
		'Ze is opgeslagen met een nieuwere versie van de app. Herlaad deze pagina terwijl u online bent om die versie te krijgen; de evaluatie blijft ongewijzigd op dit toestel.',
	cannotOpenDamaged:
		'Ze is beschadigd: deze versie van de app kan ze niet lezen. Ze blijft op dit toestel, precies zoals ze bewaard is; onder Instellingen, “Apart gezet”, kunt u ze als bestand exporteren voor ondersteuning.',
	cannotOpenMissing: (questionnaire) =>
		`Ze is ingevuld met vragenlijst ${questionnaire}, die deze versie van de app niet heeft. De antwoorden blijven bewaard. Herlaad deze pagina terwijl u online bent om de nieuwste versie te krijgen.`,
	cannotOpenStorage:
		'De opslag van de browser of de bestanden van de app reageerden niet. Herlaad de pagina om het opnieuw te proberen; er is niets gewijzigd.',
	openSettings: 'Naar Instellingen',
	reload: 'Pagina herladen',
	technicalDetails: 'Technische details',
	backHome: 'Terug naar de startpagina',
	privacyNote: 'Alles blijft op dit toestel. Er wordt niets verstuurd.',
	offlineReady: 'Werkt offline',
	unreadable: (n) =>
		plural('nl', n, {
			one: `${n} bewaard record kan door deze versie van de app niet geopend worden en is apart gezet: zie Instellingen, Apart gezet.`,
			other: `${n} bewaarde records kunnen door deze versie van de app niet geopend worden en zijn apart gezet: zie Instellingen, Apart gezet.`
		}),
	close: 'Sluiten'
};

export default nl;
