// Issue 15: no file can freeze the app or slip in unchecked.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { open, storedRecord } from './helpers';

test.use({ locale: 'en-GB' });

const NOW = '2026-11-20T09:00:00.000Z';

/** A stored assessment as an export file holds it (schema 2, questionnaire made-different 1). */
function record(id: string, name: string) {
	return storedRecord(id, name, NOW);
}

function exportFile(assessments: unknown[], extra: Record<string, unknown> = {}) {
	return {
		format: 'made-different-scan/export',
		formatVersion: 1,
		appVersion: 'test',
		exportedAt: NOW,
		scope: 'all',
		questionnaires: [{ id: 'made-different', version: 1 }],
		assessments,
		...extra
	};
}

/** A JPEG by its signature, with bytes that do not compress. */
function jpeg(size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	let x = 15;
	for (let i = 0; i < size; i += 1)
		bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes;
}

const PHOTO = {
	id: 'p1/photo',
	assessmentId: 'p1',
	questionId: 'world-class-manufacturing.layout',
	width: 10,
	height: 10,
	at: NOW,
	type: 'image/jpeg',
	file: 'photos/1.jpg'
};

/** Rewrites the declared uncompressed size of the zip's first entry, in both of its headers. */
function declareFirstEntrySize(zip: Uint8Array, size: number): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	view.setUint32(22, size, true);
	for (let at = copy.length - 22; at >= 0; at -= 1) {
		if (view.getUint32(at, true) !== 0x06054b50) continue;
		const directory = view.getUint32(at + 16, true);
		view.setUint32(directory + 24, size, true);
		return copy;
	}
	throw new Error('no end of directory');
}

/** Picks a file with the Import button, as a user does. */
async function chooseImport(page: Page, path: string): Promise<void> {
	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await (await choosing).setFiles(path);
}

/** What is stored on this device, read straight from IndexedDB. */
async function stored(page: Page): Promise<{ assessments: number; photos: number }> {
	return page.evaluate(
		() =>
			new Promise<{ assessments: number; photos: number }>((done, fail) => {
				const request = indexedDB.open('made-different-scan');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const database = request.result;
					const tx = database.transaction(['assessments', 'photos']);
					const assessments = tx.objectStore('assessments').count();
					const photos = tx.objectStore('photos').count();
					tx.oncomplete = () => {
						database.close();
						done({ assessments: assessments.result, photos: photos.result });
					};
				};
			})
	);
}

/**
 * Clicks a probe button again and again while `work` runs, and returns the longest delay between
 * a click and its handler (the event's timestamp is when the input happened) and the durations of
 * the long tasks (over 50 ms) the page ran meanwhile: how long it could not answer.
 */
async function whileMeasuring(page: Page, start: () => Promise<void>, work: () => Promise<void>) {
	await page.evaluate(() => {
		const probe = document.createElement('button');
		probe.id = 'probe';
		probe.textContent = 'probe';
		probe.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;width:40px;height:20px';
		const w = window as unknown as Probe;
		w.delays = [];
		w.tasks = [];
		probe.addEventListener('click', (event) => w.delays.push(performance.now() - event.timeStamp));
		document.body.append(probe);
		w.observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.tasks.push(Math.round(entry.duration));
		});
		w.observer.observe({ type: 'longtask' });
	});
	// The probe's clicks start once the file is chosen, so they never interleave with that click;
	// the long tasks are observed from before it.
	await start();
	let busy = true;
	const clicking = (async () => {
		while (busy) {
			await page.mouse.click(20, 10);
			await page.waitForTimeout(30);
		}
	})();
	await work();
	busy = false;
	await clicking;
	return page.evaluate(() => {
		const w = window as unknown as Probe;
		w.observer.disconnect();
		document.getElementById('probe')?.remove();
		return {
			clicks: w.delays.length,
			slowestClick: Math.max(...w.delays),
			longestTask: Math.max(0, ...w.tasks)
		};
	});
}

type Probe = { delays: number[]; tasks: number[]; observer: PerformanceObserver };

test('hostile files are refused with the alert, nothing is stored, the page keeps answering', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await open(page, '/');
	const json = (value: unknown) => strToU8(JSON.stringify(value));

	// 1. A lying zip: 4 MB of export (valid JSON, padded with spaces) declared as 1,000 bytes.
	//    The import that froze the tab for 174 s and stored the record.
	const padded = strToU8(
		JSON.stringify(exportFile([record('l1', 'Lying NV')])) + ' '.repeat(4 << 20)
	);
	const lying = declareFirstEntrySize(zipSync({ 'made-different-scan.json': padded }), 1000);

	// 2. A photo with one damaged byte (unzip -t rejects it).
	const photoBytes = jpeg(200_000);
	const photoZip = zipSync({
		'made-different-scan.json': json(exportFile([record('p1', 'Photo NV')], { photos: [PHOTO] })),
		'photos/1.jpg': [photoBytes, { level: 0 }]
	});
	const damaged = photoZip.slice();
	const photoAt = Buffer.from(damaged).indexOf(Buffer.from(photoBytes.subarray(0, 16)));
	damaged[photoAt + 100_000]! ^= 0x01;

	// 3. A 10 MB company name.
	const bigName = json(exportFile([record('n1', 'x'.repeat(10 * 1024 * 1024))]));

	// 4. JSON nested 100,000 levels deep.
	const deep = strToU8('['.repeat(100_000) + ']'.repeat(100_000));

	const cases: [string, Uint8Array, RegExp][] = [
		['lying.zip', lying, /damaged or incomplete/],
		['damaged-photo.zip', damaged, /damaged or incomplete/],
		['big-name.json', bigName, /not valid: the field “profile.name” breaks a limit/],
		['deep.json', deep, /not allowed in an export file/]
	];
	for (const [name, bytes, reason] of cases) {
		// From a file on disk: a buffer would be copied into the page by the test harness itself,
		// which blocks the page for seconds at 10 MB.
		const path = testInfo.outputPath(name);
		writeFileSync(path, bytes);
		const measured = await whileMeasuring(
			page,
			() => chooseImport(page, path),
			async () => {
				const alert = page.getByRole('alert');
				await expect(alert).toContainText('This file could not be imported', { timeout: 30_000 });
				await expect(alert).toContainText(reason);
				await expect(alert).toContainText('Nothing was changed.');
			}
		);
		console.log(
			`${name}: ${measured.clicks} clicks, slowest ${Math.round(measured.slowestClick)} ms, longest task ${measured.longestTask} ms`
		);
		expect(await stored(page), name).toEqual({ assessments: 0, photos: 0 });
		expect(measured.slowestClick, `${name}: slowest click`).toBeLessThan(200);
		expect(measured.clicks, `${name}: clicks`).toBeGreaterThan(0);
		expect(measured.longestTask, `${name}: longest task of the page`).toBeLessThan(200);
	}

	// The same photo zip undamaged is imported: the check refuses lies, not honest files.
	const honest = testInfo.outputPath('photo.zip');
	writeFileSync(honest, photoZip);
	await chooseImport(page, honest);
	await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toContainText(
		'1 new'
	);
	expect(await stored(page)).toEqual({ assessments: 1, photos: 1 });
});
