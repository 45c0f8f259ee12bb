import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const BASE = 'http://127.0.0.1:4402';
const OUT = '/tmp/s10-shots';
const CASES = [
  { key: 'kortrijk', name: 'Kortrijkse Machinebouw NV', postcode: '8500', employees: '35', lang: 'Nederlands', code: 'nl' },
  { key: 'namur', name: 'Ateliers Namurois SA', postcode: '5000', employees: '120', lang: 'Français', code: 'fr' },
  { key: 'eupen', name: 'Eupener Metallbau GmbH', postcode: '4700', employees: '25', lang: 'Deutsch', code: 'de' },
  { key: 'anderlecht', name: 'Anderlecht Robotics SRL', postcode: '1070', employees: '12', lang: 'English', code: 'en' }
];
const only = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const c of CASES.filter((c) => !only || c.key === only)) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.log(c.key, 'pageerror', e.message));
  await p.goto(BASE + '/');
  await p.getByRole('button', { name: 'English', exact: true }).click();
  await p.getByRole('button', { name: 'New assessment' }).click();
  await p.getByLabel('Company name').fill(c.name);
  await p.getByLabel('Postcode').fill(c.postcode);
  await p.getByLabel('Employees').fill(c.employees);
  await p.getByText('Saved on this device').waitFor();
  for (let step = 0; step < 7; step++) {
    await p.getByRole('button', { name: 'Next' }).click();
    const qs = p.getByRole('group', { name: /^Question \d+ of \d+/ });
    const n = await qs.count();
    for (let i = 0; i < n; i++) await qs.nth(i).getByRole('radio').nth(((i + step) % 3)).check();
  }
  await p.getByRole('button', { name: 'Show results' }).click();
  await p.waitForURL(/results/);
  await p.getByRole('button', { name: c.lang, exact: true }).click();
  await p.waitForTimeout(1500);
  const id = new URL(p.url()).searchParams.get('id');
  for (const [w, h] of [[390, 844], [800, 1280], [1280, 800]]) {
    await p.setViewportSize({ width: w, height: h });
    await p.screenshot({ path: `${OUT}/${c.key}-results-${w}.png`, fullPage: true });
  }
  await p.setViewportSize({ width: 1280, height: 800 });
  await p.goto(`${BASE}/plan/?id=${id}`);
  await p.waitForTimeout(1500);
  // First action: a cost typed the Belgian way, and a bad one.
  const first = p.getByRole('list').filter({ has: p.locator('li.priority') }).locator('li.priority').first().locator('fieldset').first();
  const cost = first.locator('input[id^="action-cost-"]');
  await cost.fill('abc'); await cost.blur();
  await p.waitForTimeout(300);
  await first.screenshot({ path: `${OUT}/${c.key}-bad-cost.png` });
  await cost.fill('25.000'); await cost.blur();
  await first.locator('select[id^="action-cost-type-"]').selectOption('investment');
  const second = p.locator('li.priority').first().locator('fieldset').nth(1);
  await second.locator('input[id^="action-cost-"]').fill('9 000');
  await second.locator('input[id^="action-cost-"]').blur();
  await second.locator('select[id^="action-cost-type-"]').selectOption('consultancy');
  await second.locator('select[id^="action-topic-"]').selectOption('digitalisation');
  await p.waitForTimeout(800);
  await p.locator('li.priority').first().screenshot({ path: `${OUT}/${c.key}-priority1.png` });
  await p.locator('section.plan-money').screenshot({ path: `${OUT}/${c.key}-totals.png` });
  await p.locator('section.next-step').screenshot({ path: `${OUT}/${c.key}-nextstep.png` });
  await p.locator('section.download').screenshot({ path: `${OUT}/${c.key}-download.png` });
  await p.setViewportSize({ width: 390, height: 844 });
  await p.locator('section.plan-money').screenshot({ path: `${OUT}/${c.key}-totals-390.png` });
  await p.locator('li.priority').first().screenshot({ path: `${OUT}/${c.key}-priority1-390.png` });
  await p.goto(`${BASE}/results/?id=${id}`);
  await p.waitForTimeout(1500);
  await p.locator('section.support').screenshot({ path: `${OUT}/${c.key}-support-390.png` });
  await p.setViewportSize({ width: 1280, height: 800 });
  await p.locator('section.support').screenshot({ path: `${OUT}/${c.key}-support-1280.png` });
  await p.goto(`${BASE}/plan/?id=${id}`);
  await p.waitForTimeout(1500);
  for (const [w, h] of [[390, 844], [800, 1280], [1280, 800]]) {
    await p.setViewportSize({ width: w, height: h });
    await p.screenshot({ path: `${OUT}/${c.key}-plan-${w}.png`, fullPage: true });
  }
  await p.setViewportSize({ width: 1280, height: 800 });
  const dl = p.waitForEvent('download');
  await p.locator('section.download button').click();
  const d = await dl;
  const file = `${OUT}/${c.key}-${d.suggestedFilename()}`;
  await d.saveAs(file);
  console.log(c.key, 'pdf', file);
  await ctx.close();
}
await b.close();
