// Pure domain code: no DOM, no storage, no Svelte.
// Content is shipped one language at a time (a respondent reads one; all four cost four times the
// bytes), and put back together when a page or the report needs more than one. Both work on any
// content tree, so a new field with a LocalizedText needs no change here.
import {
	LANGUAGES,
	type Language,
	type LocalizedText,
	type NextAction,
	type Questionnaire
} from './schema.ts';

/** The order `localize` falls back in when a text lacks the language asked for. */
const FALLBACK: readonly Language[] = ['en', 'nl', 'fr', 'de'];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A LocalizedText: a non-empty object whose keys are all languages and whose values are strings. */
function isLocalizedText(value: Record<string, unknown>): value is LocalizedText {
	const keys = Object.keys(value);
	return (
		keys.length > 0 &&
		keys.every(
			(key) => (LANGUAGES as readonly string[]).includes(key) && typeof value[key] === 'string'
		)
	);
}

/**
 * The content with every text cut down to what `localize(text, language)` shows: the text in that
 * language, else the one it falls back to, under its own language key (so a page still knows the
 * text is English when the German is missing).
 *
 *   inLanguage({ name: { nl: 'Ja', en: 'Yes' }, weight: 2 }, 'nl') -> { name: { nl: 'Ja' }, weight: 2 }
 *   inLanguage({ name: { nl: 'Ja', en: 'Yes' } }, 'de')            -> { name: { en: 'Yes' } }
 */
export function inLanguage<T>(content: T, language: Language): T {
	return mapLocalized(content, (value) => {
		const shown = [language, ...FALLBACK].find((key) => value[key] !== undefined);
		return shown ? { [shown]: value[shown] } : {};
	});
}

/**
 * The content with `change` applied to every text of every LocalizedText, in its language; all
 * else as it was.
 *
 *   mapTexts({ name: { nl: 'Ja', en: 'Yes' }, weight: 2 }, (t) => t.toUpperCase())
 *     -> { name: { nl: 'JA', en: 'YES' }, weight: 2 }
 */
export function mapTexts<T>(content: T, change: (text: string, language: Language) => string): T {
	return mapLocalized(content, (value) =>
		Object.fromEntries(
			Object.entries(value).map(([key, text]) => [key, change(text, key as Language)])
		)
	);
}

/** The content with every LocalizedText in it replaced by `change` of it; all else as it was. */
function mapLocalized<T>(content: T, change: (text: LocalizedText) => LocalizedText): T {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (!isObject(value)) return value;
		if (isLocalizedText(value)) return change(value);
		return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, walk(v)]));
	};
	return walk(content) as T;
}

/**
 * Two parts of the same content put together: objects key by key, arrays item by item (both parts
 * come from one build, so items line up), texts with the languages of both.
 *
 *   mergeContent({ name: { nl: 'Ja' } }, { name: { fr: 'Oui' } }) -> { name: { nl: 'Ja', fr: 'Oui' } }
 *   mergeContent({ questions: [{ id: 'a' }] }, { questions: [{ next: [1] }] })
 *     -> { questions: [{ id: 'a', next: [1] }] }
 */
export function mergeContent<A, B>(a: A, b: B): A & B {
	const merge = (x: unknown, y: unknown): unknown => {
		if (y === undefined) return x;
		if (x === undefined) return y;
		if (Array.isArray(x) && Array.isArray(y)) {
			const length = Math.max(x.length, y.length);
			return Array.from({ length }, (_, i) => merge(x[i], y[i]));
		}
		if (isObject(x) && isObject(y)) {
			const merged: Record<string, unknown> = { ...x };
			for (const [key, value] of Object.entries(y)) merged[key] = merge(x[key], value);
			return merged;
		}
		return y;
	};
	return merge(a, b) as A & B;
}

/** The next actions of a questionnaire, laid out like it so that mergeContent puts them back. */
export type NextActionsPart = {
	transformations: { id: string; questions: { id: string; nextActions?: NextAction[] }[] }[];
};

/**
 * A questionnaire in two parts: what the steps show, and the next actions, which only the results,
 * the plan and the report use (a third of the text). mergeContent(steps, actions) is the whole.
 */
export function splitNextActions(questionnaire: Questionnaire): {
	steps: Questionnaire;
	actions: NextActionsPart;
} {
	return {
		steps: {
			...questionnaire,
			transformations: questionnaire.transformations.map((t) => ({
				...t,
				questions: t.questions.map(({ nextActions: _, ...question }) => question)
			}))
		},
		actions: {
			transformations: questionnaire.transformations.map((t) => ({
				id: t.id,
				questions: t.questions.map((q) => ({
					id: q.id,
					...(q.nextActions ? { nextActions: q.nextActions } : {})
				}))
			}))
		}
	};
}
