import { describe, expect, it } from 'vitest';
import { isBelgianPostcode, parseWholeNumber, regionFromPostcode } from '../../src/lib/domain';

describe('parseWholeNumber: whole numbers as Belgians type them', () => {
	it.each([
		['9000000', 9_000_000],
		['9.000.000', 9_000_000],
		['9 000 000', 9_000_000],
		// As fr-BE formats it (narrow no-break spaces) and as pasted with no-break spaces.
		['9\u202f000\u202f000', 9_000_000],
		['9\u00a0000\u00a0000', 9_000_000],
		['  250.000 ', 250_000],
		['€ 250.000', 250_000],
		['250 000 EUR', 250_000],
		['40', 40],
		['0', 0],
		['1.000', 1000]
	])('%j -> %d', (text, value) => {
		expect(parseWholeNumber(text)).toEqual({ kind: 'number', value });
	});

	it.each([
		['9,5 M', 'abbreviation'],
		['9,5M', 'abbreviation'],
		['900k', 'abbreviation'],
		['2 mio', 'abbreviation'],
		['3 miljoen', 'abbreviation'],
		['9,5', 'decimal'],
		['9.000.000,50', 'decimal'],
		['9,000,000', 'decimal'],
		['9.5', 'decimal'],
		['9.00.000', 'grouping'],
		['90.0000', 'grouping'],
		['1 00', 'grouping'],
		['.500', 'grouping'],
		['-40', 'not-a-number'],
		['veertig', 'not-a-number'],
		['12a', 'not-a-number'],
		['99999999999999999999', 'not-a-number']
	] as const)('%j is refused: %s', (text, reason) => {
		expect(parseWholeNumber(text)).toEqual({ kind: 'refused', reason });
	});

	it('reads an empty or blank field as empty', () => {
		expect(parseWholeNumber('')).toEqual({ kind: 'empty' });
		expect(parseWholeNumber('   ')).toEqual({ kind: 'empty' });
	});

	it('reads back what Intl formats for each Belgian locale', () => {
		for (const tag of ['nl-BE', 'fr-BE', 'de-BE'])
			expect(parseWholeNumber(new Intl.NumberFormat(tag).format(12_345_678))).toEqual({
				kind: 'number',
				value: 12_345_678
			});
	});
});

describe('isBelgianPostcode: the bpost list', () => {
	it.each([
		['1000', true],
		['1348', true],
		['4700', true],
		['6700', true],
		['8500', true],
		['9000', true],
		['1931', true],
		[' 9000 ', true],
		['9999', false],
		['1299', false],
		['4705', false],
		['0612', false],
		['0000', false],
		['900', false],
		['B-9000', false],
		['', false]
	])('%j -> %s', (postcode, exists) => {
		expect(isBelgianPostcode(postcode)).toBe(exists);
	});

	it('gives no region to a postcode that does not exist', () => {
		expect(regionFromPostcode('9999')).toBeNull();
		expect(regionFromPostcode('9990')).toBe('flanders');
	});
});
