import { describe, expect, it } from 'vitest';
import {
	conjunction,
	formatDate,
	formatEuro,
	formatMonth,
	formatNumber,
	formatPercent,
	formatScore,
	formatSignedGap,
	formatWholeNumberInput
} from '$lib/i18n/format';
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

// Percentages, amounts, dates, months and lists are written without Intl too (its first use in a
// tab loads the locale's data inside the task that draws the page): each must print exactly what
// Intl prints, for every value a page shows and beyond.
describe('formats written without Intl', () => {
	const tag = intlTag;

	it.each(LANGUAGES)('formatPercent prints what Intl prints in %s', (language) => {
		const intl = new Intl.NumberFormat(tag(language), {
			style: 'percent',
			maximumFractionDigits: 0
		});
		const fractions = [0, 1, 0.285, 0.565, 0.005, 0.995, 0.125, 12.345, 1e-9, 0.9999999];
		for (let denominator = 1; denominator <= 60; denominator += 1)
			for (let part = 0; part <= denominator; part += 1) fractions.push(part / denominator);
		for (let thousandth = 0; thousandth <= 1000; thousandth += 1) fractions.push(thousandth / 1000);
		for (const fraction of fractions)
			expect(formatPercent(fraction, language), `${fraction}`).toBe(intl.format(fraction));
		// Outside the common case Intl writes it: a negative share, a rounding to -0.
		for (const fraction of [-0.42, -0.001, Number.NaN])
			expect(formatPercent(fraction, language), `${fraction}`).toBe(intl.format(fraction));
	});

	it.each(LANGUAGES)('formatEuro prints what Intl prints in %s', (language) => {
		const intl = new Intl.NumberFormat(tag(language), {
			style: 'currency',
			currency: 'EUR',
			maximumFractionDigits: 0
		});
		const amounts = [0, 0.5, 1.5, 2.5, 999.5, 1000, 1234.5, 9999.49, 12_345_678, 2 ** 53 - 1];
		for (let amount = 0; amount <= 20_000; amount += 7) amounts.push(amount, amount + 0.5);
		for (let power = 3; power <= 15; power += 1) amounts.push(10 ** power, 10 ** power - 1);
		for (const amount of [...amounts, 0.1 * 3 * 1000, 200_000 * 0.45, 1e16, -1500, -0.2])
			expect(formatEuro(amount, language), `${amount}`).toBe(intl.format(amount));
	});

	it.each(LANGUAGES)('formatDate and formatMonth print what Intl prints in %s', (language) => {
		const dayUtc = new Intl.DateTimeFormat(tag(language), {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		const month = new Intl.DateTimeFormat(tag(language), {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		for (let time = Date.UTC(2024, 0, 1); time <= Date.UTC(2028, 11, 31); time += 86_400_000) {
			const iso = new Date(time).toISOString().slice(0, 10);
			expect(formatDate(iso, language), iso).toBe(dayUtc.format(new Date(time)));
			expect(formatMonth(iso.slice(0, 7), language), iso).toBe(month.format(new Date(time)));
		}
		for (const iso of ['0999-05-01', '10000-01-01', 'not a date'])
			expect(formatDate(iso, language), iso).toBe(
				Number.isNaN(new Date(iso).getTime()) ? iso : dayUtc.format(new Date(iso))
			);
	});

	it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Brussels'])(
		"a moment is printed on the reader's calendar as Intl prints it (%s)",
		(zone) => {
			const before = process.env.TZ;
			process.env.TZ = zone;
			try {
				// The zone is in force: 03:00 UTC on New Year's Day is still the old year in California.
				expect(formatDate('2026-01-01T03:00:00.000Z', 'en')).toBe(
					zone === 'America/Los_Angeles' ? '31 December 2025' : '1 January 2026'
				);
				for (const language of LANGUAGES) {
					const day = new Intl.DateTimeFormat(tag(language), {
						day: 'numeric',
						month: 'long',
						year: 'numeric'
					});
					for (let hour = 0; hour < 24 * 400; hour += 7) {
						const iso = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString();
						expect(formatDate(iso, language), `${zone} ${iso}`).toBe(day.format(new Date(iso)));
					}
				}
			} finally {
				if (before === undefined) delete process.env.TZ;
				else process.env.TZ = before;
			}
		}
	);

	it.each(LANGUAGES)('conjunction joins as Intl.ListFormat does in %s', (language) => {
		const intl = new Intl.ListFormat(tag(language), { type: 'conjunction' });
		const items = ['Vlaanderen', 'Wallonie', 'Brussel', 'Ostbelgien', 'EU'];
		for (let count = 0; count <= items.length; count += 1)
			expect(conjunction(language, items.slice(0, count))).toBe(intl.format(items.slice(0, count)));
	});
});

describe('numbers written without Intl', () => {
	it.each(LANGUAGES)(
		'formatNumber and formatWholeNumberInput print what Intl prints in %s',
		(language) => {
			const plain = new Intl.NumberFormat(intlTag(language));
			const whole = new Intl.NumberFormat(intlTag(language), { maximumFractionDigits: 0 });
			const values = [0, 7, 999, 1000, 12_345, 1_234_567, 2 ** 53 - 1, 2.5, 1234.5678, -40, 1e21];
			for (let value = 0; value <= 30_000; value += 13) values.push(value, value + 0.5);
			for (const value of values) {
				expect(formatNumber(value, language), `${value}`).toBe(plain.format(value));
				const expected = whole.format(value);
				expect(formatWholeNumberInput(value, language), `${value}`).toBe(
					language === 'en' ? expected.replace(/,/g, '\u202f') : expected
				);
			}
		}
	);
});
