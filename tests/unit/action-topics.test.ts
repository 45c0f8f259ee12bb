// Support restricted to some themes is matched only where the next actions are on one of them:
// the case of cybersecurity advice offered for a digital factory whose actions are ERP
// and planning. Against the real questionnaire (v2) and catalogue.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	actionTopicsByTransformation,
	createAssessment,
	eligibilityFacts,
	matchInstruments,
	scoreAssessment,
	setAnswer,
	setProfile,
	type Assessment
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';

const NOW = '2026-12-01T10:00:00.000Z';
const content = loadContent(resolve('questionnaires'));
const v2 = content.questionnaires.find((q) => q.version === 2)!;

/** A Kortrijk firm answering every question of every transformation at `level`. */
function assessed(level: 1 | 2 | 3 | 4 | 5): Assessment {
	let assessment = createAssessment({
		id: 'a',
		companyId: 'c',
		respondentId: 'r1',
		questionnaire: { id: v2.id, version: v2.version },
		language: 'en',
		now: NOW
	});
	assessment = setProfile({ postcode: '8500', employees: 30, yearFounded: 1990 }, NOW)(assessment);
	for (const t of v2.transformations)
		for (const q of t.questions) assessment = setAnswer('r1', q.id, level, NOW)(assessment);
	return assessment;
}

describe('actionTopicsByTransformation', () => {
	const assessment = assessed(2);
	const score = scoreAssessment(v2, assessment);
	const topics = actionTopicsByTransformation({
		questionnaire: v2,
		assessment,
		score,
		today: NOW.slice(0, 10)
	});

	it('gives the themes of the proposed next actions of each transformation below target', () => {
		const gaps = score.transformations.filter((t) => t.gap !== null && t.gap > 0);
		expect(gaps.length).toBe(7);
		for (const t of gaps) expect(topics[t.transformationId]?.length).toBeGreaterThan(0);
	});

	it('uses the stored plan’s themes for a transformation in the plan', () => {
		const planned: Assessment = {
			...assessment,
			plan: {
				priorities: [
					{
						transformationId: 'digital-factory',
						instrumentIds: [],
						actions: [{ id: 'x', text: 'x', owner: '', dueDate: null, topics: ['cybersecurity'] }]
					}
				],
				ambition: '',
				proposedAt: NOW,
				editedAt: NOW
			}
		};
		const own = actionTopicsByTransformation({
			questionnaire: v2,
			assessment: planned,
			score,
			today: NOW.slice(0, 10)
		});
		expect(own['digital-factory']).toEqual(['cybersecurity']);
		expect(own['eco-production']).toEqual(topics['eco-production']);
	});

	it('keeps theme-restricted support away from transformations whose actions are elsewhere', () => {
		const match = (gapTopics?: typeof topics) =>
			matchInstruments({
				instruments: content.instruments,
				...eligibilityFacts(assessment.profile, new Date(NOW)),
				score,
				today: new Date(NOW),
				...(gapTopics && { gapTopics })
			});
		const servedBy = (matches: ReturnType<typeof match>, id: string) =>
			matches
				.find((m) => m.instrument.id === id)
				?.transformations.map((t) => t.transformationId)
				.sort() ?? [];
		const cyber = 'kmo-portefeuille-advies-cybersecurity';
		const withTopics = servedBy(match(topics), cyber);
		const cyberTransformations = Object.entries(topics)
			.filter(([, list]) => list.includes('cybersecurity'))
			.map(([id]) => id)
			.sort();
		// Only where an action is about cybersecurity; without themes it served more.
		expect(withTopics.every((id) => cyberTransformations.includes(id))).toBe(true);
		expect(servedBy(match(), cyber).length).toBeGreaterThan(withTopics.length);
	});
});
