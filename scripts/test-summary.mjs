// Sums Vitest's and Playwright's JSON reports into one plain "N passed, N failed" line.
// A missing report counts as one failure: a runner that crashed must not look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [unitFile, e2eFile] = process.argv.slice(2);

if (unitFile && existsSync(unitFile)) {
	const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
	// A test file that failed to load has no tests to count.
	failed += (unit.testResults ?? []).filter(
		(file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0
	).length;
} else {
	console.log(`no unit report at ${unitFile}`);
	failed += 1;
}

if (e2eFile && existsSync(e2eFile)) {
	const e2e = JSON.parse(readFileSync(e2eFile, 'utf8'));
	passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
	failed += e2e.stats?.unexpected ?? 0;
	skipped += e2e.stats?.skipped ?? 0;
	failed += (e2e.errors ?? []).length;
} else {
	console.log(`no end-to-end report at ${e2eFile}`);
	failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
