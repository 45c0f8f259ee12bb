import type { Messages } from '../../catalog';
import type en from './en';

const fr: Messages<typeof en> = {
	heading: 'Paramètres',
	storageHeading: 'Stockage sur cet appareil',
	persistGranted:
		"Ce navigateur s'est engagé à conserver les données de cette application, même en cas de manque d'espace.",
	persistDenied:
		"Ce navigateur ne garantit pas la conservation des données de cette application : il peut les effacer en cas de manque d'espace. Exportez régulièrement une sauvegarde, ou installez l'application (sur l'écran d'accueil), ce qui amène généralement le navigateur à conserver les données.",
	persistUnsupported:
		'Ce navigateur ne peut pas garantir la conservation des données de cette application. Exportez régulièrement une sauvegarde.',
	persistAsk: 'Redemander',
	usage: (used, quota) => `Utilisé : ${used} sur ${quota} disponibles pour cette application.`,
	versionHeading: 'Version',
	questionnaireVersion: (title, version, questions) =>
		`${title}, version ${version} (${questions} questions)`
};

export default fr;
