import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
	LANGUAGES,
	inLanguage,
	localize,
	mergeContent,
	splitNextActions,
	type Questionnaire
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';

const content = loadContent(resolve('questionnaires'));

/** Every text of a content tree with where it is, to compare what a language shows. */
function texts(value: unknown, at = ''): [string, unknown][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}[${i}]`));
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).flatMap(([k, v]) => texts(v, `${at}.${k}`));
	return [[at, value]];
}

describe('inLanguage', () => {
	it('keeps one language of each text, or the one localize falls back to', () => {
		const content = { name: { nl: 'Ja', en: 'Yes' }, levels: [{ de: 'Eins' }], weight: 2 };
		expect(inLanguage(content, 'nl')).toEqual({
			name: { nl: 'Ja' },
			levels: [{ de: 'Eins' }],
			weight: 2
		});
		expect(inLanguage(content, 'fr')).toEqual({
			name: { en: 'Yes' },
			levels: [{ de: 'Eins' }],
			weight: 2
		});
	});

	it('leaves objects alone whose keys are not all languages', () => {
		const roles = { roles: { 'plant-manager': { nl: 'Plantmanager', fr: 'Directeur' } } };
		expect(inLanguage(roles, 'fr')).toEqual({ roles: { 'plant-manager': { fr: 'Directeur' } } });
		expect(inLanguage({ nl: 3 }, 'fr')).toEqual({ nl: 3 });
	});
});

describe('mergeContent', () => {
	it('puts texts of two languages and two parts back together', () => {
		expect(
			mergeContent(
				{ q: [{ id: 'a', text: { nl: 'Ja' } }], v: 1 },
				{ q: [{ id: 'a', next: [{ action: { fr: 'Oui' } }] }] }
			)
		).toEqual({ q: [{ id: 'a', text: { nl: 'Ja' }, next: [{ action: { fr: 'Oui' } }] }], v: 1 });
	});
});

describe('the content as the app ships it', () => {
	it('has questionnaires to check', () => {
		expect(content.questionnaires.length).toBeGreaterThan(0);
	});

	for (const questionnaire of content.questionnaires) {
		const name = `${questionnaire.id}@${questionnaire.version}`;

		it(`${name}: the steps of one language show what the whole questionnaire shows`, () => {
			for (const language of LANGUAGES) {
				const steps = inLanguage(splitNextActions(questionnaire).steps, language);
				const shown = (q: Questionnaire) =>
					q.transformations.flatMap((t) => [
						localize(t.name, language),
						...t.questions.flatMap((x) => [
							localize(x.text, language),
							...x.levels.map((l) => localize(l, language))
						])
					]);
				expect(shown(steps)).toEqual(shown(questionnaire));
				expect(JSON.stringify(steps)).not.toContain('nextActions');
			}
		});

		it(`${name}: its parts in every language merge back into the whole`, () => {
			const { steps, actions } = splitNextActions(questionnaire);
			const parts = LANGUAGES.flatMap((l) => [inLanguage(steps, l), inLanguage(actions, l)]);
			const whole = parts.reduce((a, b) => mergeContent(a, b)) as Questionnaire;
			expect(texts(whole)).toEqual(texts(questionnaire));
		});

		it(`${name}: one language is at most a third of the whole`, () => {
			const steps = JSON.stringify(inLanguage(splitNextActions(questionnaire).steps, 'en'));
			expect(steps.length).toBeLessThan(JSON.stringify(questionnaire).length / 3);
		});
	}

	it('the catalogue in every language merges back into the whole', () => {
		const parts = LANGUAGES.map((l) => inLanguage(content.instruments, l));
		expect(texts(parts.reduce((a, b) => mergeContent(a, b)))).toEqual(texts(content.instruments));
	});
});
