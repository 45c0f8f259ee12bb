import { expect, type Page } from '@playwright/test';

/** Waits until the page's main region has loaded its data (hydration plus IndexedDB). */
export async function ready(page: Page): Promise<void> {
	await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');
}

/** Opens a page and waits until it has loaded its data. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await ready(page);
}

/** The questions of a diagnostic step, in any of the four languages: "Question 2 of 5 · …". */
export function questions(page: Page) {
	return page.getByRole('group', { name: /^(Question|Vraag|Frage) \d+ (of|sur|van|von) \d+/ });
}

export async function chooseLanguage(
	page: Page,
	name: 'Nederlands' | 'Français' | 'English' | 'Deutsch'
): Promise<void> {
	await page.getByRole('button', { name, exact: true }).click();
	await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
}

export type Profile = {
	name: string;
	postcode: string;
	employees?: string;
	turnover?: string;
	sector?: string;
	year?: string;
};

/** Starts a new assessment from the start page (EN labels) and fills the company profile. */
export async function startAssessment(page: Page, profile: Profile): Promise<string> {
	await open(page, '/');
	await chooseLanguage(page, 'English');
	await page.getByRole('button', { name: 'New assessment' }).click();
	await page.getByLabel('Company name').waitFor();
	await page.getByLabel('Company name').fill(profile.name);
	await page.getByLabel('Postcode').fill(profile.postcode);
	if (profile.employees) await page.getByLabel('Employees').fill(profile.employees);
	if (profile.turnover) await page.getByLabel('Annual turnover (EUR)').fill(profile.turnover);
	if (profile.sector) await page.getByLabel('Sector').selectOption(profile.sector);
	if (profile.year) await page.getByLabel('Year founded').fill(profile.year);
	await expect(page.getByText('Saved on this device')).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

/**
 * Answers every question of the current transformation step: question i gets level
 * `level(i)` (1–5), or "Don't know"/"Not applicable" when it returns a string.
 */
/**
 * The questions of a step once every one is drawn: the first comes with the page, the others
 * a moment later, so counting at once could see one. The last drawn is then "Question N of N".
 */
export async function allQuestions(page: Page) {
	const all = questions(page);
	await expect(all.last()).toHaveAccessibleName(/^\S+ (\d+) \S+ \1\b/);
	return all;
}

export async function answerStep(
	page: Page,
	level: (index: number) => number | "Don't know" | 'Not applicable'
): Promise<number> {
	const all = await allQuestions(page);
	const count = await all.count();
	for (let i = 0; i < count; i += 1) {
		const choice = level(i);
		const radios = all.nth(i).getByRole('radio');
		if (typeof choice === 'number') await radios.nth(choice - 1).check();
		else await all.nth(i).getByRole('radio', { name: choice }).check();
	}
	return count;
}

export { storedRecord } from '../fixtures/stored-record.mjs';
