import type { Messages } from '../../catalog';
import type en from './en';
import type { ActionCostType, ActionTopic } from '$lib/domain';
import { plural } from '../../plural';

const frCostTypes: Record<ActionCostType, string> = {
	consultancy: 'Conseil',
	training: 'Formation',
	investment: 'Investissement',
	rd: 'Recherche et développement'
};

const frTopics: Record<ActionTopic, string> = {
	digitalisation: 'Numérisation',
	automation: 'Automatisation',
	energy: 'Énergie',
	environment: 'Environnement',
	circularity: 'Circularité',
	cybersecurity: 'Cybersécurité',
	skills: 'Compétences',
	quality: 'Qualité',
	logistics: 'Logistique',
	'product-development': 'Développement de produits',
	'intellectual-property': 'Propriété intellectuelle (brevets, marques)',
	organisation: 'Organisation'
};

const fr: Messages<typeof en> = {
	costLabel: 'Coût estimé (EUR)',
	unsourcedEstimate:
		'Ce montant a été proposé par une version antérieure de ce scan, à partir d’une fourchette indicative sans source publique. Remplacez-le par votre propre estimation ou le devis de votre fournisseur.',
	unsourcedShort: 'estimation non vérifiée',
	costHelp:
		'Votre estimation du coût externe (conseil, formation, équipement), sans les heures internes.',
	costTypeLabel: 'Ce que l’argent finance',
	costTypeNone: 'Non précisé',
	costType: (type) => frCostTypes[type],
	topicLabel: 'Thème',
	topicNone: 'Non précisé',
	topic: (topic) => frTopics[topic],
	supportLine: (amount, instrument, rate, asOf) =>
		`Aide : ${amount} de ${instrument} (${rate} du coût ; conditions de ${asOf})`,
	cappedProject: 'limitée par le plafond par projet',
	cappedYear: 'limitée par le plafond annuel, partagé par les actions de ce plan',
	cappedPeriod: 'limitée par le plafond pluriannuel, partagé par les actions de ce plan',
	themeRate: (label) => `taux majoré pour ${label}`,
	noSupport: 'Aucune aide n’est comptée pour cette action.',
	missingCost: 'Indiquez un coût estimé pour voir l’aide et le coût net.',
	missingCostType:
		'Précisez ce que l’argent finance (conseil, formation, investissement, recherche) pour voir quelle aide s’applique.',
	missingSize:
		'Indiquez le nombre de travailleurs dans le profil de l’entreprise : les taux d’aide dépendent de sa taille.',
	termsAsOf: (month) => `Conditions de ${month}.`,
	notCountedUnchecked: (instrument, amount) =>
		`${instrument} pourrait payer ${amount}, mais il manque dans le profil de l’entreprise une donnée dont dépendent ses conditions : non compté.`,
	dependsOnAge: (limit) =>
		`Dépend de l’âge de votre entreprise (${limit}) : indiquez l’année de création dans le profil de l’entreprise.`,
	ageUpTo: (years) =>
		years === 0
			? 'pour les entreprises créées cette année'
			: plural('fr', years, {
					one: `pour les entreprises de ${years} an maximum`,
					other: `pour les entreprises de ${years} ans maximum`
				}),
	ageFrom: (years) =>
		plural('fr', years, {
			one: `pour les entreprises d’au moins ${years} an`,
			other: `pour les entreprises d’au moins ${years} ans`
		}),
	ageBetween: (min, max) => `pour les entreprises de ${min} à ${max} ans`,
	dependsOnSize: (sizes) =>
		`Dépend de la taille de votre entreprise (pour les ${sizes}) : indiquez le nombre de travailleurs dans le profil de l’entreprise.`,
	dependsOnSector: (codes) =>
		`Dépend de votre secteur (pas pour NACE ${codes}) : indiquez votre secteur dans le profil de l’entreprise.`,
	notCountedUnconfirmed: (instrument, amount) =>
		`${instrument} pourrait payer ${amount}, mais aucune source publique actuelle ne confirme ses conditions : non compté.`,
	notCountedStatus: (instrument, amount) =>
		`${instrument} pourrait payer ${amount}, mais rien ne confirme que le dispositif existe encore : non compté.`,
	notCountedClosed: (instrument, amount) =>
		`${instrument} paierait ${amount}, mais n’accepte pas de demandes pour le moment : non compté.`,
	notCountedClosedOn: (instrument, amount, date) =>
		`${instrument} paierait ${amount}, mais l’appel a été clôturé le ${date} et un nouvel appel n’est pas confirmé : non compté.`,
	notCountedCompetitive: (instrument, amount) =>
		`${instrument} pourrait payer jusqu’à ${amount}, mais sélectionne les candidats par appels à projets concurrentiels : non compté.`,
	alternativeSame: (instrument, amount) =>
		`${instrument} paierait le même montant, ${amount}. Les aides paient rarement deux fois le même coût : une seule des deux est comptée.`,
	alternative: (instrument, amount) =>
		`${instrument} paierait ${amount} à la place. Les aides paient rarement deux fois le même coût : seul le montant le plus élevé est compté.`,
	refusedMinCost: (instrument, minCost) =>
		`${instrument} : n’intervient qu’à partir de ${minCost} de coûts éligibles pour une entreprise de votre taille.`,
	refusedMinAid: (instrument, amount, minAid) =>
		`${instrument} : l’aide serait de ${amount}, sous son montant minimal de ${minAid}.`,
	refusedBudgetYear: (instrument, budget) =>
		`${instrument} : son plafond annuel de ${budget} est utilisé par des actions précédentes de ce plan.`,
	refusedBudgetPeriod: (instrument, budget) =>
		`${instrument} : son plafond pluriannuel de ${budget} est utilisé par des actions précédentes de ce plan.`,
	refusedNoRate: (names) =>
		`Aussi pour ce type de coût, mais sans part fixe (prêts, garanties, avantages fiscaux ou part fixée au cas par cas) : ${names}. Aucun montant n’est calculé pour elles.`,
	totalsHeading: 'Coût et aides',
	estimatedCost: 'Coût estimé',
	support: 'Aides',
	netCost: 'Coût net',
	total: 'Tout le plan',
	uncosted: (n) =>
		plural('fr', n, {
			one: `${n} action n’a pas de coût estimé et n’est pas comptée.`,
			other: `${n} actions n’ont pas de coût estimé et ne sont pas comptées.`
		}),
	uncheckedCosts: (n) =>
		plural('fr', n, {
			one: `${n} coût est encore un montant proposé sans source publique par une version antérieure de ce scan : remplacez-le par votre propre estimation.`,
			other: `${n} coûts sont encore des montants proposés sans source publique par une version antérieure de ce scan : remplacez-les par vos propres estimations.`
		}),
	totalsNote:
		'Les coûts sont vos propres estimations ; les aides suivent les conditions publiées de chaque dispositif, et seul l’opérateur décide du montant réel. Les aides dont aucune source publique actuelle ne confirme les conditions sont affichées mais non comptées.',
	noCostsYet:
		'Aucune action n’a encore de coût estimé. Indiquez pour chaque action votre propre estimation ou le devis d’un fournisseur : le plan montre alors ce que paient les aides et le coût net.',
	freshness: (checked, total) =>
		`${checked} ${plural('fr', checked, { one: 'donnée vérifiée', other: 'données vérifiées' })} sur ${total} au cours des 12 derniers mois`,
	freshnessHelp:
		'Une donnée compte comme vérifiée quand ses conditions ont été confirmées sur la page publique de l’opérateur au cours des 12 derniers mois.',
	unconfirmed: (checked) =>
		`Non confirmé : aucune source publique actuelle ne confirme ces données (dernière consultation ${checked}).`,
	checkedOn: (date) => `vérifié le ${date}`,
	nextStepHeading: 'Votre prochaine étape : la visite conseil',
	nextStepText: (programme, operator) =>
		`L’étape après ce scan est une visite conseil de ${programme}, par ${operator}.`,
	nextStepRequest: 'Comment demander la visite',
	nextStepEmail: (email) => `E-mail : ${email}`,
	nextStepSource: 'Source',
	costInvalid: (text) =>
		`«\u00a0${text}\u00a0» n’est pas un montant en euros. Tapez un montant comme 9.000 ou 9\u202f000 ; rien n’a été modifié.`,
	costTooLarge: (max) => `C’est plus de ${max} ; rien n’a été modifié.`,
	costTypeHelp:
		'L’aide en dépend : certains régimes ne paient que le conseil, d’autres que l’investissement.',
	actionMoney: 'Argent',
	planAmount: (amount, actions) =>
		`Dans votre plan : ${amount} pour ${actions === 1 ? '1 action' : `${actions} actions`}`,
	planAmountHint:
		'Indiquez le coût estimé de vos actions dans le plan d’action pour voir ce que ce régime paie.',
	minAid: (amount) => `Aide minimale : ${amount}`,
	terms: 'Ce qu’elle paie',
	termsRate: (rate) => `${rate} des coûts éligibles`,
	termsNoRate: (kind) =>
		kind === 'loan-equity'
			? 'Un prêt, une garantie ou une prise de participation : ne paie aucune part du coût'
			: kind === 'tax-incentive'
				? 'Un avantage fiscal : réduit votre impôt et ne paie aucune part du coût'
				: 'Pas de part fixe publiée : l’opérateur la fixe au cas par cas (voir les conditions)',
	unconfirmedLabel: 'Non confirmé',
	confirmedFirst:
		'Les régimes dont une source publique actuelle confirme les conditions viennent en premier ; les autres sont marqués «\u00a0Non confirmé\u00a0».'
};

export default fr;
