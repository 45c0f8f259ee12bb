import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const fr: Messages<typeof en> = {
	heading: 'Paramètres',
	storageHeading: 'Stockage sur cet appareil',
	persistGranted:
		'Ce navigateur s’est engagé à conserver les données de cette application, même en cas de manque d’espace.',
	persistDenied:
		'Ce navigateur ne garantit pas la conservation des données de cette application : il peut les effacer en cas de manque d’espace. Exportez régulièrement une sauvegarde, ou installez l’application (sur l’écran d’accueil), ce qui amène généralement le navigateur à conserver les données.',
	persistUnsupported:
		'Ce navigateur ne peut pas garantir la conservation des données de cette application. Exportez régulièrement une sauvegarde.',
	persistAsk: 'Redemander',
	usage: (used, quota) => `Utilisé : ${used} sur ${quota} disponibles pour cette application.`,
	setAsideHeading: 'Mis de côté',
	setAsideIntro:
		'Des enregistrements que cette version de l’application ne peut pas ouvrir ni évaluer. Ils sont conservés tels qu’ils ont été enregistrés : exportez-les pour en garder une copie ou les ouvrir dans une version plus récente, ou réessayez après une mise à jour.',
	setAsideNone: 'Rien n’est mis de côté sur cet appareil.',
	setAsideCount: (n) =>
		plural('fr', n, {
			one: `${n} enregistrement est mis de côté.`,
			other: `${n} enregistrements sont mis de côté.`
		}),
	setAsideNewer: 'Créé par une version plus récente de l’application.',
	setAsideDamaged: 'Illisible pour cette version de l’application.',
	setAsideMissing: (questionnaire) =>
		`Répondu avec le questionnaire ${questionnaire}, que cette version de l’application ne contient pas : les réponses sont conservées mais ne peuvent pas être affichées.`,
	setAsideSince: (date) => `Mis de côté le ${date}.`,
	setAsideDetails: 'Détails techniques',
	setAsideExportOne: 'Exporter tel quel',
	setAsideExportAll: (n) => plural('fr', n, { one: 'L’exporter', other: `Exporter les ${n}` }),
	setAsideRetry: 'Réessayer',
	setAsideExported: (n) =>
		plural('fr', n, {
			one: `${n} enregistrement exporté tel quel.`,
			other: `${n} enregistrements exportés tels quels.`
		}),
	setAsideRetried: (restored, remaining) =>
		`${restored === 1 ? '1 enregistrement est revenu' : `${restored} enregistrements sont revenus`} ; ${remaining === 1 ? '1 reste mis' : `${remaining} restent mis`} de côté.`,
	versionHeading: 'Version',
	questionnaireVersion: (title, version, questions) =>
		`${title}, version ${version} (${questions} questions)`
};

export default fr;
