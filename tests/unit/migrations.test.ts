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
