import { expect, test } from '@playwright/test';
import { answerStep, open, ready, startAssessment } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the whole flow works with no network', async ({ page, context }) => {
	await open(page, '/');
	// Wait until the service worker has installed (precache done) and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await ready(page);
	expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	const id = await startAssessment(page, { name: 'Offline Fabriek', postcode: '8500' });
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, () => 4);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Results');
	await expect(page.getByLabel(/^Radar chart/)).toBeVisible();
	await expect(page.getByText('7 of 7 transformations are at level 4 or above.')).toBeVisible();

	// A cold reload of a deep link, still offline.
	await page.goto(`/results/?id=${id}`);
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for Offline Fabriek');
	await context.setOffline(false);
});
