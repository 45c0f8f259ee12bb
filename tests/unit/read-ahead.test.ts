import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, setProfile, type Assessment } from '../../src/lib/domain';
import { closeDb, db } from '../../src/lib/storage/db';
import { putAssessment } from '../../src/lib/storage/assessments';
import { loadAssessment, readAhead, saveAssessment } from '../../src/lib/state/new-assessment';

// A question step reads its assessment while the page's messages and questions download
// (readAhead in the route's load); the page then takes that read (loadAssessment). What these
// tests hold: the page never gets a copy older than the stored one.

const NOW = '2026-12-03T10:00:00.000Z';

function stored(id: string, name: string): Assessment {
	const a = createAssessment({
		id,
		companyId: `c-${id}`,
		respondentId: 'r1',
		questionnaire: { id: 'made-different', version: 2 },
		language: 'fr',
		now: NOW
	});
	return { ...a, profile: { ...a.profile, name } };
}

/** Lets a started read (IndexedDB requests, then the record check) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Another tab of the app, announcing as storage/sync.ts does. */
const otherTab = new BroadcastChannel('made-different-scan');

beforeEach(async () => {
	const database = await db();
	await database.clear('assessments');
});

afterEach(() => {
	vi.restoreAllMocks();
	// Nothing carried into the next test: a read-ahead for an id no test uses is dropped by the
	// next loadAssessment of another id.
	return loadAssessment('none');
});

afterAll(async () => {
	otherTab.close();
	await closeDb();
});

describe('reading an assessment ahead of its page', () => {
	it('gives the page the record read ahead', async () => {
		await putAssessment(stored('a', 'Atelier Dupont'));
		readAhead('a');
		expect((await loadAssessment('a'))?.profile.name).toBe('Atelier Dupont');
	});

	it('the page takes the read ahead: no second read', async () => {
		await putAssessment(stored('a', 'Avant'));
		readAhead('a');
		await settle();
		// Written behind the app's back (no save through it, no tab announcing it): a second read
		// would find it; the read ahead, taken at once, does not.
		await (await db()).put('assessments', { ...stored('a', 'Après'), revision: 2 });
		expect((await loadAssessment('a'))?.profile.name).toBe('Avant');
	});

	it('reads again when another tab changed the record after the read ahead', async () => {
		await putAssessment(stored('a', 'Avant'));
		readAhead('a');
		await settle();
		// Written as another tab would, which then tells the others.
		await putAssessment({ ...stored('a', 'Après'), revision: 2 });
		otherTab.postMessage({ type: 'assessment-changed', id: 'a', revision: 2 });
		await settle();
		expect((await loadAssessment('a'))?.profile.name).toBe('Après');
	});

	it('reads again after this tab saved the record', async () => {
		await putAssessment(stored('a', 'Avant'));
		readAhead('a');
		await settle();
		await saveAssessment('a', setProfile({ name: 'Après' }, NOW));
		expect((await loadAssessment('a'))?.profile.name).toBe('Après');
	});

	it('drops a read ahead for another assessment: that one is read afresh later', async () => {
		await putAssessment(stored('a', 'Avant'));
		await putAssessment(stored('b', 'Bureau'));
		readAhead('a');
		await settle();
		expect((await loadAssessment('b'))?.profile.name).toBe('Bureau');
		await putAssessment({ ...stored('a', 'Après'), revision: 2 });
		expect((await loadAssessment('a'))?.profile.name).toBe('Après');
	});

	it('does not trust a read ahead taken more than ten seconds later (a link only hovered)', async () => {
		await putAssessment(stored('a', 'Avant'));
		const start = performance.now();
		const clock = vi.spyOn(performance, 'now').mockReturnValue(start);
		readAhead('a');
		await settle();
		// Changed in this tab by other means than saveAssessment (an import), which tell no one here.
		await putAssessment({ ...stored('a', 'Après'), revision: 2 });
		clock.mockReturnValue(start + 10_001);
		expect((await loadAssessment('a'))?.profile.name).toBe('Après');
	});

	it('reads again when the read ahead failed', async () => {
		// A record this release cannot read: the read ahead fails (and reports nothing itself).
		await (
			await db()
		).put('assessments', {
			...stored('a', 'Avant'),
			schemaVersion: 99
		} as unknown as Assessment);
		readAhead('a');
		await settle();
		await (await db()).put('assessments', stored('a', 'Atelier Dupont'));
		expect((await loadAssessment('a'))?.profile.name).toBe('Atelier Dupont');
	});
});
