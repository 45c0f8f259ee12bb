#!/usr/bin/env bash
# npm test: every check, in one run that keeps going after a failure so it reports every problem.
# Ends with a plain "N passed, N failed" line summed from Vitest's and Playwright's JSON reports.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json
failed_steps=()

step() {
	local name="$1"
	shift
	echo "::: $name"
	if ! "$@"; then
		failed_steps+=("$name")
	fi
}

step "content (npm run validate)" npm run --silent validate
step "types (svelte-check)" npm run --silent check
step "lint (prettier, eslint)" npm run --silent lint
step "unit tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "end-to-end tests (playwright)" env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=list,json

node scripts/test-summary.mjs reports/unit.json reports/e2e.json
summary_status=$?

if [ ${#failed_steps[@]} -gt 0 ]; then
	echo "failed steps: ${failed_steps[*]}"
	exit 1
fi
exit $summary_status
