// Issue 15: every record can come back. A record made by a newer version of the app and one
// answered with a questionnaire version this app does not have are shown in Settings with why,
// exported exactly as stored, and "Export all" says what it left out.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open, storedRecord } from './helpers';

test.use({ locale: 'en-GB' });

const NOW = '2026-11-20T09:00:00.000Z';

/** A stored assessment (schema 2) of `questionnaireVersion` of made-different. */
function record(id: string, name: string, questionnaireVersion = 1) {
	return storedRecord(id, name, NOW, {
		questionnaireVersion,
		answers: { 'digital-factory.a': { value: 3, at: NOW } }
	});
}

/** Puts records straight into the app's IndexedDB, as an older or newer release left them. */
async function putRaw(page: Page, records: unknown[]): Promise<void> {
	await page.evaluate(
		(records) =>
			new Promise<void>((done, fail) => {
				const request = indexedDB.open('made-different-scan');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const database = request.result;
					const tx = database.transaction('assessments', 'readwrite');
					for (const value of records) tx.objectStore('assessments').put(value);
					tx.oncomplete = () => {
						database.close();
						done();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		records
	);
}

async function download(page: Page, button: string): Promise<unknown> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: button, exact: true }).click();
	return JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
}

test('Settings shows the records set aside with why, exports them as stored, and tries again', async ({
	page
}) => {
	await open(page, '/');
	const newer = { ...record('newer', 'Futura NV'), schemaVersion: 99, hologram: true };
	await putRaw(page, [record('ok', 'Good NV'), newer, record('v9', 'Later Questions NV', 9)]);
	// The start page reads every record and sets aside the one it cannot read.
	await open(page, '/');
	await expect(page.getByText('Good NV')).toBeVisible();

	// "Export all" exports what it can read and says what it left out and where it is.
	const all = (await download(page, 'Export all')) as { assessments: { id: string }[] };
	expect(all.assessments.map((a) => a.id).sort()).toEqual(['ok', 'v9']);
	await expect(
		page.getByText(
			'Left out: 1 record made by a newer version of the app. It is kept under Settings, Set aside.'
		)
	).toBeVisible();

	await open(page, '/settings/');
	const section = page.getByRole('region', { name: 'Set aside' });
	await expect(section).toContainText('2 records are set aside.');
	const items = section.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText('Futura NV');
	await expect(items.nth(0)).toContainText('Made by a newer version of the app.');
	await expect(items.nth(1)).toContainText('Later Questions NV');
	await expect(items.nth(1)).toContainText(
		'Answered with questionnaire made-different 9, which this version of the app does not have'
	);

	// One record, exactly as stored (the newer release's field included).
	const one = (await download(page, 'Export as stored: Futura NV')) as {
		assessments: unknown[];
	};
	expect(one.assessments).toEqual([newer]);
	await expect(section.getByRole('status')).toContainText('Exported 1 record as stored.');

	// Both, as stored, in a file this or a newer version imports.
	const both = (await download(page, 'Export all 2')) as {
		format: string;
		assessments: { id: string }[];
	};
	expect(both.format).toBe('made-different-scan/export');
	expect(both.assessments.map((a) => a.id).sort()).toEqual(['newer', 'v9']);
	await expect(section.getByRole('status')).toContainText('Exported 2 records as stored.');

	// This version still cannot read them: nothing comes back, nothing is lost.
	await section.getByRole('button', { name: 'Try again' }).click();
	await expect(section.getByRole('status')).toContainText(
		'0 records are back; 2 are still set aside.'
	);
	await expect(items).toHaveCount(2);
});

test('a record on this device that cannot be read opens as such, not as missing: why in the reader’s language, and the way to Settings', async ({
	page
}) => {
	await open(page, '/');
	const newer = { ...record('newer', 'Futura NV'), schemaVersion: 99, hologram: true };
	await putRaw(page, [
		newer,
		{ ...record('damaged', 'Broken BV'), answers: 'garbled' },
		record('v9', 'Later Questions NV', 9)
	]);
	await page.evaluate(() => localStorage.setItem('mds.language', 'de'));

	// Opened straight from a link or a bookmark, before the start page has set them aside.
	await open(page, '/assessment/?id=newer&step=digital-factory');
	const alert = page.getByRole('alert');
	await expect(
		alert.getByRole('heading', { name: 'Diese Bewertung kann hier nicht geöffnet werden.' })
	).toBeVisible();
	await expect(alert).toContainText('mit einer neueren Version der App gespeichert');
	await expect(alert).not.toContainText('nicht auf diesem Gerät');
	// The technical reason stays for support, folded away.
	await expect(alert.getByText(/schema 99/)).toBeHidden();
	await alert.getByText('Technische Details').click();
	await expect(alert.getByText(/schema 99/)).toBeVisible();

	await open(page, '/results/?id=damaged');
	await expect(page.getByRole('alert')).toContainText('Sie ist beschädigt');
	await open(page, '/plan/?id=v9');
	await expect(page.getByRole('alert')).toContainText(
		'mit dem Fragebogen made-different 9 ausgefüllt, den diese Version der App nicht hat'
	);
	// Settings lists them although no start page has set them aside yet, and can export them.
	await page.getByRole('link', { name: 'Zu den Einstellungen' }).click();
	await expect(page.getByText('Futura NV')).toBeVisible();
	await expect(page.getByText('Broken BV')).toBeVisible();

	// An id that is not on this device is still "not on this device".
	await open(page, '/results/?id=nowhere');
	await expect(
		page.getByRole('heading', { name: 'Diese Bewertung ist nicht auf diesem Gerät.' })
	).toBeVisible();
});
