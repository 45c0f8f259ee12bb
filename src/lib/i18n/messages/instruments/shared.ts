import type { InstrumentKind, JourneyStage, SizeClass } from '$lib/domain';

/** What the reason sentence is built from; numbers are already formatted for the language. */
export type ReasonParts = {
	/** Localized transformation name, e.g. "Digital factory". */
	transformation: string;
	/** Formatted score, e.g. "2.0" or "2,0". */
	score: string;
	target: number;
	kind: InstrumentKind;
	stage: JourneyStage;
	/** True when the instrument fits the stage after the transformation's next stage. */
	ahead: boolean;
};

export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A report source as a citation: `Publisher, "Title", 2019`; the same in every language. */
export function reportCitation(report: { title: string; publisher: string; year: number }): string {
	return `${report.publisher}, "${report.title}", ${report.year}`;
}

/**
 * An amount that may differ per size class, as one line: `€25,000`, or
 * `Micro €25,000 · Small €50,000` in programme order of the sizes given.
 */
export function formatEurosBySize(
	value: number | Partial<Record<SizeClass, number>>,
	euro: (amount: number) => string,
	sizeLabel: (size: SizeClass) => string
): string {
	if (typeof value === 'number') return euro(value);
	// Spelled out rather than imported so that messages do not pull domain code into a bundle.
	const sizes: SizeClass[] = ['micro', 'small', 'medium', 'large'];
	return sizes
		.flatMap((size) =>
			value[size] === undefined ? [] : [`${sizeLabel(size)} ${euro(value[size])}`]
		)
		.join(' · ');
}
