import type { Messages } from '../../catalog';
import type en from './en';
import type { ActionCostType, ActionTopic } from '$lib/domain';
import { plural } from '../../plural';

const deCostTypes: Record<ActionCostType, string> = {
	consultancy: 'Beratung',
	training: 'Schulung',
	investment: 'Investition',
	rd: 'Forschung und Entwicklung'
};

const deTopics: Record<ActionTopic, string> = {
	digitalisation: 'Digitalisierung',
	automation: 'Automatisierung',
	energy: 'Energie',
	environment: 'Umwelt',
	circularity: 'Kreislaufwirtschaft',
	cybersecurity: 'Cybersicherheit',
	skills: 'Kompetenzen',
	quality: 'Qualität',
	logistics: 'Logistik',
	'product-development': 'Produktentwicklung',
	'intellectual-property': 'Geistiges Eigentum (Patente, Marken)',
	organisation: 'Organisation'
};

const de: Messages<typeof en> = {
	costLabel: 'Geschätzte Kosten (EUR)',
	unsourcedEstimate:
		'Diesen Betrag hat eine frühere Version dieses Scans aus einer Richtspanne ohne öffentliche Quelle vorgeschlagen. Ersetzen Sie ihn durch Ihre eigene Schätzung oder das Angebot Ihres Lieferanten.',
	unsourcedShort: 'ungeprüfte Schätzung',
	costHelp:
		'Ihre eigene Schätzung der externen Kosten (Beratung, Schulung, Ausrüstung), ohne interne Stunden.',
	costTypeLabel: 'Wofür das Geld ist',
	costTypeNone: 'Nicht angegeben',
	costType: (type) => deCostTypes[type],
	topicLabel: 'Thema',
	topicNone: 'Nicht angegeben',
	topic: (topic) => deTopics[topic],
	supportLine: (amount, instrument, rate, asOf) =>
		`Förderung: ${amount} von ${instrument} (${rate} der Kosten; Bedingungen Stand ${asOf})`,
	cappedProject: 'begrenzt durch die Obergrenze pro Projekt',
	cappedYear: 'begrenzt durch die Jahresobergrenze, die sich die Maßnahmen dieses Plans teilen',
	cappedPeriod:
		'begrenzt durch die mehrjährige Obergrenze, die sich die Maßnahmen dieses Plans teilen',
	themeRate: (label) => `höherer Satz für ${label}`,
	noSupport: 'Für diese Maßnahme ist keine Förderung eingerechnet.',
	missingCost: 'Geben Sie geschätzte Kosten ein, um Förderung und Nettokosten zu sehen.',
	missingCostType:
		'Geben Sie an, wofür das Geld ist (Beratung, Schulung, Investition, Forschung), um zu sehen, welche Förderung zahlt.',
	missingSize:
		'Geben Sie im Unternehmensprofil die Zahl der Beschäftigten an: die Fördersätze hängen von der Unternehmensgröße ab.',
	termsAsOf: (month) => `Bedingungen Stand ${month}.`,
	notCountedUnchecked: (instrument, amount) =>
		`${instrument} könnte ${amount} zahlen, aber im Unternehmensprofil fehlt eine Angabe, von der die Bedingungen abhängen: nicht eingerechnet.`,
	dependsOnAge: (limit) =>
		`Hängt vom Alter Ihres Unternehmens ab (${limit}): Geben Sie im Unternehmensprofil das Gründungsjahr an.`,
	ageUpTo: (years) =>
		years === 0
			? 'für Unternehmen, die dieses Jahr gegründet wurden'
			: plural('de', years, {
					one: `für Unternehmen bis ${years} Jahr alt`,
					other: `für Unternehmen bis ${years} Jahre alt`
				}),
	ageFrom: (years) =>
		plural('de', years, {
			one: `für Unternehmen, die mindestens ${years} Jahr alt sind`,
			other: `für Unternehmen, die mindestens ${years} Jahre alt sind`
		}),
	ageBetween: (min, max) => `für Unternehmen von ${min} bis ${max} Jahren`,
	dependsOnSize: (sizes) =>
		`Hängt von der Größe Ihres Unternehmens ab (für ${sizes}): Geben Sie im Unternehmensprofil die Zahl der Beschäftigten an.`,
	dependsOnSector: (codes) =>
		`Hängt von Ihrer Branche ab (nicht für NACE ${codes}): Geben Sie im Unternehmensprofil Ihre Branche an.`,
	notCountedUnconfirmed: (instrument, amount) =>
		`${instrument} könnte ${amount} zahlen, aber keine aktuelle öffentliche Quelle bestätigt die Bedingungen: nicht eingerechnet.`,
	notCountedStatus: (instrument, amount) =>
		`${instrument} könnte ${amount} zahlen, aber es ist nicht bestätigt, dass das Programm noch läuft: nicht eingerechnet.`,
	notCountedClosed: (instrument, amount) =>
		`${instrument} würde ${amount} zahlen, nimmt derzeit aber keine Anträge an: nicht eingerechnet.`,
	notCountedClosedOn: (instrument, amount, date) =>
		`${instrument} würde ${amount} zahlen, aber der Aufruf endete am ${date} und ein neuer Aufruf ist nicht bestätigt: nicht eingerechnet.`,
	notCountedCompetitive: (instrument, amount) =>
		`${instrument} könnte bis zu ${amount} zahlen, wählt aber in Wettbewerbsaufrufen unter den Antragstellern aus: nicht eingerechnet.`,
	alternativeSame: (instrument, amount) =>
		`${instrument} würde denselben Betrag zahlen, ${amount}. Förderungen zahlen selten zweimal für dieselben Kosten, daher wird nur eine der beiden eingerechnet.`,
	alternative: (instrument, amount) =>
		`${instrument} würde stattdessen ${amount} zahlen. Förderungen zahlen selten zweimal für dieselben Kosten, daher zählt nur der höhere Betrag.`,
	refusedMinCost: (instrument, minCost) =>
		`${instrument}: zahlt erst ab ${minCost} förderfähigen Kosten für ein Unternehmen Ihrer Größe.`,
	refusedMinAid: (instrument, amount, minAid) =>
		`${instrument}: käme auf ${amount}, unter dem Mindestbetrag von ${minAid}.`,
	refusedBudgetYear: (instrument, budget) =>
		`${instrument}: die Jahresobergrenze von ${budget} ist durch frühere Maßnahmen dieses Plans ausgeschöpft.`,
	refusedBudgetPeriod: (instrument, budget) =>
		`${instrument}: die mehrjährige Obergrenze von ${budget} ist durch frühere Maßnahmen dieses Plans ausgeschöpft.`,
	refusedNoRate: (names) =>
		`Auch für diese Kostenart, aber ohne festen Anteil (Darlehen, Bürgschaften, Steuervorteile oder ein im Einzelfall festgelegter Anteil): ${names}. Für sie wird kein Betrag berechnet.`,
	totalsHeading: 'Kosten und Förderung',
	estimatedCost: 'Geschätzte Kosten',
	support: 'Förderung',
	netCost: 'Nettokosten',
	total: 'Ganzer Plan',
	uncosted: (n) =>
		plural('de', n, {
			one: `${n} Maßnahme hat keine Kostenschätzung und ist nicht eingerechnet.`,
			other: `${n} Maßnahmen haben keine Kostenschätzung und sind nicht eingerechnet.`
		}),
	uncheckedCosts: (n) =>
		plural('de', n, {
			one: `${n} Betrag ist noch ein Wert, den eine frühere Version dieses Scans ohne öffentliche Quelle vorgeschlagen hat: Ersetzen Sie ihn durch Ihre eigene Schätzung.`,
			other: `${n} Beträge sind noch Werte, die eine frühere Version dieses Scans ohne öffentliche Quelle vorgeschlagen hat: Ersetzen Sie sie durch Ihre eigenen Schätzungen.`
		}),
	totalsNote:
		'Die Kosten sind Ihre eigenen Schätzungen; die Förderung folgt den veröffentlichten Bedingungen jeder Förderung, und über den tatsächlichen Betrag entscheidet nur die zuständige Stelle. Förderungen, deren Bedingungen keine aktuelle öffentliche Quelle bestätigt, werden gezeigt, aber nicht eingerechnet.',
	noCostsYet:
		'Noch hat keine Maßnahme geschätzte Kosten. Geben Sie für jede Maßnahme Ihre eigene Schätzung oder das Angebot eines Lieferanten ein: Dann zeigt der Plan, was die Förderung zahlt und was netto bleibt.',
	freshness: (checked, total) =>
		`${checked} von ${total} ${plural('de', total, { one: 'Angabe', other: 'Angaben' })} in den letzten 12 Monaten überprüft`,
	freshnessHelp:
		'Eine Angabe gilt als überprüft, wenn ihre Bedingungen in den letzten 12 Monaten auf der öffentlichen Seite der zuständigen Stelle bestätigt wurden.',
	unconfirmed: (checked) =>
		`Nicht bestätigt: keine aktuelle öffentliche Quelle bestätigt diese Angaben (zuletzt angesehen ${checked}).`,
	checkedOn: (date) => `überprüft am ${date}`,
	nextStepHeading: 'Ihr nächster Schritt: der Beratungsbesuch',
	nextStepText: (programme, operator) =>
		`Der Schritt nach diesem Scan ist ein Beratungsbesuch von ${programme}, durch ${operator}.`,
	nextStepRequest: 'So beantragen Sie den Besuch',
	nextStepEmail: (email) => `E-Mail: ${email}`,
	nextStepSource: 'Quelle',
	costInvalid: (text) =>
		`„${text}“ ist kein Betrag in Euro. Geben Sie einen Betrag wie 9.000 oder 9 000 ein; es wurde nichts geändert.`,
	costTooLarge: (max) => `Das ist mehr als ${max}; es wurde nichts geändert.`,
	costTypeHelp:
		'Die Förderung hängt davon ab: manche Programme zahlen nur Beratung, andere nur Investitionen.',
	actionMoney: 'Geld',
	planAmount: (amount, actions) =>
		`In Ihrem Plan: ${amount} für ${actions === 1 ? '1 Maßnahme' : `${actions} Maßnahmen`}`,
	planAmountHint:
		'Tragen Sie im Aktionsplan die geschätzten Kosten Ihrer Maßnahmen ein, um zu sehen, was dieses Programm dafür zahlt.',
	minAid: (amount) => `Kleinste Förderung: ${amount}`,
	terms: 'Was es zahlt',
	termsRate: (rate) => `${rate} der förderfähigen Kosten`,
	termsNoRate: (kind) =>
		kind === 'loan-equity'
			? 'Ein Darlehen, eine Bürgschaft oder eine Beteiligung: zahlt keinen Anteil der Kosten'
			: kind === 'tax-incentive'
				? 'Ein Steuervorteil: senkt Ihre Steuern und zahlt keinen Anteil der Kosten'
				: 'Kein fester veröffentlichter Anteil der Kosten: der Träger legt ihn im Einzelfall fest (siehe Bedingungen)',
	unconfirmedLabel: 'Nicht bestätigt',
	confirmedFirst:
		'Programme, deren Bedingungen eine aktuelle öffentliche Quelle bestätigt, stehen zuerst; die anderen sind als „Nicht bestätigt“ markiert.'
};

export default de;
