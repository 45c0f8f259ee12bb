import { expect, test, type Locator, type Page } from '@playwright/test';
import { INSTRUMENT_LEVELS } from '../../src/lib/domain/content/schema';
import { instruments } from '../../src/lib/i18n/messages/instruments';
import { answerStep, open, ready, startAssessment } from './helpers';

const t = instruments.en;
const instrumentsNl = instruments.nl;

// Set SHOTS_DIR (e.g. /tmp/shots) to keep screenshots of every page checked here.
const SHOTS_DIR = process.env.SHOTS_DIR;
const REGIONS = ['flanders', 'wallonia', 'brussels'] as const;

const CASES = [
	{
		city: 'Ghent',
		postcode: '9000',
		region: 'flanders',
		regionName: 'Flanders',
		name: 'Gentse Metaalwerken NV'
	},
	{
		city: 'Liège',
		postcode: '4000',
		region: 'wallonia',
		regionName: 'Wallonia',
		name: 'Forges de Liège SA'
	},
	{
		city: 'Brussels',
		postcode: '1000',
		region: 'brussels',
		regionName: 'Brussels',
		name: 'Brussels Robotics SRL'
	}
] as const;

async function shoot(page: Page, name: string): Promise<void> {
	if (!SHOTS_DIR) return;
	for (const [width, height] of [
		[1024, 768],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.screenshot({ path: `${SHOTS_DIR}/${name}-${width}.png`, fullPage: true });
	}
	await page.setViewportSize({ width: 1024, height: 768 });
}

/** The level of an instrument card (its tag, e.g. "Flanders"), or '' when it shows none. */
async function levelOf(card: Locator): Promise<string> {
	for (const level of INSTRUMENT_LEVELS)
		if ((await card.getByText(t.level(level), { exact: true }).count()) > 0) return level;
	return '';
}

/**
 * Unfolds every group (only the first shows its cards at first) and shows all of each, then
 * returns the name, level and whether it ended of every card shown.
 */
async function shownInstruments(
	section: Locator
): Promise<{ name: string; level: string; ended: boolean }[]> {
	// The groups are drawn one after another; the section says when all are there.
	await expect(section).toHaveAttribute('aria-busy', 'false');
	const folded = section.getByRole('button', { name: /^Show \d+ instruments?$/ });
	while ((await folded.count()) > 0) await folded.first().click();
	const more = section.getByRole('button', { name: /^Show all \d+$/ });
	while ((await more.count()) > 0) await more.first().click();
	return Promise.all(
		(await section.getByRole('article').all()).map(async (card) => ({
			name: await card.getByRole('heading').first().innerText(),
			level: await levelOf(card),
			ended: (await card.getByText(t.status('ended'), { exact: true }).count()) > 0
		}))
	);
}

for (const { city, postcode, region, regionName, name } of CASES) {
	test(`a company in ${city} (${postcode}) sees ${region}'s own support and no other region's`, async ({
		page
	}) => {
		// 42 questions of version 2 answered through the UI, then every view of the catalogue.
		test.setTimeout(120_000);
		const id = await startAssessment(page, {
			name,
			postcode,
			employees: '35',
			turnover: '6000000',
			sector: 'C25',
			year: '2001'
		});
		await expect(page.getByLabel('Region')).toHaveValue(region);
		// Every transformation below the default target of 4, at next stages from diagnosis (1) to
		// plan (2) and realisation (3).
		for (const level of [1, 2, 3, 2, 1, 3, 2]) {
			await page.getByRole('button', { name: 'Next' }).click();
			await answerStep(page, () => level);
		}
		await expect(page.getByText('Saved on this device')).toBeVisible();

		await open(page, `/results/?id=${id}`);
		const section = page.getByRole('region', { name: 'Support for your next step' });
		await expect(
			section.getByRole('heading', { level: 2, name: 'Support for your next step' })
		).toBeVisible();
		await expect(section.getByText(`Shown for a company in ${regionName}`)).toBeVisible();
		// Every card says why it is shown, in plain words.
		await expect(
			section
				.getByRole('article')
				.first()
				.getByText(/ is at \d\.\d, your target is 4: this /)
		).toBeVisible();
		await shoot(page, `results-${region}`);
		// Only the largest gap shows its cards at first; the other groups show theirs on request.
		await expect(section).toHaveAttribute('aria-busy', 'false');
		expect(await section.getByRole('article').count()).toBeLessThanOrEqual(3);
		// A group's "shown above" links lead to cards that are on the page.
		for (const href of await section
			.locator('.repeated a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
			await expect(page.locator(href ?? '#none')).toHaveCount(1);

		for (const view of ['By transformation', 'By next stage']) {
			await section.getByRole('radio', { name: view }).check();
			const shown = await shownInstruments(section);
			expect(shown.length).toBeGreaterThan(0);
			expect(
				shown.filter((card) => card.level === region).length,
				`${view}: ${region}'s own instruments`
			).toBeGreaterThan(0);
			for (const other of REGIONS.filter((r) => r !== region)) {
				expect(
					shown.filter((card) => card.level === other).map((card) => card.name),
					`${view}: ${other} instruments`
				).toEqual([]);
			}
			expect(shown.filter((card) => card.ended).map((card) => card.name)).toEqual([]);
		}
		await shoot(page, `results-${region}-by-stage`);
	});
}

test('the catalogue filters by region, kind and transformation, with dates and sources', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Support instruments' }).first().click();
	await expect(page).toHaveURL(/\/catalogue\/$/);
	await ready(page);
	const count = page.getByRole('status').filter({ hasText: /^\d+ instruments?$/ });
	await expect(count).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Support instruments' })).toBeVisible();
	const cards = page.getByRole('article');
	const total = await cards.count();
	expect(total).toBeGreaterThan(10);
	await expect(count).toHaveText(`${total} instruments`);
	// No ended scheme unless asked for.
	await expect(page.getByText(t.status('ended'), { exact: true })).toHaveCount(0);
	// Every card carries its date and at least one source.
	for (const card of await cards.all()) {
		await expect(card.getByText(/^as of [A-Z][a-z]+ \d{4}$/)).toBeVisible();
		await expect(card.getByText(/^Sources \([1-9]\d*\)$/)).toBeVisible();
	}
	// External sources open in a new tab, away from the app.
	await cards
		.first()
		.getByText(/^Sources \(/)
		.click();
	const link = cards.first().getByRole('link', { name: t.newTab }).first();
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', /noopener/);
	// Details hold what a card says in full: drawn a moment after the card, or when opened.
	await cards.last().getByText(t.showDetails, { exact: true }).click();
	await expect(cards.last().getByText(t.stages, { exact: true })).toBeVisible();
	await shoot(page, 'catalogue');

	for (const region of REGIONS) {
		await page.getByLabel('Region of your company').selectOption(region);
		const levels = await Promise.all((await cards.all()).map(levelOf));
		expect(levels).toContain(region);
		for (const other of REGIONS.filter((r) => r !== region)) expect(levels).not.toContain(other);
	}

	await page.getByLabel('Kind of support').selectOption('voucher');
	const vouchers = await cards.count();
	expect(vouchers).toBeGreaterThan(0);
	await expect(cards.filter({ hasNot: page.getByText('Voucher', { exact: true }) })).toHaveCount(0);
	await page.getByLabel('Transformation').selectOption({ label: 'Digital factory' });
	const filtered = await cards.count();
	expect(filtered).toBeLessThanOrEqual(vouchers);
	await shoot(page, 'catalogue-filtered');
	await page.getByRole('button', { name: 'Clear the filters' }).click();
	await expect(cards).toHaveCount(total);
});

test('a card’s rates on a phone: each name on one line of its own, sizes beside the rates; the minimum for training in the reader’s words (fr)', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.addInitScript(() => localStorage.setItem('mds.language', 'fr'));
	await open(page, '/catalogue/');
	const tf = instruments.fr;

	/** The number of lines a row's name is drawn on (one box per line of its text). */
	const linesOf = (header: Locator) =>
		header.evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});

	const kmo = page.locator('#instrument-kmo-portefeuille');
	await kmo.getByText(tf.showDetails, { exact: true }).click();
	const rates = kmo.getByRole('table', { name: /^Part du coût prise en charge/ });
	// Four columns beside "Formation en cybersécurité" had left it a few letters wide, broken
	// inside words over four lines.
	for (const name of [
		'Taux de base',
		'Formation en cybersécurité',
		'Formation en efficacité énergétique'
	]) {
		const header = rates.getByRole('rowheader', { name });
		expect(await linesOf(header), name).toBe(1);
	}
	// The size drawn above each rate is not read twice: a cell is its rate, its size the column's.
	await expect(rates.getByRole('columnheader')).toHaveText(['Micro', 'Petite', 'Moyenne']);
	await expect(
		rates.getByRole('row', { name: /^Formation en cybersécurité/ }).getByRole('cell')
	).toHaveText([/^45\s%$/, /^45\s%$/, /^35\s%$/]);

	const strategic = page.locator('#instrument-strategische-transformatiesteun');
	await strategic.getByText(tf.showDetails, { exact: true }).click();
	// The minimum for one kind of cost, said in one French sentence (not "Formation: Plus petit…").
	await expect(
		strategic.getByText(/^Plus petit projet éligible \(formation\) : 100\s000\s€$/)
	).toBeVisible();
});

// The SME Fund's 2026 call takes applications until 4 December 2026 (applicationsClose). The
// page's clock is set to a day before and after; the app itself always reads the real date.
for (const { language, name, until, closed } of [
	{
		language: 'en',
		name: 'Ideas Powered for Business SME Fund (EUIPO)',
		until: 'Open for applications until 4 December 2026',
		closed: /^This call closed on 4 December 2026; a new call is not confirmed\./
	},
	{
		language: 'nl',
		name: "SME Fund 'Ideas Powered for Business' (EUIPO)",
		until: 'Aanvragen mogelijk tot en met 4 december 2026',
		closed: /^Deze oproep is op 4 december 2026 afgesloten; een nieuwe oproep is niet bevestigd\./
	}
] as const) {
	test(`the catalogue shows the SME Fund open until 4 December, then closed (${language})`, async ({
		page
	}) => {
		await page.addInitScript((lang) => localStorage.setItem('mds.language', lang), language);
		await page.setViewportSize({ width: 390, height: 844 });
		const card = page.getByRole('article', { name });
		const status = card.locator('.tag.status').first();

		await page.clock.setFixedTime(new Date('2026-12-04T16:00:00+01:00'));
		await open(page, '/catalogue/');
		await expect(status).toHaveText(until);
		await expect(card.getByText(closed)).toHaveCount(0);
		if (SHOTS_DIR)
			await card.screenshot({ path: `${SHOTS_DIR}/sme-fund-open-${language}-390.png` });

		await page.clock.setFixedTime(new Date('2026-12-05T09:00:00+01:00'));
		await open(page, '/catalogue/');
		await expect(status).toHaveText(
			language === 'en' ? t.status('closed') : instrumentsNl.status('closed')
		);
		await expect(card.getByText(closed)).toBeVisible();
		await expect(card.getByText(until)).toHaveCount(0);
		if (SHOTS_DIR)
			await card.screenshot({ path: `${SHOTS_DIR}/sme-fund-closed-${language}-390.png` });
	});
}
