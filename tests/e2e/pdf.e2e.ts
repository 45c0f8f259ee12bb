import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerStep, chooseLanguage, open, ready, startAssessment } from './helpers';

// Set PDF_DIR (e.g. /tmp/pdf) to keep the downloaded PDFs for a look with pdftoppm, and
// SHOTS_DIR (e.g. /tmp/shots) to keep screenshots of the plan page at tablet and phone width.
const PDF_DIR = process.env.PDF_DIR;
const SHOTS_DIR = process.env.SHOTS_DIR;
const COMPANY = 'Müller & Fils <Liège> Ça';
const OWNER = 'Anne <Dupont> & Cie';
const AMBITION = 'Tegen 2029: 4 op alle zeven & <geen> uitzonderingen';

const UI = {
	en: {
		language: 'English',
		newAssessment: 'New assessment',
		companyName: 'Company name',
		postcode: 'Postcode',
		employees: 'Employees',
		saved: 'Saved on this device',
		next: 'Next',
		showResults: 'Show results',
		moveUp: 'Move up',
		moveDown: 'Move down',
		priorities: 'Priorities',
		owner: 'Owner',
		dueDate: 'Target date',
		ambition: 'Our ambition',
		importanceLegend: 'How much does each transformation matter to you?',
		high: 'High',
		download: 'Download PDF',
		ready: /Ready: /,
		fileSuffix: 'action-plan',
		// Text the PDF must contain, in the assessment's language.
		pdf: [
			'Self-assessment and action plan',
			'The overall picture',
			'Priorities and next step',
			'Next step: the advisory site visit',
			'Score per transformation',
			'Action plan',
			'Priority 1:',
			'Support for your next step',
			'Commitment of top management',
			'Annex 1: every answer',
			'Annex 2: how the scores are calculated',
			'Page 1 of'
		],
		notPdf: ['Plan d’action', 'Vue d’ensemble']
	},
	fr: {
		language: 'Français',
		newAssessment: 'Nouvelle évaluation',
		companyName: 'Nom de l’entreprise',
		postcode: 'Code postal',
		employees: 'Travailleurs',
		saved: 'Enregistré sur cet appareil',
		next: 'Suivant',
		showResults: 'Voir les résultats',
		moveUp: 'Monter',
		moveDown: 'Descendre',
		priorities: 'Priorités',
		owner: 'Responsable',
		dueDate: 'Date cible',
		ambition: 'Notre ambition',
		importanceLegend: 'Quelle importance a chaque transformation pour vous ?',
		high: 'Élevée',
		download: 'Télécharger le PDF',
		ready: /Prêt : /,
		fileSuffix: 'plan-d-action',
		pdf: [
			'Autoévaluation et plan d’action',
			'Vue d’ensemble',
			'Priorités et prochaine étape',
			'Prochaine étape : la visite conseil sur site',
			'Score par transformation',
			'Plan d’action',
			'Priorité 1 :',
			'Aides pour votre prochaine étape',
			'Engagement de la direction',
			'Annexe 1 : toutes les réponses',
			'Annexe 2 : comment les scores sont calculés',
			'Page 1 sur'
		],
		notPdf: ['Action plan', 'The overall picture']
	}
} as const;

/** Creates a complete assessment through the UI, in the given interface language. */
async function completeAssessment(page: Page, ui: (typeof UI)[keyof typeof UI]): Promise<string> {
	await open(page, '/');
	await chooseLanguage(page, ui.language);
	await page.getByRole('button', { name: ui.newAssessment }).click();
	await page.getByLabel(ui.companyName).fill(COMPANY);
	await page.getByLabel(ui.postcode).fill('4000');
	await page.getByLabel(ui.employees).fill('40');
	await expect(page.getByText(ui.saved)).toBeVisible();
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: ui.next }).click();
		await answerStep(page, (i) => ((i + step) % 4) + 1);
	}
	await page.getByRole('button', { name: ui.showResults }).click();
	await expect(page).toHaveURL(/\/results\//);
	await ready(page);
	return new URL(page.url()).searchParams.get('id')!;
}

/** The stored plan's ambition and first owner, read straight from IndexedDB. */
function storedPlan(page: Page, id: string): Promise<{ ambition?: string; owner?: string }> {
	return page.evaluate(
		(key) =>
			new Promise((done) => {
				const request = indexedDB.open('made-different-scan');
				request.onsuccess = () => {
					const get = request.result.transaction('assessments').objectStore('assessments').get(key);
					get.onsuccess = () => {
						const plan = get.result?.plan;
						request.result.close();
						done({ ambition: plan?.ambition, owner: plan?.priorities?.[0]?.actions?.[0]?.owner });
					};
				};
			}),
		id
	);
}

function pdfText(bytes: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-e2e-'));
	const file = join(dir, 'report.pdf');
	writeFileSync(file, bytes);
	// -raw keeps the text in content order; the layout of columns does not matter here.
	return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

for (const language of ['en', 'fr'] as const) {
	test(`${language}: edit the plan, download the PDF, and its text is in ${language} with the company name literal`, async ({
		page
	}) => {
		const ui = UI[language];
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (
				!['127.0.0.1', 'localhost'].includes(url.hostname) &&
				!['data:', 'blob:'].includes(url.protocol)
			)
				foreign.push(request.url());
		});
		const id = await completeAssessment(page, ui);

		const loaded: string[] = [];
		page.on('response', (response) => loaded.push(response.url()));
		await open(page, `/plan/?id=${encodeURIComponent(id)}`);
		// pdfmake is loaded only when asked for.
		expect(loaded.filter((url) => /pdfmake|render-pdf/i.test(url))).toEqual([]);

		// Only the list's own items: each priority card holds lists of its own (support lines).
		const priorities = page.getByRole('list', { name: ui.priorities }).locator(':scope > li');
		await expect(priorities).toHaveCount(3);
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
		// "Priority 2: Digital factory" -> "Digital factory"
		const nameOf = async (priority: Locator) =>
			(await priority.getByRole('heading', { level: 3 }).innerText()).replace(/^[^:]+:\s*/, '');
		const second = await nameOf(priorities.nth(1));
		await priorities
			.nth(1)
			.getByRole('button', { name: new RegExp(`^${ui.moveUp}`) })
			.click();
		expect(await nameOf(priorities.first())).toBe(second);
		// The keyboard stays on the moved priority.
		const escaped = second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		await expect(
			priorities
				.first()
				.getByRole('button', { name: new RegExp(`^${ui.moveDown}\\s*: ${escaped}$`) })
		).toBeFocused();

		const firstAction = priorities.first().getByRole('group').first();
		await firstAction.getByLabel(ui.owner).fill(OWNER);
		await firstAction.getByLabel(ui.dueDate).fill('2027-03-31');
		await page.getByLabel(ui.ambition).fill(AMBITION);
		await page.getByLabel(ui.ambition).blur();
		// Wait until IndexedDB holds the edits before reloading.
		await expect
			.poll(() => storedPlan(page, id))
			.toMatchObject({ ambition: AMBITION, owner: OWNER });

		// The edits are stored: they survive a reload.
		await open(page, `/plan/?id=${encodeURIComponent(id)}`);
		expect(await nameOf(priorities.first())).toBe(second);
		await expect(priorities.first().getByRole('group').first().getByLabel(ui.owner)).toHaveValue(
			OWNER
		);
		await expect(page.getByLabel(ui.ambition)).toHaveValue(AMBITION);

		if (SHOTS_DIR) {
			for (const [width, height] of [
				[1024, 768],
				[390, 844]
			] as const) {
				await page.setViewportSize({ width, height });
				await page.screenshot({
					path: join(SHOTS_DIR, `plan-${language}-${width}.png`),
					fullPage: true
				});
			}
			await page.setViewportSize({ width: 1024, height: 768 });
		}

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: ui.download }).click();
		const download = await downloading;
		await expect(page.getByRole('status').filter({ hasText: ui.ready })).toBeVisible();
		const today = await page.evaluate(() => {
			const d = new Date();
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		});
		expect(download.suggestedFilename()).toBe(
			`Müller-&-Fils-Liège-Ça-${today}-${ui.fileSuffix}.pdf`
		);
		const bytes = readFileSync((await download.path())!);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		if (PDF_DIR) writeFileSync(join(PDF_DIR, `e2e-${language}.pdf`), bytes);

		const text = pdfText(bytes);
		expect(text).toContain(COMPANY);
		expect(text).toContain(OWNER);
		expect(text).toContain(AMBITION);
		for (const expected of ui.pdf) expect(text).toContain(expected);
		for (const unexpected of ui.notPdf) expect(text).not.toContain(unexpected);
		const info = execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' });
		expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
		expect(foreign).toEqual([]);
	});
}

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the PDF is built with no network: the report worker comes from the precache', async ({
		page,
		context
	}) => {
		await open(page, '/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.reload();
		await ready(page);
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

		await context.setOffline(true);
		const id = await startAssessment(page, {
			name: 'Hors-ligne & Cie',
			postcode: '5000',
			employees: '12'
		});
		for (let step = 0; step < 7; step += 1) {
			await page.getByRole('button', { name: 'Next' }).click();
			await answerStep(page, (i) => (i % 3) + 2);
		}
		await page.getByRole('button', { name: 'Show results' }).click();
		await expect(page).toHaveURL(/\/results\//);
		await ready(page);
		await open(page, `/plan/?id=${encodeURIComponent(id)}`);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download PDF' }).click();
		const download = await downloading;
		const text = pdfText(readFileSync((await download.path())!));
		expect(text).toContain('Hors-ligne & Cie');
		expect(text).toContain('Priority 1:');
		await context.setOffline(false);
	});
});
