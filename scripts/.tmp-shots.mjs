import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4406';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(base + '/');
await page.locator('main[aria-busy="false"]').waitFor();
await page.getByRole('button', { name: 'English', exact: true }).click();
await page.getByRole('button', { name: 'New assessment' }).click();
await page.getByLabel('Company name').fill('Acme Metal');
await page.getByLabel('Postcode').fill('9000');
await page.getByLabel('Employees').fill('45');
for (let s = 0; s < 7; s++) {
  await page.getByRole('button', { name: 'Next' }).click();
  const groups = page.getByRole('group', { name: /^Question \d+ of \d+/ });
  await groups.first().waitFor();
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio').nth((i + s) % 5).check();
}
await page.getByRole('button', { name: 'Show results' }).click();
await page.waitForURL(/results/);
await page.locator('main[aria-busy="false"]').waitFor();
const url = page.url();
console.log(url);
for (const [w, h] of [[390, 844], [800, 1280], [1280, 800]]) {
  await page.setViewportSize({ width: w, height: h });
  await page.goto(url);
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.waitForTimeout(300);
  const fig = page.locator('figure.radar');
  await fig.scrollIntoViewIfNeeded();
  await fig.screenshot({ path: `/tmp/s13-shots/radar-${w}.png` });
  await page.screenshot({ path: `/tmp/s13-shots/results-${w}.png` });
}
await browser.close();
