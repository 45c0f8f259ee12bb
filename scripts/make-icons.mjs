// Renders static/icon.svg to the PNG icons the web manifest lists, with Debian's Chromium.
// Run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('static/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
for (const [file, size, padding] of [
	// The page's favicon: an SVG one is a document of its own that the page's thread loads and
	// draws while the page starts (30 ms at a phone's speed); a small PNG is only decoded.
	['static/icon-48.png', 48, 0],
	['static/icon-192.png', 192, 0],
	['static/icon-512.png', 512, 0],
	// Maskable icons must keep their content inside the central 80 % safe zone.
	['static/icon-maskable-512.png', 512, 0.1]
]) {
	await page.setViewportSize({ width: size, height: size });
	const inner = Math.round(size * (1 - 2 * padding));
	await page.setContent(
		`<body style="margin:0;background:#0b3d5c;display:grid;place-items:center;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: file, omitBackground: false });
	console.log(`wrote ${file}`);
}
await browser.close();
