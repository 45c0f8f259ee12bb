// Shared by the benchmarks in scripts/bench/: the real questionnaire's facts, a complete assessment
// record, and a way to store records straight into the app's IndexedDB. Kept outside
// scripts/bench/ because bench.mjs runs every module in that folder as a benchmark.
import { readdirSync, readFileSync } from 'node:fs';
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

/** A stored assessment record (schema 1) with every question answered; `fields` override. */
export function assessmentRecord({ id, version, at, profile, respondent, answers, ...fields }) {
	return {
		schemaVersion: 1,
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
