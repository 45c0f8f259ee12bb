// A call that closes on a date: its status on a given day, the schema that carries the dates,
// and what matching, the plan's money, the money notes and the PDF make of a closed call.
// Every day is fixed here; none depends on the day the tests run.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	belgianDay,
	eligibilityFacts,
	instrumentStatusOn,
	localize,
	matchInstruments,
	planFinance,
	type CatalogueInstrument
} from '../../src/lib/domain';
import { parseInstrumentFile } from '../../src/lib/domain/content/validate';
import { describeActionMoney } from '../../src/lib/i18n/messages/money/describe';
import { money } from '../../src/lib/i18n/messages/money';
import { instruments as instrumentMessages } from '../../src/lib/i18n/messages/instruments';
import { formatDate } from '../../src/lib/i18n/format';
import { loadContent } from '../../src/lib/server/content';
import { company, financePlan, KORTRIJK } from '../fixtures/finance';
import { instrument, scoreOf } from '../fixtures/instruments';

/** Noon in Brussels on a day of December 2026 (UTC+1). */
const day = (date: number) => new Date(`2026-12-${String(date).padStart(2, '0')}T11:00:00Z`);

/** An IP voucher whose 2026 call runs from 2 February to 4 December, like the SME Fund's. */
const ipVoucher = instrument('eu', {
	id: 'fx-ip-voucher',
	kind: 'voucher',
	eligibility: { sizeClasses: ['micro', 'small', 'medium'] },
	funding: {
		covers: ['consultancy'],
		topics: ['intellectual-property'],
		rate: { micro: 0.75, small: 0.75, medium: 0.75 },
		capPerProject: 2500
	},
	transformations: ['end-to-end-engineering'],
	stages: ['plan', 'realisation'],
	status: 'open',
	applicationsOpen: '2026-02-02',
	applicationsClose: '2026-12-04',
	asOf: '2026-02'
});

/** The same kind of voucher with no dates: open whatever the day. */
const openVoucher = instrument('eu', {
	id: 'fx-ip-voucher-open',
	kind: 'voucher',
	eligibility: { sizeClasses: ['micro', 'small', 'medium'] },
	funding: {
		covers: ['consultancy'],
		topics: ['intellectual-property'],
		rate: { micro: 0.5, small: 0.5, medium: 0.5 },
		capPerProject: 2500
	},
	transformations: ['end-to-end-engineering'],
	stages: ['plan', 'realisation'],
	status: 'open',
	asOf: '2026-02'
});

describe('instrumentStatusOn: the status of a call on a given day', () => {
	it('is open with its last day until that day, that day included', () => {
		expect(instrumentStatusOn(ipVoucher, day(1))).toEqual({
			status: 'open',
			applicationsUntil: '2026-12-04'
		});
		expect(instrumentStatusOn(ipVoucher, day(4))).toEqual({
			status: 'open',
			applicationsUntil: '2026-12-04'
		});
	});

	it('is closed the day after, with the day it closed', () => {
		expect(instrumentStatusOn(ipVoucher, day(5))).toEqual({
			status: 'closed',
			closedOn: '2026-12-04'
		});
		expect(instrumentStatusOn(ipVoucher, new Date('2027-06-01T10:00:00Z')).status).toBe('closed');
	});

	it('is closed before its first day, with the day it opens', () => {
		expect(instrumentStatusOn(ipVoucher, new Date('2026-02-01T12:00:00Z'))).toEqual({
			status: 'closed',
			opensOn: '2026-02-02'
		});
		expect(instrumentStatusOn(ipVoucher, new Date('2026-02-02T12:00:00Z')).status).toBe('open');
	});

	it('takes the day in Belgium: 00:30 on 5 December in Brussels is after the close', () => {
		expect(belgianDay(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
		expect(instrumentStatusOn(ipVoucher, new Date('2026-12-04T23:30:00Z')).status).toBe('closed');
		// 23:59 in Brussels on the 4th: still the closing day.
		expect(instrumentStatusOn(ipVoucher, new Date('2026-12-04T22:59:00Z')).status).toBe('open');
		// Summer time: 23:30 UTC on 30 June is 1 July in Brussels.
		expect(belgianDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
	});

	it('gives the day Intl gives for Europe/Brussels, summer time changes included', () => {
		const brussels = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Europe/Brussels',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		// Every 20 minutes over 2024–2031, and each minute around the changes of 2026.
		const moments: number[] = [];
		for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2032, 0, 1); t += 20 * 60_000) moments.push(t);
		for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)])
			for (let t = change - 26 * 3_600_000; t <= change + 26 * 3_600_000; t += 60_000)
				moments.push(t);
		for (const t of moments)
			expect(belgianDay(new Date(t)), new Date(t).toISOString()).toBe(brussels.format(t));
		// 22:30 UTC on the Saturday before summer time ends is 00:30 on Sunday in Brussels (UTC+2);
		// on the Sunday itself, after 01:00 UTC, 23:30 UTC is 00:30 on Monday (UTC+1).
		expect(belgianDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
		expect(belgianDay(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
	});

	it('leaves an instrument without dates, and every status but open, as the catalogue says', () => {
		expect(instrumentStatusOn(openVoucher, day(5))).toEqual({ status: 'open' });
		for (const status of ['closed', 'ended', 'unknown'] as const)
			expect(instrumentStatusOn({ ...ipVoucher, status }, day(1))).toEqual({ status });
	});
});

describe('the catalogue schema: applicationsOpen and applicationsClose', () => {
	const file = (fields: Record<string, unknown>) => ({
		level: 'eu',
		instruments: [
			{
				id: 'x',
				name: { nl: 'X', fr: 'X', en: 'X', de: 'X' },
				summary: { nl: 'X', fr: 'X', en: 'X', de: 'X' },
				operator: 'EUIPO',
				kind: 'voucher',
				transformations: ['end-to-end-engineering'],
				stages: ['plan'],
				status: 'open',
				asOf: '2026-02',
				checked: '2026-12-01',
				confirmed: true,
				sources: [{ url: 'https://example.org/x' }],
				...fields
			}
		]
	});
	const errors = (fields: Record<string, unknown>) =>
		parseInstrumentFile(file(fields), 'eu').issues.map((i) => `${i.path}: ${i.message}`);

	it('accepts real days, the close not before the open', () => {
		expect(errors({ applicationsOpen: '2026-02-02', applicationsClose: '2026-12-04' })).toEqual([]);
		expect(errors({ applicationsClose: '2026-12-04' })).toEqual([]);
	});

	it('names the field of a date that is malformed, not a day, or before the opening', () => {
		expect(errors({ applicationsClose: '4 December 2026' })).toEqual([
			'instruments[0].applicationsClose: must be a date YYYY-MM-DD'
		]);
		expect(errors({ applicationsClose: '2026-12' })).toEqual([
			'instruments[0].applicationsClose: must be a date YYYY-MM-DD'
		]);
		expect(errors({ applicationsOpen: '2026-02-30' })).toEqual([
			'instruments[0].applicationsOpen: is not a day of the calendar'
		]);
		// YAML would read an unquoted 2026-12-04 as a string; a number or a date object is refused.
		expect(errors({ applicationsClose: 20261204 })).toEqual([
			'instruments[0].applicationsClose: expected string, got 20261204'
		]);
		expect(errors({ applicationsOpen: '2026-12-05', applicationsClose: '2026-12-04' })).toEqual([
			'instruments[0].applicationsClose: must not be before applicationsOpen (2026-12-05)'
		]);
	});

	it('the real catalogue: the SME Fund 2026 takes applications from 2 February to 4 December', () => {
		const catalogue = loadContent(resolve('questionnaires')).instruments;
		const smeFund = catalogue.find((i) => i.id === 'sme-fund-ip-vouchers')!;
		expect(smeFund.applicationsOpen).toBe('2026-02-02');
		expect(smeFund.applicationsClose).toBe('2026-12-04');
		expect(instrumentStatusOn(smeFund, day(2)).status).toBe('open');
		expect(instrumentStatusOn(smeFund, day(5))).toEqual({
			status: 'closed',
			closedOn: '2026-12-04'
		});
		// Every date in the catalogue is on an instrument whose status the dates can change.
		for (const i of catalogue.filter((i) => i.applicationsClose || i.applicationsOpen))
			expect(i.status, i.id).toBe('open');
	});
});

describe('matching: a call past its closing day', () => {
	const match = (today: Date) =>
		matchInstruments({
			instruments: [ipVoucher, openVoucher],
			region: 'flanders',
			sizeClass: 'small',
			companyAgeYears: 20,
			sector: 'C25',
			score: scoreOf({ 'end-to-end-engineering': 2.5 }),
			today
		}).map((m) => ({ id: m.instrument.id, rank: m.rank, statusToday: m.statusToday }));

	it('is shown open, with its last day, and ranked first on its terms while the call runs', () => {
		expect(match(day(4))).toEqual([
			{
				id: 'fx-ip-voucher',
				rank: 1,
				statusToday: { status: 'open', applicationsUntil: '2026-12-04' }
			},
			{ id: 'fx-ip-voucher-open', rank: 2, statusToday: { status: 'open' } }
		]);
	});

	it('is still shown the day after, but closed, with the day it closed, and below the open one', () => {
		expect(match(day(5))).toEqual([
			{ id: 'fx-ip-voucher-open', rank: 1, statusToday: { status: 'open' } },
			{ id: 'fx-ip-voucher', rank: 2, statusToday: { status: 'closed', closedOn: '2026-12-04' } }
		]);
	});
});

describe('plan money: a call past its closing day is not counted', () => {
	const plan = financePlan([
		[
			'end-to-end-engineering',
			[
				{
					id: 'trademark',
					costType: 'consultancy',
					topics: ['intellectual-property'],
					cost: 2000
				}
			]
		]
	]);
	const finance = (today: Date, instruments: CatalogueInstrument[] = [ipVoucher]) =>
		planFinance({
			plan,
			instruments,
			facts: eligibilityFacts(company({ ...KORTRIJK }), today),
			today
		});

	it('counts it up to and on its closing day', () => {
		const onTheDay = finance(day(4));
		expect(onTheDay.support).toBe(1500);
		expect(onTheDay.priorities[0]!.actions[0]!.support?.instrument.id).toBe('fx-ip-voucher');
	});

	it('shows what it would pay the day after, closed on its last day, and counts nothing', () => {
		const after = finance(day(5));
		const action = after.priorities[0]!.actions[0]!;
		expect(after.support).toBe(0);
		expect(after.net).toBe(2000);
		expect(action.support).toBeNull();
		expect(action.alternatives).toMatchObject([
			{ amount: 1500, notCounted: 'closed', closedOn: '2026-12-04' }
		]);
		// The money note says so, with the day, in every language.
		const note = (language: 'en' | 'nl' | 'fr' | 'de') =>
			describeActionMoney(action, money[language], {
				euro: (amount) => `€${amount}`,
				percent: (fraction) => `${fraction * 100}%`,
				month: (iso) => iso,
				date: (iso) => formatDate(iso, language),
				name: (text) => localize(text, language),
				operator: (name) => String(name),
				sizes: (sizes) => sizes.join(', ')
			}).notes[0];
		expect(note('en')).toContain('its call closed on 4 December 2026');
		expect(note('nl')).toContain('op 4 december 2026 afgesloten');
		expect(note('fr')).toContain('clôturé le 4 décembre 2026');
		expect(note('de')).toContain('endete am 4. Dezember 2026');
	});

	it('lets an open instrument be counted instead', () => {
		const after = finance(day(5), [ipVoucher, openVoucher]);
		expect(after.support).toBe(1000);
		expect(after.priorities[0]!.actions[0]!.support?.instrument.id).toBe('fx-ip-voucher-open');
	});
});

describe('the card texts: the closing day as each language writes it', () => {
	it.each([
		['en', 'Open for applications until 4 December 2026', 'This call closed on 4 December 2026'],
		['nl', 'Aanvragen mogelijk tot en met 4 december 2026', 'Deze oproep is op 4 december 2026'],
		[
			'fr',
			'Demandes possibles jusqu’au 4 décembre 2026',
			'Cet appel a été clôturé le 4 décembre 2026'
		],
		['de', 'Anträge möglich bis zum 4. Dezember 2026', 'Dieser Aufruf endete am 4. Dezember 2026']
	] as const)('%s', (language, until, closed) => {
		const date = formatDate('2026-12-04', language);
		expect(instrumentMessages[language].openUntil(date)).toBe(until);
		expect(instrumentMessages[language].callClosedOn(date)).toContain(closed);
	});
});
