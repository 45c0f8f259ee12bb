import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	allQuestions,
	answerStep,
	chooseLanguage,
	open,
	questions,
	ready,
	startAssessment
} from './helpers';

const TRANSFORMATIONS_EN = [
	'World-class manufacturing technologies',
	'End-to-end engineering',
	'Digital factory',
	'Human-centred production',
	'Production network',
	'Eco-production',
	'Smart production systems'
];

/** Fails the test on any request that leaves the app's origin. */
function watchOrigins(page: Page, baseURL: string): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:'))
			foreign.push(url);
	});
	return foreign;
}

async function axe(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

test('the whole flow in English: profile, seven steps, results with radar and table, no foreign request, no axe violation', async ({
	page,
	baseURL
}) => {
	const foreign = watchOrigins(page, baseURL!);
	await open(page, '/');
	await chooseLanguage(page, 'English');
	await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
	expect(await axe(page)).toEqual([]);

	await startAssessment(page, {
		name: 'Acme Metal',
		postcode: '9000',
		employees: '45',
		turnover: '8000000',
		sector: 'C25',
		year: '1987'
	});
	await expect(page.getByLabel('Region')).toHaveValue('flanders');
	await expect(page.getByText('Small enterprise')).toBeVisible();
	expect(await axe(page)).toEqual([]);

	for (const [index, name] of TRANSFORMATIONS_EN.entries()) {
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByText(`Step ${index + 2} of 8`)).toBeVisible();
		await page
			.getByRole('group', { name: /where do you think you stand/ })
			.getByRole('radio')
			.nth(2)
			.check();
		// Levels 1..5 in turn; the last question of Digital factory is "Don't know".
		await answerStep(page, (i) =>
			name === 'Digital factory' && i === 4 ? "Don't know" : ((i + index) % 5) + 1
		);
		if (index === 0) expect(await axe(page)).toEqual([]);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Results');
	const table = page.getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(8);
	for (const name of TRANSFORMATIONS_EN)
		await expect(table.getByRole('rowheader', { name })).toBeVisible();
	// Scores to one decimal on the 1–5 scale, with a decimal point in English.
	await expect(
		table
			.getByRole('row', { name: /Digital factory/ })
			.getByRole('cell')
			.first()
	).toHaveText(/^[1-5]\.\d$/);
	await expect(page.getByLabel(/^Radar chart/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Largest gaps' })).toBeVisible();
	await expect(page.getByText(/of 7 transformations are at level 4 or above/)).toBeVisible();
	expect(await axe(page)).toEqual([]);
	expect(foreign).toEqual([]);
});

test('the whole flow in Dutch, with decimal commas', async ({ page }) => {
	await open(page, '/');
	await chooseLanguage(page, 'Nederlands');
	await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
	await page.getByRole('button', { name: 'Nieuwe evaluatie' }).click();
	await page.getByLabel('Bedrijfsnaam').fill('Brouwerij De Klok');
	await page.getByLabel('Postcode').fill('3000');
	await page.getByLabel('Werknemers').fill('120');
	await expect(page.getByText('Middelgrote onderneming')).toBeVisible();
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Volgende' }).click();
		await answerStep(page, (i) => (i % 2 ? 2 : 3));
	}
	await page.getByRole('button', { name: 'Toon resultaten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Resultaten voor Brouwerij De Klok'
	);
	await expect(
		page
			.getByRole('table')
			.getByRole('row', { name: /Digitale fabriek|Digital/ })
			.getByRole('cell')
			.first()
	).toHaveText(/^[1-5],\d$/);
});

test('a reload in the middle of a step keeps every answer and lands on the same step', async ({
	page
}) => {
	await startAssessment(page, { name: 'Reload NV', postcode: '4000' });
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('End-to-end engineering');
	const step = questions(page);
	await step.nth(0).getByRole('radio').nth(3).check();
	// "Not applicable" only where the question names when it does not apply (the 5th and 6th of
	// this step, for companies making parts to their customers' designs), with that reason shown.
	await expect(step.nth(0).getByRole('radio', { name: 'Not applicable' })).toHaveCount(0);
	await expect(
		step.nth(4).getByText(/Choose "not applicable" only if: You only make parts/)
	).toBeVisible();
	await step.nth(4).getByRole('radio', { name: 'Not applicable' }).check();
	await expect(page.getByText('Saved on this device')).toBeVisible();
	const url = page.url();
	await page.reload();
	await ready(page);
	expect(page.url()).toBe(url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('End-to-end engineering');
	await expect(step.nth(0).getByRole('radio').nth(3)).toBeChecked();
	await expect(step.nth(4).getByRole('radio', { name: 'Not applicable' })).toBeChecked();
	// The profile survived too.
	await page.getByRole('link', { name: /Company profile/ }).click();
	await expect(page.getByLabel('Company name')).toHaveValue('Reload NV');
	await expect(page.getByLabel('Region')).toHaveValue('wallonia');
	// And a closed tab resumes from the start page.
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Reload NV' })).toBeVisible();
});

test('everything can be done with the keyboard alone', async ({ page }) => {
	await open(page, '/');
	await chooseLanguage(page, 'English');
	const newButton = page.getByRole('button', { name: 'New assessment' });
	await newButton.focus();
	await page.keyboard.press('Enter');
	const name = page.getByLabel('Company name');
	await name.waitFor();
	await name.focus();
	await page.keyboard.type('Keyboard BV');
	await page.keyboard.press('Tab');
	await page.keyboard.type('1000');
	await expect(page.getByLabel('Region')).toHaveValue('brussels');
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		const step = await allQuestions(page);
		const count = await step.count();
		for (let i = 0; i < count; i += 1) {
			// Tab into each question's radio group; arrow keys move within it and select.
			await step.nth(i).getByRole('radio').first().focus();
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
			await expect(step.nth(i).getByRole('radio').nth(2)).toBeChecked();
		}
	}
	await page.getByRole('button', { name: 'Show results' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Results');
	await expect(
		page
			.getByRole('table')
			.getByRole('row', { name: /Eco-production/ })
			.getByRole('cell')
			.first()
	).toHaveText('3.0');
});

test('the results URL can be reopened, and settings and the catalogue pass axe', async ({
	page
}) => {
	const id = await startAssessment(page, { name: 'Reopen SA', postcode: '5000' });
	await open(page, `/results/?id=${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for Reopen SA');
	await expect(page.getByRole('table').getByRole('cell', { name: '–' }).first()).toBeVisible();
	await open(page, '/settings/');
	expect(await axe(page)).toEqual([]);
	await open(page, '/assessment/?id=does-not-exist&step=profile');
	await expect(page.getByRole('alert')).toContainText('not on this device');
});
