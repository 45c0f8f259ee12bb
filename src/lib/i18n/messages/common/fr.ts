import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const fr: Messages<typeof en> = {
	appName: 'Scan Made Different',
	tagline: 'Où en est votre usine sur la route de la Factory of the Future ?',
	// A space before the colon, as French typography wants.
	labelColon: (label) => `${label} :`,
	skipToContent: 'Aller au contenu',
	home: 'Accueil',
	settings: 'Paramètres',
	catalogue: 'Aides et soutiens',
	language: 'Langue',
	loading: 'Chargement…',
	saving: 'Enregistrement…',
	saved: 'Enregistré sur cet appareil',
	notSaved: 'Pas encore enregistré',
	saveFailed: (reason) =>
		`Votre dernière modification n'a pas pu être enregistrée : ${reason}. Gardez cette page ouverte et réessayez.`,
	retry: 'Réessayer',
	notFound: 'Cette évaluation ne se trouve pas sur cet appareil.',
	notFoundHelp:
		"Les évaluations sont conservées uniquement dans le navigateur où elles ont été créées. Importez un fichier d'export pour en récupérer une ici.",
	backHome: "Retour à l'accueil",
	privacyNote: "Tout reste sur cet appareil. Rien n'est envoyé.",
	offlineReady: 'Fonctionne hors ligne',
	unreadable: (n) =>
		plural('fr', n, {
			one: `${n} enregistrement que cette version de l’application ne peut pas ouvrir a été mis de côté : voir Paramètres, Mis de côté.`,
			other: `${n} enregistrements que cette version de l’application ne peut pas ouvrir ont été mis de côté : voir Paramètres, Mis de côté.`
		}),
	close: 'Fermer'
};

export default fr;
