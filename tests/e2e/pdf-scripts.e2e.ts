// Issue 15: a company name in Arabic or Greek prints in the PDF (not as missing-glyph boxes or
// "?"), in fallback fonts the report worker loads only for such a report.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerStep, open, ready, startAssessment } from './helpers';

test.use({ locale: 'en-GB' });

// Set PDF_DIR (e.g. /tmp/pdf) to keep the PDFs for a look with pdftoppm.
const PDF_DIR = process.env.PDF_DIR;

const ARABIC = 'شركة الأمل للصناعات';
const GREEK = 'Αθηνά Μηχανική ΑΕ';

async function downloadPdf(page: Page, id: string): Promise<Buffer> {
	await open(page, `/plan/?id=${encodeURIComponent(id)}`);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const download = await downloading;
	return readFileSync((await download.path())!);
}

const fonts = (pdf: Buffer) => execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
const text = (pdf: Buffer) =>
	execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });

test('an Arabic and a Greek company name print in the PDF, in embedded fallback fonts', async ({
	page
}) => {
	test.setTimeout(120_000);
	// Which scripts the report worker fetched: the fallback fonts are chunks of their own.
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(request.url()));

	const id = await startAssessment(page, { name: ARABIC, postcode: '1000', employees: '25' });
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, (i) => (i % 3) + 2);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await ready(page);

	const arabic = await downloadPdf(page, id);
	if (PDF_DIR) writeFileSync(join(PDF_DIR, 'e2e-arabic.pdf'), arabic);
	expect(fonts(arabic)).toMatch(/\+NotoSansArabic-(Regular|Bold)\s+CID TrueType/);
	// pdftotext gives the words back in reading order; the lam-alef ligature of "الأمل" does not
	// extract letter for letter, the other two words do.
	expect(text(arabic)).toContain('شركة');
	expect(text(arabic)).toContain('للصناعات');
	expect(text(arabic)).not.toMatch(/\?{3}/);
	// The overall picture starts with the name: its three words stand left of "scores", on the
	// same line, and the English sentence runs on left to right after them.
	const words = [
		...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', '-', '-'], {
			input: arabic,
			encoding: 'utf8'
		}).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)
	].map((m) => ({ x: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4] }));
	const scores = words.find((word) => word.text === 'scores');
	expect(scores, 'the overall picture').toBeDefined();
	const before = words.filter((w) => Math.abs(w.y - scores!.y) < 4 && w.xMax <= scores!.x);
	expect(before.map((w) => w.text)).toHaveLength(3);
	expect(before.every((w) => /\p{Script=Arabic}/u.test(w.text ?? ''))).toBe(true);
	const fontChunks = fetched.filter((url) => /\/workers\/chunks\//.test(url)).length;
	expect(fontChunks, 'fontkit and the Arabic font, fetched for this report').toBeGreaterThan(0);

	await open(page, `/assessment/?id=${encodeURIComponent(id)}&step=profile`);
	await page.getByLabel('Company name').fill(GREEK);
	await expect(page.getByText('Saved on this device')).toBeVisible();
	const greek = await downloadPdf(page, id);
	if (PDF_DIR) writeFileSync(join(PDF_DIR, 'e2e-greek.pdf'), greek);
	expect(fonts(greek)).toMatch(/\+NotoSans-(Regular|Bold)\s+CID TrueType/);
	expect(fonts(greek)).not.toMatch(/NotoSansArabic/);
	expect(text(greek)).toContain(GREEK);
});

test('a report with Western names only loads no fallback font', async ({ page }) => {
	test.setTimeout(120_000);
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(request.url()));
	const id = await startAssessment(page, { name: 'Łódź Stal & Müller', postcode: '1000' });
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, (i) => (i % 3) + 2);
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await ready(page);
	const pdf = await downloadPdf(page, id);
	expect(fonts(pdf)).not.toMatch(/Noto/);
	expect(text(pdf)).toContain('Lódz Stal & Müller');
	expect(fetched.filter((url) => /\/workers\/chunks\//.test(url))).toEqual([]);
});
