import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	createAssessment,
	isNewSinceUpgrade,
	migrateAssessment,
	questionMapping,
	scoreAssessment,
	setAnswer,
	upgradeAssessment,
	upgradeSummary,
	upgradeTarget,
	type Assessment,
	type Questionnaire
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';

// mini@1 and mini@2: in @2 every `<t>.first` names `<t>.first` of @1 as `previous`; every
// `<t>.second` is new (no `previous`) and offers "not applicable".
const [v1, v2] = loadContent(resolve('tests/fixtures/content/valid-v2')).questionnaires as [
	Questionnaire,
	Questionnaire
];
const BEFORE = '2025-06-01T08:00:00.000Z';
const NOW = '2026-12-01T10:00:00.000Z';
const DF = 'digital-factory';

function answeredWithV1(): Assessment {
	let a = createAssessment({
		id: 'a1',
		companyId: 'c1',
		respondentId: 'r1',
		questionnaire: { id: 'mini', version: 1 },
		language: 'nl',
		now: BEFORE
	});
	for (const change of [
		setAnswer('r1', `${DF}.first`, 3, BEFORE),
		setAnswer('r1', `${DF}.second`, 2, BEFORE),
		setAnswer('r1', 'eco-production.first', 'not-applicable', BEFORE),
		setAnswer('r1', 'smart-production-systems.first', 'dont-know', BEFORE)
	])
		a = change(a);
	return {
		...a,
		consensus: { [`${DF}.first`]: { value: 4, at: BEFORE } },
		notes: {
			[`${DF}.first`]: { text: 'Planning on a whiteboard', at: BEFORE },
			[`${DF}.second`]: { text: 'Old note', at: BEFORE }
		},
		selfEstimates: { [DF]: { value: 3, at: BEFORE } },
		targets: { [DF]: 5 },
		completedAt: BEFORE,
		plan: {
			ambition: 'Level 4 by 2028',
			proposedAt: BEFORE,
			editedAt: BEFORE,
			priorities: [
				{
					transformationId: DF,
					instrumentIds: [],
					actions: [
						{
							id: 'x',
							text: 'Do step 3',
							owner: 'Anne',
							dueDate: null,
							fromQuestionnaire: { questionId: `${DF}.first`, from: 3 }
						}
					]
				}
			]
		}
	};
}

describe('questionMapping and upgradeTarget', () => {
	it('maps every old question named in `previous` to its successor', () => {
		const mapping = questionMapping(v2);
		expect(mapping.get(`${DF}.first`)).toBe(`${DF}.first`);
		expect(mapping.has(`${DF}.second`)).toBe(false);
		expect(mapping.size).toBe(7);
	});

	it.each([
		{ answered: 1, available: [1, 2], expected: 2 },
		{ answered: 1, available: [1, 2, 3], expected: 3 },
		{ answered: 2, available: [1, 2], expected: null },
		{ answered: 1, available: [1], expected: null }
	])(
		'answered with @$answered, available $available -> $expected',
		({ answered, available, expected }) => {
			const target = upgradeTarget({ questionnaire: { id: 'mini', version: answered } }, [
				...available.map((version) => ({ id: 'mini', version })),
				{ id: 'other', version: 9 }
			]);
			expect(target?.version ?? null).toBe(expected);
		}
	);
});

describe('upgradeAssessment', () => {
	const before = answeredWithV1();
	const after = upgradeAssessment(v1, v2, NOW)(before);

	it('moves to version 2 and carries over the answers whose meaning stayed, with their time', () => {
		expect(after.questionnaire).toEqual({ id: 'mini', version: 2 });
		expect(after.answers.r1).toEqual({
			[`${DF}.first`]: { value: 3, at: BEFORE },
			'smart-production-systems.first': { value: 'dont-know', at: BEFORE }
		});
		expect(after.consensus).toEqual({ [`${DF}.first`]: { value: 4, at: BEFORE } });
		expect(after.notes).toEqual({
			[`${DF}.first`]: { text: 'Planning on a whiteboard', at: BEFORE }
		});
	});

	it('loses nothing: the old answers, consensus, notes and completion are kept as they were', () => {
		expect(after.upgradedFrom).toEqual([
			{
				from: { id: 'mini', version: 1 },
				to: { id: 'mini', version: 2 },
				at: NOW,
				carriedOver: [`${DF}.first`, 'smart-production-systems.first'],
				snapshot: {
					answers: before.answers,
					consensus: before.consensus,
					completedAt: BEFORE,
					notes: before.notes
				}
			}
		]);
	});

	it('keeps self-estimates, targets and the plan, pointing plan actions at the successor', () => {
		expect(after.selfEstimates).toEqual(before.selfEstimates);
		expect(after.targets).toEqual(before.targets);
		expect(after.plan?.priorities[0]?.actions[0]?.fromQuestionnaire?.questionId).toBe(
			`${DF}.first`
		);
		expect(after.plan?.ambition).toBe('Level 4 by 2028');
	});

	it('does not carry "not applicable" to a question that does not offer it', () => {
		expect(after.answers.r1?.['eco-production.first']).toBeUndefined();
		expect(after.upgradedFrom?.[0]?.snapshot.answers.r1?.['eco-production.first']?.value).toBe(
			'not-applicable'
		);
	});

	it('is no longer completed, and marks new questions as new and open', () => {
		expect(after.completedAt).toBeNull();
		expect(after.revision).toBe(before.revision + 1);
		expect(isNewSinceUpgrade(after, `${DF}.second`)).toBe(true);
		expect(isNewSinceUpgrade(after, `${DF}.first`)).toBe(false);
		expect(isNewSinceUpgrade(before, `${DF}.second`)).toBe(false);
		const score = scoreAssessment(v2, after);
		const df = score.transformations.find((t) => t.transformationId === DF)!;
		// 1 of 2 carried over: the consensus 4 counts, the new question is open.
		expect([df.score, df.open, df.status]).toEqual([4, 1, 'indicative']);
	});

	it('changes nothing when the versions do not match the record', () => {
		expect(upgradeAssessment(v2, v2, NOW)(before)).toBe(before);
		expect(upgradeAssessment(v1, v1, NOW)(before)).toBe(before);
		expect(upgradeAssessment(v1, v2, NOW)(after)).toBe(after);
	});

	it('stores and reads back: the upgraded record passes the record schema', () => {
		const stored = JSON.parse(JSON.stringify(after)) as unknown;
		const read = migrateAssessment(stored);
		expect(read.ok && read.value.upgradedFrom?.[0]?.carriedOver).toEqual([
			`${DF}.first`,
			'smart-production-systems.first'
		]);
		const old = migrateAssessment(JSON.parse(JSON.stringify(before)) as unknown);
		expect(old.ok && old.value.questionnaire.version).toBe(1);
	});
});

describe('upgradeSummary', () => {
	const after = upgradeAssessment(v1, v2, NOW)(answeredWithV1());
	const questions = v2.transformations.flatMap((t) => t.questions).length;

	it('counts what came over and the new questions still open', () => {
		// Carried over: digital-factory.first (answer, consensus, note) and smart…first (don't know).
		expect(upgradeSummary(after, v2, {})).toEqual({
			from: 1,
			to: 2,
			carriedOver: 2,
			newQuestions: questions - 2,
			newStillOpen: questions - 2
		});
		const oneNewAnswered = { [`${DF}.second`]: 3 };
		expect(upgradeSummary(after, v2, oneNewAnswered)?.newStillOpen).toBe(questions - 3);
	});

	it('is null for an assessment never moved, or for another version than the one it moved to', () => {
		expect(upgradeSummary(answeredWithV1(), v1, {})).toBeNull();
		expect(upgradeSummary(after, v1, {})).toBeNull();
	});
});
