import type { Messages } from '../../catalog';
import type en from './en';

const vragen = (n: number) => (n === 1 ? '1 vraag' : `${n} vragen`);

const nl: Messages<typeof en> = {
	answeredWith: (version) => `Ingevuld met versie ${version} van de vragenlijst`,
	upgradeHelp: (version, count) =>
		`Versie ${version} stelt ${vragen(count)}, met één idee per niveau en de regels die in december 2026 gelden. Overstappen bewaart uw werk: elk antwoord waarvan de vraag dezelfde betekenis hield, gaat mee; de nieuwe vragen staan open; en de antwoorden die u in de oude versie gaf, blijven bij de evaluatie bewaard.`,
	upgradeAction: (version) => `Overstappen naar versie ${version}`,
	upgrading: 'Bezig met overstappen…',
	upgradeFailed:
		'De overstap kon niet bewaard worden. Uw antwoorden zijn ongewijzigd; probeer opnieuw.',
	upgraded: (from, to) => `Overgestapt van versie ${from} naar versie ${to}`,
	upgradedCarried: (n) =>
		n === 1 ? '1 vraag behield uw eerdere antwoord.' : `${n} vragen behielden uw eerdere antwoord.`,
	upgradedNew: (n, open) =>
		`${n === 1 ? '1 vraag is nieuw' : `${n} vragen zijn nieuw`}; ${open === 0 ? 'ze zijn allemaal beantwoord' : open === 1 ? 'daarvan staat er nog 1 open' : `daarvan staan er nog ${open} open`}. Ze zijn in de stappen gemarkeerd als "Nieuw".`,
	newQuestion: 'Nieuw',
	newQuestionHint: (version) => `Nieuw in versie ${version}: er ging geen eerder antwoord mee.`,
	notApplicableReason: 'Kies "niet van toepassing" alleen als:',
	notApplicableNotOffered:
		'Deze vraag biedt geen "niet van toepassing": het antwoord telt als open. Kies een niveau of "Weet ik niet".',
	indicative: 'indicatief',
	indicativeNote: (share) =>
		`Indicatief: minder dan ${share} van de relevante vragen heeft een niveau. De score wordt getoond, maar telt niet mee in de totaalscore, de grootste kloven of de afstand tot Factory of the Future.`,
	notAssessedNote: 'Niet geëvalueerd: nog geen enkele vraag heeft een niveau.',
	weakestArea: 'Zwakste gebied',
	weakestLine: (area, score) => `${area} (${score})`,
	notApplicableCount: (n) =>
		n === 1
			? '1 vraag als "niet van toepassing" aangeduid'
			: `${n} vragen als "niet van toepassing" aangeduid`,
	notApplicableShort: (n) => `${n} n.v.t.`,
	overallBasis: (n, of) =>
		n === of
			? `Gemiddelde van alle ${of} transformaties.`
			: `Gemiddelde van de ${n} van de ${of} transformaties met voldoende antwoorden.`,
	fofIndicative: (n) =>
		n === 1
			? '1 transformatie is indicatief en telt niet mee.'
			: `${n} transformaties zijn indicatief en tellen niet mee.`,
	heldBackIntro: 'Gemiddeld op 4 of hoger, maar tegengehouden door hun zwakste gebied:',
	heldBack: (name, mean, area, areaScore) =>
		`${name}: gemiddeld ${mean}, maar ${area} staat op ${areaScore}.`,
	awardRule:
		'Een transformatie staat pas op niveau 4 als haar score niet indicatief is en elk beantwoord gebied, ook het zwakste, op 4,0 of meer staat. De award vraagt een hoge score op elk criterium, geen hoog gemiddelde: laureaten halen minstens 8 op 10 op alle criteria (Sirris, "11 Belgian factories awarded the prestigious Factory of the Future", februari 2025).',
	csvStatus: 'Status',
	csvScored: 'gescoord',
	csvWeakestScore: 'Score zwakste gebied',
	csvNotApplicable: 'Niet van toepassing',
	csvOpen: 'Open vragen',
	radarIndicative: (name) => `${name} (indicatief)`,
	radarNotAssessed: (name) => `${name} (niet geëvalueerd)`
};

export default nl;
