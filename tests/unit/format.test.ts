import { describe, expect, it } from 'vitest';
import { formatScore, formatSignedGap } from '$lib/i18n/format';
import { intlTag } from '$lib/i18n/intl';
import { LANGUAGES } from '$lib/domain';

// formatScore writes scores without Intl (its first use costs the results page a long task): it
// must print exactly what Intl.NumberFormat prints for every score and gap a page shows.
describe('formatScore', () => {
	const values: number[] = [];
	for (let tenths = -50; tenths <= 50; tenths += 1) values.push(tenths / 10);
	values.push(1.25, 2.35, 3.449999, 3.45, 4.95, 4.999, 2 / 3, 11 / 3, 0.05, 999.94, 1234.56);

	it.each(LANGUAGES)('prints what Intl prints in %s', (language) => {
		const intl = new Intl.NumberFormat(intlTag(language), {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1
		});
		for (const value of values) {
			const expected = intl.format(Math.round((value + Number.EPSILON) * 10) / 10);
			expect(formatScore(value, language), `${value}`).toBe(expected);
		}
	});

	it('writes the decimal sign of the language and a dash for no score', () => {
		expect(formatScore(3.46, 'nl')).toBe('3,5');
		expect(formatScore(3.46, 'fr')).toBe('3,5');
		expect(formatScore(3.46, 'de')).toBe('3,5');
		expect(formatScore(3.46, 'en')).toBe('3.5');
		expect(formatScore(null, 'nl')).toBe('–');
		expect(formatScore(Number.NaN, 'en')).toBe('–');
		expect(formatScore(-0.04, 'nl')).toBe('0,0');
		expect(formatSignedGap(-1.25, 'fr')).toBe('−1,3');
	});
});
