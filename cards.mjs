import { chromium } from 'playwright-core';
const BASE = 'http://127.0.0.1:4402';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
await p.goto(BASE + '/');
await p.getByRole('button', { name: 'English', exact: true }).click();
await p.getByRole('button', { name: 'New assessment' }).click();
await p.getByLabel('Company name').fill('Kortrijkse Machinebouw NV');
await p.getByLabel('Postcode').fill('8500');
await p.getByLabel('Employees').fill('35');
await p.getByText('Saved on this device').waitFor();
for (let step = 0; step < 7; step++) {
  await p.getByRole('button', { name: 'Next' }).click();
  const qs = p.getByRole('group', { name: /^Question \d+ of \d+/ });
  const n = await qs.count();
  for (let i = 0; i < n; i++) await qs.nth(i).getByRole('radio').nth((i + step) % 3).check();
}
await p.getByRole('button', { name: 'Show results' }).click();
await p.waitForURL(/results/);
await p.waitForTimeout(1500);
const cards = p.locator('section.support article');
for (let i = 0; i < 3; i++) await cards.nth(i).screenshot({ path: `/tmp/s10-shots/card-${i}.png` });
await p.locator('section.support > p').first().screenshot({ path: '/tmp/s10-shots/freshness.png' });
// an unconfirmed card, if any
const unconf = p.locator('section.support article', { hasText: 'Not confirmed' }).first();
if (await unconf.count()) await unconf.screenshot({ path: '/tmp/s10-shots/card-unconfirmed.png' });
await p.locator('section.next-step').screenshot({ path: '/tmp/s10-shots/results-nextstep-390.png' });
await p.goto(BASE + '/catalogue/');
await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/s10-shots/catalogue-390.png' });
const sts = p.locator('#instrument-strategische-transformatiesteun');
await sts.locator('summary').first().click();
await sts.screenshot({ path: '/tmp/s10-shots/sts-card.png' });
await b.close();
