// Pure domain code: no DOM, no storage, no Svelte.
// How `npm run validate` recognises a legal claim in content: a text that names a law, a
// regulation, a duty or a well-known act. Such a text needs a public source (`sources`) in its
// question or transformation. The list errs on the side of asking for a source: a false alarm
// costs an author one source, a missed one lets an outdated duty reach a board. docs/authoring.md
// lists the same words; keep the two in step.

/** Words that state a legal duty, per language; matched case-insensitively on word starts. */
const DUTY_WORDS: readonly RegExp[] = [
	// English
	/\b(regulations?|directives?|laws?|legal(ly)?|statutory|mandatory|obligat\w*|obliged|decrees?)\b/i,
	/(?<![-\w])dut(y|ies)\b/i,
	// Dutch (Flemish): verordening, richtlijn, wet(telijk), wetgeving, decreet, verplicht, …plicht
	/\b(verordening\w*|richtlijn\w*|wet|wetten|wettelijk\w*|wetgev\w*|decre(e|t)\w*|verplicht\w*|\w*plicht(en)?)\b/i,
	// French: règlement, directive, loi, légal, obligatoire, obligation, décret, arrêté, réglementation
	/(^|[^\p{L}])(règlements?|réglementation\w*|lois?|légal\w*|légalement|obligatoires?|décrets?|arrêtés? (royal|royaux|du gouvernement))(?![\p{L}])/iu,
	// German: Verordnung, Richtlinie, Gesetz, gesetzlich, Pflicht, verpflichtend, Dekret, vorgeschrieben
	// (not Pflichtenheft, a specification)
	/\b(\w*verordnung(en)?|(EU-)?richtlinien?|\w*gesetz(e|es)?|gesetzlich\w*|\w*pflicht(?!enheft)\w*|dekrete?s?|vorgeschrieben\w*)\b/i
];

/**
 * Named acts and schemes whose duties change over time. Case-sensitive where the name is an
 * acronym, so "reach a level" is not the REACH regulation.
 */
const NAMED_ACTS: readonly RegExp[] = [
	/\b(CSRD|CSDDD|VSME|ESRS|NIS ?2|GDPR|AVG|RGPD|DSGVO|VLAREMA?|Peppol|CBAM|REACH|RoHS|WEEE|ESPR|EPBD|EU ETS)\b/,
	/\b(AI Act|Cyber Resilience Act|Machinery Regulation|Omnibus|Ecodesign|EU[- ]?taxonom\w*)\b/i,
	/\bCE[- ](mark\w*|markering|Kennzeichnung|Zeichen)\b|\bmarquage CE\b/i
];

/** The first word or name in `text` that states a legal duty, or undefined when there is none. */
export function legalClaimIn(text: string): string | undefined {
	for (const pattern of [...NAMED_ACTS, ...DUTY_WORDS]) {
		const match = pattern.exec(text);
		if (match) return match[0].trim().replace(/^[^\p{L}\d]+/u, '');
	}
	return undefined;
}
