import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
	buildExport,
	createAssessment,
	setAnswer,
	setProfile,
	type Assessment,
	type Change
} from '../../src/lib/domain';
import { closeDb, db } from '../../src/lib/storage/db';
import {
	deleteAssessment,
	listDeleted,
	purgeDeleted,
	restoreDeleted
} from '../../src/lib/storage/deleted';
import {
	getAssessment,
	listAssessments,
	putAssessment,
	StorageError,
	updateAssessment
} from '../../src/lib/storage/assessments';
import {
	exportAssessments,
	importFile,
	importText,
	lastBackupAt
} from '../../src/lib/storage/transfer';
import { strToU8, zipSync } from 'fflate';

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
	for (const store of ['assessments', 'quarantine', 'meta', 'photos'] as const)
		await database.clear(store);
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

	it('refuses a change that would break a limit, naming the field, and stores nothing', async () => {
		await putAssessment(record('a'));
		const huge = setProfile({ name: 'x'.repeat(10 * 1024 * 1024) }, NOW);
		await expect(updateAssessment('a', huge)).rejects.toThrow(
			/profile\.name: longer than 300 characters/
		);
		expect((await getAssessment('a'))?.profile.name).toBe('Company a');
	});

	it('fails clearly for an assessment that is not there', async () => {
		await expect(updateAssessment('missing', (a) => a)).rejects.toThrow(/no longer exists/);
	});

	it('stores a draft with its first change, in the same write, and only then', async () => {
		const draft = record('d');
		const named = setProfile({ name: 'Draft Works' }, NOW);
		expect(await getAssessment('d')).toBeUndefined();
		const stored = await updateAssessment('d', named, draft);
		expect(stored.profile.name).toBe('Draft Works');
		expect((await getAssessment('d'))?.profile.name).toBe('Draft Works');
		// Once stored, the stored copy wins over a stale draft.
		const later = await updateAssessment('d', setProfile({ postcode: '9000' }, NOW), draft);
		expect([later.profile.name, later.profile.postcode]).toEqual(['Draft Works', '9000']);
	});
});

describe('two tabs, one with a queued burst: the later answer is kept every time', () => {
	const TRIALS = 60;
	const BURST = 30;
	const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	/** One tab's save queue, drained as the session does: one updateAssessment after the other. */
	async function drain(changes: Change[]): Promise<void> {
		for (const change of changes) await updateAssessment('a', change);
	}

	it(`keeps tab B's later answer in ${TRIALS} trials, whichever queue drains last`, async () => {
		let seed = 15;
		/** A small deterministic generator, so a failing trial can be replayed. */
		const random = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) / 2147483647;
		let staleRanLast = 0;
		for (let trial = 0; trial < TRIALS; trial += 1) {
			await (await db()).clear('assessments');
			await putAssessment(record('a'));
			const t = (ms: number) => new Date(Date.parse(NOW) + trial * 60_000 + ms).toISOString();
			const order: string[] = [];
			const logged =
				(name: string, change: Change): Change =>
				(a) => {
					order.push(name);
					return change(a);
				};
			// Tab A: 30 answers in a burst, then the contested question.
			const tabA = [
				...Array.from({ length: BURST }, (_, i) =>
					logged(`a${i}`, setAnswer('r1', `t.q${i}`, 3, t(i)))
				),
				logged('a-contested', setAnswer('r1', 'contested', 2, t(100)))
			];
			// Tab B answers the same question later (66–181 ms later in the reported trials) while
			// A's queue is still draining.
			const later = 66 + Math.round(random() * 115);
			const tabB = [logged('b-contested', setAnswer('r1', 'contested', 5, t(100 + later)))];
			await Promise.all([drain(tabA), pause(random() * 6).then(() => drain(tabB))]);
			if (order.indexOf('a-contested') > order.indexOf('b-contested')) staleRanLast += 1;
			const stored = await getAssessment('a');
			expect(stored?.answers.r1?.contested, `trial ${trial}`).toEqual({
				value: 5,
				at: t(100 + later)
			});
			expect(Object.keys(stored?.answers.r1 ?? {})).toHaveLength(BURST + 1);
		}
		// The race the rule guards against really happened: in most trials A's older answer was
		// written after B's later one.
		expect(staleRanLast).toBeGreaterThan(TRIALS / 2);
	}, 60_000);
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

	it('counts as a backup only an export of all that holds something', async () => {
		await exportAssessments('all');
		expect(await lastBackupAt()).toBeNull();
		await putAssessment(record('a', 'c1'));
		await exportAssessments('company', 'c1');
		expect(await lastBackupAt()).toBeNull();
		await exportAssessments('all');
		expect(await lastBackupAt()).toMatch(/^\d{4}-\d{2}-\d{2}T/);
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

	describe('a zip that lies or is damaged is refused before anything is stored', () => {
		const jpeg = new Uint8Array(4000).map((_, i) => (i * 31) & 0xff);
		jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
		const json = JSON.stringify(
			buildExport([record('z')], {
				appVersion: 'test',
				scope: 'all',
				now: NOW,
				photos: [
					{
						id: 'z/p1',
						assessmentId: 'z',
						questionId: 't.q1',
						width: 10,
						height: 10,
						at: NOW,
						type: 'image/jpeg',
						file: 'photos/1.jpg'
					}
				]
			})
		);
		const zip = () =>
			zipSync({ 'made-different-scan.json': strToU8(json), 'photos/1.jpg': [jpeg, { level: 0 }] });
		const nothingStored = async () => {
			expect((await listAssessments()).assessments).toEqual([]);
			expect(await (await db()).count('photos')).toBe(0);
		};

		it('(the same zip undamaged is imported, photo and all)', async () => {
			expect(await importFile(new Blob([zip()]), available)).toMatchObject({
				ok: true,
				summary: { added: 1, photosAdded: 1 }
			});
		});

		it('a photo with one damaged byte', async () => {
			const damaged = zip();
			// The photo is stored as it is: find its first bytes and flip one bit further on.
			const at = Buffer.from(damaged).indexOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
			damaged[at + 500]! ^= 0x01;
			expect(await importFile(new Blob([damaged]), available)).toMatchObject({
				ok: false,
				error: { code: 'corrupt', detail: 'photos/1.jpg fails its checksum (damaged)' }
			});
			await nothingStored();
		});

		it('an export whose JSON unpacks to more than it declares', async () => {
			const lying = zip();
			const view = new DataView(lying.buffer);
			// The JSON is the first entry: its local header is at 0; patch both declared sizes.
			view.setUint32(22, 100, true);
			const central = lying.findIndex(
				(_, i) => view.getUint32(i, true) === 0x02014b50 && i + 4 < lying.length
			);
			view.setUint32(central + 24, 100, true);
			expect(await importFile(new Blob([lying]), available)).toMatchObject({
				ok: false,
				error: { code: 'corrupt', detail: expect.stringMatching(/more than the 100 bytes/) }
			});
			await nothingStored();
		});
	});
});

describe('deletions are kept as tombstones', () => {
	it('a deletion survives a reload, can be undone, and wins over an older export', async () => {
		await putAssessment(record('a', 'c1'));
		await putAssessment(record('b', 'c1'));
		const older = (await exportAssessments('all')).json;
		await deleteAssessment('a', '2026-11-25T10:00:00.000Z');
		await closeDb(); // as after a reload
		expect((await listAssessments()).assessments.map((x) => x.id)).toEqual(['b']);
		expect((await listDeleted()).map((d) => [d.tombstone.id, d.record?.id])).toEqual([['a', 'a']]);

		const result = await importText(older, [Q]);
		expect(result.ok && result.summary).toMatchObject({ stayDeleted: 1, unchanged: 1 });
		expect(await getAssessment('a')).toBeUndefined();
		expect(JSON.parse((await exportAssessments('all')).json).deleted).toEqual([
			{ id: 'a', companyId: 'c1', deletedAt: '2026-11-25T10:00:00.000Z' }
		]);

		expect(await restoreDeleted('a')).toBe(true);
		expect((await getAssessment('a'))?.id).toBe('a');
		expect(await listDeleted()).toEqual([]);
	});

	it('purges tombstones after 30 days, with the photos of the deleted assessment', async () => {
		await putAssessment(record('a', 'c1'));
		const photos = (await db()).transaction('photos', 'readwrite');
		await photos.store.put({
			id: 'a/p1',
			assessmentId: 'a',
			questionId: 'q',
			blob: new Blob(['x']),
			width: 1,
			height: 1,
			at: NOW
		});
		await photos.done;
		await deleteAssessment('a', '2026-11-01T10:00:00.000Z');
		expect(await purgeDeleted('2026-11-30T10:00:00.000Z')).toBe(0);
		expect(await (await db()).count('photos')).toBe(1);
		expect(await purgeDeleted('2026-12-01T10:00:01.000Z')).toBe(1);
		expect(await listDeleted()).toEqual([]);
		expect(await (await db()).count('photos')).toBe(0);
	});
});
