import { describe, expect, it } from 'vitest';
import { parseEuroAmount } from '../../src/lib/domain';

describe('parseEuroAmount: amounts as Belgians type them', () => {
	it.each([
		['9000', 9000],
		['9.000', 9000],
		['9 000', 9000],
		['9\u00a0000', 9000],
		['9\u202f000', 9000],
		["9'000", 9000],
		['9,000', 9000],
		['1.250.000', 1_250_000],
		['9.000,50', 9001],
		['9 000,49', 9000],
		['1,000.50', 1001],
		['12,5', 13],
		['€ 9.000', 9000],
		['9.000 €', 9000],
		['9000 EUR', 9000],
		['  25 000  ', 25000],
		['0', 0]
	])('%j -> %d', (text, value) => {
		expect(parseEuroAmount(text)).toEqual({ ok: true, value });
	});

	it('reads empty text as clearing the figure', () => {
		expect(parseEuroAmount('   ')).toEqual({ ok: true, value: null });
	});

	it.each([
		'abc',
		'-5',
		'9.00.0',
		'9.000,000',
		'1,000.000.5',
		'9.000.50',
		'12,345,67',
		'9 k',
		'1e6'
	])('refuses %j', (text) => {
		expect(parseEuroAmount(text)).toEqual({ ok: false, reason: 'format' });
	});

	it('refuses a figure above the limit', () => {
		expect(parseEuroAmount('2.000.000', 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
		expect(parseEuroAmount('1.000.000', 1_000_000)).toEqual({ ok: true, value: 1_000_000 });
	});
});
