import { describe, expect, it } from 'vitest';
import {
	buildExport,
	canonical,
	createAssessment,
	deletionWins,
	imageTypeOf,
	tombstoneExpired,
	type Tombstone,
	mergeAssessment,
	parseImport,
	planImport,
	scanJson,
	FORBIDDEN_KEYS,
	MAX_IMPORT_ASSESSMENTS,
	MAX_IMPORT_BYTES,
	MAX_JSON_DEPTH,
	TRANSFER_FORMAT,
	type Answer,
	type Assessment
} from '../../src/lib/domain';

const Q = { id: 'made-different', version: 1 };
const AVAILABLE = [Q];
const T0 = '2026-11-20T09:00:00.000Z';

function at(minutes: number): string {
	return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

function base(overrides: Partial<Assessment> = {}): Assessment {
	const a = createAssessment({
		id: 'a1',
		companyId: 'c1',
		respondentId: 'r1',
		questionnaire: Q,
		language: 'nl',
		now: T0
	});
	return { ...a, profile: { ...a.profile, name: 'Acme' }, ...overrides };
}

function withAnswers(
	record: Assessment,
	answers: Record<string, Answer>,
	meta: { revision: number; updatedAt: string }
): Assessment {
	return { ...record, ...meta, answers: { ...record.answers, r1: answers } };
}

function fileText(assessments: unknown[], extra: Record<string, unknown> = {}): string {
	return JSON.stringify({
		format: TRANSFER_FORMAT,
		formatVersion: 1,
		appVersion: '0.1.0',
		exportedAt: T0,
		scope: 'all',
		questionnaires: [Q],
		assessments,
		...extra
	});
}

describe('parseImport refuses bad input with a clear code', () => {
	const good = base();
	it.each([
		['truncated JSON', fileText([good]).slice(0, 120), 'corrupt'],
		['empty file', '', 'corrupt'],
		['an HTML page', '<!doctype html><script>alert(1)</script>', 'corrupt'],
		['another JSON file', JSON.stringify({ name: 'package', version: '1.0.0' }), 'not-ours'],
		['a JSON array', '[1,2,3]', 'not-ours'],
		['a newer format', fileText([good], { formatVersion: 2 }), 'newer-format'],
		['a record from a newer schema', fileText([{ ...good, schemaVersion: 99 }]), 'newer-format'],
		[
			'an unknown questionnaire version',
			fileText([{ ...good, questionnaire: { id: 'made-different', version: 7 } }]),
			'unknown-questionnaire'
		],
		[
			'__proto__ at the top',
			fileText([good]).replace('{', '{"__proto__":{"polluted":true},'),
			'unsafe'
		],
		[
			'__proto__ deep in answers',
			fileText([{ ...good, answers: { r1: JSON.parse('{"__proto__":{"value":3,"at":"x"}}') } }]),
			'unsafe'
		],
		[
			'constructor key',
			fileText([{ ...good, consensus: { constructor: { value: 3, at: T0 } } }]),
			'unsafe'
		],
		['prototype key', fileText([good], { prototype: {} }), 'unsafe'],
		[
			'__proto__ written with escapes',
			fileText([good]).replace('{', String.raw`{"\u005f_proto__":{"polluted":true},`),
			'unsafe'
		],
		[
			'a record with a wrong shape',
			fileText([{ ...good, answers: { r1: { q: { value: 9, at: T0 } } } }]),
			'invalid-record'
		],
		['a duplicated id', fileText([good, good]), 'duplicate-id'],
		['assessments not a list', fileText([], { assessments: {} }), 'corrupt'],
		['too large', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
		['nested 100,000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000), 'unsafe'],
		[
			'nested 100,000 levels deep inside a record',
			fileText([{ ...good, extra: 0 }]).replace(
				'"extra":0',
				`"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`
			),
			'unsafe'
		],
		[
			'more assessments than allowed',
			fileText(Array.from({ length: MAX_IMPORT_ASSESSMENTS + 1 }, () => 0)),
			'too-large'
		]
	])('%s', (_label, text, code) => {
		const parsed = parseImport(text, AVAILABLE);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error.code).toBe(code);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses a 10 MB company name, naming the field', () => {
		const huge = { ...good, profile: { ...good.profile, name: 'x'.repeat(10 * 1024 * 1024) } };
		expect(parseImport(fileText([huge]), AVAILABLE)).toEqual({
			ok: false,
			error: {
				code: 'invalid-record',
				detail: 'assessment 1: profile.name: longer than 300 characters'
			}
		});
	});

	it('accepts the nesting of a real export with room to spare', () => {
		const deepest = base({
			plan: {
				priorities: [
					{
						transformationId: 'digital-factory',
						actions: [
							{
								id: 'x',
								text: '',
								owner: '',
								dueDate: null,
								fromQuestionnaire: { questionId: 'q', from: 2 }
							}
						],
						instrumentIds: []
					}
				],
				ambition: '',
				proposedAt: T0,
				editedAt: null
			}
		});
		const text = fileText([deepest]);
		expect(scanJson(text, 9, FORBIDDEN_KEYS).ok).toBe(true);
		expect(scanJson(text, 8, FORBIDDEN_KEYS).ok).toBe(false);
		expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(3 * 9);
		expect(parseImport(text, AVAILABLE).ok).toBe(true);
	});

	it('scans nesting and keys without being fooled by brackets, quotes or escapes in strings', () => {
		const none = new Set<string>();
		const deeperThan = (text: string, max: number) => !scanJson(text, max, none).ok;
		expect(deeperThan('{"a":"[[[[{{{{"}', 1)).toBe(false);
		expect(deeperThan(String.raw`{"a":"\\"}`, 1)).toBe(false);
		expect(deeperThan(String.raw`{"a":"\\\"[[["}`, 1)).toBe(false);
		expect(deeperThan(String.raw`{"a":"\\","b":[[1]]}`, 2)).toBe(true);
		const keys = (text: string) => scanJson(text, 32, FORBIDDEN_KEYS);
		expect(keys('{"a":"__proto__"}')).toEqual({ ok: true });
		expect(keys('["__proto__", "constructor"]')).toEqual({ ok: true });
		expect(keys('{"a":{"__proto__" :1}}')).toMatchObject({ ok: false, key: '__proto__' });
		expect(keys(String.raw`{"\u005f_proto__":{}}`)).toMatchObject({ ok: false, key: '__proto__' });
		expect(keys(String.raw`{"x\"__proto__":1}`)).toEqual({ ok: true });
	});

	it('accepts an export and keeps markup in names as plain text', () => {
		const hostileName = base({
			profile: { ...good.profile, name: '<img src=x onerror=alert(1)>' }
		});
		const parsed = parseImport(
			JSON.stringify(buildExport([hostileName], { appVersion: '0.1.0', scope: 'all', now: T0 })),
			AVAILABLE
		);
		expect(parsed.ok).toBe(true);
		if (parsed.ok)
			expect(parsed.file.assessments[0]?.profile.name).toBe('<img src=x onerror=alert(1)>');
	});
});

describe('buildExport', () => {
	it('lists each questionnaire version once and round-trips through parseImport', () => {
		const a = base();
		const b = base({ id: 'a2', companyId: 'c2' });
		const file = buildExport([a, b], { appVersion: '0.1.0', scope: 'all', now: T0 });
		expect(file.questionnaires).toEqual([Q]);
		const parsed = parseImport(JSON.stringify(file), AVAILABLE);
		expect(parsed.ok && parsed.file.assessments.map(canonical)).toEqual([a, b].map(canonical));
	});
});

describe('mergeAssessment: the merge rules', () => {
	const local0 = base();
	type Row = {
		rule: string;
		local: Record<string, Answer>;
		incoming: Record<string, Answer>;
		expected: Record<string, Answer>;
		conflicts: number;
		status: 'unchanged' | 'updated';
	};
	const rows: Row[] = [
		{
			rule: 'identical copies change nothing',
			local: { q1: { value: 2, at: at(1) } },
			incoming: { q1: { value: 2, at: at(1) } },
			expected: { q1: { value: 2, at: at(1) } },
			conflicts: 0,
			status: 'unchanged'
		},
		{
			rule: 'an answer only the import has is added',
			local: { q1: { value: 2, at: at(1) } },
			incoming: { q1: { value: 2, at: at(1) }, q2: { value: 4, at: at(2) } },
			expected: { q1: { value: 2, at: at(1) }, q2: { value: 4, at: at(2) } },
			conflicts: 0,
			status: 'updated'
		},
		{
			rule: 'an answer only this device has is kept',
			local: { q1: { value: 2, at: at(1) }, q3: { value: 5, at: at(3) } },
			incoming: { q1: { value: 2, at: at(1) } },
			expected: { q1: { value: 2, at: at(1) }, q3: { value: 5, at: at(3) } },
			conflicts: 0,
			status: 'unchanged'
		},
		{
			rule: 'the newer imported answer wins and the replaced one is reported',
			local: { q1: { value: 2, at: at(1) } },
			incoming: { q1: { value: 3, at: at(5) } },
			expected: { q1: { value: 3, at: at(5) } },
			conflicts: 1,
			status: 'updated'
		},
		{
			rule: 'the newer local answer wins over an older import, reported',
			local: { q1: { value: 4, at: at(9) } },
			incoming: { q1: { value: 3, at: at(5) } },
			expected: { q1: { value: 4, at: at(9) } },
			conflicts: 1,
			status: 'unchanged'
		},
		{
			rule: 'the same value given at different times is not a conflict',
			local: { q1: { value: 3, at: at(1) } },
			incoming: { q1: { value: 3, at: at(4) } },
			expected: { q1: { value: 3, at: at(4) } },
			conflicts: 0,
			status: 'updated'
		},
		{
			rule: 'a confirmed answer replacing a suggestion is not a conflict',
			local: { q1: { value: 2, at: at(0), suggested: true } },
			incoming: { q1: { value: 3, at: at(6) } },
			expected: { q1: { value: 3, at: at(6) } },
			conflicts: 0,
			status: 'updated'
		},
		{
			rule: 'a tie in time is broken the same way on both devices',
			local: { q1: { value: 2, at: at(1) } },
			incoming: { q1: { value: 'dont-know', at: at(1) } },
			expected: { q1: { value: 2, at: at(1) } },
			conflicts: 1,
			status: 'unchanged'
		}
	];

	it.each(rows)('$rule', ({ local, incoming, expected, conflicts, status }) => {
		const mine = withAnswers(local0, local, { revision: 3, updatedAt: at(10) });
		const theirs = withAnswers(local0, incoming, { revision: 3, updatedAt: at(8) });
		const outcome = mergeAssessment(mine, theirs, at(20));
		expect(outcome.status).toBe(status);
		expect(outcome.result.answers.r1).toEqual(expected);
		expect(outcome.conflicts).toHaveLength(conflicts);
		// Commutative: the other device merging our copy reaches the same answers.
		expect(mergeAssessment(theirs, mine, at(20)).result.answers.r1).toEqual(expected);
		// Idempotent: merging the import again changes nothing.
		const again = mergeAssessment(outcome.result, theirs, at(30));
		expect(again.status).toBe('unchanged');
		expect(again.result).toBe(outcome.result);
	});

	it('reports a conflict with both values', () => {
		const mine = withAnswers(
			local0,
			{ q1: { value: 2, at: at(1) } },
			{ revision: 2, updatedAt: at(1) }
		);
		const theirs = withAnswers(
			local0,
			{ q1: { value: 5, at: at(2) } },
			{ revision: 2, updatedAt: at(2) }
		);
		const [conflict] = mergeAssessment(mine, theirs, at(3)).conflicts;
		expect(conflict).toEqual({
			assessmentId: 'a1',
			companyName: 'Acme',
			slot: { kind: 'answer', respondentId: 'r1', respondentName: '', questionId: 'q1' },
			kept: { value: '5', at: at(2) },
			replaced: { value: '2', at: at(1) }
		});
	});

	it('a new record is added as it is', () => {
		const outcome = mergeAssessment(undefined, local0, at(1));
		expect(outcome).toEqual({ status: 'added', result: local0, conflicts: [] });
	});

	it('a merge that differs from both copies gets a revision above both', () => {
		const mine = withAnswers(
			local0,
			{ q1: { value: 2, at: at(1) } },
			{ revision: 4, updatedAt: at(1) }
		);
		const theirs = withAnswers(
			local0,
			{ q2: { value: 5, at: at(2) } },
			{ revision: 7, updatedAt: at(2) }
		);
		const outcome = mergeAssessment(mine, theirs, at(3));
		expect(outcome.result.revision).toBe(8);
		expect(outcome.result.updatedAt).toBe(at(3));
		expect(Object.keys(outcome.result.answers.r1 ?? {})).toEqual(['q1', 'q2']);
	});

	it('merges respondents, consensus, self-estimates and notes slot by slot', () => {
		const mine: Assessment = {
			...local0,
			respondents: [{ id: 'r1', name: 'An', role: 'CEO' }],
			consensus: { q1: { value: 3, at: at(1) } },
			selfEstimates: { 'digital-factory': { value: 2, at: at(1) } },
			notes: { q1: { text: 'old note', at: at(1) } },
			updatedAt: at(1)
		};
		const theirs: Assessment = {
			...local0,
			respondents: [
				{ id: 'r1', name: 'An', role: 'CEO' },
				{ id: 'r2', name: 'Bart', role: 'Plant manager' }
			],
			answers: { r1: {}, r2: { q1: { value: 4, at: at(2) } } },
			consensus: { q1: { value: 4, at: at(3) } },
			selfEstimates: { 'eco-production': { value: 3, at: at(2) } },
			notes: { q1: { text: 'new note', at: at(4) } },
			updatedAt: at(4),
			revision: 5
		};
		const outcome = mergeAssessment(mine, theirs, at(5));
		expect(outcome.result.respondents.map((r) => r.id)).toEqual(['r1', 'r2']);
		expect(outcome.result.answers.r2?.q1?.value).toBe(4);
		expect(outcome.result.consensus.q1?.value).toBe(4);
		expect(Object.keys(outcome.result.selfEstimates).sort()).toEqual([
			'digital-factory',
			'eco-production'
		]);
		expect(outcome.result.notes?.q1?.text).toBe('new note');
		expect(outcome.conflicts.map((c) => c.slot.kind).sort()).toEqual(['consensus', 'note']);
	});

	it('takes the profile from the copy edited last and reports the difference', () => {
		const mine = { ...local0, profile: { ...local0.profile, postcode: '9000' }, updatedAt: at(1) };
		const theirs = {
			...local0,
			profile: { ...local0.profile, postcode: '4000' },
			updatedAt: at(2)
		};
		const outcome = mergeAssessment(mine, theirs, at(3));
		expect(outcome.result.profile.postcode).toBe('4000');
		expect(outcome.conflicts).toEqual([
			expect.objectContaining({
				slot: { kind: 'profile' },
				kept: { value: 'postcode: 4000', at: at(2) },
				replaced: { value: 'postcode: 9000', at: at(1) }
			})
		]);
	});

	it('skips a record answered with another questionnaire version', () => {
		const theirs = { ...local0, questionnaire: { id: 'made-different', version: 2 } };
		expect(mergeAssessment(local0, theirs, at(1)).status).toBe('skipped');
	});

	it('keeps the earliest completion', () => {
		const mine = { ...local0, completedAt: at(5) };
		const theirs = { ...local0, completedAt: at(3), updatedAt: at(9) };
		expect(mergeAssessment(mine, theirs, at(10)).result.completedAt).toBe(at(3));
	});
});

describe('planImport', () => {
	it('adds new records, writes only what changed, and is idempotent', () => {
		const a = base();
		const b = base({ id: 'a2', companyId: 'c2' });
		const first = planImport(new Map(), [a, b], at(1));
		expect(first.summary).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
		const stored = new Map(first.writes.map((r) => [r.id, r]));
		const second = planImport(stored, [a, b], at(2));
		expect(second.writes).toEqual([]);
		expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2, conflicts: [] });
	});
});

describe('photos in an export', () => {
	const a = base();
	const photo = {
		id: 'a1/p1',
		assessmentId: 'a1',
		questionId: 'q1',
		width: 1600,
		height: 1200,
		at: T0,
		type: 'image/jpeg',
		file: 'photos/1.jpg'
	};

	it.each([
		['a valid photo list', [photo], true],
		[
			'a photo of an assessment not in the file',
			[{ ...photo, assessmentId: 'zz', id: 'zz/p1' }],
			false
		],
		['an id outside its assessment', [{ ...photo, id: 'other/p1' }], false],
		['a path leaving the photos folder', [{ ...photo, file: '../evil.jpg' }], false],
		['an SVG type', [{ ...photo, type: 'image/svg+xml' }], false],
		['absurd dimensions', [{ ...photo, width: 1e9 }], false],
		['the same file twice', [photo, { ...photo, id: 'a1/p2' }], false],
		['photos not a list', { photo }, false]
	])('%s', (_label, photos, ok) => {
		const parsed = parseImport(fileText([a], { photos }), AVAILABLE);
		expect(parsed.ok).toBe(ok);
		if (parsed.ok) expect(parsed.file.photos).toEqual(photos);
		else expect(parsed.error.code).toBe('invalid-record');
	});

	it.each([
		['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0], 'image/jpeg'],
		['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'image/png'],
		[
			'WebP',
			[...'RIFF']
				.map((c) => c.charCodeAt(0))
				.concat(
					[0, 0, 0, 0],
					[...'WEBP'].map((c) => c.charCodeAt(0))
				),
			'image/webp'
		],
		['SVG', [...'<svg xmlns'].map((c) => c.charCodeAt(0)), null],
		['HTML', [...'<html>'].map((c) => c.charCodeAt(0)), null],
		['empty', [], null]
	])('imageTypeOf(%s)', (_label, bytes, type) => {
		expect(imageTypeOf(new Uint8Array(bytes as number[]))).toBe(type);
	});
});

describe('deletions travel as tombstones and win over older copies', () => {
	const tomb = (id: string, minutes: number): Tombstone => ({
		id,
		companyId: 'c1',
		deletedAt: at(minutes)
	});
	const copy = (id: string, minutes: number) =>
		base({ id, updatedAt: at(minutes), revision: minutes + 1 });

	it('deletionWins: a copy edited at or before the deletion loses, a later one wins', () => {
		expect(deletionWins(tomb('a1', 10), copy('a1', 5))).toBe(true);
		expect(deletionWins(tomb('a1', 10), copy('a1', 10))).toBe(true);
		expect(deletionWins(tomb('a1', 10), copy('a1', 11))).toBe(false);
	});

	it('an older export imported again does not bring a deleted assessment back', () => {
		const plan = planImport(new Map(), [copy('a1', 5), copy('a2', 5)], at(20), {
			local: new Map([['a1', tomb('a1', 10)]]),
			incoming: []
		});
		expect(plan.writes.map((a) => a.id)).toEqual(['a2']);
		expect(plan.summary).toMatchObject({ added: 1, stayDeleted: 1 });
		expect(plan.deletions).toEqual({ remove: [], remember: [], forget: [] });
	});

	it('a copy edited after the deletion comes back, and the tombstone is forgotten', () => {
		const plan = planImport(new Map(), [copy('a1', 15)], at(20), {
			local: new Map([['a1', tomb('a1', 10)]]),
			incoming: []
		});
		expect(plan.writes.map((a) => a.id)).toEqual(['a1']);
		expect(plan.deletions.forget).toEqual(['a1']);
	});

	it('a tombstone in the file deletes an older local copy, keeps a newer one, travels on', () => {
		const older = copy('a1', 5);
		const newer = copy('a2', 15);
		const plan = planImport(
			new Map([
				['a1', older],
				['a2', newer]
			]),
			[],
			at(20),
			{ local: new Map(), incoming: [tomb('a1', 10), tomb('a2', 10), tomb('a3', 10)] }
		);
		expect(plan.deletions.remove).toEqual([{ tombstone: tomb('a1', 10), record: older }]);
		expect(plan.deletions.remember).toEqual([tomb('a3', 10)]);
		expect(plan.summary.deleted).toBe(1);
		expect(plan.writes).toEqual([]);
	});

	it('exports carry the tombstones and imports check them', () => {
		const file = buildExport([base()], {
			appVersion: '0.1.0',
			scope: 'all',
			now: T0,
			deleted: [tomb('gone', 3)]
		});
		const parsed = parseImport(JSON.stringify(file), AVAILABLE);
		expect(parsed.ok && parsed.file.deleted).toEqual([tomb('gone', 3)]);
		const bad = parseImport(
			fileText([base()], { deleted: [{ id: 'x', deletedAt: 'soon' }] }),
			AVAILABLE
		);
		expect(!bad.ok && bad.error.code).toBe('invalid-record');
	});

	it('a tombstone is purged after 30 days, not before', () => {
		const deletedAt = '2026-11-01T10:00:00.000Z';
		expect(tombstoneExpired({ deletedAt }, '2026-12-01T09:59:00.000Z')).toBe(false);
		expect(tombstoneExpired({ deletedAt }, '2026-12-01T10:01:00.000Z')).toBe(true);
	});
});
