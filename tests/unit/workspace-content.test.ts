import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import {
	inLanguage,
	mergeContent,
	splitNextActions,
	type Language,
	type Questionnaire
} from '../../src/lib/domain';
import { AssessmentWorkspace } from '../../src/lib/state/assessment-workspace.svelte';
import type { ContentNeeds } from '../../src/lib/state/questionnaires';
import type { WorkspaceServices } from '../../src/lib/state/services';
import {
	fixtureAssessment,
	fixtureInstruments,
	fixtureQuestionnaire
} from '../fixtures/plan-fixture';

/** The workspace's services with content served as the build cuts it: per language and part. */
function contentServices() {
	const asked: { questionnaire: ContentNeeds[]; instruments: Language[][] } = {
		questionnaire: [],
		instruments: []
	};
	const whole = fixtureQuestionnaire();
	const { steps, actions } = splitNextActions(whole);
	const assessment = fixtureAssessment({ language: 'nl' });
	const services: WorkspaceServices = {
		now: () => new Date('2026-12-01T09:00:00.000Z'),
		newId: () => 'id',
		getAssessment: async () => assessment,
		updateAssessment: async () => assessment,
		onAssessmentChanged: () => () => {},
		questionnaireVersions: () => [],
		questionnaireFor: async (_, needs) => {
			asked.questionnaire.push(needs);
			return needs.languages
				.flatMap((l) => [
					inLanguage(steps, l),
					...(needs.nextActions ? [inLanguage(actions, l)] : [])
				])
				.reduce((a, b) => mergeContent(a, b)) as Questionnaire;
		},
		loadInstruments: async (languages) => {
			asked.instruments.push([...languages]);
			return fixtureInstruments();
		},
		previousFor: async () => null,
		listPhotos: async () => [],
		addPhoto: async () => {},
		deletePhoto: async () => {},
		renderReport: async () => new Blob(['%PDF']),
		warmReport: async () => {},
		reportPhotos: async () => [],
		download: () => {},
		afterPaint: async () => {},
		nextTask: async () => {}
	};
	return { services, asked, assessment };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('AssessmentWorkspace content per language and use', () => {
	it('loads the steps in the language shown, without next actions, for a step', async () => {
		const { services, asked, assessment } = contentServices();
		const workspace = new AssessmentWorkspace(services);
		workspace.showIn('fr');
		workspace.load(assessment.id);
		await workspace.whenLoaded();
		flushSync();
		// French on screen: a Dutch assessment's own language is for its plan, not for a step.
		expect(asked.questionnaire).toEqual([{ languages: ['fr'], nextActions: false }]);
		expect(asked.instruments).toEqual([]);
		const question = workspace.questionnaire!.transformations[0]!.questions[0]!;
		expect(Object.keys(question.text).sort()).toEqual(['fr']);
		expect(question.nextActions).toBeUndefined();
	});

	it("adds the assessment's own language with the next actions, for the plan it proposes", async () => {
		const { services, asked, assessment } = contentServices();
		const workspace = new AssessmentWorkspace(services);
		workspace.showIn('fr');
		workspace.load(assessment.id);
		await workspace.whenLoaded();
		workspace.useCatalogue();
		await settle();
		flushSync();
		expect(asked.questionnaire.at(-1)).toEqual({ languages: ['fr', 'nl'], nextActions: true });
		expect(asked.instruments.at(-1)).toEqual(['fr', 'nl']);
		const question = workspace.questionnaire!.transformations[0]!.questions[0]!;
		expect(Object.keys(question.text).sort()).toEqual(['fr', 'nl']);
		expect(workspace.proposal?.priorities.flatMap((p) => p.actions).length).toBeGreaterThan(0);
	});

	it('adds the next actions and the catalogue when a page shows support, and is ready only then', async () => {
		const { services, asked, assessment } = contentServices();
		const workspace = new AssessmentWorkspace(services);
		workspace.showIn('nl');
		workspace.load(assessment.id);
		await workspace.whenLoaded();
		flushSync();
		expect(workspace.proposal?.priorities.flatMap((p) => p.actions)).toEqual([]);
		workspace.useCatalogue();
		expect(workspace.ready).toBe(false);
		await settle();
		flushSync();
		expect(workspace.ready).toBe(true);
		expect(asked.questionnaire.at(-1)).toEqual({ languages: ['nl'], nextActions: true });
		expect(asked.instruments).toEqual([['nl']]);
		expect(workspace.proposal?.priorities.flatMap((p) => p.actions).length).toBeGreaterThan(0);
	});

	it('asks for next actions with the record when the page wants them before it loaded', async () => {
		const { services, asked, assessment } = contentServices();
		const workspace = new AssessmentWorkspace(services);
		workspace.showIn('nl');
		workspace.load(assessment.id);
		workspace.useCatalogue();
		await workspace.whenLoaded();
		await settle();
		flushSync();
		expect(asked.questionnaire).toEqual([{ languages: ['nl'], nextActions: true }]);
		expect(workspace.ready).toBe(true);
	});

	it('loads the new language on a change of language and keeps the old texts until then', async () => {
		const { services, asked, assessment } = contentServices();
		const workspace = new AssessmentWorkspace(services);
		workspace.showIn('nl');
		workspace.load(assessment.id);
		await workspace.whenLoaded();
		workspace.useCatalogue();
		await settle();
		const before = workspace.questionnaire;
		workspace.showIn('de');
		expect(workspace.questionnaire).toBe(before);
		await settle();
		flushSync();
		expect(asked.questionnaire.at(-1)).toEqual({ languages: ['de', 'nl'], nextActions: true });
		expect(asked.instruments.at(-1)).toEqual(['de', 'nl']);
		expect(workspace.questionnaire!.transformations[0]!.name.de).toBeDefined();
	});

	it('adds a report language to the texts, next actions and catalogue on request', async () => {
		const { services, asked, assessment } = contentServices();
		const workspace = new AssessmentWorkspace(services);
		workspace.showIn('nl');
		workspace.load(assessment.id);
		workspace.useCatalogue();
		await workspace.whenLoaded();
		await settle();
		await workspace.useLanguage('fr');
		flushSync();
		expect(asked.questionnaire.at(-1)).toEqual({ languages: ['nl', 'fr'], nextActions: true });
		expect(asked.instruments.at(-1)).toEqual(['nl', 'fr']);
		const question = workspace.questionnaire!.transformations[0]!.questions[0]!;
		expect(question.text.fr).toBeDefined();
		expect(question.nextActions?.[0]?.action.fr).toBeDefined();
	});
});
