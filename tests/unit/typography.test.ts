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
