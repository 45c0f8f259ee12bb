// Issue 15: two tabs on one assessment. Tab A queues a burst of 30 answers to one question; tab B
// then gives a later answer to the same question. Whatever order the two tabs' writes reach
// storage in, the later answer is the one stored and the one both tabs show.
import { expect, test, type Page } from '@playwright/test';
import { open, startAssessment } from './helpers';

test.use({ locale: 'en-GB' });

const TRIALS = 50;

/** Clicks level `levels[i]` of the page's first question for each i, in one task: a queued burst. */
function burst(page: Page, levels: number[]): Promise<void> {
	return page.evaluate((levels) => {
		const question = document.querySelector('fieldset.question')!;
		const radios = question.querySelectorAll<HTMLInputElement>('input[type=radio]');
		for (const level of levels) radios[level - 1]!.click();
	}, levels);
}

/** The level the page's first question shows as chosen. */
function firstQuestion(page: Page) {
	return page.locator('fieldset.question').first().getByRole('radio');
}

test('a burst queued in one tab never undoes a later answer given in another (50 trials)', async ({
	page: a,
	context
}, testInfo) => {
	test.setTimeout(180_000);
	const id = await startAssessment(a, { name: 'Two Tabs NV', postcode: '9000' });
	const url = `/assessment/?id=${encodeURIComponent(id)}&step=world-class-manufacturing`;
	await open(a, url);
	const b = await context.newPage();
	await open(b, url);

	let overlapped = 0;
	for (let trial = 0; trial < TRIALS; trial += 1) {
		// A's burst moves among levels 1–4 and ends on a different one each trial; B answers level 5
		// and "Don't know" in turn, which A never gives and B's screen does not show yet, so B's
		// click is always a new answer and a stale screen cannot pass. (Questionnaire v2 offers
		// "Not applicable" only where the data allow it, not on this first question.)
		const last = (trial % 4) + 1;
		const later = trial % 2 === 0 ? 5 : 6;
		const levels = Array.from({ length: 30 }, (_, i) => ((trial + i + 1) % 4) + 1);
		levels[29] = last;
		await burst(a, levels);
		// B answers while A's writes are still queued: its click comes after A's last one.
		await firstQuestion(b)
			.nth(later - 1)
			.check();
		if (await a.getByText('Saving').isVisible()) overlapped += 1;
		const message = `trial ${trial}: A's burst ended on ${last}, B answered option ${later}`;
		await expect(firstQuestion(a).nth(later - 1), message).toBeChecked();
		await expect(firstQuestion(b).nth(later - 1), message).toBeChecked();
		// Once both have nothing left to write, they still show it.
		await expect(a.getByText('Saved on this device')).toBeVisible();
		await expect(b.getByText('Saved on this device')).toBeVisible();
		await expect(firstQuestion(a).nth(later - 1), message).toBeChecked();
	}
	// How often B answered while A was still writing: the race the test is about (it depends on
	// the machine's speed, so it is reported rather than asserted).
	testInfo.annotations.push({ type: 'overlapped', description: `${overlapped} of ${TRIALS}` });
	console.log(
		`two tabs: B answered while A was still writing in ${overlapped} of ${TRIALS} trials`
	);
});
