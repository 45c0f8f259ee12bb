import { expect, test, type Page } from '@playwright/test';
import { answerStep, open, ready, startAssessment } from './helpers';

/** Collects every Content-Security-Policy violation any page of the flow reports. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
				`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`
			)
		)
	);
	return violations;
}

async function policyOf(page: Page): Promise<string> {
	return (
		(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? ''
	);
}

test('every page carries the strict policy, and the whole flow, PDF included, violates none', async ({
	page
}) => {
	const violations = await watchViolations(page);
	const policies: string[] = [];
	for (const path of ['/', '/catalogue/', '/settings/']) {
		await open(page, path);
		policies.push(await policyOf(page));
	}
	const id = await startAssessment(page, {
		name: 'Politique & Cie',
		postcode: '1000',
		employees: '30'
	});
	policies.push(await policyOf(page));
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, (i) => ((i + step) % 5) + 1);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page).toHaveURL(/\/results\//);
	await ready(page);
	policies.push(await policyOf(page));
	await open(page, `/plan/?id=${encodeURIComponent(id)}`);
	policies.push(await policyOf(page));
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	await downloading;

	expect(policies).toHaveLength(6);
	for (const policy of policies) {
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("img-src 'self' blob: data:");
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toContain("'unsafe-inline'");
	}
	expect(violations).toEqual([]);
});
