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
		`Votre dernière modification n’a pas pu être enregistrée : ${reason}. Gardez cette page ouverte et réessayez.`,
	retry: 'Réessayer',
	notFound: 'Cette évaluation ne se trouve pas sur cet appareil.',
	notFoundHelp:
		'Les évaluations sont conservées uniquement dans le navigateur où elles ont été créées. Importez un fichier d’export pour en récupérer une ici.',
	cannotOpen: 'Cette évaluation ne peut pas être ouverte ici.',
	cannotOpenNewer:
		'Elle a été enregistrée par une version plus récente de l’application. Rechargez cette page en étant en ligne pour obtenir cette version ; l’évaluation reste telle quelle sur cet appareil.',
	cannotOpenDamaged:
		'Elle est endommagée : cette version de l’application ne peut pas la lire. Elle reste sur cet appareil telle qu’elle a été enregistrée ; dans Paramètres, «\u00a0Mis de côté\u00a0», vous pouvez l’exporter dans un fichier pour le support.',
	cannotOpenMissing: (questionnaire) =>
		`Elle a été remplie avec le questionnaire ${questionnaire}, que cette version de l’application n’a pas. Ses réponses sont conservées. Rechargez cette page en étant en ligne pour obtenir la version la plus récente.`,
	cannotOpenStorage:
		'Le stockage du navigateur ou les fichiers de l’application n’ont pas répondu. Rechargez la page pour réessayer ; rien n’a été modifié.',
	openSettings: 'Aller aux paramètres',
	reload: 'Recharger la page',
	technicalDetails: 'Détails techniques',
	backHome: 'Retour à l’accueil',
	privacyNote: 'Tout reste sur cet appareil. Rien n’est envoyé.',
	offlineReady: 'Fonctionne hors ligne',
	unreadable: (n) =>
		plural('fr', n, {
			one: `${n} enregistrement que cette version de l’application ne peut pas ouvrir a été mis de côté : voir Paramètres, Mis de côté.`,
			other: `${n} enregistrements que cette version de l’application ne peut pas ouvrir ont été mis de côté : voir Paramètres, Mis de côté.`
		}),
	close: 'Fermer'
};

export default fr;
