import type { Messages } from '../../catalog';
import type en from './en';

const fragen = (n: number) => (n === 1 ? 'eine Frage' : `${n} Fragen`);

const de: Messages<typeof en> = {
	answeredWith: (version) => `Mit Version ${version} des Fragebogens ausgefüllt`,
	upgradeHelp: (version, count) =>
		`Version ${version} stellt ${fragen(count)}, mit einem Gedanken pro Stufe und den Regeln, die im Dezember 2026 gelten. Der Wechsel bewahrt Ihre Arbeit: Jede Antwort, deren Frage ihre Bedeutung behalten hat, wird übernommen; die neuen Fragen sind offen; und die Antworten aus der alten Version bleiben bei der Bewertung gespeichert.`,
	upgradeAction: (version) => `Zu Version ${version} wechseln`,
	upgrading: 'Wechsel läuft…',
	upgradeFailed:
		'Der Wechsel konnte nicht gespeichert werden. Ihre Antworten sind unverändert; versuchen Sie es erneut.',
	upgraded: (from, to) => `Von Version ${from} zu Version ${to} gewechselt`,
	upgradedCarried: (n) =>
		n === 1
			? 'Eine Frage hat Ihre frühere Antwort behalten.'
			: `${n} Fragen haben Ihre frühere Antwort behalten.`,
	upgradedNew: (n, open) =>
		`${n === 1 ? 'Eine Frage ist neu' : `${n} Fragen sind neu`}; ${open === 0 ? 'alle sind beantwortet' : open === 1 ? 'eine davon ist noch offen' : `${open} davon sind noch offen`}. Sie sind in den Schritten mit „Neu“ markiert.`,
	newQuestion: 'Neu',
	newQuestionHint: (version) =>
		`Neu in Version ${version}: Es wurde keine frühere Antwort übernommen.`,
	notApplicableReason: 'Wählen Sie „Trifft nicht zu“ nur, wenn:',
	notApplicableNotOffered:
		'Diese Frage bietet kein „Trifft nicht zu“: Die Antwort zählt als offen. Wählen Sie eine Stufe oder „Weiß nicht“.',
	indicative: 'Anhaltspunkt',
	indicativeNote: (share) =>
		`Anhaltspunkt: Weniger als ${share} der zutreffenden Fragen haben eine Stufe. Der Wert wird gezeigt, zählt aber weder im Gesamtwert noch bei den größten Abständen oder beim Weg zur Factory of the Future.`,
	notAssessedNote: 'Nicht bewertet: Noch keine Frage hat eine Stufe.',
	weakestArea: 'Schwächster Bereich',
	weakestLine: (area, score) => `${area} (${score})`,
	notApplicableCount: (n) =>
		n === 1
			? 'eine Frage als „Trifft nicht zu“ markiert'
			: `${n} Fragen als „Trifft nicht zu“ markiert`,
	notApplicableShort: (n) => `${n} n. z.`,
	overallBasis: (n, of) =>
		n === of
			? `Mittelwert aller ${of} Transformationen.`
			: `Mittelwert der ${n} von ${of} Transformationen mit genügend Antworten.`,
	fofIndicative: (n) =>
		n === 1
			? 'Eine Transformation ist nur ein Anhaltspunkt und zählt nicht.'
			: `${n} Transformationen sind nur ein Anhaltspunkt und zählen nicht.`,
	heldBackIntro: 'Im Mittel bei 4 oder mehr, aber durch ihren schwächsten Bereich gebremst:',
	heldBack: (name, mean, area, areaScore) =>
		`${name}: Mittelwert ${mean}, aber ${area} liegt bei ${areaScore}.`,
	awardRule:
		'Eine Transformation steht erst auf Stufe 4, wenn ihr Wert kein bloßer Anhaltspunkt ist und jeder beantwortete Bereich, auch der schwächste, bei 4,0 oder mehr liegt. Der Preis verlangt einen hohen Wert bei jedem Kriterium, keinen hohen Durchschnitt: Preisträger erreichen mindestens 8 von 10 bei allen Kriterien (Sirris, „11 Belgian factories awarded the prestigious Factory of the Future“, Februar 2025).',
	csvStatus: 'Status',
	csvScored: 'bewertet',
	csvWeakestScore: 'Wert des schwächsten Bereichs',
	csvNotApplicable: 'Trifft nicht zu',
	csvOpen: 'Offene Fragen',
	radarIndicative: (name) => `${name} (Anhaltspunkt)`,
	radarNotAssessed: (name) => `${name} (nicht bewertet)`
};

export default de;
