// Builds the peer page of the PDF benchmark into bench-results/peer-pdf/: SurveyJS's form model
// and PDF export (survey-core, survey-pdf: benchmark-only dev dependencies) with the real
// questionnaire turned into a SurveyJS form: one page per transformation, its self-estimate,
// then each question with its five levels, "Don't know" and "Not applicable", and a comment field
// for the evidence note. The answers are the ones the benchmark gives our report.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));

/** The questionnaire as a SurveyJS form in `language`, and the answers in SurveyJS's data shape. */
export function peerSurvey({ dir, language, answers, selfEstimates, notes }) {
	const header = parse(readFileSync(join(dir, 'questionnaire.yaml'), 'utf8'));
	const dontKnow = { nl: 'Weet niet', fr: 'Je ne sais pas', en: 'Don’t know', de: 'Weiß nicht' };
	const notApplicable = {
		nl: 'Niet van toepassing',
		fr: 'Sans objet',
		en: 'Not applicable',
		de: 'Nicht zutreffend'
	};
	const pages = [];
	const data = {};
	for (const id of header.transformations) {
		const t = parse(readFileSync(join(dir, 'transformations', `${id}.yaml`), 'utf8'));
		const elements = [
			{
				type: 'rating',
				name: `${id}.self`,
				title: header.levels.map((l) => `${l.level} ${l.name[language]}`).join(' · '),
				rateMin: 1,
				rateMax: 5
			}
		];
		if (selfEstimates[id]) data[`${id}.self`] = selfEstimates[id];
		for (const q of t.questions) {
			elements.push({
				type: 'radiogroup',
				name: q.id,
				title: `${q.area[language]}: ${q.text[language]}`,
				description: q.help?.[language],
				choices: [
					...q.levels.map((level, i) => ({ value: i + 1, text: `${i + 1}. ${level[language]}` })),
					{ value: 'dont-know', text: dontKnow[language] },
					{ value: 'not-applicable', text: notApplicable[language] }
				]
			});
			elements.push({ type: 'comment', name: `${q.id}.note`, title: '✎' });
			if (answers[q.id] !== undefined) data[q.id] = answers[q.id];
			if (notes[q.id]) data[`${q.id}.note`] = notes[q.id];
		}
		pages.push({
			name: id,
			title: t.name[language],
			description: t.description?.[language],
			elements
		});
	}
	return { survey: { title: header.title[language], pages, showQuestionNumbers: 'off' }, data };
}

/** Writes the page and its data, builds it with Vite; returns the folder to serve. */
export async function buildPeer(input) {
	const src = resolve('bench-results/peer-pdf-src');
	const out = resolve('bench-results/peer-pdf');
	rmSync(src, { recursive: true, force: true });
	mkdirSync(src, { recursive: true });
	for (const file of readdirSync(here).filter((f) => f !== 'build.mjs'))
		cpSync(join(here, file), join(src, file));
	const { survey, data } = peerSurvey(input);
	writeFileSync(join(src, 'survey.json'), JSON.stringify(survey));
	writeFileSync(join(src, 'data.json'), JSON.stringify(data));
	await build({
		root: src,
		configFile: false,
		logLevel: 'silent',
		base: './',
		build: { outDir: out, emptyOutDir: true, target: 'es2022' }
	});
	return out;
}
