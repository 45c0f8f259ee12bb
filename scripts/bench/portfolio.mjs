// The start page with 1,000 stored assessments (issue 6): time until the portfolio is ready, and
// time to "Export all" of them. Records are written straight into IndexedDB, answered with the
// real questionnaire's question ids so that scoring does its real work.
import { readFileSync } from 'node:fs';
import {
	assessmentRecord,
	madeDifferentQuestionnaire,
	storeAssessments
} from '../bench-support.mjs';

const COUNT = 1000;

function records() {
	const { questionIds, version } = madeDifferentQuestionnaire();
	const list = [];
	for (let i = 0; i < COUNT; i += 1) {
		const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
		list.push(
			assessmentRecord({
				id: `bench-${i}`,
				version,
				at,
				companyId: `company-${Math.floor(i / 2)}`,
				profile: {
					name: `Bedrijf ${Math.floor(i / 2)} NV`,
					postcode: String(1000 + (i % 8999)),
					region: 'flanders',
					employees: 50,
					sector: 'C25',
					yearFounded: 1990
				},
				answers: Object.fromEntries(
					questionIds.map((id, j) => [id, { value: ((i + j) % 5) + 1, at }])
				),
				completedAt: i % 3 ? at : null
			})
		);
	}
	return list;
}

export default async function ({ baseURL, browser }) {
	const context = await browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	try {
		await page.goto(baseURL + '/');
		await page.locator('main[aria-busy="false"]').waitFor();
		await storeAssessments(page, records());
		const start = Date.now();
		await page.goto(baseURL + '/');
		await page.locator('main[aria-busy="false"]').waitFor();
		await page.locator('li.company').first().waitFor();
		const listMs = Date.now() - start;
		const shown = await page.locator('li.assessment').count();

		const searchStart = Date.now();
		await page.getByRole('searchbox').fill('Bedrijf 499 ');
		await page.locator('li.company').first().waitFor();
		const searchMs = Date.now() - searchStart;

		const exportStart = Date.now();
		const downloading = page.waitForEvent('download');
		await page
			.getByRole('button', { name: /Export all|Alles exporteren|Tout exporter|Alles exportieren/ })
			.click();
		const download = await downloading;
		const exportMs = Date.now() - exportStart;
		const path = await download.path();
		const bytes = path ? readFileSync(path).length : 0;
		return {
			'portfolio: start page ready with 1,000 assessments (ms)': listMs,
			'portfolio: assessment rows rendered at first': shown,
			'portfolio: search among 500 companies (ms)': searchMs,
			'export all 1,000 assessments (ms)': exportMs,
			'export all 1,000 assessments (MB)': +(bytes / 1048576).toFixed(2)
		};
	} finally {
		await context.close();
	}
}
