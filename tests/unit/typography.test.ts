// Punctuation follows the reader's language: French puts a space before a colon ("Aides adaptées :"),
// Dutch, English and German do not. A colon written into a component after a message would be the
// same in all four; labels go through common.labelColon instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../../src/lib/i18n/messages/common/de';
import en from '../../src/lib/i18n/messages/common/en';
import fr from '../../src/lib/i18n/messages/common/fr';
import nl from '../../src/lib/i18n/messages/common/nl';
import { INDICATIVE_BELOW, mapTexts, type Language } from '../../src/lib/domain';
import { formatPercent } from '../../src/lib/i18n/format';
import { scoring as scoringMessages } from '../../src/lib/i18n/messages/scoring';
import { typeset } from '../../src/lib/domain/content/typography';
import { loadContent } from '../../src/lib/server/content';

/** The .svelte files below `dir`. */
function components(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? components(join(dir, entry.name))
			: entry.name.endsWith('.svelte')
				? [join(dir, entry.name)]
				: []
	);
}

describe('labelColon', () => {
	it('puts a space before the colon in French only', () => {
		expect(fr.labelColon('Aides adaptées')).toBe('Aides adaptées :');
		expect(nl.labelColon('Passende steun')).toBe('Passende steun:');
		expect(en.labelColon('Support that fits')).toBe('Support that fits:');
		expect(de.labelColon('Passende Förderung')).toBe('Passende Förderung:');
	});
});

describe('components', () => {
	it('write no colon of their own after a message shown on screen', () => {
		const found: string[] = [];
		for (const file of components('src')) {
			// The markup only: a script's types ("}: {") and styles are not text.
			const markup = readFileSync(file, 'utf8')
				.replace(/<script[\s\S]*?<\/script>/g, (block) => block.replace(/[^\n]/g, ''))
				.replace(/<style[\s\S]*?<\/style>/g, (block) => block.replace(/[^\n]/g, ''));
			markup.split('\n').forEach((line, i) => {
				// Screen-reader-only text is heard, not read, and technical details (an id) are not prose.
				if (/visually-hidden|<code>/.test(line)) return;
				if (/\}:(\s*<\/|\s*\$?\{|\s*$)/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
			});
		}
		expect(found).toEqual([]);
	});
});

describe('typeset', () => {
	it('writes the percent sign against the number in Dutch and English', () => {
		expect(typeset('Betaalt 40 tot 50 % van de kosten', 'nl')).toBe(
			'Betaalt 40 tot 50% van de kosten'
		);
		expect(typeset('Small companies get 30 %, medium-sized 20\u00a0%', 'en')).toBe(
			'Small companies get 30%, medium-sized 20%'
		);
	});

	it('puts a space that never breaks before it in French and German', () => {
		expect(typeset('30 % ; 45%', 'fr')).toBe('30\u00a0% ; 45\u00a0%');
		expect(typeset('Kleine Unternehmen erhalten 30 %', 'de')).toBe(
			'Kleine Unternehmen erhalten 30\u00a0%'
		);
	});

	it('keeps French digit groups together, and nothing else', () => {
		expect(typeset('de 350 000 à 1 000 000 euros', 'fr')).toBe(
			'de 350\u202f000 à 1\u202f000\u202f000 euros'
		);
		// Two numbers side by side are not a group: a year and a count, a count of four digits.
		expect(typeset('en 2025 1250 entreprises, 7 5000', 'fr')).toBe(
			'en 2025 1250 entreprises, 7 5000'
		);
		expect(typeset('7.500 Euro, 25 000', 'de')).toBe('7.500 Euro, 25 000');
		// Grouped with a point by some sources: written as the app writes amounts.
		expect(typeset('au moins 25.000 euros, 1.000.000 ou 2,875 %', 'fr')).toBe(
			'au moins 25\u202f000 euros, 1\u202f000\u202f000 ou 2,875\u00a0%'
		);
		expect(typeset('% of 5 and 10 % ', 'nl')).toBe('% of 5 and 10% ');
	});

	it('keeps French quotation marks with the words they quote', () => {
		expect(typeset('marqués « Non confirmé ».', 'fr')).toBe('marqués «\u00a0Non confirmé\u00a0».');
	});

	it('writes the French apostrophe as the interface does, and leaves quotes alone', () => {
		expect(typeset("Aujourd'hui, l'aide d'une PME : 'oui'", 'fr')).toBe(
			"Aujourd’hui, l’aide d’une PME : 'oui'"
		);
		expect(typeset("the company's plan", 'en')).toBe("the company's plan");
	});

	it('changes nothing a second time', () => {
		for (const language of ['nl', 'fr', 'en', 'de'] as const) {
			const once = typeset('50 % van 25 000 euro', language);
			expect(typeset(once, language)).toBe(once);
		}
	});
});

/** The texts of every LocalizedText in `content`, with their language. */
function texts(content: unknown): { language: Language; text: string }[] {
	const found: { language: Language; text: string }[] = [];
	mapTexts(content, (text, language) => {
		found.push({ language, text });
		return text;
	});
	return found;
}

/** Where a text breaks its language's rule for percentages (and French digit groups). */
function misspaced(text: string, language: Language, content = false): string | undefined {
	const wrong =
		language === 'nl' || language === 'en'
			? /\d[ \u00a0\u202f]%/
			: language === 'fr'
				? content
					? /\d( |)%|\d[ .]\d{3}(?!\d)|« | »|\p{L}'\p{L}/u
					: /\d( |)%|\d \d{3}(?!\d)|« | »|\p{L}'\p{L}/u
				: /\d( |)%/;
	return wrong.exec(text)?.[0];
}

describe('numbers in the content as built', () => {
	const content = loadContent('questionnaires');

	it('are spaced as each language writes them, in the catalogue and the questionnaires', () => {
		const all = texts([content.instruments, content.questionnaires]);
		// Enough of each to mean something: some 70 texts in each language have one.
		for (const language of ['nl', 'fr', 'en', 'de'] as const)
			expect(
				all.filter((t) => t.language === language && t.text.includes('%')).length
			).toBeGreaterThan(50);
		expect(
			all.flatMap(({ language, text }) => {
				const wrong = misspaced(text, language, true);
				return wrong ? [`${language}: "${wrong}" in ${text.slice(0, 80)}`] : [];
			})
		).toEqual([]);
	});
});

describe('numbers in the interface messages', () => {
	it('are spaced as each language writes them', () => {
		const found: string[] = [];
		for (const folder of readdirSync('src/lib/i18n/messages', { withFileTypes: true })) {
			if (!folder.isDirectory()) continue;
			for (const language of ['nl', 'fr', 'en', 'de'] as const) {
				const file = join('src/lib/i18n/messages', folder.name, `${language}.ts`);
				let source: string;
				try {
					source = readFileSync(file, 'utf8');
				} catch {
					continue;
				}
				// The source spells the space that never breaks as an escape.
				const text = source.replace(/\\u00a0/g, '\u00a0').replace(/\\u202f/g, '\u202f');
				text.split('\n').forEach((line, i) => {
					if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
					const wrong = misspaced(line, language);
					if (wrong) found.push(`${file}:${i + 1}: "${wrong}"`);
				});
			}
		}
		expect(found).toEqual([]);
	});
});

describe('the threshold of an indicative score', () => {
	it('is the scoring rule’s, not a figure written into the messages', () => {
		for (const language of ['nl', 'fr', 'en', 'de'] as const) {
			const share = formatPercent(INDICATIVE_BELOW, language);
			expect(scoringMessages[language].indicativeNote(share)).toContain(share);
			for (const folder of ['scoring', 'report'])
				expect(
					readFileSync(join('src/lib/i18n/messages', folder, `${language}.ts`), 'utf8')
				).not.toMatch(/\b60(\s|\\u00a0)?%/);
		}
	});
});
