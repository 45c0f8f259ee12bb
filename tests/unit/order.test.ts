import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '$lib/domain';

describe('byCodeUnits', () => {
	it('puts ISO timestamps in time order', () => {
		const times = [
			'2026-11-02T10:00:00.000Z',
			'2025-12-31T23:59:59.999Z',
			'2026-11-02T09:59:59.999Z',
			'2026-02-10T00:00:00.000Z'
		];
		expect([...times].sort(byCodeUnits)).toEqual([
			'2025-12-31T23:59:59.999Z',
			'2026-02-10T00:00:00.000Z',
			'2026-11-02T09:59:59.999Z',
			'2026-11-02T10:00:00.000Z'
		]);
		const ms = (iso: string) => Date.parse(iso);
		expect([...times].sort(byCodeUnits).map(ms)).toEqual(times.map(ms).sort((a, b) => a - b));
	});

	it('orders ids by code unit, the same in every locale, and says 0 only for equal strings', () => {
		// A collator puts 'a-2' after 'A-1' and ignores case differences at first; ids need neither.
		expect(['b', 'a-2', 'B', 'A-1'].sort(byCodeUnits)).toEqual(['A-1', 'B', 'a-2', 'b']);
		expect(byCodeUnits('x', 'x')).toBe(0);
		expect(byCodeUnits('x', 'y')).toBe(-1);
		expect(byCodeUnits('y', 'x')).toBe(1);
	});
});
