import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allQuestions, answerStep, open, questions, startAssessment } from './helpers';

test.use({ locale: 'en-GB' });

/** Every stored assessment, read straight from IndexedDB, sorted by id. */
async function storedAssessments(page: Page): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>[]>((done, fail) => {
				const request = indexedDB.open('made-different-scan');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const database = request.result;
					const all = database.transaction('assessments').objectStore('assessments').getAll();
					all.onsuccess = () => {
						database.close();
						done(
							(all.result as Record<string, unknown>[]).sort((a, b) =>
								String(a.id).localeCompare(String(b.id))
							)
						);
					};
					all.onerror = () => fail(all.error);
				};
			})
	);
}

async function axe(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

async function importFile(
	page: Page,
	file: string | { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await (await choosing).setFiles(file);
}

/** Creates a company with one assessment and answers the first transformation. */
async function createCompany(
	page: Page,
	name: string,
	postcode: string,
	level: number
): Promise<string> {
	const id = await startAssessment(page, { name, postcode });
	await page.getByRole('button', { name: 'Next' }).click();
	await questions(page).first().waitFor();
	await answerStep(page, () => level);
	await expect(page.getByText('Saved on this device')).toBeVisible();
	return id;
}

test('export all, import into a fresh browser, import again, refuse bad files', async ({
	browser,
	page
}, testInfo) => {
	await createCompany(page, 'Acme Metal', '9000', 3);
	await createCompany(page, 'Fonderie Liégeoise', '4000', 2);
	await open(page, '/');
	await expect(page.getByText('No backup of this device yet', { exact: false })).toBeVisible();
	const original = await storedAssessments(page);
	expect(original).toHaveLength(2);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^made-different-scan-\d{4}-\d{2}-\d{2}\.json$/);
	const exportPath = testInfo.outputPath('export.json');
	await download.saveAs(exportPath);
	await expect(page.getByText('Exported 2 assessments.')).toBeVisible();
	await expect(page.getByText('No backup of this device yet', { exact: false })).toHaveCount(0);

	// A fresh browser profile: nothing stored yet.
	const fresh = await browser.newContext({ locale: 'en-GB' });
	const other = await fresh.newPage();
	await open(other, '/');
	expect(await storedAssessments(other)).toEqual([]);
	await importFile(other, exportPath);
	await expect(
		other.getByRole('status').getByText('Import finished: 2 new, 0 updated, 0 already up to date.')
	).toBeVisible();
	expect(await storedAssessments(other)).toEqual(original);
	await expect(other.getByRole('heading', { name: 'Acme Metal' })).toBeVisible();
	await expect(other.getByRole('heading', { name: 'Fonderie Liégeoise' })).toBeVisible();

	// The same file again: no duplicates, nothing changed.
	await importFile(other, exportPath);
	await expect(
		other.getByRole('status').getByText('Import finished: 0 new, 0 updated, 2 already up to date.')
	).toBeVisible();
	expect(await storedAssessments(other)).toEqual(original);
	await expect(other.getByRole('heading', { name: 'Acme Metal' })).toHaveCount(1);

	const text = readFileSync(exportPath, 'utf8');
	const bad = async (name: string, buffer: Buffer, reason: RegExp) => {
		await importFile(other, { name, mimeType: 'application/json', buffer });
		const alert = other.getByRole('alert');
		await expect(alert).toContainText('This file could not be imported');
		await expect(alert).toContainText(reason);
		await expect(alert).toContainText('Nothing was changed.');
		expect(await storedAssessments(other)).toEqual(original);
	};

	// Truncated: the download was cut off.
	await bad(
		'truncated.json',
		Buffer.from(text.slice(0, Math.floor(text.length / 2))),
		/damaged or incomplete/
	);

	// Hostile: markup and script in names, and a prototype-pollution key.
	const file = JSON.parse(text) as { assessments: { profile: { name: string } }[] };
	file.assessments[0]!.profile.name =
		'<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
	const hostile = JSON.stringify(file).replace(
		'"profile":{',
		'"profile":{"__proto__":{"isAdmin":true},'
	);
	await bad('hostile.json', Buffer.from(hostile), /not allowed/);
	expect(
		await other.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(
		await other.evaluate(() => (Object.prototype as Record<string, unknown>).isAdmin)
	).toBeUndefined();

	// Not ours, and from a newer version of the app.
	await bad(
		'package.json',
		Buffer.from(JSON.stringify({ name: 'something', version: '1.0.0' })),
		/not an export of the Made Different scan/
	);
	await bad(
		'newer.json',
		Buffer.from(text.replace('"formatVersion":1', '"formatVersion":99')),
		/newer version of this app/
	);

	// 50 MB: refused before it is read.
	const bigPath = testInfo.outputPath('big.json');
	writeFileSync(bigPath, text.slice(0, -2) + ' '.repeat(50 * 1024 * 1024) + ']}');
	await importFile(other, bigPath);
	await expect(other.getByRole('alert')).toContainText('larger than 25 MB');
	expect(await storedAssessments(other)).toEqual(original);

	// Markup in a name of a valid file is shown as text, never run.
	const markup = JSON.parse(text) as {
		assessments: { id: string; revision: number; updatedAt: string; profile: { name: string } }[];
	};
	markup.assessments[0]!.profile.name = '<img src=x onerror="window.__pwned=1">Bold & <b>Co</b>';
	markup.assessments[0]!.revision += 1;
	markup.assessments[0]!.updatedAt = new Date().toISOString();
	await importFile(other, {
		name: 'markup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(markup))
	});
	await expect(other.getByRole('status').getByText(/1 updated/)).toBeVisible();
	// The two copies had different company names: shown as a conflict, not dropped silently.
	const conflicts = other.getByRole('region', { name: '1 answer differed between the two copies' });
	await expect(conflicts.getByRole('cell', { name: 'Company profile' })).toBeVisible();
	await expect(
		conflicts.getByRole('cell', { name: /name: Acme Metal|name: Fonderie Liégeoise/ })
	).toBeVisible();
	await expect(
		other.getByRole('heading', { name: '<img src=x onerror="window.__pwned=1">Bold & <b>Co</b>' })
	).toBeVisible();
	expect(
		await other.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	await fresh.close();
});

test('two tabs answering different questions of the same assessment lose nothing', async ({
	context,
	page
}) => {
	const id = await startAssessment(page, { name: 'Two Tabs NV', postcode: '2000' });
	const url = `/assessment/?id=${encodeURIComponent(id)}&step=world-class-manufacturing`;
	const other = await context.newPage();
	await open(page, url);
	await open(other, url);
	const count = await (await allQuestions(page)).count();
	expect(count).toBeGreaterThan(3);
	// Interleave: tab A answers the even questions, tab B the odd ones, without waiting in between.
	for (let i = 0; i < count; i += 1) {
		const tab = i % 2 === 0 ? page : other;
		await questions(tab)
			.nth(i)
			.getByRole('radio')
			.nth(i % 5)
			.check();
	}
	await expect(page.getByText('Saved on this device')).toBeVisible();
	await expect(other.getByText('Saved on this device')).toBeVisible();
	await expect
		.poll(async () => {
			const [stored] = (await storedAssessments(page)).filter((a) => a.id === id) as {
				answers: Record<string, Record<string, unknown>>;
			}[];
			return Object.values(stored?.answers ?? {}).reduce(
				(n, answers) => n + Object.keys(answers).length,
				0
			);
		})
		.toBe(count);
	// Each tab shows the other's answers too (BroadcastChannel refresh).
	for (let i = 0; i < count; i += 1) {
		await expect(
			questions(page)
				.nth(i)
				.getByRole('radio')
				.nth(i % 5)
		).toBeChecked();
		await expect(
			questions(other)
				.nth(i)
				.getByRole('radio')
				.nth(i % 5)
		).toBeChecked();
	}
	await other.close();
});

test('"New assessment" stores nothing until something is entered; a reload keeps the draft open', async ({
	page
}) => {
	await open(page, '/');
	await expect(page.getByText('No assessments yet on this device.')).toBeVisible();
	await page.getByRole('button', { name: 'New assessment' }).click();
	await page.getByLabel('Company name').waitFor();
	// Moving between steps is not entering something.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(questions(page).first()).toBeVisible();
	await page.goBack();
	await page.goBack();
	await expect(page.getByRole('button', { name: 'New assessment' })).toBeVisible();
	await expect(page.getByText('No assessments yet on this device.')).toBeVisible();
	expect(await storedAssessments(page)).toEqual([]);

	await page.getByRole('button', { name: 'New assessment' }).click();
	await page.getByLabel('Company name').waitFor();
	await page.reload();
	await page.getByLabel('Company name').fill('Draft Works');
	await expect(page.getByText('Saved on this device')).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Draft Works' })).toBeVisible();
	const stored = await storedAssessments(page);
	expect(stored.map((a) => (a.profile as { name: string }).name)).toEqual(['Draft Works']);
});

test('a deletion survives an export and a re-import of an older export, and can be undone after a reload', async ({
	page
}, testInfo) => {
	await createCompany(page, 'Brasserie Dupont', '7904', 4);
	await createCompany(page, 'Acme Metal', '9000', 2);
	await open(page, '/');
	const saveExport = async (name: string) => {
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export all' }).click();
		const path = testInfo.outputPath(name);
		await (await downloading).saveAs(path);
		return path;
	};
	const older = await saveExport('older.json');

	const acme = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Acme Metal' }) });
	await acme.getByRole('button', { name: 'Delete' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toHaveCount(0);

	// After a reload the deletion is still there, and so is the way back.
	await open(page, '/');
	await expect(page.getByText('Recently deleted (1)')).toBeVisible();
	await importFile(page, older);
	await expect(
		page.getByText('1 assessment in the file was deleted on this device earlier and stays deleted.')
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toHaveCount(0);
	expect(await storedAssessments(page)).toHaveLength(1);

	// The deletion travels with the next export.
	const newer = JSON.parse(readFileSync(await saveExport('newer.json'), 'utf8')) as {
		assessments: unknown[];
		deleted: { id: string }[];
	};
	expect([newer.assessments.length, newer.deleted.length]).toEqual([1, 1]);

	await page.getByText('Recently deleted (1)').click();
	await page.getByRole('button', { name: /^Restore\s*: Acme Metal$/ }).click();
	await expect(page.getByText('The assessment is back.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toBeVisible();
	expect(await storedAssessments(page)).toHaveLength(2);
	expect(await axe(page)).toEqual([]);
});

test('the portfolio searches, asks before deleting, and can undo', async ({ page }) => {
	await createCompany(page, 'Brasserie Dupont', '7904', 4);
	await createCompany(page, 'Acme Metal', '9000', 2);
	await open(page, '/');
	const search = page.getByRole('searchbox', { name: 'Search' });
	await search.fill('brasserie');
	await expect(page.getByRole('heading', { name: 'Brasserie Dupont' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toHaveCount(0);
	await search.fill('9000');
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toBeVisible();
	await search.fill('');
	expect(await axe(page)).toEqual([]);

	const acme = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Acme Metal' }) });
	await acme.getByRole('button', { name: 'Delete' }).click();
	const dialog = page.getByRole('dialog', { name: /Delete this assessment of Acme Metal/ });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toBeVisible();
	expect(await storedAssessments(page)).toHaveLength(2);

	await acme.getByRole('button', { name: 'Delete' }).click();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('The assessment of Acme Metal was deleted.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toHaveCount(0);
	expect(await storedAssessments(page)).toHaveLength(1);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('The assessment is back.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Acme Metal' })).toBeVisible();
	expect(await storedAssessments(page)).toHaveLength(2);
});

test('several respondents take turns; results show the spread and take a consensus; notes are kept', async ({
	page
}) => {
	const id = await startAssessment(page, { name: 'Team NV', postcode: '3000' });
	const first = page.getByRole('group', { name: 'Respondent 1' });
	await first.getByLabel('Name').fill('An');
	await first.getByLabel('Role').fill('Managing director');
	await page.getByRole('button', { name: 'Add respondent' }).click();
	const second = page.getByRole('group', { name: 'Respondent 2' });
	await second.getByLabel('Name').fill('Bart');
	await second.getByLabel('Role').press('Tab');
	await page.getByRole('button', { name: 'Next' }).click();

	const who = page.getByRole('group', { name: 'Who is answering?' });
	await expect(who).toBeVisible();
	const step = questions(page);
	await who.getByRole('radio', { name: 'An (Managing director)' }).check();
	await step.nth(0).getByRole('radio').nth(0).check();
	await step.nth(1).getByRole('radio').nth(2).check();
	await who.getByRole('radio', { name: 'Bart' }).check();
	await expect(step.nth(0).getByRole('radio').nth(0)).not.toBeChecked();
	await step.nth(0).getByRole('radio').nth(3).check();
	await step.nth(1).getByRole('radio').nth(2).check();

	// A note on the first question, saved when the field is left.
	await page.getByText('Note', { exact: true }).first().click();
	await page
		.getByRole('textbox', { name: 'Note', exact: true })
		.first()
		.fill('Saw the <b>MES</b> screen & the paper logbook');
	await page.getByRole('textbox', { name: 'Note', exact: true }).first().press('Tab');
	await expect(page.getByText('Saved on this device')).toBeVisible();

	await open(page, `/results/?id=${encodeURIComponent(id)}`);
	const spread = page.getByRole('region', { name: 'Where respondents differ' });
	await expect(
		spread.getByRole('table', { name: 'Spread of the answers per transformation' })
	).toBeVisible();
	await expect(spread.getByRole('columnheader', { name: 'An', exact: true })).toBeVisible();
	await expect(spread.getByRole('columnheader', { name: 'Bart', exact: true })).toBeVisible();
	await expect(spread.getByText('3 levels')).toHaveCount(1);
	await expect(spread.getByText('An: 1 · Bart: 4')).toBeVisible();
	await spread.getByLabel(/Consensus answer for/).selectOption('2');
	await expect
		.poll(async () => {
			const [stored] = (await storedAssessments(page)).filter((a) => a.id === id) as {
				consensus: Record<string, { value: unknown }>;
				notes?: Record<string, { text: string }>;
			}[];
			return [
				Object.values(stored?.consensus ?? {}).map((c) => c.value),
				Object.values(stored?.notes ?? {}).map((n) => n.text)
			];
		})
		.toEqual([[2], ['Saw the <b>MES</b> screen & the paper logbook']]);
	await expect(spread.getByText('(1 ✓)')).toBeVisible();
	expect(await axe(page)).toEqual([]);
});

test('history: a new assessment starts from the previous answers as suggestions, and results compare T0 with T1; CSV', async ({
	page
}) => {
	await createCompany(page, 'History BV', '8500', 2);
	await open(page, '/');
	const company = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'History BV' }) });
	await company.getByRole('button', { name: 'Assess this company again' }).click();
	await page.getByLabel('Company name').waitFor();
	await expect(page.getByLabel('Company name')).toHaveValue('History BV');
	const id = new URL(page.url()).searchParams.get('id')!;

	await page.getByRole('button', { name: 'Next' }).click();
	const suggestions = page.getByText('Suggested from the previous assessment', { exact: false });
	const count = await (await allQuestions(page)).count();
	await expect(suggestions).toHaveCount(count);
	await expect(questions(page).first().getByRole('radio').nth(1)).toBeChecked();
	// Confirm the first as it is, change the second, confirm the rest at once.
	await page.getByRole('button', { name: 'Confirm', exact: true }).first().click();
	await expect(suggestions).toHaveCount(count - 1);
	await questions(page).nth(1).getByRole('radio').nth(3).check();
	await expect(suggestions).toHaveCount(count - 2);
	expect(await axe(page)).toEqual([]);
	await page.getByRole('button', { name: /Confirm all/ }).click();
	await expect(suggestions).toHaveCount(0);

	// The list tells the two apart: T1 says what it repeats.
	await open(page, '/');
	const rows = company.getByRole('listitem');
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toContainText('T1');
	await expect(rows.first()).toContainText(/Repeat of the assessment started \d+ \w+ \d{4}/);
	await expect(rows.nth(1)).toContainText('T0');
	await expect(rows.nth(1)).not.toContainText('Repeat of');

	await open(page, `/results/?id=${encodeURIComponent(id)}`);
	const table = page.getByRole('table', { name: 'Score per transformation on the 1 to 5 scale' });
	await expect(table.getByRole('columnheader', { name: 'Before (T0)' })).toBeVisible();
	const first = table.getByRole('row').nth(1);
	// Score, weakest area, target, gap, estimate, answered, then before and change.
	await expect(first.getByRole('cell').nth(6)).toHaveText('2.0');
	await expect(first.getByRole('cell').nth(7)).toHaveText(/^\+0\.\d$/);
	await expect(page.getByText(/Compared with the assessment of/)).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download scores (CSV)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^made-different-scan-History-BV-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(
		csv.startsWith(
			'\uFEFFCompany,Transformation,Score,Status,Weakest area,Weakest area score,Target,Gap,Your estimate,Completeness (%),Not applicable,Open questions,Before (T0),Change\r\n'
		)
	).toBe(true);
	// The same rules as the results table (scoreCsvRows): status, weakest area, N/A and open counts.
	expect(csv).toMatch(/\r\nHistory BV,[^,]+,2\.\d,scored,[^,]+,2,4,[\d.]+,,100,0,0,2,0\.\d\r\n/);
});

/** A 4 × 3 red PNG. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGM4IScHRww4OQD1xwwxB+utmQAAAABJRU5ErkJggg==',
	'base64'
);

async function photoCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((done, fail) => {
				const request = indexedDB.open('made-different-scan');
				request.onsuccess = () => {
					const count = request.result.transaction('photos').objectStore('photos').count();
					count.onsuccess = () => {
						request.result.close();
						done(count.result);
					};
					count.onerror = () => fail(count.error);
				};
				request.onerror = () => fail(request.error);
			})
	);
}

test('photos: taken per question, exported as a zip, imported once, fake images refused', async ({
	browser,
	page
}, testInfo) => {
	const id = await startAssessment(page, { name: 'Photo NV', postcode: '1000' });
	await open(page, `/assessment/?id=${encodeURIComponent(id)}&step=world-class-manufacturing`);
	await page.getByText('Note', { exact: true }).first().click();
	await page
		.getByLabel('Add a photo')
		.first()
		.setInputFiles({ name: 'shopfloor.png', mimeType: 'image/png', buffer: PNG });
	await expect(page.getByRole('img', { name: 'Photo 1 for this question' })).toBeVisible();
	expect(await photoCount(page)).toBe(1);

	await open(page, '/');
	await expect(page.getByLabel('Include the photo (the file becomes a zip)')).toBeChecked();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.zip$/);
	const zipPath = testInfo.outputPath('export.zip');
	await download.saveAs(zipPath);
	const files = unzipSync(readFileSync(zipPath));
	expect(Object.keys(files).sort()).toEqual(['made-different-scan.json', 'photos/1.jpg']);

	const fresh = await browser.newContext({ locale: 'en-GB' });
	const other = await fresh.newPage();
	await open(other, '/');
	await importFile(other, zipPath);
	await expect(other.getByRole('status').filter({ hasText: 'Import finished' })).toContainText(
		'Import finished: 1 new, 0 updated, 0 already up to date. 1 photo added.'
	);
	expect(await photoCount(other)).toBe(1);
	await importFile(other, zipPath);
	await expect(other.getByRole('status').filter({ hasText: 'Import finished' })).toContainText(
		'Import finished: 0 new, 0 updated, 1 already up to date.'
	);
	expect(await photoCount(other)).toBe(1);
	await open(other, `/assessment/?id=${encodeURIComponent(id)}&step=world-class-manufacturing`);
	await expect(other.getByRole('img', { name: 'Photo 1 for this question' })).toBeVisible();

	// A "photo" that is really an HTML page is refused, and nothing is stored.
	const manifest = JSON.parse(strFromU8(files['made-different-scan.json']!)) as {
		photos: { id: string }[];
	};
	manifest.photos[0]!.id = manifest.photos[0]!.id + '-x';
	const fake = zipSync({
		'made-different-scan.json': strToU8(JSON.stringify(manifest)),
		'photos/1.jpg': strToU8('<html><script>window.__pwned=1</script></html>')
	});
	await open(other, '/');
	await importFile(other, {
		name: 'fake.zip',
		mimeType: 'application/zip',
		buffer: Buffer.from(fake)
	});
	await expect(other.getByRole('alert')).toContainText('not allowed in an export file');
	expect(await photoCount(other)).toBe(1);
	// A damaged zip.
	await importFile(other, {
		name: 'cut.zip',
		mimeType: 'application/zip',
		buffer: readFileSync(zipPath).subarray(0, 200)
	});
	await expect(other.getByRole('alert')).toContainText('damaged or incomplete');
	await fresh.close();
});
