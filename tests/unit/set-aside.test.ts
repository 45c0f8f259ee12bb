import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, setAnswer, type Assessment } from '../../src/lib/domain';
import { closeDb, db } from '../../src/lib/storage/db';
import { getAssessment, listAssessments, putAssessment } from '../../src/lib/storage/assessments';
import { exportSetAside, listSetAside, retrySetAside } from '../../src/lib/storage/set-aside';
import { exportAssessments } from '../../src/lib/storage/transfer';

const V1 = { id: 'made-different', version: 1 };
const AVAILABLE = [V1];
const NOW = '2026-11-22T10:00:00.000Z';

function record(id: string, name: string, questionnaire = V1): Assessment {
	const a = createAssessment({
		id,
		companyId: `c-${id}`,
		respondentId: 'r1',
		questionnaire,
		language: 'en',
		now: NOW
	});
	return { ...a, profile: { ...a.profile, name } };
}

/** A record a later release wrote (schema 99): this release must not guess at it. */
const fromNewerRelease = { ...record('newer', 'Futura NV'), schemaVersion: 99, hologram: true };
/** A record damaged on disk: an answer level that does not exist. */
const damaged = {
	...record('damaged', 'Broken BV'),
	answers: { r1: { q: { value: 9, at: NOW } } }
};

async function putRaw(value: unknown): Promise<void> {
	await (await db()).put('assessments', value as Assessment);
}

beforeEach(async () => {
	const database = await db();
	for (const store of ['assessments', 'quarantine', 'meta', 'photos'] as const)
		await database.clear(store);
	await putAssessment(record('ok', 'Good NV'));
	await putRaw(fromNewerRelease);
	await putRaw(damaged);
	await putAssessment(record('v9', 'Later Questions NV', { id: 'made-different', version: 9 }));
	// The start page sets the unreadable ones aside.
	await listAssessments();
});

afterAll(async () => {
	await closeDb();
});

describe('records set aside', () => {
	it('lists quarantined records and records whose questionnaire version is missing, with why', async () => {
		const listed = await listSetAside(AVAILABLE);
		expect(listed).toHaveLength(3);
		// Quarantined first (by when), then the assessments of a missing questionnaire version.
		expect(listed[2]?.kind).toBe('missing-questionnaire');
		expect(listed).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					id: 'newer',
					kind: 'newer-version',
					companyName: 'Futura NV',
					reason: expect.stringMatching(/newer version of the app \(schema 99/),
					since: expect.any(String)
				}),
				expect.objectContaining({
					id: 'damaged',
					kind: 'damaged',
					companyName: 'Broken BV',
					reason: expect.stringMatching(/^answers\.r1\.q\.value/)
				}),
				expect.objectContaining({
					id: 'v9',
					kind: 'missing-questionnaire',
					companyName: 'Later Questions NV',
					questionnaire: { id: 'made-different', version: 9 },
					since: null
				})
			])
		);
	});

	it('lists and exports a record that stopped reading before the start page set it aside', async () => {
		// Opened from a link: the page could not read it, and sends the user to Settings.
		const late = { ...record('late', 'Late NV'), answers: 'garbled' };
		const later = { ...record('later', 'Later NV'), schemaVersion: 99 };
		await putRaw(late);
		await putRaw(later);
		await expect(getAssessment('late')).rejects.toMatchObject({
			name: 'StorageError',
			failure: 'damaged'
		});
		await expect(getAssessment('later')).rejects.toMatchObject({ failure: 'newer-version' });
		const listed = await listSetAside(AVAILABLE);
		expect(listed).toHaveLength(5);
		expect(listed).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					id: 'late',
					kind: 'damaged',
					companyName: 'Late NV',
					since: null
				}),
				expect.objectContaining({ id: 'later', kind: 'newer-version', since: null })
			])
		);
		const one = await exportSetAside(AVAILABLE, ['late']);
		expect(JSON.parse(one.json).assessments).toEqual([late]);
		expect((await exportSetAside(AVAILABLE)).count).toBe(5);
		// Listed, not moved: the start page still sets it aside as before.
		expect(await (await db()).get('quarantine', 'late')).toBeUndefined();
	});

	it('exports them exactly as stored, in a file a newer release imports as usual', async () => {
		const { json, count } = await exportSetAside(AVAILABLE);
		expect(count).toBe(3);
		const file = JSON.parse(json) as { format: string; assessments: unknown[] };
		expect(file.format).toBe('made-different-scan/export');
		expect(file.assessments).toEqual(
			expect.arrayContaining([fromNewerRelease, damaged, expect.objectContaining({ id: 'v9' })])
		);
		const one = await exportSetAside(AVAILABLE, ['newer']);
		expect(JSON.parse(one.json).assessments).toEqual([fromNewerRelease]);
	});

	it('"export all" says how many it left out and why', async () => {
		const { count, leftOut } = await exportAssessments('all');
		// The record of a missing questionnaire version is readable, and exported.
		expect(count).toBe(2);
		expect(leftOut).toEqual({ newerVersion: 1, damaged: 1 });
	});

	it('a retry after an upgrade brings back what now reads, merged with a copy of the same id', async () => {
		// As if this release had learnt to read it: the quarantined copy of a record that now reads,
		// while a later copy with other answers was made since.
		const database = await db();
		const kept = setAnswer('r1', 'q1', 3, '2026-11-22T11:00:00.000Z')(record('back', 'Back NV'));
		await database.put('quarantine', { id: 'back', reason: 'old reason', at: NOW, record: kept });
		await putAssessment(
			setAnswer('r1', 'q2', 4, '2026-11-22T12:00:00.000Z')(record('back', 'Back NV'))
		);
		expect(await retrySetAside(AVAILABLE)).toEqual({ restored: 1, remaining: 3 });
		const back = await getAssessment('back');
		expect(back?.answers.r1).toEqual({
			q1: { value: 3, at: '2026-11-22T11:00:00.000Z' },
			q2: { value: 4, at: '2026-11-22T12:00:00.000Z' }
		});
		expect(await database.get('quarantine', 'back')).toBeUndefined();
		// What still does not read stays set aside, untouched.
		expect((await database.get('quarantine', 'newer'))?.record).toEqual(fromNewerRelease);
	});

	it('a retry never drops a record it cannot merge (another questionnaire version)', async () => {
		const database = await db();
		const other = record('ok', 'Good NV', { id: 'made-different', version: 9 });
		await database.put('quarantine', { id: 'ok', reason: 'r', at: NOW, record: other });
		expect((await retrySetAside(AVAILABLE)).restored).toBe(0);
		expect((await database.get('quarantine', 'ok'))?.record).toEqual(other);
		expect((await getAssessment('ok'))?.questionnaire).toEqual(V1);
	});
});
