// Shared by the benchmarks in scripts/bench/: the real questionnaire's facts, a complete assessment
// record, and a way to store records straight into the app's IndexedDB. Kept outside
// scripts/bench/ because bench.mjs runs every module in that folder as a benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The question ids and version of questionnaires/made-different, so scoring does its real work. */
export function madeDifferentQuestionnaire() {
	const dir = 'questionnaires/made-different/transformations';
	const questionIds = readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')).questions ?? []).map((q) => q.id));
	const { version } = parse(
		readFileSync('questionnaires/made-different/questionnaire.yaml', 'utf8')
	);
	return { questionIds, version };
}

/**
 * The record schema this app writes (src/lib/domain/record.ts). Benchmark records are stored at it,
 * as the app itself stores them: an older one is migrated and written back on every open, the
 * path of an app upgrade, not of a user resuming (it held the first question back by a write).
 */
const SCHEMA_VERSION = (() => {
	const found = /export const ASSESSMENT_SCHEMA_VERSION = (\d+);/.exec(
		readFileSync('src/lib/domain/record.ts', 'utf8')
	);
	if (!found)
		throw new Error(
			'bench-support: src/lib/domain/record.ts no longer says `export const ASSESSMENT_SCHEMA_VERSION = N;`: update the pattern here'
		);
	return Number(found[1]);
})();

/** A stored assessment record (the current schema) with every question answered; `fields` override. */
export function assessmentRecord({ id, version, at, profile, respondent, answers, ...fields }) {
	return {
		schemaVersion: SCHEMA_VERSION,
		id,
		companyId: `${id}-company`,
		questionnaire: { id: 'made-different', version },
		language: 'nl',
		createdAt: at,
		updatedAt: at,
		revision: 1,
		profile: {
			name: '',
			postcode: '',
			region: null,
			regionOverridden: false,
			employees: null,
			turnover: null,
			balanceSheet: null,
			sector: null,
			yearFounded: null,
			...profile
		},
		respondents: [{ id: 'r1', name: '', role: '', ...respondent }],
		answers: { r1: answers },
		consensus: {},
		selfEstimates: {},
		targets: {},
		lastStep: 'results',
		completedAt: at,
		...fields
	};
}

/** Writes `records` into the app's database from inside `page`, in one transaction. */
export function storeAssessments(page, records) {
	return page.evaluate(
		(list) =>
			new Promise((done, fail) => {
				const open = indexedDB.open('made-different-scan');
				open.onsuccess = () => {
					const tx = open.result.transaction('assessments', 'readwrite');
					for (const record of list) tx.objectStore('assessments').put(record);
					tx.oncomplete = () => {
						open.result.close();
						done(undefined);
					};
					tx.onerror = () => fail(tx.error);
				};
				open.onerror = () => fail(open.error);
			}),
		records
	);
}

/**
 * The newest published version of the Made Different scan (no `draft: true`): its folder, version
 * and transformation ids in order. What a new assessment is answered with.
 */
export function newestQuestionnaire() {
	const found = readdirSync('questionnaires', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => join('questionnaires', entry.name))
		.filter((dir) => existsSync(join(dir, 'questionnaire.yaml')))
		.map((dir) => ({ dir, header: parse(readFileSync(join(dir, 'questionnaire.yaml'), 'utf8')) }))
		.filter(({ header }) => header.id === 'made-different' && !header.draft)
		.sort((a, b) => b.header.version - a.header.version)[0];
	if (!found) throw new Error('no published made-different questionnaire');
	return {
		dir: found.dir,
		version: found.header.version,
		transformations: found.header.transformations
	};
}

/** The question ids of the questionnaire in `dir`, in order. */
export function questionIdsOf(dir) {
	const { transformations } = parse(readFileSync(join(dir, 'questionnaire.yaml'), 'utf8'));
	return transformations.flatMap(
		(id) =>
			parse(readFileSync(join(dir, 'transformations', `${id}.yaml`), 'utf8')).questions?.map(
				(q) => q.id
			) ?? []
	);
}
