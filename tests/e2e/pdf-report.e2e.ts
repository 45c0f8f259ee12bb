import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerStep, chooseLanguage, open, ready, startAssessment } from './helpers';

// Set PDF_DIR (e.g. /tmp/pdf) to keep the reports for a look with pdftoppm.
const PDF_DIR = process.env.PDF_DIR;
const COMPANY = 'Politique & Fils';

const UI = {
	fr: {
		name: 'Français',
		reportLanguage: 'Langue du rapport',
		download: 'Télécharger le PDF',
		suffix: 'plan-d-action',
		expected: ['Autoévaluation et plan d’action', 'Priorités et prochaine étape', 'Annexe 1']
	},
	nl: {
		name: 'Nederlands',
		reportLanguage: 'Taal van het rapport',
		download: 'Pdf downloaden',
		suffix: 'actieplan',
		expected: ['Zelfevaluatie en actieplan', 'Prioriteiten en volgende stap', 'Bijlage 1']
	},
	de: {
		name: 'Deutsch',
		reportLanguage: 'Sprache des Berichts',
		download: 'PDF herunterladen',
		suffix: 'aktionsplan',
		expected: ['Selbstbewertung und Aktionsplan', 'Prioritäten und nächster Schritt', 'Anhang 1']
	}
} as const;

/**
 * Words of the English report that no Dutch, French or German sentence contains. Proper names
 * that keep their English words in every language (the programme, its award, URLs) are taken out
 * of the text first.
 */
const ENGLISH =
	/\b(the|and|with|your|which|Priority|Priorities|Owner|Target date|Support|Annex|Summary|answered|every answer|Next step|Action plan|Score per transformation|Page \d+ of)\b/;
const PROPER_NAMES =
	/https?:\S+|Factory[\s-]+of[\s-]+the[\s-]+Future|Make\s+the\s+Future|Made\s+Different|Production\s+manager/gi;

function pdfText(bytes: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'report-e2e-'));
	const file = join(dir, 'report.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Collects every Content-Security-Policy violation the pages (and the worker) report. */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
				`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`
			)
		)
	);
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

/**
 * The page's own scripts (not the workers') that carry the PDF engine: none when the report is
 * built in the report worker. A structural check, not a timing: how long a main-thread task takes
 * depends on the machine, and speed is the benchmark's business.
 */
async function engineInPage(page: Page): Promise<string[]> {
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((url) => /\.js$/.test(new URL(url).pathname) && !url.includes('/workers/'))
	);
	const carrying: string[] = [];
	for (const url of scripts)
		if ((await (await page.request.get(url)).text()).includes('pdfmake')) carrying.push(url);
	return carrying;
}

async function assessment(page: Page, level: (step: number, i: number) => number | "Don't know") {
	const id = await startAssessment(page, { name: COMPANY, postcode: '4000', employees: '45' });
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await answerStep(page, (i) => level(step, i));
	}
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page).toHaveURL(/\/results\//);
	await ready(page);
	return id;
}

for (const complete of [true, false]) {
	test(`an assessment started in English gives ${complete ? 'complete' : 'incomplete'} FR, NL and DE reports with no English, built off the main thread`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const violations = await watchCsp(page);
		const id = await assessment(page, (step, i) =>
			complete || (step + i) % 3 ? ((i + step) % 4) + 1 : "Don't know"
		);
		await open(page, `/plan/?id=${encodeURIComponent(id)}`);
		const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
		for (const language of ['fr', 'nl', 'de'] as const) {
			const ui = UI[language];
			await chooseLanguage(page, ui.name);
			// The report follows the language the app is in now, not the one the assessment began in.
			await expect(page.getByLabel(ui.reportLanguage)).toHaveValue(language);
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name: ui.download }).click();
			const download = await downloading;
			// Built in the report worker: it runs, and the page never loaded the engine's code.
			expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(
				expect.stringMatching(/\/report\.worker[^/]*\.js$/)
			);
			expect(await engineInPage(page), 'scripts of the page with the PDF engine').toEqual([]);
			expect(download.suggestedFilename()).toBe(`Politique-&-Fils-${today}-${ui.suffix}.pdf`);
			const bytes = readFileSync((await download.path())!);
			if (PDF_DIR)
				writeFileSync(
					join(PDF_DIR, `e2e-${complete ? 'complete' : 'incomplete'}-${language}.pdf`),
					bytes
				);
			const text = pdfText(bytes);
			for (const expected of ui.expected) expect(text).toContain(expected);
			const withoutNames = text.replace(PROPER_NAMES, ' ');
			expect(
				withoutNames.match(ENGLISH)?.[0] ?? null,
				`English in the ${language} report`
			).toBeNull();
		}
		expect(violations, 'CSP violations during the whole flow').toEqual([]);
	});
}
