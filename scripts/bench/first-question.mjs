// To the first question (issue 13), ours against a SurveyJS form of the same questionnaire
// (scripts/bench-peer/survey/), both built by Vite and served by Vite's preview server, on a phone
// screen with the CPU throttled 4×, runs interleaved: ours, peer, ours… each in a fresh browser
// context with an empty HTTP cache, without and with slow 4G (DevTools network emulation, as
// Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up).
// Ours: a stored assessment opened at its first transformation step (a respondent resuming, or
// following a link). Usable: the page is ready (main[aria-busy=false]) and a level can be chosen.
// Peer: the form's first page (the same transformation) with a choice that can be clicked.
// Figures: JS + CSS gzip requested until usable (the files as built, gzip -9, the same for both),
// the time from navigation start until usable (performance.now() in the page), medians, ratios;
// beside it, without a goal, the time until the frame that shows the question is painted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { assessmentRecord, newestQuestionnaire, storeAssessments } from '../bench-support.mjs';
import { buildSurveyPeer } from '../bench-peer/survey/build.mjs';

const RUNS = Number(process.env.BENCH_FIRST_RUNS ?? 5);
const THROTTLE = 4;
const LANGUAGE = 'fr';
const PEER_PORT = Number(process.env.BENCH_SURVEY_PORT ?? 4177);
const AT = '2026-11-22T09:00:00.000Z';
const PHONE = { width: 390, height: 844 };
const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};
const NETWORKS = { none: null, 'slow 4G': SLOW_4G };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => +(bytes / 1024).toFixed(1);
const ratio = (a, b) => +(a / b).toFixed(2);

/** gzip -9 size of a built file, by the URL it was served under; 0 for what is not a file. */
function gzipOf(root, url) {
	const file = join(root, decodeURIComponent(new URL(url).pathname));
	return existsSync(file) && !file.endsWith('/')
		? gzipSync(readFileSync(file), { level: 9 }).length
		: 0;
}

/** Every script and style sheet the page requests from now on. */
function watchCode(page) {
	const urls = new Set();
	page.on('request', (request) => {
		if (['script', 'stylesheet'].includes(request.resourceType())) urls.add(request.url());
	});
	return urls;
}

/** A fresh page with an empty HTTP cache, the CPU slowed and, when given, the network too. */
async function preparedPage(context, network) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	if (network) await cdp.send('Network.emulateNetworkConditions', network);
	return page;
}

/**
 * Opens `url` and returns the ms from navigation start until the page says, on its console, that
 * it is usable (an init script of reportUsable or markReady), and the code asked for. The page
 * checks for itself: polling from outside (Playwright's waitForFunction) first injects Playwright's
 * own script into the page, which took 70–135 ms of the throttled main thread while the page
 * loaded, ours and the peer's alike, and was counted in both times.
 */
async function timeUntil(page, url, root, reportsPaint = false) {
	const code = watchCode(page);
	const said = (expected) =>
		new Promise((resolve) =>
			page.on('console', (message) => {
				const [tag, ms] = message.text().split(' ');
				if (tag === expected) resolve(Number(ms));
			})
		);
	const usable = said('bench:usable');
	const painted = reportsPaint ? said('bench:painted') : undefined;
	await page.goto(url, { waitUntil: 'commit' });
	const ms = await usable;
	const bytes = [...code].reduce((sum, u) => sum + gzipOf(root, u), 0);
	return { ms, paintedMs: await painted, bytes };
}

/**
 * In the page, from its first frame on: the first frame in which `selector` matches (usable, the
 * goal's measure), and when that frame is drawn (painted: a task queued from the animation frame
 * callback runs after the frame's style, layout and paint). Painted is printed beside it, without a
 * goal: a page whose first layout runs before the callback is slower by the first measure only.
 */
function reportUsable(selector) {
	const check = () => {
		if (!document.querySelector(selector)) return requestAnimationFrame(check);
		console.debug('bench:usable', performance.now());
		setTimeout(() => console.debug('bench:painted', performance.now()));
	};
	requestAnimationFrame(check);
}

/** Ours: the step is loaded (main[aria-busy=false]) and a level can be chosen. */
const oursUsable = 'main[aria-busy="false"] fieldset input[type="radio"]:not([disabled])';
/** The peer: a choice of the form's first page can be clicked. */
const peerUsable = '#survey input[type="radio"]:not([disabled])';

/**
 * The start page: when main[aria-busy=false] appears, a microtask after the change. A frame later,
 * the page may already have begun prefetching the next screen when idle.
 */
function markReady() {
	new MutationObserver((_, observer) => {
		if (!document.querySelector('main[aria-busy="false"]')) return;
		console.debug('bench:usable', performance.now());
		observer.disconnect();
	}).observe(document, { subtree: true, childList: true, attributeFilter: ['aria-busy'] });
}

/** The scripts and style sheets the page requested up to `ms` after navigation start. */
function requestedUntil(page, ms) {
	return page.evaluate(
		(until) =>
			performance
				.getEntriesByType('resource')
				.filter(
					(entry) => entry.startTime <= until && /\.(js|css)$/.test(new URL(entry.name).pathname)
				)
				.map((entry) => entry.name),
		ms
	);
}
async function runOurs(browser, baseURL, record, network) {
	const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
	try {
		// The start page as a first visitor sees it (nothing stored), then the assessment is stored
		// and the step opened with the cache emptied again.
		const start = await preparedPage(context, network);
		await start.addInitScript((language) => {
			localStorage.setItem('mds.language', language);
		}, LANGUAGE);
		await start.addInitScript(markReady);
		// What the start page requested before it was ready, not what it prefetches once idle.
		const startPage = await timeUntil(start, baseURL + '/', 'build');
		startPage.bytes = (await requestedUntil(start, startPage.ms)).reduce(
			(sum, url) => sum + gzipOf('build', url),
			0
		);
		await storeAssessments(start, [record]);
		await start.close();
		const step = await preparedPage(context, network);
		await step.addInitScript(reportUsable, oursUsable);
		const first = await timeUntil(
			step,
			`${baseURL}/assessment/?id=${record.id}&step=${record.lastStep}`,
			'build',
			true
		);
		return { ...first, startBytes: startPage.bytes };
	} finally {
		await context.close();
	}
}

async function runPeer(browser, peerURL, peerDir, network) {
	const context = await browser.newContext({ viewport: PHONE });
	try {
		const page = await preparedPage(context, network);
		await page.addInitScript(reportUsable, peerUsable);
		return await timeUntil(page, peerURL, peerDir, true);
	} finally {
		await context.close();
	}
}

export default async function ({ baseURL, browser }) {
	const { dir, version, transformations } = newestQuestionnaire();
	const record = assessmentRecord({
		id: 'bench-first-question',
		version,
		at: AT,
		language: LANGUAGE,
		profile: { name: 'Atelier Dupont', postcode: '4000', region: 'wallonia', employees: 40 },
		answers: {},
		lastStep: transformations[0],
		completedAt: null
	});
	const peerDir = await buildSurveyPeer({ dir, language: LANGUAGE });
	const server = await preview({
		configFile: false,
		logLevel: 'silent',
		root: peerDir,
		build: { outDir: peerDir },
		preview: { host: '127.0.0.1', port: PEER_PORT, strictPort: true }
	});
	const peerURL = `http://127.0.0.1:${PEER_PORT}/`;
	try {
		const runs = Object.fromEntries(
			Object.keys(NETWORKS).map((name) => [name, { ours: [], peer: [] }])
		);
		for (let run = 0; run < RUNS; run += 1)
			for (const [name, network] of Object.entries(NETWORKS)) {
				runs[name].ours.push(await runOurs(browser, baseURL, record, network));
				runs[name].peer.push(await runPeer(browser, peerURL, peerDir, network));
			}
		const pick = (network, who, key) => median(runs[network][who].map((r) => r[key]));
		const version = (name) =>
			JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
		const ours = kb(pick('none', 'ours', 'bytes'));
		const peer = kb(pick('none', 'peer', 'bytes'));
		const start = kb(pick('none', 'ours', 'startBytes'));
		const figures = {
			'first question peer': `survey-core ${version('survey-core')} + survey-js-ui ${version('survey-js-ui')}, ${dir}, ${LANGUAGE}`,
			'first question setup': `${RUNS} interleaved runs per network, CPU ${THROTTLE}×, ${PHONE.width}×${PHONE.height}, empty cache`,
			'start page JS+CSS requested until ready (KB gzip)': start,
			'first question: JS+CSS requested until usable, ours (KB gzip)': ours,
			'first question: JS+CSS requested until usable, peer (KB gzip)': peer,
			'first question: JS+CSS ours − start page (KB gzip) [goal ≤ 60]': +(ours - start).toFixed(1),
			'first question: JS+CSS ratio ours ÷ peer [goal ≤ 0.33]': ratio(ours, peer)
		};
		for (const network of Object.keys(NETWORKS)) {
			const o = Math.round(pick(network, 'ours', 'ms'));
			const p = Math.round(pick(network, 'peer', 'ms'));
			figures[`first question usable, network ${network}: ours (ms)`] = o;
			figures[`first question usable, network ${network}: peer (ms)`] = p;
			figures[`first question usable, network ${network}: ratio ours ÷ peer [goal ≤ 0.5]`] = ratio(
				o,
				p
			);
			const po = Math.round(pick(network, 'ours', 'paintedMs'));
			const pp = Math.round(pick(network, 'peer', 'paintedMs'));
			figures[`first question painted, network ${network}: ours ÷ peer (ms)`] =
				`${po} ÷ ${pp} = ${ratio(po, pp)}`;
		}
		const goals = [
			['JS+CSS ≤ start page + 60 KB', ours - start <= 60],
			['JS+CSS ≤ 0.33× peer', ours / peer <= 0.33],
			...Object.keys(NETWORKS).map((n) => [
				`time ≤ 0.5× peer (${n})`,
				pick(n, 'ours', 'ms') / pick(n, 'peer', 'ms') <= 0.5
			])
		];
		for (const [goal, met] of goals)
			figures[`goal first question: ${goal}`] = met ? 'met' : 'NOT met';
		return figures;
	} finally {
		await server.close();
	}
}
