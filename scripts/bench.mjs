// npm run bench: measures what the targets are about, without timed tests.
// 1. the start page's initial JavaScript (gzip), and that pdfmake is not in it;
// 2. every scripts/bench/*.mjs module, run against the built app in Debian's Chromium:
//    first-question (ours ÷ a SurveyJS form of the same questionnaire), import (hostile files),
//    lighthouse, pdf (ours ÷ survey-pdf), portfolio. `npm run bench -- --only=first-question,lighthouse` runs some.
// Each module prints its figures with their goal ([goal …]) and, for peers, the ratio ours ÷ peer.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const BUILD = 'build';
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const baseURL = `http://127.0.0.1:${PORT}`;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });

// The start page's initial JS: the entry scripts and their modulepreload links in index.html.
const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
const scripts = new Set([...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1]));
for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) scripts.add(m[1]);
// Follow static imports of the entry chunks so nothing loaded at start is missed.
const seen = new Set();
const queue = [...scripts].map((s) => resolve(BUILD, '.' + new URL(s, 'http://x/').pathname));
while (queue.length) {
	const file = queue.pop();
	if (seen.has(file) || !existsSync(file)) continue;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const m of code.matchAll(
		/(?:^|[;\s])import\s*(?:[\w{},*\s$]+from\s*)?["']([^"']+\.js)["']/g
	)) {
		queue.push(resolve(join(file, '..'), m[1]));
	}
}
let gzip = 0;
let raw = 0;
const initialCode = [];
for (const file of seen) {
	const code = readFileSync(file);
	raw += code.length;
	gzip += gzipSync(code, { level: 9 }).length;
	initialCode.push(code.toString());
}
const joined = initialCode.join('\n');
// Ids that survive minification: pdfmake's and pdfkit's names.
const hasPdfmake = /pdfmake|PDFDocument|pdfkit/i.test(joined);

const figures = {
	'start page initial JS (KB gzip)': +(gzip / 1024).toFixed(1),
	'start page initial JS (KB raw)': +(raw / 1024).toFixed(1),
	'start page initial JS files': seen.size,
	'pdfmake in initial bundle': hasPdfmake
};

function print(list) {
	for (const [name, value] of Object.entries(list)) console.log(`${name}: ${value}`);
}

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{ stdio: 'ignore', detached: true }
);
try {
	for (let i = 0; i < 100; i += 1) {
		try {
			if ((await fetch(baseURL)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking'
		]
	});
	try {
		// What the browser really fetches for the start page, to confirm the static analysis:
		// every script requested before the page was ready (main[aria-busy=false]), taken from the
		// page's own resource timing, so what the page prefetches once it is ready (the next
		// screen's code, when idle) is not counted, however fast it comes.
		const page = await browser.newPage();
		// The moment main[aria-busy=false] appears, from a MutationObserver (a microtask after the
		// change): polling would see it a frame late, after an idle prefetch may have started.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector('main[aria-busy="false"]')) return;
				Object.assign(window, { benchReadyAt: performance.now() });
				observer.disconnect();
			}).observe(document, { subtree: true, childList: true, attributeFilter: ['aria-busy'] });
		});
		await page.goto(baseURL + '/');
		const readyAt = await (
			await page.waitForFunction(() => window.benchReadyAt ?? false)
		).jsonValue();
		const loaded = await page.evaluate(
			(ready) =>
				performance
					.getEntriesByType('resource')
					.filter(
						(entry) => entry.startTime <= ready && new URL(entry.name).pathname.endsWith('.js')
					)
					.map((entry) => entry.name),
			readyAt
		);
		figures['start page JS files fetched'] = loaded.length;
		// Everything the start page really downloads before it is ready, including the one
		// language bundle the layout loads after the initial modules.
		let fetchedGzip = 0;
		for (const url of new Set(loaded)) {
			const file = join(BUILD, new URL(url).pathname);
			if (existsSync(file)) fetchedGzip += gzipSync(readFileSync(file), { level: 9 }).length;
		}
		figures['start page JS fetched until ready (KB gzip) [goal ≤ 60]'] = +(
			fetchedGzip / 1024
		).toFixed(1);
		await page.close();

		const benchDir = resolve('scripts/bench');
		const only = process.argv
			.find((arg) => arg.startsWith('--only='))
			?.slice('--only='.length)
			.split(',');
		const modules = existsSync(benchDir)
			? readdirSync(benchDir)
					.filter((f) => f.endsWith('.mjs'))
					.filter((f) => !only || only.includes(f.replace(/\.mjs$/, '')))
					.sort()
			: [];
		// Figures are printed as each benchmark ends, so a long run shows progress and a failure
		// late in it does not lose what was measured before.
		print(figures);
		for (const file of modules) {
			const run = (await import(pathToFileURL(join(benchDir, file)).href)).default;
			print(await run({ baseURL, browser }));
		}
	} finally {
		await browser.close();
	}
} finally {
	try {
		process.kill(-server.pid);
	} catch {
		// already gone
	}
}

console.log(
	`goal start page JS until ready ≤ 60 KB gzip: ${figures['start page JS fetched until ready (KB gzip) [goal ≤ 60]'] <= 60 ? 'met' : 'NOT met'}`
);
if (figures['pdfmake in initial bundle']) {
	console.log('FAIL: pdfmake is in the initial bundle');
	process.exitCode = 1;
}
