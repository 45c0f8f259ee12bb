import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advisor } from '../../src/lib/i18n/messages/advisor';
import { results } from '../../src/lib/i18n/messages/results';
import { plural } from '../../src/lib/i18n/plural';

const forms = { one: 'one', other: 'other' };

describe('plural: each language its own rule', () => {
	it('French takes the singular for 0 and 1; Dutch, English and German for 1 only', () => {
		expect([0, 1, 2].map((n) => plural('fr', n, forms))).toEqual(['one', 'one', 'other']);
		for (const language of ['nl', 'en', 'de'] as const)
			expect([0, 1, 2].map((n) => plural(language, n, forms))).toEqual(['other', 'one', 'other']);
	});

	it('messages print real words, never "(s)" or "(en)"', () => {
		expect(advisor.fr.photosAdded(1)).toBe('1 photo ajoutée.');
		expect(advisor.fr.photosAdded(3)).toBe('3 photos ajoutées.');
		expect(advisor.nl.suggestedCount(1)).toMatch(/^1 antwoord is een voorstel/);
		expect(advisor.de.suggestedCount(2)).toMatch(/^2 Antworten sind Vorschläge/);
		expect(results.de.incomplete(1)).toMatch(/^Noch 1 Frage offen/);
		expect(results.nl.incomplete(5)).toMatch(/^Nog 5 vragen open/);
	});

	it('no message source writes a plural with brackets', () => {
		const root = 'src/lib/i18n/messages';
		const bracketed = /[a-zäöüéèà]\((s|en|e|n|r|es|x)\)|\('s\)|\w\/\w+en\b/;
		const found: string[] = [];
		for (const area of readdirSync(root))
			for (const file of readdirSync(join(root, area)).filter((f) => f.endsWith('.ts')))
				readFileSync(join(root, area, file), 'utf8')
					.split('\n')
					.forEach((line, index) => {
						if (!line.trim().startsWith('//') && bracketed.test(line))
							found.push(`${area}/${file}:${index + 1}: ${line.trim()}`);
					});
		expect(found).toEqual([]);
	});
});
