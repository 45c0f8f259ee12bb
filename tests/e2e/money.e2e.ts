import { expect, test, type Page } from '@playwright/test';
import { answerStep, open, startAssessment, type Profile } from './helpers';

// Issue #10's contract in English: each action's cost is an input labelled "Estimated cost
// (EUR)" that takes Belgian figures and refuses anything else; the plan shows "Estimated cost",
// "Support" and "Net cost" with euro amounts; the catalogue says how fresh its facts are.

/** Fills the profile, answers the seven steps (levels 1 to `levels`), opens the results. */
async function assess(page: Page, profile: Profile, levels: number): Promise<string> {
	const id = await startAssessment(page, profile);
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, (i) => ((i + step) % levels) + 1);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page).toHaveURL(/\/results\//);
	return id;
}

/** Opens the plan and returns its first action (a group of fields). */
async function firstAction(page: Page, id: string) {
	await open(page, `/plan/?id=${encodeURIComponent(id)}`);
	return page
		.getByRole('list', { name: 'Priorities' })
		.getByRole('listitem')
		.first()
		.getByRole('group')
		.first();
}

test('a Kortrijk manufacturer enters a cost the Belgian way and sees cost, support and net cost', async ({
	page
}) => {
	const id = await assess(
		page,
		{
			name: 'Kortrijkse Machinebouw NV',
			postcode: '8500',
			employees: '35',
			turnover: '6000000',
			year: '1998'
		},
		3
	);
	await expect(
		page.getByText(/^\d+ of \d+ facts checked in the last 12 months/).first()
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Your next step: the advisory site visit' })
	).toBeVisible();

	const action = await firstAction(page, id);
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

test('support whose condition the profile cannot check says what to add and is not counted', async ({
	page
}) => {
	// A Hasselt micro-firm that gave neither its sector nor its founding year: the SME wallet
	// (not for agriculture, NACE A) would pay 30 % of a training, but its sector is unknown.
	const id = await assess(
		page,
		{ name: 'Hasseltse Prototypes BV', postcode: '3500', employees: '3' },
		2
	);
	const action = await firstAction(page, id);
	await action.getByLabel('What the money buys').selectOption('training');
	const cost = action.getByLabel('Estimated cost (EUR)');
	await cost.fill('10.000');
	await cost.blur();
	// 30 % of €10,000 (45 % when the first priority is digital factory, smart production or eco-production).
	await expect(action).toContainText(
		/SME wallet \(KMO-portefeuille\) might pay €(3,000|4,500), but your company profile lacks a fact its conditions depend on: not counted\. Terms as of \w+ \d{4}\. Depends on your sector \(not for NACE A\): add your sector in the company profile\./
	);
	// Its amount is not the action's support: nothing enters the plan's total for this action.
	await expect(action).toContainText('No support counted for this action.');
});
