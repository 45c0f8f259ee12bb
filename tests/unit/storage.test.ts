import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildExport, createAssessment, setAnswer, type Assessment } from '../../src/lib/domain';
import { closeDb, db } from '../../src/lib/storage/db';
import {
	getAssessment,
	listAssessments,
	putAssessment,
	StorageError,
	updateAssessment
} from '../../src/lib/storage/assessments';
import { exportAssessments, importText } from '../../src/lib/storage/transfer';

const Q = { id: 'made-different', version: 1 };
const NOW = '2026-11-22T10:00:00.000Z';

function record(id: string, companyId = 'c1'): Assessment {
	const a = createAssessment({
		id,
		companyId,
		respondentId: 'r1',
		questionnaire: Q,
		language: 'fr',
		now: NOW
	});
	return { ...a, profile: { ...a.profile, name: `Company ${id}` } };
}

async function putRaw(value: unknown): Promise<void> {
	const database = await db();
	await database.put('assessments', value as Assessment);
}

beforeEach(async () => {
	const database = await db();
	for (const store of ['assessments', 'quarantine', 'meta'] as const) await database.clear(store);
});

afterAll(async () => {
	await closeDb();
});

describe('stored records and migrations', () => {
	/** A record as release 1 stored it (schema 1): literal, so later changes to the code cannot make it current. */
	const schema1 = {
		schemaVersion: 1,
		id: 'old',
		companyId: 'c1',
		questionnaire: { id: 'made-different', version: 1 },
		language: 'nl',
		createdAt: '2026-10-01T08:00:00.000Z',
		updatedAt: '2026-10-02T09:00:00.000Z',
		revision: 4,
		profile: {
			name: 'Oud NV',
			postcode: '9000',
			region: 'flanders',
			regionOverridden: false,
			employees: 40,
			turnover: null,
			balanceSheet: null,
			sector: 'C25',
			yearFounded: 1990
		},
		respondents: [{ id: 'r1', name: '', role: '' }],
		answers: { r1: { 'digital-factory.planning': { value: 3, at: '2026-10-01T08:05:00.000Z' } } },
		consensus: {},
		selfEstimates: {},
		targets: {},
		lastStep: 'results',
		completedAt: '2026-10-02T09:00:00.000Z'
	};

	it('reads a schema-1 record without plan, importance or notes, and stores it migrated', async () => {
		await putRaw(schema1);
		const read = await getAssessment('old');
		expect(read).toEqual({ ...schema1, schemaVersion: 2 });
		expect(await (await db()).get('assessments', 'old')).toEqual(read);
	});

	it('reads a schema-1 record with a plan as an edited plan (editedAt: its last update)', async () => {
		const plan = { priorities: [], ambition: 'Groeien', proposedAt: '2026-10-02T08:00:00.000Z' };
		await putRaw({ ...schema1, plan });
		expect((await getAssessment('old'))?.plan).toEqual({
			...plan,
			editedAt: '2026-10-02T09:00:00.000Z'
		});
	});

	it.each([
		['made by a newer release', { ...record('x'), schemaVersion: 99 }, /newer version/],
		['without a schema version', { ...record('x'), schemaVersion: undefined }, /schemaVersion/],
		[
			'with a damaged answer',
			{ ...record('x'), answers: { r1: { q: { value: 7, at: NOW } } } },
			/answers/
		]
	])(
		'a record %s is quarantined, kept and reported, never dropped',
		async (_label, raw, reason) => {
			await putRaw(raw);
			await putRaw(record('good'));
			await expect(getAssessment('x')).rejects.toBeInstanceOf(StorageError);
			const listed = await listAssessments();
			expect(listed.unreadable).toBe(1);
			expect(listed.assessments.map((a) => a.id)).toEqual(['good']);
			const quarantined = await (await db()).get('quarantine', 'x');
			expect(quarantined?.reason).toMatch(reason);
			expect(quarantined?.record).toEqual(raw);
			expect(await (await db()).get('assessments', 'x')).toBeUndefined();
		}
	);
});

describe('updateAssessment is transactional', () => {
	it('keeps every answer when many changes run at once (two tabs)', async () => {
		await putAssessment(record('a'));
		const questions = Array.from({ length: 20 }, (_, i) => `t.q${i}`);
		await Promise.all(
			questions.map((q, i) =>
				updateAssessment('a', setAnswer(i % 2 ? 'r1' : 'r2', q, ((i % 5) + 1) as 1, NOW))
			)
		);
		const stored = await getAssessment('a');
		const given = Object.values(stored?.answers ?? {}).flatMap((answers) => Object.keys(answers));
		expect(given.sort()).toEqual([...questions].sort());
		expect(stored?.revision).toBe(21);
	});

	it('fails clearly for an assessment that is not there', async () => {
		await expect(updateAssessment('missing', (a) => a)).rejects.toThrow(/no longer exists/);
	});
});

describe('import and export', () => {
	const available = [Q];

	it('exports all, one company or one assessment', async () => {
		await putAssessment(record('a', 'c1'));
		await putAssessment(record('b', 'c1'));
		await putAssessment(record('c', 'c2'));
		const count = async (...args: Parameters<typeof exportAssessments>) =>
			(await exportAssessments(...args)).count;
		expect(await count('all')).toBe(3);
		expect(await count('company', 'c1')).toBe(2);
		expect(await count('assessment', 'c')).toBe(1);
		expect(JSON.parse((await exportAssessments('all')).json).format).toBe(
			'made-different-scan/export'
		);
	});

	it('adds, then changes nothing on a second import', async () => {
		const text = JSON.stringify(
			buildExport([record('a'), record('b', 'c2')], { appVersion: 'test', scope: 'all', now: NOW })
		);
		expect(await importText(text, available)).toMatchObject({
			ok: true,
			summary: { added: 2, updated: 0, unchanged: 0 }
		});
		const after = (await listAssessments()).assessments;
		expect(await importText(text, available)).toMatchObject({
			ok: true,
			summary: { added: 0, updated: 0, unchanged: 2 }
		});
		expect((await listAssessments()).assessments).toEqual(after);
	});

	it('changes nothing when one record of the file is bad', async () => {
		await putAssessment(record('a'));
		const before = await listAssessments();
		const file = buildExport(
			[
				{ ...record('a'), revision: 9, profile: { ...record('a').profile, name: 'Changed' } },
				record('b')
			],
			{
				appVersion: 'test',
				scope: 'all',
				now: NOW
			}
		);
		const text = JSON.stringify(file).replace('"id":"b"', '"id":""');
		expect(await importText(text, available)).toMatchObject({
			ok: false,
			error: { code: 'invalid-record' }
		});
		expect(await listAssessments()).toEqual(before);
	});

	it('merges an import with answers given meanwhile on this device', async () => {
		await putAssessment(record('a'));
		const theirs = setAnswer('r2', 't.q1', 4, '2026-11-22T11:00:00.000Z')(record('a'));
		const text = JSON.stringify(
			buildExport([theirs], { appVersion: 'test', scope: 'assessment', now: NOW })
		);
		await Promise.all([
			updateAssessment('a', setAnswer('r1', 't.q2', 2, '2026-11-22T11:01:00.000Z')),
			importText(text, available)
		]);
		const stored = await getAssessment('a');
		expect(stored?.answers.r1?.['t.q2']?.value).toBe(2);
		expect(stored?.answers.r2?.['t.q1']?.value).toBe(4);
	});
});
