import { describe, expect, it } from 'vitest';
import {
	ASSESSMENT_SCHEMA_VERSION,
	createAssessment,
	migrateAssessment,
	MIGRATIONS
} from '../../src/lib/domain';

const now = '2026-11-22T10:00:00.000Z';
const current = () =>
	createAssessment({
		id: 'a1',
		companyId: 'c1',
		respondentId: 'r1',
		questionnaire: { id: 'made-different', version: 1 },
		language: 'nl',
		now
	});

describe('migrateAssessment', () => {
	it('accepts a current record unchanged', () => {
		const result = migrateAssessment(current());
		expect(result).toEqual({ ok: true, value: current(), migrated: false });
	});

	it('has a step for every earlier schema version', () => {
		expect(ASSESSMENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
		for (let version = 1; version < ASSESSMENT_SCHEMA_VERSION; version += 1)
			expect(MIGRATIONS[version], `from ${version}`).toBeTypeOf('function');
	});

	it("1 → 2: a stored plan counts as edited at the record's last update", () => {
		const { plan: _none, ...withoutPlan } = current();
		const plan = { priorities: [], ambition: 'x', proposedAt: '2026-11-01T08:00:00.000Z' };
		const schema1 = { ...withoutPlan, schemaVersion: 1, updatedAt: '2026-11-20T08:00:00.000Z' };
		expect(migrateAssessment({ ...schema1, plan })).toEqual({
			ok: true,
			value: { ...schema1, schemaVersion: 2, plan: { ...plan, editedAt: schema1.updatedAt } },
			migrated: true
		});
		expect(migrateAssessment(schema1)).toEqual({
			ok: true,
			value: { ...schema1, schemaVersion: 2 },
			migrated: true
		});
	});

	it.each([
		{ name: 'not an object', raw: 'hello', error: 'not an assessment record' },
		{ name: 'an array', raw: [], error: 'not an assessment record' },
		{ name: 'no schemaVersion', raw: { id: 'x' }, error: 'the record has no valid schemaVersion' },
		{
			name: 'a record from a newer app',
			raw: { ...current(), schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 },
			error: 'newer version of the app'
		},
		{
			name: 'an answer level out of range',
			raw: { ...current(), answers: { r1: { q: { value: 7, at: now } } } },
			error: 'answers.r1.q.value'
		},
		{ name: 'an unknown language', raw: { ...current(), language: 'xx' }, error: 'language' },
		{
			name: 'a company name of 10,000 characters',
			raw: { ...current(), profile: { ...current().profile, name: 'x'.repeat(10_000) } },
			error: 'profile.name'
		}
	])('refuses $name with a reason', ({ raw, error }) => {
		const result = migrateAssessment(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(error);
	});

	it('keeps fields a newer minor feature added (forward compatible)', () => {
		const result = migrateAssessment({ ...current(), extraNote: 'kept' });
		expect(result.ok && (result.value as unknown as { extraNote: string }).extraNote).toBe('kept');
	});
});

describe('record limits: no field carries megabytes, no list thousands of entries', () => {
	const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
	const answer = { value: 3, at: now };
	const action = { id: 'x1', text: 'Do it', owner: '', dueDate: null };
	const priority = { transformationId: 'digital-factory', actions: [action], instrumentIds: [] };
	const plan = { priorities: [priority], ambition: '', proposedAt: now, editedAt: null };
	const many = (n: number, make: (i: number) => [string, unknown]) =>
		Object.fromEntries(Array.from({ length: n }, (_, i) => make(i)));
	const a = current;

	it.each([
		['profile.name', { profile: { ...a().profile, name: TEN_MB } }, 'longer than 300 characters'],
		['profile.postcode', { profile: { ...a().profile, postcode: TEN_MB } }, 'longer than 20'],
		['respondents.0.name', { respondents: [{ id: 'r1', name: TEN_MB, role: '' }] }, 'longer'],
		['respondents.0.role', { respondents: [{ id: 'r1', name: '', role: TEN_MB }] }, 'longer'],
		['respondents.0.id', { respondents: [{ id: TEN_MB, name: '', role: '' }] }, 'longer'],
		['id', { id: TEN_MB }, 'longer than 200 characters'],
		['companyId', { companyId: TEN_MB }, 'longer'],
		['createdAt', { createdAt: TEN_MB }, 'longer than 40 characters'],
		['updatedAt', { updatedAt: TEN_MB }, 'longer'],
		['completedAt', { completedAt: TEN_MB }, 'longer'],
		['lastStep', { lastStep: TEN_MB }, 'longer'],
		['questionnaire.id', { questionnaire: { id: TEN_MB, version: 1 } }, 'longer'],
		['answers.r1.q.at', { answers: { r1: { q: { value: 3, at: TEN_MB } } } }, 'longer'],
		[
			'answers.r1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…',
			{ answers: { r1: { [TEN_MB]: answer } } },
			'longer'
		],
		['consensus.q.at', { consensus: { q: { value: 3, at: TEN_MB } } }, 'longer'],
		['notes.q.text', { notes: { q: { text: TEN_MB, at: now } } }, 'longer than 5000 characters'],
		['plan.ambition', { plan: { ...plan, ambition: TEN_MB } }, 'longer than 2000 characters'],
		[
			'plan.priorities.0.actions.0.text',
			{ plan: { ...plan, priorities: [{ ...priority, actions: [{ ...action, text: TEN_MB }] }] } },
			'longer'
		],
		[
			'plan.priorities.0.actions.0.owner',
			{ plan: { ...plan, priorities: [{ ...priority, actions: [{ ...action, owner: TEN_MB }] }] } },
			'longer'
		],
		[
			'plan.priorities.0.actions.0.cost',
			{ plan: { ...plan, priorities: [{ ...priority, actions: [{ ...action, cost: 1e12 }] }] } },
			'more than 1000000000 EUR'
		],
		[
			'plan.priorities.0.actions.0.costRange.max',
			{
				plan: {
					...plan,
					priorities: [{ ...priority, actions: [{ ...action, costRange: { min: 0, max: 1e12 } }] }]
				}
			},
			'more than 1000000000 EUR'
		],
		[
			'plan.priorities.0.actions.0.topics',
			{
				plan: {
					...plan,
					priorities: [{ ...priority, actions: [{ ...action, topics: Array(21).fill('energy') }] }]
				}
			},
			'more than 20 items'
		],
		[
			'plan.priorities.0.instrumentIds.0',
			{ plan: { ...plan, priorities: [{ ...priority, instrumentIds: [TEN_MB] }] } },
			'longer'
		],
		['basedOn', { basedOn: TEN_MB }, 'longer'],
		[
			'respondents',
			{ respondents: Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, name: '', role: '' })) },
			'more than 100 items'
		],
		['answers.r1', { answers: { r1: many(1001, (i) => [`q${i}`, answer]) } }, 'more than 1000'],
		['consensus', { consensus: many(1001, (i) => [`q${i}`, answer]) }, 'more than 1000 entries'],
		[
			'plan.priorities.0.actions',
			{
				plan: {
					...plan,
					priorities: [
						{
							...priority,
							actions: Array.from({ length: 201 }, (_, i) => ({ ...action, id: `${i}` }))
						}
					]
				}
			},
			'more than 200 items'
		],
		['record', { extra: TEN_MB }, 'unknown fields'],
		['record', many(21, (i) => [`extra${i}`, 1]), 'more than 20 unknown fields']
	])('refuses a record with too much in %s, naming the field', (field, change, limit) => {
		const result = migrateAssessment({ ...a(), ...change });
		expect(result).toEqual({ ok: false, error: expect.stringContaining(limit), cause: 'invalid' });
		if (!result.ok) expect(result.error.startsWith(`${field}: `)).toBe(true);
		// The reason is shown and stored: it never repeats the hostile value.
		if (!result.ok) expect(result.error.length).toBeLessThan(300);
	});

	it('accepts a record at every limit', () => {
		const result = migrateAssessment({
			...a(),
			profile: { ...a().profile, name: 'x'.repeat(300) },
			respondents: Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, name: '', role: '' })),
			consensus: many(1000, (i) => [`q${i}`, answer]),
			notes: { q: { text: 'x'.repeat(5000), at: now } },
			...many(20, (i) => [`extra${i}`, 'x'.repeat(100)])
		});
		expect(result.ok).toBe(true);
	});
});
