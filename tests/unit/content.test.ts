import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, loadContent } from '../../src/lib/server/content';
import { generatedSchemas } from '../../src/lib/server/json-schema';

const VALID = resolve('tests/fixtures/content/valid-minimal');
const temporary: string[] = [];

afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture with one file changed by `edit`. */
function variant(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'mds-content-'));
	temporary.push(dir);
	cpSync(VALID, dir, { recursive: true });
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
