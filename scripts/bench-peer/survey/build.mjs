// Builds the peer page of the first-question benchmark into bench-results/peer-survey/: the
// questionnaire as a SurveyJS form (survey-core + survey-js-ui 2.5: benchmark-only dev
// dependencies), the same form the PDF peer uses (../pdf/build.mjs), in one language, built by
// Vite like our app and served the same way.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { peerSurvey } from '../pdf/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Writes the page and its form, builds it; returns the folder to serve. */
export async function buildSurveyPeer({ dir, language }) {
	const src = resolve('bench-results/peer-survey-src');
	const out = resolve('bench-results/peer-survey');
	rmSync(src, { recursive: true, force: true });
	mkdirSync(src, { recursive: true });
	for (const file of readdirSync(here).filter((f) => f !== 'build.mjs'))
		cpSync(join(here, file), join(src, file));
	const { survey } = peerSurvey({ dir, language, answers: {}, selfEstimates: {}, notes: {} });
	writeFileSync(join(src, 'survey.json'), JSON.stringify(survey));
	await build({
		root: src,
		configFile: false,
		logLevel: 'silent',
		base: './',
		build: { outDir: out, emptyOutDir: true, target: 'es2022' }
	});
	return out;
}
