// PDF report against its peer (issue 12), CPU throttled 4×, runs interleaved: ours, peer, ours…
// Ours: the plan page of a complete assessment of the real questionnaire, "Download PDF".
// Peer: SurveyJS's PDF export (survey-pdf) of the same questionnaire and answers, in the same
// language, served the same way (scripts/bench-peer/pdf/). Each run opens a fresh browser context
// (empty cache), waits until the page is ready and idle, clicks, and times until the download
// starts: the first PDF. Then it clicks LATER more times on the same page: later PDFs.
// Figures: the gzip bytes the first click downloads (and the report code in all, wherever it was
// fetched), medians of the times, and ratios ours ÷ peer.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import {
	assessmentRecord,
	madeDifferentQuestionnaire,
	storeAssessments
} from '../bench-support.mjs';
import { buildPeer } from '../bench-peer/pdf/build.mjs';

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
const LATER = 3;
const THROTTLE = 4;
const LANGUAGE = 'fr';
const PEER_PORT = Number(process.env.BENCH_PEER_PORT ?? 4176);
const AT = '2026-11-22T09:00:00.000Z';

function scenario() {
	const { questionIds, version } = madeDifferentQuestionnaire();
	const answers = Object.fromEntries(questionIds.map((id, j) => [id, (j % 4) + 1]));
	const notes = {
		[questionIds[0]]: 'Vu sur place : 3 presses, 1 robot de soudage, planning sur tableau blanc.'
	};
	const selfEstimates = { 'digital-factory': 3, 'eco-production': 2 };
	const record = assessmentRecord({
		id: 'bench-pdf',
		version,
		at: AT,
		language: LANGUAGE,
		profile: {
			name: 'Müller & Fils <Liège> Ça',
			postcode: '4000',
			region: 'wallonia',
			employees: 40,
			turnover: 6000000,
			sector: 'C25',
			yearFounded: 1987
		},
		respondent: { name: 'Anne Dupont', role: "Chef d'entreprise" },
		answers: Object.fromEntries(
			Object.entries(answers).map(([id, value]) => [id, { value, at: AT }])
		),
		notes: Object.fromEntries(Object.entries(notes).map(([id, text]) => [id, { text, at: AT }])),
		selfEstimates: Object.fromEntries(
			Object.entries(selfEstimates).map(([id, value]) => [id, { value, at: AT }])
		)
	});
	return { record, answers, notes, selfEstimates };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => +(bytes / 1024).toFixed(1);
const ratio = (a, b) => +(a / b).toFixed(2);

/**
 * DevTools' CPU throttling slows a page's main thread only: Chromium refuses it for workers
 * ("Operation is only supported for pages, not workers"), and our PDF is built in a worker. So
 * every figure is measured twice, interleaved: at CPU 4× (the peer slowed, our worker not, which
 * flatters us) and at CPU 1× (both at full speed, the fair comparison of the work). A goal counts
 * as met only when it holds at both.
 */
async function throttle(context, page, rate) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** gzip size of every response body of the context from now on, by URL. */
function countBytes(context) {
	const bodies = new Map();
	context.on('response', async (response) => {
		const url = response.url();
		if (!url.startsWith('http') || bodies.has(url)) return;
		try {
			bodies.set(url, gzipSync(await response.body(), { level: 9 }).length);
		} catch {
			// a redirect or an aborted request has no body
		}
	});
	return bodies;
}

async function waitIdle(page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 10_000 }))
	);
}

async function timeClicks(page, button) {
	const times = [];
	for (let i = 0; i <= LATER; i += 1) {
		const download = page.waitForEvent('download', { timeout: 120_000 });
		const start = Date.now();
		await button.click();
		await download;
		times.push(Date.now() - start);
		await button.waitFor({ state: 'visible' });
		await page.waitForFunction((el) => !el.disabled, await button.elementHandle());
	}
	return times;
}

async function runOurs(browser, baseURL, record, rate) {
	const context = await browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	try {
		await page.goto(baseURL + '/');
		await page.locator('main[aria-busy="false"]').waitFor();
		await storeAssessments(page, [record]);
		await page.close();
		const plan = await context.newPage();
		await throttle(context, plan, rate);
		const bytes = countBytes(context);
		await plan.goto(`${baseURL}/plan/?id=${record.id}`);
		await plan.locator('main[aria-busy="false"]').waitFor();
		await waitIdle(plan);
		const before = new Set(bytes.keys());
		const button = plan.getByRole('button', {
			name: /^(Download PDF|Pdf downloaden|Télécharger le PDF|PDF herunterladen)/
		});
		const [first, ...later] = await timeClicks(plan, button);
		await plan.waitForTimeout(300);
		let clickBytes = 0;
		let reportBytes = 0;
		for (const [url, size] of bytes) {
			if (!before.has(url)) clickBytes += size;
			if (/workers\/|report|pdf/i.test(url)) reportBytes += size;
		}
		return { first, later: median(later), clickBytes, reportBytes };
	} finally {
		await context.close();
	}
}

async function runPeer(browser, peerURL, rate) {
	const context = await browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	try {
		await throttle(context, page, rate);
		const bytes = countBytes(context);
		await page.goto(peerURL);
		await page.locator('main[data-ready="true"]').waitFor();
		await waitIdle(page);
		const before = new Set(bytes.keys());
		const [first, ...later] = await timeClicks(
			page,
			page.getByRole('button', { name: 'Download PDF' })
		);
		await page.waitForTimeout(300);
		let clickBytes = 0;
		for (const [url, size] of bytes) if (!before.has(url)) clickBytes += size;
		return { first, later: median(later), clickBytes };
	} finally {
		await context.close();
	}
}

export default async function ({ baseURL, browser }) {
	const { record, answers, notes, selfEstimates } = scenario();
	const peerDir = await buildPeer({
		dir: 'questionnaires/made-different',
		language: LANGUAGE,
		answers,
		notes,
		selfEstimates
	});
	// Served by Vite's preview server, like the app, with no config of its own.
	const server = await preview({
		configFile: false,
		logLevel: 'silent',
		root: peerDir,
		build: { outDir: peerDir },
		preview: { host: '127.0.0.1', port: PEER_PORT, strictPort: true }
	});
	const peerURL = `http://127.0.0.1:${PEER_PORT}/`;
	try {
		const runs = { ours: { 4: [], 1: [] }, peer: { 4: [], 1: [] } };
		for (let run = 0; run < RUNS; run += 1)
			for (const rate of [THROTTLE, 1]) {
				runs.ours[rate].push(await runOurs(browser, baseURL, record, rate));
				runs.peer[rate].push(await runPeer(browser, peerURL, rate));
			}
		const pick = (who, rate, key) => median(runs[who][rate].map((r) => r[key]));
		const version = (name) =>
			JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
		const figures = {
			'pdf peer': `survey-pdf ${version('survey-pdf')} (survey-core ${version('survey-core')}, jspdf ${version('jspdf')})`,
			'pdf setup': `${RUNS} interleaved runs per CPU setting, ${LATER} later PDFs each, language ${LANGUAGE}`,
			'pdf: report code in all, ours (KB gzip)': kb(pick('ours', THROTTLE, 'reportBytes')),
			'pdf: first click downloads, ours (KB gzip)': kb(pick('ours', THROTTLE, 'clickBytes')),
			'pdf: first click downloads, peer (KB gzip)': kb(pick('peer', THROTTLE, 'clickBytes'))
		};
		const ratios = { first: [], later: [] };
		for (const rate of [THROTTLE, 1]) {
			const cpu = `CPU ${rate}×${rate === THROTTLE ? ' (page only)' : ''}`;
			for (const key of ['first', 'later']) {
				const ours = pick('ours', rate, key);
				const peer = pick('peer', rate, key);
				figures[`pdf: ${key} PDF, ${cpu}, ours / peer (ms)`] = `${ours} / ${peer}`;
				figures[`pdf: ${key} PDF ratio ours ÷ peer, ${cpu}`] = ratio(ours, peer);
				ratios[key].push(ratio(ours, peer));
			}
		}
		const met = (ok) => (ok ? 'met' : 'NOT met');
		figures['pdf: goal first click ≤ 300 KB gzip'] = met(
			figures['pdf: first click downloads, ours (KB gzip)'] <= 300
		);
		figures['pdf: goal first PDF ≤ 1.0× peer (at both CPU settings)'] = met(
			Math.max(...ratios.first) <= 1
		);
		figures['pdf: goal later PDF ≤ 1.0× peer (at both CPU settings)'] = met(
			Math.max(...ratios.later) <= 1
		);
		return figures;
	} finally {
		await server.close();
	}
}
