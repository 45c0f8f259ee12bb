import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, loadContent } from '../../src/lib/server/content';
import { generatedSchemas } from '../../src/lib/server/json-schema';
import { legalClaimIn } from '../../src/lib/domain/content/legal-claims';
import { isHonestEstimate, measuredMinutes } from '../../src/lib/domain/content/time-estimate';

const VALID = resolve('tests/fixtures/content/valid-minimal');
const temporary: string[] = [];

afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A copy of the valid fixture with one file changed by `edit`. */
function variant(file: string, edit: (text: string) => string, from = VALID): string {
	const dir = mkdtempSync(join(tmpdir(), 'mds-content-'));
	temporary.push(dir);
	cpSync(from, dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return dir;
}

describe('questionnaire schema', () => {
	it('accepts the valid minimal fixture with no issue', () => {
		const content = loadContent(VALID, VALID);
		expect(content.issues).toEqual([]);
		expect(content.questionnaires).toHaveLength(1);
		const [questionnaire] = content.questionnaires;
		expect(questionnaire?.transformations.map((t) => t.id)).toEqual([
			'world-class-manufacturing',
			'end-to-end-engineering',
			'digital-factory',
			'human-centred-production',
			'production-network',
			'eco-production',
			'smart-production-systems'
		]);
		expect(questionnaire?.transformations[0]?.questions[1]?.weight).toBe(2);
	});

	const DF = 'mini/transformations/digital-factory.yaml';
	it.each([
		{
			name: 'a question with four level descriptors',
			file: DF,
			edit: (t: string) => t.replace('      - {en: Descriptor 5, nl: Beschrijving 5}\n', ''),
			expected: `${DF}: questions[0].levels: needs exactly 5 level descriptors, level 1 first`
		},
		{
			name: 'an unknown role as lead',
			file: DF,
			edit: (t: string) => t.replace('lead: production-manager', 'lead: wizard'),
			expected: `${DF}: questions[0].nextActions[0].lead: unknown role "wizard"; known: production-manager`
		},
		{
			name: 'a duplicate question id',
			file: DF,
			edit: (t: string) => t.replace('digital-factory.second', 'digital-factory.first'),
			expected: `${DF}: questions[1].id: duplicates "digital-factory.first"`
		},
		{
			name: 'a question id outside its transformation',
			file: DF,
			edit: (t: string) => t.replace('digital-factory.second', 'eco-production.second'),
			expected: `${DF}: questions[1].id: must start with "digital-factory."`
		},
		{
			name: 'a file whose id is not its name',
			file: DF,
			edit: (t: string) => t.replace('id: digital-factory\n', 'id: eco-production\n'),
			expected: `${DF}: id: must be "digital-factory", the file's name`
		},
		{
			name: 'transformations in the wrong order',
			file: 'mini/questionnaire.yaml',
			edit: (t: string) =>
				t.replace(
					'  - world-class-manufacturing\n  - end-to-end-engineering\n',
					'  - end-to-end-engineering\n  - world-class-manufacturing\n'
				),
			expected:
				'mini/questionnaire.yaml: transformations: must list the seven transformations in this order'
		},
		{
			name: 'a weight out of range',
			file: DF,
			edit: (t: string) => t.replace('weight: 2', 'weight: 7'),
			expected: `${DF}: questions[1].weight:`
		},
		{
			name: 'an unknown field',
			file: DF,
			edit: (t: string) => t.replace('questions:\n', 'colour: red\nquestions:\n'),
			expected: `${DF}: colour:`
		},
		{
			name: 'broken YAML',
			file: DF,
			edit: (t: string) => t.replace('questions:\n', 'questions: [\n'),
			expected: `${DF}: (file): not valid YAML`
		},
		{
			name: 'an unknown language key',
			file: DF,
			edit: (t: string) =>
				t.replace(
					'text: {en: "How is the first area?"',
					'text: {xx: "?", en: "How is the first area?"'
				),
			expected: `${DF}: questions[0].text.xx:`
		}
	])('rejects $name, naming the file and the field', ({ file, edit, expected }) => {
		const root = variant(file, edit);
		const content = loadContent(root, root);
		const messages = content.issues.filter((i) => i.severity === 'error').map(formatIssue);
		expect(messages.some((message) => message.startsWith(expected))).toBe(true);
		expect(content.questionnaires).toHaveLength(0);
	});

	const VISIT = 'instruments/programme.yaml';
	const INVEST = 'instruments/wallonia.yaml';
	it.each([
		{
			name: 'an instrument without checked',
			file: VISIT,
			edit: (t: string) => t.replace('    checked: 2026-11-20\n', ''),
			expected: `${VISIT}: instruments[0].checked: expected`
		},
		{
			name: 'an instrument without confirmed',
			file: VISIT,
			edit: (t: string) => t.replace('    confirmed: true\n', ''),
			expected: `${VISIT}: instruments[0].confirmed: expected`
		},
		{
			name: 'a checked date without a day',
			file: INVEST,
			edit: (t: string) => t.replace('checked: 2026-11-20', 'checked: 2026-11'),
			expected: `${INVEST}: instruments[0].checked: must be a date YYYY-MM-DD`
		},
		{
			name: 'an instrument without a source',
			file: INVEST,
			edit: (t: string) =>
				t.replace(
					'    sources:\n      - url: https://example.org/investment\n',
					'    sources: []\n'
				),
			expected: `${INVEST}: instruments[0].sources: every instrument needs at least one public source`
		},
		{
			name: 'a seed file as a source',
			file: INVEST,
			edit: (t: string) =>
				t.replace(
					'      - url: https://example.org/investment\n',
					'      - url: https://example.org/investment\n      - seed: 001_318c7969a2e60d93.txt\n        lines: 3189-3196\n'
				),
			expected: `${INVEST}: instruments[0].sources[1]: seed files and line numbers are not public sources`
		},
		{
			name: 'line numbers as a source',
			file: INVEST,
			edit: (t: string) =>
				t.replace('      - url: https://example.org/investment\n', '      - lines: 12-14\n'),
			expected: `${INVEST}: instruments[0].sources[0]: seed files and line numbers are not public sources`
		},
		{
			name: 'a source that is neither a URL nor a report',
			file: INVEST,
			edit: (t: string) =>
				t.replace('      - url: https://example.org/investment\n', '      - title: A brochure\n'),
			expected: `${INVEST}: instruments[0].sources[0]: a source is {url, title?, publisher?} or {report:`
		},
		{
			name: 'a report without a year',
			file: VISIT,
			edit: (t: string) => t.replace('          year: 2019\n', ''),
			expected: `${VISIT}: instruments[0].sources[1]: a source is {url, title?, publisher?} or {report:`
		},
		{
			name: 'a plain-http source',
			file: INVEST,
			edit: (t: string) => t.replace('https://example.org/investment', 'http://example.org/x'),
			expected: `${INVEST}: instruments[0].sources[0]`
		},
		{
			name: 'confirmed facts with only a report without URL',
			file: VISIT,
			edit: (t: string) =>
				t.replace(
					'      - url: https://example.org/visit\n        title: Advisory visit\n        publisher: Fixture operator\n',
					''
				),
			expected: `${VISIT}: instruments[0].confirmed: confirmed facts need a source with a public URL`
		},
		{
			name: 'an unknown topic',
			file: INVEST,
			edit: (t: string) =>
				t.replace('topics: [automation, energy]', 'topics: [automation, wellbeing]'),
			expected: `${INVEST}: instruments[0].funding.topics[1]: must be one of: digitalisation`
		},
		{
			name: 'a minimum cost for a size that cannot use the instrument',
			file: INVEST,
			edit: (t: string) => t.replace('medium: 100000}', 'medium: 100000, large: 250000}'),
			expected: `${INVEST}: instruments[0].funding.minCost: has a minimum for "large" but eligibility.sizeClasses excludes it`
		},
		{
			name: 'a minimum age above the maximum age',
			file: INVEST,
			edit: (t: string) => t.replace('minCompanyAgeYears: 1', 'minCompanyAgeYears: 12'),
			expected: `${INVEST}: instruments[0].eligibility.minCompanyAgeYears: must not be larger than maxCompanyAgeYears`
		},
		{
			name: 'the German-speaking Community exclusion outside Wallonia',
			file: VISIT,
			edit: (t: string) =>
				t.replace(
					'    kind: coaching\n',
					'    kind: coaching\n    regions: [flanders]\n    eligibility:\n      excludesGermanSpeakingCommunity: true\n'
				),
			expected: `${VISIT}: instruments[0].eligibility.excludesGermanSpeakingCommunity: only applies to an instrument for the Walloon Region`
		},
		{
			name: 'a next step without a contact',
			file: VISIT,
			edit: (t: string) =>
				t.replace('    contact:\n      url: https://example.org/visit/contact\n', ''),
			expected: `${VISIT}: instruments[0].contact: the next-step instrument needs a contact`
		},
		{
			name: 'a shared ceiling with an unknown instrument',
			file: INVEST,
			edit: (t: string) =>
				t.replace('capPerProject: 100000', 'capPerProject: 100000\n      sharesCeilingWith: nope'),
			expected: `${INVEST}: instruments[0].funding.sharesCeilingWith: no instrument "nope" in the catalogue`
		},
		{
			name: 'a catalogue without a next step',
			file: VISIT,
			edit: (t: string) => t.replace('    nextStep: true\n', ''),
			expected: `${VISIT}: (file): no instrument has nextStep: true`
		},
		{
			name: 'two next steps',
			file: INVEST,
			edit: (t: string) => `${t}    contact:\n      email: info@example.org\n    nextStep: true\n`,
			expected: `${INVEST}: instruments[0].nextStep: only one instrument may be the next step`
		}
	])(
		'rejects an instrument file with $name, naming the file and the field',
		({ file, edit, expected }) => {
			const root = variant(file, edit);
			const content = loadContent(root, root);
			const messages = content.issues.filter((i) => i.severity === 'error').map(formatIssue);
			expect(messages, messages.join('\n')).toEqual(
				expect.arrayContaining([expect.stringMatching(new RegExp(`^${escapeRegExp(expected)}`))])
			);
		}
	);

	it('accepts the German-speaking Community as an area of its own file', () => {
		const root = variant(INVEST, (t) => t);
		writeFileSync(
			join(root, 'instruments/german-speaking-community.yaml'),
			readFileSync(join(root, INVEST), 'utf8')
				.replace('level: wallonia', 'level: german-speaking-community')
				.replace('id: mini-investment', 'id: mini-dg-training')
				.replace('      excludesGermanSpeakingCommunity: true\n', '')
		);
		const content = loadContent(root, root);
		expect(content.issues.map(formatIssue)).toEqual([]);
		expect(content.instruments.map((i) => [i.id, i.level])).toContainEqual([
			'mini-dg-training',
			'german-speaking-community'
		]);
	});

	it('reports a missing translation as a warning that names the field', () => {
		const root = variant(DF, (t) => t.replace(', nl: Doe stap 3}', '}'));
		const content = loadContent(root, root);
		expect(content.issues.map(formatIssue)).toContain(
			`${DF}: questions[0].nextActions[2].action.nl: missing translation (falls back to English)`
		);
		// Still usable: the app falls back to English.
		expect(content.questionnaires).toHaveLength(1);
	});

	it('keeps the committed JSON Schemas in step with the valibot schema (run npm run schema)', () => {
		for (const [file, schema] of Object.entries(generatedSchemas())) {
			expect(JSON.parse(readFileSync(file, 'utf8')), file).toEqual(
				JSON.parse(JSON.stringify(schema))
			);
		}
	});
});

const V2 = resolve('tests/fixtures/content/valid-v2');

describe('questionnaire schema from version 2 on', () => {
	const DF2 = 'mini-v2/transformations/digital-factory.yaml';
	const ECO2 = 'mini-v2/transformations/eco-production.yaml';
	const HEADER2 = 'mini-v2/questionnaire.yaml';

	it('accepts the valid v2 fixture next to its v1, with no issue', () => {
		const content = loadContent(V2, V2);
		expect(content.issues.map(formatIssue)).toEqual([]);
		expect(content.questionnaires.map((q) => q.version)).toEqual([1, 2]);
		const question = content.questionnaires[1]?.transformations[2]?.questions[1];
		expect(question?.notApplicable?.reason.en).toBe('When you have no such area');
		expect(question?.nextActions?.[1]?.after).toEqual(['df-second-1']);
	});

	it.each([
		{
			name: 'two questions of one version scoring the same practice (across files)',
			file: ECO2,
			edit: (t: string) => t.replace('eco-first-a', 'df-second-b'),
			expected: `${ECO2}: questions[0].practices[0]: "df-second-b" is already scored by digital-factory.second`
		},
		{
			name: 'a question without practices',
			file: DF2,
			edit: (t: string) => t.replace('    practices: [df-first-a, df-first-b]\n', ''),
			expected: `${DF2}: questions[0].practices: the list of practices is required from version 2 on`
		},
		{
			name: 'a "not applicable" flag without a reason',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'    notApplicable:\n      reason: {en: When you have no such area, nl: Wanneer u zo geen gebied hebt}\n',
					'    notApplicable: {}\n'
				),
			expected: `${DF2}: questions[1].notApplicable.reason:`
		},
		{
			name: 'a legal claim without a source',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'Descriptor 2, nl: Beschrijving 2}',
					'Descriptor 2 (required by law), nl: Beschrijving 2 (wettelijk verplicht)}'
				),
			expected: `${DF2}: questions[0].levels[1].nl: names a legal duty ("wettelijk"): add sources`
		},
		{
			name: 'a named regulation in the description without a source',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'admaName:',
					'description: {en: Think of NIS2 here., nl: Denk hier aan NIS2.}\nadmaName:'
				),
			expected: `${DF2}: description.nl: names a legal duty ("NIS2")`
		},
		{
			name: 'a source without its check date',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'    levels:\n',
					'    sources:\n      - {title: Act, publisher: EU, url: "https://eur-lex.europa.eu/x", asOf: 2024-01}\n    levels:\n'
				),
			expected: `${DF2}: questions[0].sources[0].checked:`
		},
		{
			name: 'a transformation without its ADMA name',
			file: DF2,
			edit: (t: string) => t.replace(/admaName: .*\n/, ''),
			expected: `${DF2}: admaName: the ADMA name is required from version 2 on`
		},
		{
			// A typical cost has no public source; the schema keeps such a figure out of the app.
			name: 'a next action with a cost range',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'        topics: [organisation]\n      - id: df-first-2',
					'        topics: [organisation]\n        cost: {min: 1000, max: 5000}\n      - id: df-first-2'
				),
			expected: `${DF2}: questions[0].nextActions[0].cost: "cost" is not a field here (see docs/authoring.md)`
		},
		{
			name: 'a next action id used twice',
			file: ECO2,
			edit: (t: string) => t.replace('id: eco-first-1', 'id: df-first-1'),
			expected: `${ECO2}: questions[0].nextActions[0].id: "df-first-1" is already used in digital-factory.first`
		},
		{
			name: 'an "after" naming no action',
			file: DF2,
			edit: (t: string) => t.replace('after: [df-first-1]', 'after: [df-nothing]'),
			expected: `${DF2}: questions[0].nextActions[1].after[0]: no next action has the id "df-nothing"`
		},
		{
			name: 'a cycle of "after"',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'        topics: [organisation]\n      - id: df-first-2',
					'        topics: [organisation]\n        after: [df-first-3]\n      - id: df-first-2'
				),
			expected: `${DF2}: questions[0].nextActions[0].after[0]: "df-first-3" itself waits for "df-first-1": a cycle`
		},
		{
			name: 'a "previous" that is not a question of version 1',
			file: DF2,
			edit: (t: string) =>
				t.replace('previous: digital-factory.first', 'previous: digital-factory.gone'),
			expected: `${DF2}: questions[0].previous: "digital-factory.gone" is not a question of version 1`
		},
		{
			name: 'two questions carrying over the same earlier question',
			file: DF2,
			edit: (t: string) =>
				t.replace(
					'  - id: digital-factory.second\n',
					'  - id: digital-factory.second\n    previous: digital-factory.first\n'
				),
			expected: `${DF2}: questions[1].previous: "digital-factory.first" already carries over to digital-factory.first`
		},
		{
			name: 'a time estimate below the measured one',
			file: HEADER2,
			edit: (t: string) => t.replaceAll('15', '10'),
			expected: `${HEADER2}: estimatedMinutes: states 10 minutes; the word count gives 15`
		},
		{
			name: 'a description that does not state the estimate',
			file: HEADER2,
			edit: (t: string) => t.replace('Ongeveer 15 minuten.', 'Kort.'),
			expected: `${HEADER2}: description.nl: must state the time estimate, 15 minutes`
		},
		{
			name: 'two questions of one area named differently',
			file: DF2,
			edit: (t: string) =>
				t.replace('{en: Area second, nl: Gebied second}', '{en: Area first, nl: Ander gebied}'),
			expected: `${DF2}: questions[1].area: names the area "Area first" differently`
		}
	])('rejects $name', ({ file, edit, expected }) => {
		const root = variant(file, edit, V2);
		const content = loadContent(root, root);
		const messages = content.issues.filter((i) => i.severity === 'error').map(formatIssue);
		expect(
			messages.filter((m) => m.startsWith(expected)),
			messages.join('\n')
		).toHaveLength(1);
		expect(content.questionnaires.map((q) => q.version)).toEqual([1]);
	});

	it('validates a draft file by file, ships nothing of it and names the files still to write', () => {
		const root = variant(
			HEADER2,
			(t) => t.replace('version: 2\n', 'version: 2\ndraft: true\n'),
			V2
		);
		rmSync(join(root, 'mini-v2/transformations/eco-production.yaml'));
		rmSync(join(root, 'mini-v2/transformations/digital-factory.yaml'));
		const content = loadContent(root, root);
		expect(content.issues.map(formatIssue)).toEqual([]);
		expect(content.questionnaires.map((q) => q.version)).toEqual([1]);
		expect(content.drafts.map((d) => [d.questionnaire.transformations.length, d.missing])).toEqual([
			[5, ['digital-factory', 'eco-production']]
		]);
		expect(content.notices.map((n) => n.message)).toEqual([
			'draft, not built into the app; 2 transformation file(s) still to write: digital-factory, eco-production'
		]);
	});

	it('still rejects errors in the files a draft has', () => {
		const root = variant(ECO2, (t) => t.replace('eco-first-a', 'df-second-b'), V2);
		writeFileSync(
			join(root, HEADER2),
			readFileSync(join(root, HEADER2), 'utf8').replace('version: 2\n', 'version: 2\ndraft: true\n')
		);
		const content = loadContent(root, root);
		expect(content.issues.map(formatIssue)).toContain(
			`${ECO2}: questions[0].practices[0]: "df-second-b" is already scored by digital-factory.second; a practice belongs to one question`
		);
		expect(content.drafts).toEqual([]);
	});
});

describe('legal claims', () => {
	it.each([
		['Waste is sorted into the legally required streams.', 'legally'],
		['Afval wordt gesorteerd zoals VLAREMA het vraagt.', 'VLAREMA'],
		['De sorteerplicht geldt voor elk bedrijf.', 'sorteerplicht'],
		['Les déchets sont triés selon la loi.', 'loi'],
		['La facturation électronique est obligatoire.', 'obligatoire'],
		['Abfall wird nach den gesetzlich vorgeschriebenen Fraktionen getrennt.', 'gesetzlich'],
		['Das Gesetz verlangt eine Risikobeurteilung.', 'Gesetz'],
		['The cell needs a CE marking before start-up.', 'CE marking'],
		['Invoices go out through Peppol.', 'Peppol'],
		['A heavy-duty press runs in two shifts.', undefined],
		['Das Team wird gezielt eingesetzt und umgesetzt.', undefined],
		['Das Pflichtenheft beschreibt die Maschine.', undefined],
		['Operators reach level 3 within a year.', undefined]
	])('%s -> %s', (text, expected) => {
		expect(legalClaimIn(text)).toBe(expected);
	});
});

describe('time estimate', () => {
	it.each([
		{ stated: 60, measured: 60, honest: true },
		{ stated: 65, measured: 60, honest: true },
		{ stated: 70, measured: 60, honest: false },
		{ stated: 30, measured: 55, honest: false }
	])(
		'$stated minutes stated, $measured measured: honest $honest',
		({ stated, measured, honest }) => {
			expect(isHonestEstimate(stated, measured)).toBe(honest);
		}
	);

	it('measures v1 at 55 minutes, not the 30 it states in its description', () => {
		const v1 = loadContent(resolve('questionnaires')).questionnaires.find((q) => q.version === 1);
		expect(measuredMinutes(v1!)).toBe(55);
	});
});

describe('the shipped content', () => {
	const content = loadContent(resolve('questionnaires'));

	it('validates with no error and no missing translation', () => {
		expect(content.issues.map(formatIssue)).toEqual([]);
	});

	it('has the Made Different questionnaire v1 complete: 7 transformations, 5 or 6 questions each, 5 descriptors and 4 next actions per question, in 4 languages', () => {
		const questionnaire = content.questionnaires.find(
			(q) => q.id === 'made-different' && q.version === 1
		);
		expect(questionnaire).toBeDefined();
		expect(questionnaire!.languages.toSorted()).toEqual(['de', 'en', 'fr', 'nl']);
		expect(questionnaire!.transformations).toHaveLength(7);
		const questions = questionnaire!.transformations.flatMap((t) => t.questions);
		expect(questions.length).toBeGreaterThanOrEqual(35);
		for (const transformation of questionnaire!.transformations) {
			expect(transformation.questions.length, transformation.id).toBeGreaterThanOrEqual(5);
			expect(transformation.questions.length, transformation.id).toBeLessThanOrEqual(6);
			expect(transformation.description, transformation.id).toBeDefined();
			expect(transformation.futureLevel, transformation.id).toBeDefined();
		}
		for (const question of questions) {
			expect(question.levels, question.id).toHaveLength(5);
			expect(question.help, question.id).toBeDefined();
			expect(
				question.nextActions?.map((a) => a.from),
				question.id
			).toEqual([1, 2, 3, 4]);
		}
	});
});
