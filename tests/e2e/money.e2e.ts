import { expect, test } from '@playwright/test';
import { answerStep, open, startAssessment } from './helpers';

// Issue #10's contract in English: each action's cost is an input labelled "Estimated cost
// (EUR)" that takes Belgian figures and refuses anything else; the plan shows "Estimated cost",
// "Support" and "Net cost" with euro amounts; the catalogue says how fresh its facts are.

test('a Kortrijk manufacturer enters a cost the Belgian way and sees cost, support and net cost', async ({
	page
}) => {
	const id = await startAssessment(page, {
		name: 'Kortrijkse Machinebouw NV',
		postcode: '8500',
		employees: '35',
		turnover: '6000000',
		year: '1998'
	});
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, (i) => ((i + step) % 3) + 1);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page).toHaveURL(/\/results\//);
	await expect(
		page.getByText(/^\d+ of \d+ facts checked in the last 12 months/).first()
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Your next step: the advisory site visit' })
	).toBeVisible();

	await open(page, `/plan/?id=${encodeURIComponent(id)}`);
	const action = page
		.getByRole('list', { name: 'Priorities' })
		.getByRole('listitem')
		.first()
		.getByRole('group')
		.first();
	const cost = action.getByLabel('Estimated cost (EUR)');
	await action.getByLabel('What the money buys').selectOption('consultancy');
	await cost.fill('25.000');
	await cost.blur();
	await expect(cost).toHaveValue('25,000');

	// A typo is refused with a reason, and the stored figure stays.
	await cost.fill('25.00.0');
	await cost.blur();
	await expect(action.getByRole('alert')).toContainText('“25.00.0” is not an amount in euros');
	await expect(cost).toHaveAttribute('aria-invalid', 'true');

	await cost.fill('9 000');
	await cost.blur();
	await expect(cost).toHaveValue('9,000');
	await expect(action.getByRole('alert')).toHaveCount(0);

	const totals = page.getByRole('region', { name: 'Cost and support' });
	for (const column of ['Estimated cost', 'Support', 'Net cost'])
		await expect(totals.getByRole('columnheader', { name: column })).toBeVisible();
	const whole = totals.getByRole('row', { name: /^Whole plan/ });
	await expect(whole).toContainText(/€[\d,]+/);
	const [estimated, support, net] = (await whole.getByRole('cell').allInnerTexts()).map((text) =>
		Number(text.replace(/[^\d]/g, ''))
	);
	expect(estimated).toBeGreaterThanOrEqual(9000);
	expect(net).toBe(estimated! - support!);

	await open(page, '/catalogue/');
	await expect(page.getByText(/^\d+ of \d+ facts checked in the last 12 months/)).toBeVisible();
});
