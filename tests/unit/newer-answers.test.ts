import { describe, expect, it } from 'vitest';
import {
	createAssessment,
	keepNewerAnswers,
	setAnswer,
	setConsensus,
	setNote,
	setProfile,
	setSelfEstimate,
	clearConsensus,
	type Assessment
} from '../../src/lib/domain';

const T0 = '2026-11-20T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

function base(): Assessment {
	return createAssessment({
		id: 'a1',
		companyId: 'c1',
		respondentId: 'r1',
		questionnaire: { id: 'made-different', version: 1 },
		language: 'en',
		now: T0
	});
}

/** What storage does inside its transaction: apply the change to the stored copy, then the rule. */
function write(stored: Assessment, change: (a: Assessment) => Assessment): Assessment {
	return keepNewerAnswers(stored, change(stored));
}

describe('keepNewerAnswers: a write never replaces a newer answer with an older one', () => {
	it('keeps a newer stored answer and writes nothing when that was the whole change', () => {
		const stored = write(base(), setAnswer('r1', 'q1', 4, at(5)));
		expect(write(stored, setAnswer('r1', 'q1', 2, at(1)))).toBe(stored);
	});

	it('lets a newer answer replace an older one', () => {
		const stored = write(base(), setAnswer('r1', 'q1', 2, at(1)));
		const next = write(stored, setAnswer('r1', 'q1', 4, at(5)));
		expect(next.answers.r1?.q1).toEqual({ value: 4, at: at(5) });
		expect(next.revision).toBe(stored.revision + 1);
	});

	it('keeps the rest of a change whose answer is stale, and never moves updatedAt back', () => {
		const stored = write(base(), setAnswer('r1', 'q1', 4, at(5)));
		const stale = (a: Assessment) =>
			setProfile({ name: 'Acme' }, at(1))(setAnswer('r1', 'q1', 2, at(1))(a));
		const next = write(stored, stale);
		expect(next.answers.r1?.q1).toEqual({ value: 4, at: at(5) });
		expect(next.profile.name).toBe('Acme');
		expect(next.updatedAt).toBe(at(5));
	});

	it('applies to consensus answers, self-estimates and notes alike', () => {
		let stored = base();
		stored = write(stored, setConsensus('q1', 3, at(5)));
		stored = write(stored, setSelfEstimate('digital-factory', 3, at(5)));
		stored = write(stored, setNote('q1', 'newer', at(5)));
		expect(write(stored, setConsensus('q1', 1, at(1)))).toBe(stored);
		expect(write(stored, setSelfEstimate('digital-factory', 1, at(1)))).toBe(stored);
		expect(write(stored, setNote('q1', 'older', at(1)))).toBe(stored);
	});

	it('does not remove an entry that is newer than the removal', () => {
		let stored = write(base(), setConsensus('q1', 3, at(5)));
		stored = write(stored, setNote('q1', 'kept', at(5)));
		stored = write(stored, setSelfEstimate('digital-factory', 3, at(5)));
		expect(write(stored, clearConsensus('q1', at(1)))).toBe(stored);
		expect(write(stored, setNote('q1', '', at(1)))).toBe(stored);
		expect(write(stored, setSelfEstimate('digital-factory', null, at(1)))).toBe(stored);
		const cleared = write(stored, clearConsensus('q1', at(9)));
		expect(cleared.consensus).toEqual({});
		expect(write(stored, setNote('q1', '', at(9))).notes).toBeUndefined();
	});

	it('keeps other entries of the same map that the change did not touch', () => {
		let stored = write(base(), setAnswer('r1', 'q1', 4, at(5)));
		stored = write(stored, setAnswer('r1', 'q2', 1, at(6)));
		const next = write(stored, setAnswer('r1', 'q3', 5, at(2)));
		expect(next.answers.r1).toEqual({
			q1: { value: 4, at: at(5) },
			q2: { value: 1, at: at(6) },
			q3: { value: 5, at: at(2) }
		});
	});

	it('equal times: the change wins (same instant, same tab order)', () => {
		const stored = write(base(), setAnswer('r1', 'q1', 4, at(5)));
		expect(write(stored, setAnswer('r1', 'q1', 2, at(5))).answers.r1?.q1?.value).toBe(2);
	});
});
