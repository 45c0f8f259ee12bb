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
