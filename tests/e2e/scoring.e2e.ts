import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	buildExport,
	createAssessment,
	questionMapping,
	setAnswer,
	setProfile,
	type Questionnaire
} from '../../src/lib/domain';
import { loadContent } from '../../src/lib/server/content';
import { answerStep, open, questions, ready, startAssessment } from './helpers';

test.use({ locale: 'en-GB' });

// The questionnaires as built into the app: version 1 and the published version 2.
const content = loadContent(resolve('questionnaires'));
const version = (n: number) =>
	content.questionnaires.find((q) => q.id === 'made-different' && q.version === n) as Questionnaire;

test('a transformation with 1 question of its step answered is indicative and does not count towards level 4', async ({
	page
}) => {
	const id = await startAssessment(page, { name: 'Indicatief BV', postcode: '2000' });
	for (let step = 0; step < 7; step += 1) {
		await page.getByRole('button', { name: 'Next' }).click();
		await questions(page).first().waitFor();
		// Digital factory (step 3): level 5 on the first question, "Don't know" on the rest.
		await answerStep(page, (i) => (step === 2 ? (i === 0 ? 5 : "Don't know") : 4));
	}
	await expect(page.getByText('Saved on this device')).toBeVisible();
	await open(page, `/results/?id=${encodeURIComponent(id)}`);

	const row = page.getByRole('table').getByRole('row', { name: /Digital factory/ });
	await expect(row.getByRole('cell').first()).toHaveText(/^5\.0\s*indicative$/);
	await expect(page.getByText(/^Indicative: fewer than 60% of the questions/)).toBeVisible();
	// Six at 4 everywhere count; the indicative 5.0 does not, and is named as left out.
	await expect(page.getByText('6 of 7 transformations are at level 4 or above.')).toBeVisible();
	await expect(page.getByText('1 transformation is indicative and not counted.')).toBeVisible();
	await expect(
		page.getByText('Mean of the 6 of 7 transformations with enough answers.')
	).toBeVisible();
	// Not the largest gap (all scored ones are at their target), never "strongest".
	await expect(
		page.getByText('Every assessed transformation has reached its target.')
	).toBeVisible();
	await expect(page.getByText(/still open\. The scores use what is answered so far/)).toBeVisible();
});

test('a version-1 assessment, imported from an export file, opens as version 1 and moves to version 2 with its answers', async ({
	page
}, testInfo) => {
	const v1 = version(1);
	const v2 = version(2);
	const at = '2025-11-20T09:00:00.000Z';
	// What a device running the version-1 release exported: every v1 question at level 3.
	let record = createAssessment({
		id: 'v1-assessment',
		companyId: 'v1-company',
		respondentId: 'r1',
		questionnaire: { id: v1.id, version: 1 },
		language: 'en',
		now: at
	});
	record = setProfile({ name: 'Oude Versie NV', postcode: '9000' }, at)(record);
	for (const question of v1.transformations.flatMap((t) => t.questions))
		record = setAnswer('r1', question.id, 3, at)(record);
	const file = testInfo.outputPath('v1-export.json');
	writeFileSync(
		file,
		JSON.stringify(buildExport([record], { appVersion: '0.1.0', scope: 'all', now: at }))
	);

	await open(page, '/');
	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await (await choosing).setFiles(file);
	await expect(page.getByRole('heading', { name: 'Oude Versie NV' })).toBeVisible();

	const firstStep = v1.transformations[0]!.id;
	await open(page, `/assessment/?id=v1-assessment&step=${firstStep}`);
	await expect(
		page.getByRole('heading', { name: 'Answered with version 1 of the questionnaire' })
	).toBeVisible();
	const v1Count = v1.transformations[0]!.questions.length;
	await expect(questions(page)).toHaveCount(v1Count);
	await expect(questions(page).first().getByRole('radio').nth(2)).toBeChecked();

	await page.getByRole('button', { name: 'Move to version 2' }).click();
	const carried = questionMapping(v2).size;
	const total = v2.transformations.flatMap((t) => t.questions).length;
	await expect(
		page.getByRole('heading', { name: 'Moved from version 1 to version 2' })
	).toBeVisible();
	await expect(page.getByText(`${carried} questions kept your earlier answer.`)).toBeVisible();
	await expect(
		page.getByText(`${total - carried} questions are new; ${total - carried} are still open.`)
	).toBeVisible();

	// The step now asks the version-2 questions: carried-over ones keep level 3, new ones are open.
	const step = v2.transformations.find((t) => t.id === firstStep)!;
	await expect(questions(page)).toHaveCount(step.questions.length);
	for (const [index, question] of step.questions.entries()) {
		const group = questions(page).nth(index);
		if (question.previous) {
			await expect(group.getByRole('radio').nth(2)).toBeChecked();
			await expect(group.getByText('New', { exact: true })).toHaveCount(0);
		} else {
			await expect(group.getByText('New', { exact: true })).toBeVisible();
			await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);
		}
	}

	// Stored: a reload opens it under version 2, with nothing left to move.
	await expect(page.getByText('Saved on this device')).toBeVisible();
	await page.reload();
	await ready(page);
	await expect(
		page.getByRole('heading', { name: 'Moved from version 1 to version 2' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Move to version 2' })).toHaveCount(0);
	await expect(questions(page)).toHaveCount(step.questions.length);
});

test('the radar names "Your estimate" in its legend only once an estimate is given', async ({
	page
}) => {
	const id = await startAssessment(page, { name: 'Schatting NV', postcode: '3000' });
	const legend = page.getByRole('figure').getByRole('listitem');
	await open(page, `/results/?id=${encodeURIComponent(id)}`);
	await expect(legend).toHaveText(['Score', 'Target']);

	await open(page, `/assessment/?id=${encodeURIComponent(id)}`);
	await page.getByRole('button', { name: 'Next' }).click();
	await page
		.getByRole('group', { name: 'Before the questions: where do you think you stand?' })
		.getByRole('radio')
		.nth(2)
		.check();
	await expect(page.getByText('Saved on this device')).toBeVisible();
	await open(page, `/results/?id=${encodeURIComponent(id)}`);
	await expect(legend).toHaveText(['Score', 'Target', 'Your estimate']);
});
