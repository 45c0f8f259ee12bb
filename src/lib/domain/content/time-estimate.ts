// Pure domain code: no DOM, no storage, no Svelte.
// How long the scan takes, measured from what a respondent has to read. The questionnaire states
// this estimate to users; `npm run validate` checks the stated figure against this measurement.
import type { Language, Questionnaire } from './schema';

/** Careful reading of unfamiliar text in a second-best language; plain reading is ~230. */
export const READING_WORDS_PER_MINUTE = 180;
/** Choosing among five levels once they are read: comparing with the shop floor, clicking. */
export const SECONDS_TO_DECIDE_PER_QUESTION = 15;
/** The self-estimate asked before each transformation's questions. */
export const SECONDS_PER_SELF_ESTIMATE = 20;
/** The company profile: name, postcode, staff, turnover, balance sheet, sector, year. */
export const MINUTES_FOR_PROFILE = 3;

function words(text: string | undefined): number {
	return text ? text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length : 0;
}

/** The words a respondent reads in `language`: descriptions, questions, help, levels. */
export function wordsToRead(questionnaire: Questionnaire, language: Language): number {
	let total = words(questionnaire.description?.[language]);
	for (const transformation of questionnaire.transformations) {
		total += words(transformation.description?.[language]);
		for (const question of transformation.questions) {
			total += words(question.text[language]) + words(question.help?.[language]);
			total += words(question.notApplicable?.reason[language]);
			for (const level of question.levels) total += words(level[language]);
		}
	}
	return total;
}

/**
 * Minutes to answer the whole questionnaire in its longest language, rounded up to 5:
 * reading time + decision time per question + self-estimates + the profile.
 *
 *   8 000 words, 40 questions, 7 transformations
 *   -> 8000/180 + 40×15/60 + 7×20/60 + 3 = 44.4 + 10 + 2.3 + 3 = 59.8 -> 60
 */
export function measuredMinutes(questionnaire: Questionnaire): number {
	const questions = questionnaire.transformations.reduce((n, t) => n + t.questions.length, 0);
	const longest = Math.max(
		0,
		...questionnaire.languages.map((language) => wordsToRead(questionnaire, language))
	);
	const minutes =
		longest / READING_WORDS_PER_MINUTE +
		(questions * SECONDS_TO_DECIDE_PER_QUESTION) / 60 +
		(questionnaire.transformations.length * SECONDS_PER_SELF_ESTIMATE) / 60 +
		MINUTES_FOR_PROFILE;
	return Math.ceil(minutes / 5) * 5;
}

/**
 * Whether a stated estimate is honest: not below the measurement, and at most 5 minutes above it
 * (a generous estimate is fine, a flattering one is not).
 */
export function isHonestEstimate(stated: number, measured: number): boolean {
	return stated >= measured && stated <= measured + 5;
}
