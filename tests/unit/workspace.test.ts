import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import {
	createAssessment,
	keepNewerAnswers,
	setAnswer,
	type Assessment,
	type Change,
	type Questionnaire
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';
import {
	AssessmentWorkspace,
	TYPING_PAUSE_MS
} from '../../src/lib/state/assessment-workspace.svelte';
import type { ReportInput } from '../../src/lib/report/render-pdf';
import type { WorkspaceServices } from '../../src/lib/state/services';
import { StorageError } from '../../src/lib/storage/assessments';
import {
	fixtureAssessment,
	fixtureInstruments,
	fixtureQuestionnaire
} from '../fixtures/plan-fixture';

const NOW = new Date('2026-12-01T09:00:00.000Z');

/** A stored copy of one assessment behind the services the workspace uses, with levers for tests. */
function fakeStorage(initial: Assessment) {
	let stored = initial;
	let listener: ((id: string) => void) | undefined;
	const writes: string[] = [];
	/** The next writes fail with these messages, one per write. */
	const failures: string[] = [];
	/** Each write waits for this long, so writes overlap unless the workspace orders them. */
	let delay = 0;
	/** Runs after a write is stored, before the workspace hears back: another tab's moment. */
	let afterWrite: ((count: number) => void) | undefined;
	let tick = 0;
	const services: WorkspaceServices = {
		now: () => new Date(NOW.getTime() + 1000 * tick++),
		newId: () => `id-${tick++}`,
		getAssessment: async (id) => (id === stored.id ? stored : undefined),
		updateAssessment: async (id, change: Change) => {
			const failure = failures.shift();
			await new Promise((done) => setTimeout(done, delay));
			if (failure) throw new Error(failure);
			if (id !== stored.id) throw new Error('no such assessment');
			// As storage does: a write never replaces a newer answer with an older one.
			stored = keepNewerAnswers(stored, change(stored));
			writes.push(JSON.stringify(stored.answers));
			const result = stored;
			afterWrite?.(writes.length);
			return result;
		},
		onAssessmentChanged: (callback) => {
			listener = callback;
			return () => (listener = undefined);
		},
		questionnaireFor: async () => fixtureQuestionnaire(),
		questionnaireVersions: () => [],
		loadInstruments: async () => fixtureInstruments(),
		previousFor: async () => null,
		listPhotos: async () => [],
		addPhoto: async () => {},
		deletePhoto: async () => {},
		renderReport: async () => new Blob(['%PDF']),
		warmReport: async () => {},
		reportPhotos: async (photos) =>
			photos.map((photo) => ({ questionId: photo.questionId, dataUrl: 'data:image/jpeg;base64,' })),
		download: () => {},
		afterPaint: async () => {},
		nextTask: async () => {}
	};
	return {
		services,
		writes,
		failures,
		setDelay: (ms: number) => (delay = ms),
		setAfterWrite: (hook: typeof afterWrite) => (afterWrite = hook),
		get stored() {
			return stored;
		},
		/** Another tab saves a change and announces it. */
		otherTab(change: Change) {
			stored = change(stored);
			listener?.(stored.id);
		}
	};
}

async function open(storage: ReturnType<typeof fakeStorage>): Promise<AssessmentWorkspace> {
	const workspace = new AssessmentWorkspace(storage.services);
	workspace.load(storage.stored.id);
	await workspace.whenLoaded();
	flushSync();
	return workspace;
}

const blank = (): Assessment => ({ ...fixtureAssessment(), answers: { r1: {} }, plan: undefined });

describe('AssessmentWorkspace', () => {
	it('loads the record and its questionnaire and scores it', async () => {
		const workspace = await open(fakeStorage(fixtureAssessment()));
		expect(workspace.status).toBe('ready');
		expect(workspace.ready).toBe(true);
		expect(workspace.score?.transformations).toHaveLength(7);
	});

	it('for a page that shows support, works the scores out in a task before the page is drawn', async () => {
		const storage = fakeStorage(fixtureAssessment());
		const seen: { status: string; scored: boolean }[] = [];
		storage.services.nextTask = async () => {
			// What the page finds when this task ends: still loading, the scores already there.
			seen.push({ status: workspace.status, scored: workspace.score !== null });
		};
		const workspace = new AssessmentWorkspace(storage.services);
		workspace.useCatalogue();
		workspace.load(storage.stored.id);
		await workspace.whenLoaded();
		flushSync();
		expect(seen).toEqual([{ status: 'loading', scored: true }]);
		expect(workspace.status).toBe('ready');
		// The page is given the scores worked out in that task, not worked out again.
		const before = workspace.score;
		expect(workspace.score).toBe(before);
		workspace.setTarget('digital-factory', 5);
		expect(workspace.score).not.toBe(before);
		expect(
			workspace.score?.transformations.find((t) => t.transformationId === 'digital-factory')?.target
		).toBe(5);
	});

	it('does not wait a task to score for a page without support (a question step)', async () => {
		const storage = fakeStorage(fixtureAssessment());
		let tasks = 0;
		storage.services.nextTask = async () => void tasks++;
		await open(storage);
		expect(tasks).toBe(0);
	});

	it('says so when the assessment is not there', async () => {
		const workspace = new AssessmentWorkspace(fakeStorage(blank()).services);
		workspace.load('missing');
		await workspace.whenLoaded();
		expect(workspace.status).toBe('not-found');
		expect(workspace.ready).toBe(true);
	});

	it('tells a record it cannot read from a storage that fails', async () => {
		const cases = [
			[
				new StorageError('Assessment x cannot be read: schema 99', 'newer-version'),
				'newer-version'
			],
			[new StorageError('Assessment x cannot be read: answers', 'damaged'), 'damaged'],
			[new Error('The database connection is closing.'), 'storage']
		] as const;
		for (const [error, failure] of cases) {
			const storage = fakeStorage(blank());
			storage.services.getAssessment = async () => {
				throw error;
			};
			const workspace = new AssessmentWorkspace(storage.services);
			workspace.load('x');
			await workspace.whenLoaded();
			expect(workspace.status).toBe('error');
			expect(workspace.loadFailure).toBe(failure);
			expect(workspace.loadError).toBe(error.message);
		}
	});

	it('shows an answer at once and writes changes one at a time, in the order given', async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		storage.setDelay(5);
		workspace.answer('digital-factory.a', 2);
		workspace.answer('digital-factory.a', 4);
		workspace.answer('digital-factory.b', 1);
		// On screen before anything is stored.
		expect(workspace.myAnswers['digital-factory.a']?.value).toBe(4);
		expect(await workspace.settled()).toBe(true);
		expect(storage.writes.map((w) => JSON.parse(w).r1)).toEqual([
			{ 'digital-factory.a': expect.objectContaining({ value: 2 }) },
			{ 'digital-factory.a': expect.objectContaining({ value: 4 }) },
			{
				'digital-factory.a': expect.objectContaining({ value: 4 }),
				'digital-factory.b': expect.objectContaining({ value: 1 })
			}
		]);
		expect(storage.stored.answers.r1?.['digital-factory.a']?.value).toBe(4);
	});

	it('keeps a failed write queued and visible, and stores it on retry', async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		storage.failures.push('the device is out of storage space');
		workspace.answer('eco-production.a', 3);
		expect(await workspace.settled()).toBe(false);
		expect(workspace.saveError).toBe('the device is out of storage space');
		expect(storage.stored.answers.r1?.['eco-production.a']).toBeUndefined();
		// Still shown: nothing was dropped.
		expect(workspace.myAnswers['eco-production.a']?.value).toBe(3);

		workspace.retry();
		expect(await workspace.settled()).toBe(true);
		expect(workspace.saveError).toBeNull();
		expect(storage.stored.answers.r1?.['eco-production.a']?.value).toBe(3);
	});

	it('a later change after a failure writes the failed one first', async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		storage.failures.push('quota');
		workspace.answer('eco-production.a', 3);
		await workspace.settled();
		workspace.answer('eco-production.b', 5);
		expect(await workspace.settled()).toBe(true);
		expect(storage.writes).toHaveLength(2);
		expect(JSON.parse(storage.writes[0]!).r1).toEqual({
			'eco-production.a': expect.objectContaining({ value: 3 })
		});
	});

	it("shows a second tab's change when it arrives, and keeps its own answers with it", async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		storage.otherTab((a) => ({
			...a,
			revision: a.revision + 1,
			answers: { ...a.answers, r2: { 'digital-factory.c': { value: 5, at: NOW.toISOString() } } }
		}));
		await expect.poll(() => workspace.assessment?.answers.r2?.['digital-factory.c']?.value).toBe(5);

		workspace.answer('digital-factory.a', 1);
		expect(await workspace.settled()).toBe(true);
		expect(workspace.assessment?.answers.r2?.['digital-factory.c']?.value).toBe(5);
		expect(workspace.assessment?.answers.r1?.['digital-factory.a']?.value).toBe(1);
	});

	it("does not let a second tab's copy hide a change still being written", async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		storage.setDelay(20);
		workspace.answer('digital-factory.a', 2);
		storage.otherTab((a) => ({ ...a, revision: a.revision + 1 }));
		await new Promise((done) => setTimeout(done, 5));
		expect(workspace.myAnswers['digital-factory.a']?.value).toBe(2);
		await workspace.settled();
		expect(workspace.myAnswers['digital-factory.a']?.value).toBe(2);
	});

	// 50 trials of 30 writes take about 4 s on an idle machine: more than vitest's 5 s under load.
	it("shows a second tab's later answer given while its own burst of 30 is queued (50 trials)", async () => {
		const question = 'digital-factory.a';
		const later = new Date(NOW.getTime() + 3600_000).toISOString();
		for (let trial = 0; trial < 50; trial++) {
			const storage = fakeStorage(blank());
			const workspace = await open(storage);
			// The other tab saves right after one of the 30 writes: every position, the last one
			// (whose returned copy predates the other tab's answer) included.
			const after = 30 - (trial % 30);
			storage.setAfterWrite((count) => {
				if (count === after) storage.otherTab(setAnswer('r1', question, 5, later));
			});
			for (let i = 0; i < 30; i++) workspace.answer(question, ((i % 4) + 1) as 1 | 2 | 3 | 4);
			expect(await workspace.settled()).toBe(true);
			expect(storage.stored.answers.r1?.[question]?.value, `trial ${trial}`).toBe(5);
			expect(workspace.myAnswers[question]?.value, `trial ${trial}`).toBe(5);
			workspace.dispose();
		}
	}, 30_000);

	it('shows typed text at once and writes the burst once, after a pause in typing', async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		for (const text of ['A', 'Ac', 'Acm', 'Acme']) workspace.typeProfile({ name: text });
		expect(workspace.assessment?.profile.name).toBe('Acme');
		expect(workspace.saving).toBe(true);
		expect(storage.writes).toHaveLength(0);
		await new Promise((done) => setTimeout(done, TYPING_PAUSE_MS + 50));
		expect(await workspace.settled()).toBe(true);
		expect(storage.writes).toHaveLength(1);
		expect(storage.stored.profile.name).toBe('Acme');
		expect(workspace.saving).toBe(false);
	});

	it('writes typed text at once when the page is hidden, and before a later change', async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		workspace.setNote('digital-factory.a', 'checked on the floor');
		workspace.storeTyping();
		await expect
			.poll(() => storage.stored.notes?.['digital-factory.a']?.text)
			.toBe('checked on the floor');

		// A typed name, then an answer: storage sees them in that order, the name not lost.
		storage.setDelay(5);
		workspace.renameRespondent('r1', { name: 'An' });
		workspace.answer('digital-factory.a', 3);
		expect(await workspace.settled()).toBe(true);
		expect(storage.stored.respondents.find((r) => r.id === 'r1')?.name).toBe('An');
		expect(storage.stored.answers.r1?.['digital-factory.a']?.value).toBe(3);
	});

	it('keeps text typed while an earlier change is being written on screen', async () => {
		const storage = fakeStorage(blank());
		const workspace = await open(storage);
		storage.setDelay(20);
		workspace.answer('digital-factory.a', 2);
		workspace.typeProfile({ name: 'Beta' });
		// The answer's stored copy arrives without the name: the screen keeps the typed text.
		await new Promise((done) => setTimeout(done, 40));
		expect(workspace.assessment?.profile.name).toBe('Beta');
		expect(await workspace.settled()).toBe(true);
		expect(storage.stored.profile.name).toBe('Beta');
	});

	it('types into the plan: the first keystroke stores the proposal with the ambition', async () => {
		const storage = fakeStorage({ ...fixtureAssessment(), plan: undefined });
		const workspace = await open(storage);
		workspace.useCatalogue();
		await expect.poll(() => workspace.ready).toBe(true);
		workspace.setAmbition('Lead');
		workspace.setAmbition('Lead the region');
		expect(workspace.plan?.ambition).toBe('Lead the region');
		expect(await workspace.settled()).toBe(true);
		expect(storage.stored.plan?.ambition).toBe('Lead the region');
		expect(storage.stored.plan?.priorities).toHaveLength(3);
	});

	it('proposes a plan from the matches once the catalogue is loaded, and records the first edit', async () => {
		const storage = fakeStorage(fixtureAssessment());
		const workspace = await open(storage);
		workspace.useCatalogue();
		expect(workspace.ready).toBe(false);
		await expect.poll(() => workspace.ready).toBe(true);
		expect(workspace.plan?.priorities.map((p) => p.instrumentIds)).toEqual([
			['cheque-digital'],
			['cheque-digital'],
			['eco-coaching']
		]);
		expect(workspace.planEdited).toBe(false);

		workspace.movePriority('eco-production', -1);
		expect(workspace.planEdited).toBe(true);
		await workspace.settled();
		expect(storage.stored.plan?.priorities.map((p) => p.transformationId)).toEqual([
			'digital-factory',
			'eco-production',
			'end-to-end-engineering'
		]);
	});

	it('puts back the priority or action removed last (Undo), stored as before', async () => {
		const storage = fakeStorage(fixtureAssessment());
		const workspace = await open(storage);
		workspace.useCatalogue();
		await expect.poll(() => workspace.ready).toBe(true);
		const [first] = workspace.plan!.priorities;
		const action = first!.actions[1]!;
		workspace.setActionOwner(first!.transformationId, action.id, 'Anne');
		await workspace.settled();
		const before = structuredClone(storage.stored.plan!.priorities);

		workspace.dropAction(first!.transformationId, action.id);
		expect(workspace.removed).toMatchObject({ kind: 'action', number: '1.2', index: 1 });
		await workspace.settled();
		expect(storage.stored.plan!.priorities[0]!.actions).toHaveLength(before[0]!.actions.length - 1);
		workspace.undoRemoval();
		expect(workspace.removed).toBeNull();
		await workspace.settled();
		expect(storage.stored.plan!.priorities).toEqual(before);

		workspace.dropPriority(first!.transformationId);
		expect(workspace.removed).toMatchObject({ kind: 'priority', index: 0 });
		workspace.undoRemoval();
		await workspace.settled();
		expect(storage.stored.plan!.priorities).toEqual(before);
		// Nothing left to undo: a second tap changes nothing.
		workspace.undoRemoval();
		expect(storage.stored.plan!.priorities).toEqual(before);

		// Added again from the list: no Undo is offered for what is there again.
		workspace.dropPriority(first!.transformationId);
		workspace.addPriority(first!.transformationId);
		expect(workspace.removed).toBeNull();

		// Another assessment opened: its page offers no Undo of this one's removal.
		workspace.dropPriority(first!.transformationId);
		workspace.load('another');
		expect(workspace.removed).toBeNull();
	});

	it('builds the report and hands the file to the download', async () => {
		const storage = fakeStorage(fixtureAssessment({ name: 'Acme' }));
		const downloaded: string[] = [];
		storage.services.download = (_blob, name) => downloaded.push(name);
		const workspace = await open(storage);
		workspace.downloadReport();
		expect(workspace.report).toEqual({ state: 'building', progress: null });
		await expect.poll(() => workspace.report.state).toBe('built');
		expect(downloaded).toEqual(['Acme-2026-12-01-action-plan.pdf']);
	});

	it('builds the report in the language asked for, with its money, next step, photos and progress', async () => {
		const storage = fakeStorage(fixtureAssessment({ name: 'Acme' }));
		const downloaded: string[] = [];
		const inputs: ReportInput[] = [];
		let finish: (blob: Blob) => void = () => {};
		storage.services.download = (_blob, name) => downloaded.push(name);
		storage.services.listPhotos = async (assessmentId) => [
			{
				id: `${assessmentId}/p1`,
				assessmentId,
				questionId: 'q-photo',
				blob: new Blob(['jpeg']),
				width: 4,
				height: 3,
				at: NOW.toISOString()
			}
		];
		storage.services.renderReport = (input, onProgress) => {
			inputs.push(input);
			onProgress?.({ stage: 'drawing', fraction: 0.5 });
			return new Promise((done) => (finish = done));
		};
		const workspace = await open(storage);
		workspace.useCatalogue();
		await expect.poll(() => workspace.finance).not.toBeNull();
		workspace.downloadReport('fr');
		await expect.poll(() => inputs.length).toBe(1);
		expect(workspace.report).toEqual({
			state: 'building',
			progress: { stage: 'drawing', fraction: 0.5 }
		});
		finish(new Blob(['%PDF']));
		await expect.poll(() => workspace.report.state).toBe('built');
		expect(downloaded).toEqual(['Acme-2026-12-01-plan-d-action.pdf']);
		const input = inputs[0]!;
		expect(input.language).toBe('fr');
		expect(input.photos).toEqual([{ questionId: 'q-photo', dataUrl: 'data:image/jpeg;base64,' }]);
		expect(input.finance).toEqual(workspace.finance);
		expect(input.nextStep).toEqual(workspace.nextStep ?? undefined);
	});

	it('reports a failed report build instead of throwing', async () => {
		const storage = fakeStorage(fixtureAssessment());
		storage.services.renderReport = async () => {
			throw new Error('fonts missing');
		};
		const workspace = await open(storage);
		workspace.downloadReport();
		await expect.poll(() => workspace.report).toEqual({ state: 'failed', error: 'fonts missing' });
	});

	it('moves a version-1 assessment to version 2 with its answers, and says what came over', async () => {
		// mini@2: every `<t>.first` carries over `<t>.first` of @1; every `<t>.second` is new.
		const [v1, v2] = loadContent(resolve('tests/fixtures/content/valid-v2')).questionnaires as [
			Questionnaire,
			Questionnaire
		];
		let record = createAssessment({
			id: 'a1',
			companyId: 'c1',
			respondentId: 'r1',
			questionnaire: { id: 'mini', version: 1 },
			language: 'en',
			now: NOW.toISOString()
		});
		record = setAnswer('r1', 'digital-factory.first', 3, NOW.toISOString())(record);
		const storage = fakeStorage(record);
		storage.services.questionnaireFor = async (a) =>
			a.questionnaire.version === 1 ? v1 : a.questionnaire.version === 2 ? v2 : undefined;
		storage.services.questionnaireVersions = () => [
			{ id: 'mini', version: 1, questionCount: 14 },
			{ id: 'mini', version: 2, questionCount: 14 }
		];
		const workspace = await open(storage);
		expect(workspace.questionnaire?.version).toBe(1);
		expect(workspace.upgradeTo).toEqual({ id: 'mini', version: 2, questionCount: 14 });
		expect(workspace.upgraded).toBeNull();

		expect(await workspace.upgrade()).toBe(true);
		expect(storage.stored.questionnaire).toEqual({ id: 'mini', version: 2 });
		expect(storage.stored.answers.r1?.['digital-factory.first']?.value).toBe(3);
		expect(workspace.questionnaire?.version).toBe(2);
		expect(workspace.upgradeTo).toBeNull();
		const questions = v2.transformations.flatMap((t) => t.questions).length;
		expect(workspace.upgraded).toEqual({
			from: 1,
			to: 2,
			carriedOver: 1,
			newQuestions: questions - 1,
			newStillOpen: questions - 1
		});
		// Nothing left to move to: a second call changes nothing.
		expect(await workspace.upgrade()).toBe(false);
	});
});
