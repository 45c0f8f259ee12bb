import type { Messages } from '../../catalog';
import type en from './en';
import { plural } from '../../plural';

const de: Messages<typeof en> = {
	documentTitle: (company) => `Aktionsplan – ${company}`,
	brand: 'MADE DIFFERENT · FACTORY OF THE FUTURE',
	reportTitle: 'Selbstbewertung und Aktionsplan',
	unnamedCompany: 'Firmenname nicht ausgefüllt',
	coverDate: 'Datum dieses Berichts',
	coverFilledInBy: 'Ausgefüllt von',
	coverNobody: 'nicht erfasst',
	coverQuestionnaire: 'Fragebogen',
	coverVersion: (title, version) => `${title}, Version ${version}`,
	coverProfile: 'Unternehmen',
	coverPostcode: (postcode, region) => `Postleitzahl ${postcode} (${region})`,
	coverEmployees: (n) => `${n} Beschäftigte`,
	coverSector: (code) => `NACE ${code}`,
	coverNote:
		'Vertraulich. Dieser Bericht wurde auf dem eigenen Gerät des Unternehmens aus den Antworten der oben genannten Personen erstellt. Er ist eine Selbstbewertung, kein Audit.',

	summaryOverall: (company, score, assessed, of) =>
		`${company} erreicht im Durchschnitt ${score} von 5 (${assessed} von ${of} Transformationen bewertet).`,
	summaryNothing: 'Noch keine Transformation hat einen Wert: Die Antworten sind noch offen.',
	summaryCompleteness: (share) =>
		`${share} der zutreffenden Fragen wurden mit einer Stufe beantwortet.`,
	summaryStrongest: (name, score) => `Die stärkste Transformation ist ${name} mit ${score}.`,
	summaryGaps: (list) => `Die größten Abstände zum Ziel bestehen bei ${list}.`,
	summaryGapItem: (name, score, target) => `${name} (${score}, Ziel ${target})`,
	summaryNoGaps: 'Jede bewertete Transformation hat ihr Ziel erreicht.',
	summaryFof: (n, of, points) =>
		`${n} von ${of} Transformationen liegen auf Factory-of-the-Future-Stufe (4) oder höher; bis Stufe 4 überall fehlen noch ${points} Stufenpunkte.`,
	summaryPerception: (names) =>
		`Ihre eigene Einschätzung lag bei ${names} mindestens eine Stufe über dem, was die Antworten zeigen. Das lohnt ein Gespräch im Team.`,
	summaryPerceptionUnder: (names) =>
		`Ihre eigene Einschätzung lag bei ${names} mindestens eine Stufe unter dem, was die Antworten zeigen. Das lohnt eine Rückfrage im Team.`,
	summaryNotApplicable: (n) =>
		plural('de', n, {
			one: 'Eine Frage wurde als nicht zutreffend markiert.',
			other: `${n} Fragen wurden als nicht zutreffend markiert.`
		}),
	summaryIndicative: (names, share) =>
		`Nur als Anhaltspunkt, weil weniger als ${share} der zutreffenden Fragen eine Stufe haben: ${names}. Sie zählen weder im Gesamtwert noch bei den Abständen oder beim Weg zu Stufe 4.`,
	summaryPlan: (n) =>
		plural('de', n, {
			one: 'Der Aktionsplan in diesem Bericht setzt eine Priorität.',
			other: `Der Aktionsplan in diesem Bericht setzt ${n} Prioritäten.`
		}),
	ambitionHeading: 'Unser Ziel',
	coverAnsweredLabel: 'Beantwortete Fragen',
	coverAnswered: (answered, applicable) =>
		answered === applicable
			? `Alle ${applicable} zutreffenden Fragen haben eine Stufe`
			: `${answered} von ${applicable} zutreffenden Fragen haben eine Stufe; ${applicable - answered === 1 ? '1 ist noch offen' : `${applicable - answered} sind noch offen`}`,
	overviewHeading: 'Das Gesamtbild',
	prioritiesHeading: 'Prioritäten und nächster Schritt',
	prioritiesIntro:
		'Vorgeschlagen nach den größten Abständen zum Ziel, gewichtet nach der Bedeutung jeder Transformation für das Unternehmen, dann geprüft. Der vollständige Plan mit jeder Maßnahme, verantwortlichen Person und jedem Termin folgt nach den Werten.',
	prioritiesNone:
		'Es ist keine Priorität gesetzt: Jede bewertete Transformation hat ihr Ziel erreicht, oder es ist noch nichts bewertet.',
	colPriority: 'Priorität',
	colWhere: 'Wert / Ziel',
	colFirstAction: 'Erste Maßnahme',
	colLead: 'Verantwortlich · Termin',
	colSupport: 'Passende Förderung',
	moreActions: (n) =>
		plural('de', n, {
			one: `+ ${n} weitere Maßnahme im Plan`,
			other: `+ ${n} weitere Maßnahmen im Plan`
		}),
	nextStepHeading: 'Nächster Schritt: der Beratungsbesuch vor Ort',
	answersHeading: 'Anhang 1: alle Antworten',
	answersIntro:
		'Die Stufe, die jede Antwort heute ergibt, mit den Notizen und Fotos, die als Nachweis aufgenommen wurden. Darauf beruhen die Werte.',
	listAnd: 'und',

	chartHeading: 'Wert je Transformation',
	chartNote:
		'Skala von 1 bis 5. Stufe 4 ist die Leistung eines Preisträgers des Factory-of-the-Future-Preises: Preisträger erreichen bei jedem Kriterium mindestens 8 von 10; hier zählt eine Transformation daher erst auf Stufe 4, wenn jeder ihrer Bereiche es tut.',
	legendScore: 'Wert',
	legendTarget: 'Ziel',
	legendSelf: 'Ihre Einschätzung',
	tableTransformation: 'Transformation',
	tableScore: 'Wert',
	tableTarget: 'Ziel',
	tableGap: 'Abstand',
	tableSelf: 'Ihre Einschätzung',
	tableAnswered: 'Beantwortet',
	tableOverall: 'Gesamt',
	tableWeakest: (area, score) => `schwächster Bereich: ${area} (${score})`,
	tableNotApplicable: (n) => `${n} n. z.`,
	tableIndicativeNote: (share) =>
		`* Anhaltspunkt: weniger als ${share} der zutreffenden Fragen haben eine Stufe. Zählt nicht im Gesamtwert, bei den Abständen oder beim Weg zu Stufe 4.`,
	notAssessed: 'nicht bewertet',

	detailScore: (score, target) => `Wert ${score} · Ziel ${target}`,
	detailArea: 'Bereich',
	noteLabel: 'Notiz',
	detailToday: 'Heute',
	levelName: (level, name) => `Stufe ${level} · ${name}`,
	levelMean: (value, n) => `Mittelwert ${value} aus ${n} Antworten`,
	dontKnow: 'Weiß nicht',
	notApplicable: 'Trifft nicht zu',
	notAnswered: 'Nicht beantwortet',
	planHeading: 'Aktionsplan',
	planIntro:
		'Prioritäten, vorgeschlagen aus den Abständen zum Ziel, gewichtet mit der Bedeutung, die Sie jeder Transformation gegeben haben, und danach von Ihnen überprüft. Jede Maßnahme hat einen Verantwortlichen und einen Zieltermin.',
	planEmpty: 'Es sind noch keine Prioritäten festgelegt.',
	priorityHeading: (n, name) => `Priorität ${n}: ${name}`,
	priorityFacts: (score, target, gap, importance) =>
		`Wert ${score} · Ziel ${target} · Abstand ${gap} · Bedeutung: ${importance}`,
	importance: (level) => (level === 1 ? 'gering' : level === 3 ? 'hoch' : 'normal'),
	actionNumber: 'Nr.',
	action: 'Maßnahme',
	owner: 'Verantwortlich',
	dueDate: 'Zieltermin',
	dueBefore: (n) => `Vor ${n}, das zuerst kommen muss`,
	noActions: 'Noch keine Maßnahmen.',
	notSet: '–',
	prioritySupport: (names) =>
		`Passende Förderung: ${names} (siehe „Förderung für Ihren nächsten Schritt“).`,

	instrumentsHeading: 'Förderung für Ihren nächsten Schritt',
	instrumentsIntro:
		'Öffentliche Förderung, für die das Unternehmen nach Region, Größe, Alter und Branche in Frage zu kommen scheint, mit ihren Bedingungen. Was jede für die Maßnahmen dieses Plans zahlt, steht im Aktionsplan; es entscheidet der Träger.',
	instrumentsNone:
		'Kein Förderangebot des Katalogs passt zum Profil und zu den Abständen dieses Unternehmens.',
	instrumentsMore: (n) =>
		plural('de', n, {
			one: 'Ein weiteres Angebot passt; die App zeigt alle.',
			other: `${n} weitere Angebote passen; die App zeigt alle.`
		}),
	termsRate: (rate, covers) => `Zahlt ${rate} der förderfähigen Kosten für ${covers}`,
	termsNoRate: (covers) => `Für ${covers}; kein fester Anteil der Kosten`,
	termsTheme: (theme) => `zum Satz für „${theme}“`,
	termsTopics: (topics) => `nur für: ${topics}`,
	termsCapProject: (amount) => `bis ${amount} je Projekt`,
	termsCapYear: (amount) => `bis ${amount} im Jahr`,
	termsCapPeriod: (amount, years) => `bis ${amount} über ${years} Jahre`,
	termsMinCost: (amount) => `ab ${amount} förderfähigen Kosten`,
	termsMinAid: (amount) => `Mindestförderung ${amount}`,
	inPlan: (amount) => `In diesem Plan eingerechnet: ${amount}.`,
	unconfirmed: (date) =>
		`Nicht bestätigt: keine aktuelle öffentliche Quelle bestätigt diese Angaben (zuletzt angesehen ${date}). Im Plan nicht eingerechnet.`,
	conditions: 'Bedingungen',
	labelled: (label) => `${label}: `,
	asOf: (month) => `Stand: ${month}.`,
	stale: (month) =>
		`Stand dieser Angaben: ${month}. Prüfen Sie die aktuellen Regeln beim Träger, bevor Sie einen Antrag stellen.`,
	source: 'Quelle',
	kind: (kind) =>
		({
			subsidy: 'Zuschuss',
			voucher: 'Scheck',
			'tax-incentive': 'Steuervorteil',
			'loan-equity': 'Darlehen oder Beteiligung',
			coaching: 'Begleitung',
			network: 'Netzwerk',
			training: 'Schulung',
			'research-infrastructure': 'Forschungsinfrastruktur',
			award: 'Preis',
			information: 'Information'
		})[kind],
	applicationsUntil: (date) => `Anträge bis zum ${date}.`,
	callClosedOn: (date) =>
		`Geschlossen: Der Aufruf endete am ${date} und ein neuer Aufruf ist nicht bestätigt.`,
	callOpensOn: (date) => `Derzeit geschlossen: Anträge möglich ab dem ${date}.`,
	status: (status) =>
		({
			open: 'Offen',
			closed: 'Derzeit geschlossen: prüfen Sie, wann es wieder öffnet',
			ended: 'Eingestellt',
			unknown: 'Status beim Träger zu prüfen'
		})[status],
	where: (where) =>
		({
			federal: 'Föderal',
			flanders: 'Flandern',
			wallonia: 'Wallonien',
			brussels: 'Region Brüssel-Hauptstadt',
			eu: 'Europäische Union',
			programme: 'Programm Made Different',
			'german-speaking-community': 'Deutschsprachige Gemeinschaft (Ostbelgien)'
		})[where],

	nextStepText:
		'Ein Experte von Agoria oder Sirris besucht etwa einen halben Tag Ihre Fertigung, geht diese Ergebnisse mit Ihnen durch und zeigt die Transformationschancen, die am meisten zählen.',
	signOffHeading: 'Zusage der Geschäftsleitung',
	signOffText: (company) =>
		`Die Geschäftsleitung von ${company} hat diesen Aktionsplan gelesen und verpflichtet sich, ihn mit den darin genannten Verantwortlichen und Terminen umzusetzen.`,
	signName: 'Name',
	signRole: 'Funktion',
	signDate: 'Datum',
	signSignature: 'Unterschrift',

	annexHeading: 'Anhang 2: wie die Werte berechnet werden',
	methodAnswers:
		'Jede Frage beschreibt einen Leistungsbereich in fünf beobachtbaren Stufen. Stufe 4 ist die Leistung eines Preisträgers des Factory-of-the-Future-Preises; Stufe 5 ist ein messbarer Schritt darüber hinaus. „Weiß nicht“ zählt als offen. „Trifft nicht zu“ wird nur angeboten, wo eine Frage wirklich nicht zutreffen kann, und nimmt die Frage dann heraus; sonst zählt eine solche Antwort als offen.',
	methodRespondents:
		'Antworten mehrere Personen, zählt eine Frage mit dem Mittelwert ihrer Stufen, außer die Gruppe hat sich auf eine gemeinsame Antwort geeinigt: Die zählt dann allein. Aus einer früheren Bewertung übernommene Antworten zählen erst, wenn sie bestätigt sind.',
	methodScore: (share) =>
		`Der Wert einer Transformation ist der gewichtete Mittelwert der beantworteten Stufen (Gewicht 1, sofern der Fragebogen nichts anderes sagt): Wert = (Summe von Stufe × Gewicht) ÷ (Summe der Gewichte), auf eine Dezimalstelle. Sind weniger als ${share} der zutreffenden Fragen beantwortet, ist der Wert nur ein Anhaltspunkt (mit *) und zählt sonst nirgends. Der Gesamtwert ist der Mittelwert der Transformationen, die zählen.`,
	methodGap:
		'Das Ziel ist 4, sofern Sie kein anderes gewählt haben. Der Abstand ist das Ziel minus den angezeigten Wert. Die Vollständigkeit ist der Anteil der zutreffenden Fragen, die mit einer Stufe beantwortet sind.',
	methodFof:
		'Preisträger erreichen bei jedem Kriterium mindestens 8 von 10 (Sirris, 2025). Eine Transformation zählt daher erst auf Stufe 4, wenn ihr Wert zählt und jeder beantwortete Bereich bei 4 oder höher liegt (verglichen wie angezeigt: 3,96 wird 4,0). Der Abstand addiert, wie weit die Mittelwerte der übrigen unter 4 liegen.',
	methodPriorities:
		'Prioritäten werden nach Abstand × Bedeutung vorgeschlagen (1 gering, 2 normal, 3 hoch). Ihre Maßnahmen sind die nächsten Schritte des Fragebogens für die Stufe der Bereiche, die am weitesten unter dem Ziel liegen.',
	methodEstimates:
		'Die Förderbeträge wenden den Satz jedes Angebots für die Größenklasse des Unternehmens (oder einen höheren Themensatz) auf die geschätzten Kosten jeder Maßnahme an, für die es zahlt (Kostenart und Thema), danach seine Obergrenzen (eine Jahresobergrenze gilt für alle Maßnahmen des Plans zusammen) sowie Mindestkosten und Mindestförderung. Je Maßnahme zählt ein Angebot; Förderungen, deren Bedingungen keine aktuelle öffentliche Quelle bestätigt, werden gezeigt, aber nicht eingerechnet.',
	disclaimerHeading: 'Haftungsausschluss',
	disclaimer:
		'Dieser Bericht beruht nur auf den Antworten des Unternehmens. Er ist weder Audit noch Zertifizierung noch Beratung und verleiht kein Label. Förderangebote ändern sich: Die Angaben gelten zu den genannten Daten, und nur der Träger eines Angebots entscheidet, wer es erhält und in welcher Höhe. Nichts aus diesem Bericht wurde verschickt: Er wurde auf dem Gerät erstellt.',

	headerText: (company) => `${company} · Selbstbewertung und Aktionsplan`,
	footerPage: (page, pages) => `Seite ${page} von ${pages}`,
	footerDate: (date) => `Erstellt am ${date}`
};

export default de;
