import type { InstrumentKind, JourneyStage } from '$lib/domain';

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
