import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
	eligibilityFacts,
	pdfFileName,
	planFinance,
	setActionCost,
	setActionCostType,
	setActionDueDate,
	planInLanguage,
	proposePlan,
	setAmbition,
	setPlan,
	type Assessment,
	type CatalogueInstrument,
	type Language
} from '../../src/lib/domain';
import { buildReport, MAX_INSTRUMENTS } from '../../src/lib/report/build-report';
import { renderDocument } from '../../src/lib/report/engine/engine';
import { loadContent } from '../../src/lib/server/content';
import {
	fixtureAssessment,
	fixtureInstruments,
	fixtureQuestionnaire,
	fixtureScoreAndMatches,
	withUnsourcedFirstCost
} from '../fixtures/plan-fixture';

const NOW = '2026-11-22T10:00:00.000Z';
const COMPANY = 'Müller & Fils <Liège> Ça';
const questionnaire = fixtureQuestionnaire();

/** The programme's advisory site visit, the catalogue's next step. */
const VISIT: CatalogueInstrument = {
	id: 'visit',
	level: 'programme',
	name: { en: 'Made Different', fr: 'Made Different', nl: 'Made Different', de: 'Made Different' },
	summary: { en: 'Advisory site visit', fr: 'Visite', nl: 'Bezoek', de: 'Besuch' },
	operator: 'Agoria and Sirris',
	kind: 'coaching',
	transformations: ['digital-factory'],
	stages: ['diagnosis'],
	status: 'open',
	asOf: '2026-10',
	checked: '2026-11-20',
	confirmed: true,
	sources: [{ url: 'https://example.org/programme' }],
	contact: { url: 'https://example.org/visit', email: 'visit@example.org' },
	nextStep: true
};

function reportFor(language: Language, edit: (a: Assessment) => Assessment = (a) => a) {
	const base = fixtureAssessment({ language, name: COMPANY });
	const { score, matches } = fixtureScoreAndMatches(questionnaire, base, NOW);
	const proposed = proposePlan({ questionnaire, assessment: base, score, matches, now: NOW });
	const assessment = edit(setPlan(proposed, NOW)(base));
	const finance = planFinance({
		plan: assessment.plan!,
		instruments: fixtureInstruments(),
		facts: eligibilityFacts(assessment.profile, new Date(NOW)),
		today: new Date(NOW)
	});
	return {
		assessment,
		finance,
		doc: buildReport({
			assessment,
			questionnaire,
			score,
			plan: assessment.plan!,
			matches,
			language,
			generatedAt: NOW,
			finance,
			nextStep: VISIT
		})
	};
}

/** The first two digital-factory actions costed: advice of €10,000 and €20,000. */
function costed(assessment: Assessment): Assessment {
	const [first, second] = assessment.plan!.priorities.find(
		(p) => p.transformationId === 'digital-factory'
	)!.actions;
	let next = assessment;
	for (const [action, cost] of [
		[first!, 10000],
		[second!, 20000]
	] as const) {
		next = setActionCost('digital-factory', action.id, cost, NOW)(next);
		next = setActionCostType('digital-factory', action.id, 'consultancy', NOW)(next);
	}
	return next;
}

function reportInput(assessment: Assessment, language: Language) {
	const { score, matches } = fixtureScoreAndMatches(questionnaire, assessment, NOW);
	return {
		assessment,
		questionnaire,
		score,
		plan: assessment.plan!,
		matches,
		language,
		generatedAt: NOW
	};
}

/** Every string in the definition, in document order (text nodes, table cells, nested runs). */
function strings(node: unknown, out: string[] = []): string[] {
	if (typeof node === 'string') out.push(node);
	else if (Array.isArray(node)) for (const item of node) strings(item, out);
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			if (
				key === 'text' ||
				key === 'stack' ||
				key === 'columns' ||
				key === 'table' ||
				key === 'body' ||
				key === 'content'
			)
				strings(value, out);
		}
	}
	return out;
}

const allText = (doc: TDocumentDefinitions) => strings(doc.content).join('\n');
/** The h1 headings in order: the report's sections. */
const sections = (doc: TDocumentDefinitions) => {
	const found: string[] = [];
	const walk = (node: unknown) => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (node && typeof node === 'object') {
			const n = node as Record<string, unknown>;
			if (n.style === 'h1' && typeof n.text === 'string') found.push(n.text);
			Object.values(n).forEach(walk);
		}
	};
	walk(doc.content);
	return found;
};
const findById = (node: unknown, id: string): Record<string, unknown> | undefined => {
	if (Array.isArray(node)) {
		for (const item of node) {
			const hit = findById(item, id);
			if (hit) return hit;
		}
	} else if (node && typeof node === 'object') {
		const n = node as Record<string, unknown>;
		if (n.id === id) return n;
		for (const value of Object.values(n)) {
			const hit = findById(value, id);
			if (hit) return hit;
		}
	}
	return undefined;
};

/** The first table whose first cell reads `firstCell`. */
const findTable = (node: unknown, firstCell: string): Record<string, unknown> | undefined => {
	if (Array.isArray(node)) {
		for (const item of node) {
			const hit = findTable(item, firstCell);
			if (hit) return hit;
		}
	} else if (node && typeof node === 'object') {
		const n = node as { table?: { body?: { text?: unknown }[][] } };
		if (n.table?.body?.[0]?.[0]?.text === firstCell) return n as Record<string, unknown>;
		for (const value of Object.values(n)) {
			const hit = findTable(value, firstCell);
			if (hit) return hit;
		}
	}
	return undefined;
};

describe('buildReport: sections', () => {
	it.each<[Language, string[]]>([
		[
			'en',
			[
				'Priorities and next step',
				'Score per transformation',
				'Action plan',
				'Support for your next step',
				'Annex 1: every answer',
				'Annex 2: how the scores are calculated'
			]
		],
		[
			'fr',
			[
				'Priorités et prochaine étape',
				'Score par transformation',
				'Plan d’action',
				'Aides pour votre prochaine étape',
				'Annexe 1 : toutes les réponses',
				'Annexe 2 : comment les scores sont calculés'
			]
		],
		[
			'nl',
			[
				'Prioriteiten en volgende stap',
				'Score per transformatie',
				'Actieplan',
				'Steun voor uw volgende stap',
				'Bijlage 1: alle antwoorden',
				'Bijlage 2: hoe de scores berekend worden'
			]
		]
	])('%s: the sections in order, on A4, with page numbers', (language, expected) => {
		const { doc } = reportFor(language);
		expect(sections(doc)).toEqual(expected);
		expect(doc.pageSize).toBe('A4');
		const footer = (doc.footer as (page: number, pages: number) => unknown)(3, 12);
		expect(strings(footer).join(' ')).toContain(
			{ en: 'Page 3 of 12', fr: 'Page 3 sur 12', nl: 'Pagina 3 van 12', de: 'Seite 3 von 12' }[
				language
			]
		);
	});

	it('has a first page with company, date, respondents, questionnaire version, answered share and the overall picture', () => {
		const { doc } = reportFor('en');
		const cover = (doc.content as unknown[])[0] as Record<string, unknown>;
		expect(cover.pageBreak).toBe('after');
		const text = strings(cover).join('\n');
		expect(text).toContain('The overall picture');
		expect(text).toMatch(/scores 3\.0 out of 5 on average/);
		expect(text).not.toMatch(/completed/i);
		expect(text).toContain(COMPANY);
		expect(text).toContain('22 November 2026');
		expect(text).toContain('Anne Dupont, Directrice générale');
		expect(text).toContain('Jan <b>Peeters</b>, Production manager');
		expect(text).toContain('Made Different – Factory of the Future scan, version 3');
		expect(text).toContain('Postcode 4000 (Wallonia)');
	});

	it('draws the radar chart as vectors: rings, spokes, target, score and self-estimate', () => {
		const { doc } = reportFor('en');
		const canvases: { type: string; points?: { x: number; y: number }[]; lineColor?: string }[][] =
			[];
		const walk = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				const n = node as Record<string, unknown>;
				if (Array.isArray(n.canvas) && n.canvas.length > 20) canvases.push(n.canvas as never);
				Object.values(n).forEach(walk);
			}
		};
		walk(doc.content);
		expect(canvases).toHaveLength(1);
		const shapes = canvases[0]!;
		const polygons = shapes.filter((s) => s.type === 'polyline');
		// 5 level rings + target + score; self-estimates are only dots (2 of 7 given).
		expect(polygons).toHaveLength(7);
		expect(polygons.every((p) => p.points?.length === 7)).toBe(true);
		expect(shapes.filter((s) => s.type === 'line')).toHaveLength(7);
		expect(shapes.filter((s) => s.type === 'ellipse')).toHaveLength(7 + 2);
		// Rings are regular heptagons around the centre; the score's top point (world-class
		// manufacturing, 3.0) sits at 3/5 of the radius, the target's (4) at 4/5.
		const ring5 = polygons[4]!.points!;
		const centre = {
			x: ring5.reduce((s, p) => s + p.x, 0) / 7,
			y: ring5.reduce((s, p) => s + p.y, 0) / 7
		};
		const radius = centre.y - ring5[0]!.y;
		const [target, score] = [polygons[5]!.points!, polygons[6]!.points!];
		expect(centre.y - score[0]!.y).toBeCloseTo((radius * 3) / 5, 1);
		expect(centre.y - target[0]!.y).toBeCloseTo((radius * 4) / 5, 1);
		expect(Math.hypot(score[2]!.x - centre.x, score[2]!.y - centre.y)).toBeCloseTo(
			(radius * 4) / 15,
			1
		);
	});
});

describe('buildReport: numbers', () => {
	it.each<[Language, string[]]>([
		['en', ['3.0', '2.0', '1.3', '4.0', '3.7', '2.3', '5.0']],
		['fr', ['3,0', '2,0', '1,3', '4,0', '3,7', '2,3', '5,0']]
	])(
		'%s: the score table has score, target, gap, self-estimate and answered share per transformation',
		(language, scores) => {
			const { doc } = reportFor(language);
			// The first column is headed "Transformation" in English and French alike.
			const table = findTable(doc.content, 'Transformation') as {
				table: { body: { text: string; stack?: { text: string }[] }[][] };
			};
			const body = table.table.body;
			expect(body).toHaveLength(1 + 7 + 1);
			expect(body.slice(1, 8).map((row) => row[1]!.text)).toEqual(scores);
			// The transformation's name, with its weakest area on a second line.
			const digitalName = body[3]![0]!.stack!;
			expect(digitalName[1]?.text).toMatch(
				language === 'en'
					? /^weakest area: .+ \(1\.\d\)$/
					: /^domaine le plus faible : .+ \(1,\d\)$/
			);
			const digital = [digitalName[0]!.text, ...body[3]!.slice(1).map((cell) => cell.text)];
			expect(digital).toEqual(
				language === 'en'
					? ['Digital factory', '1.3', '4', '+2.7', '3', '100%']
					: ['Usine numérique', '1,3', '4', '+2,7', '3', '100\u00a0%']
			);
			// Smart production systems has target 5 and score 5: gap 0; overall is the mean of the seven.
			expect(body[7]!.map((cell) => cell.text).slice(2, 4)).toEqual(
				language === 'en' ? ['5', '0.0'] : ['5', '0,0']
			);
			expect(body[8]![1]!.text).toBe(language === 'en' ? '3.0' : '3,0');
		}
	);

	it('states the summary in plain words with the figures', () => {
		const { doc } = reportFor('en');
		const summary = (findById(doc.content, 'summary-text') as { text: string }).text;
		expect(summary).toContain(
			`${COMPANY} scores 3.0 out of 5 on average (7 of 7 transformations assessed).`
		);
		expect(summary).toContain('The strongest transformation is Smart production systems, at 5.0.');
		expect(summary).toContain(
			'The largest gaps to target are in Digital factory (1.3, target 4), End-to-end engineering (2.0, target 4) and Eco-production (2.3, target 4).'
		);
		expect(summary).toContain(
			'2 of 7 transformations are at Factory of the Future level (4) or above; 7.7 level points'
		);
		expect(summary).toContain('for Digital factory.');
	});

	it('lists the plan: priorities, actions, owners and dates', () => {
		const { doc } = reportFor('en', (a) =>
			setAmbition('Be a <Factory> of the Future & proud by 2029', NOW)(a)
		);
		const text = allText(doc);
		expect(text).toContain('Priority 1: Digital factory');
		expect(text).toContain('Score 1.3 · target 4 · gap +2.7 · importance: normal');
		expect(text).toContain('Do digital-factory.a from 1 (en)');
		expect(text).toContain('Production manager');
		expect(text).toContain('6 December 2026');
		expect(text).toContain('Priority 3: Eco-production');
		expect(text).toContain('Be a <Factory> of the Future & proud by 2029');
		expect(text).toContain('Support that fits: Eco coaching');
	});

	it('flags an action due before one it must follow, by number, as the plan page does', () => {
		const linked = fixtureQuestionnaire();
		const digital = linked.transformations.find((t) => t.id === 'digital-factory')!;
		const action = (q: string, from: number) =>
			digital.questions.find((x) => x.id === q)!.nextActions!.find((a) => a.from === from)!;
		action('digital-factory.c', 2).id = 'choose-erp';
		action('digital-factory.a', 1).after = ['choose-erp'];
		const base = fixtureAssessment({ language: 'en', name: COMPANY });
		const { score, matches } = fixtureScoreAndMatches(linked, base, NOW);
		const plan = proposePlan({ questionnaire: linked, assessment: base, score, matches, now: NOW });
		const input = {
			assessment: base,
			questionnaire: linked,
			score,
			matches,
			language: 'en' as const,
			generatedAt: NOW
		};
		// As proposed, the order holds: no flag.
		expect(allText(buildReport({ ...input, plan }))).not.toContain('which must come first');
		const moved = setActionDueDate(
			'digital-factory',
			'digital-factory.a@1',
			'2026-11-30',
			NOW
		)({
			...base,
			plan
		});
		// Action 1.1 (a from 1) now falls before 1.3 (c from 2, "choose an ERP").
		expect(allText(buildReport({ ...input, plan: moved.plan! }))).toContain(
			'Before 1.3, which must come first'
		);
	});

	it('shows matched instruments with their terms, conditions, as-of dates and sources', () => {
		const { doc } = reportFor('en', costed);
		const text = allText(doc);
		expect(text).toContain('Digital voucher');
		expect(text).toContain('Pays 75% of eligible advice, up to €6,000 per project');
		// No fictional "next step": what it pays is counted from the plan's actions.
		expect(text).not.toContain('€10,000 next step');
		expect(text).toContain('Counted in this plan: €12,000.');
		expect(text).toContain('Conditions of the voucher (en)');
		// As of March 2025 is more than 12 months before the report: flagged.
		expect(text).toContain('These facts date from March 2025: check the current rules');
		expect(text).toContain('Facts as of June 2026.');
		expect(text).toContain('Could not be confirmed: no current public source confirms these facts');
		expect(text).toContain('Source: https://example.org/cheques');
		// Sources are public documents: the programme's internal files are never named.
		expect(text).not.toMatch(/012_0123456789abcdef|lines 10-12/);
	});

	it('prints estimated cost, support and net cost per priority and in total, each support with its as-of date', () => {
		const { doc, finance } = reportFor('en', costed);
		// 75 % of €10,000 = €7,500 and of €20,000 = €15,000, each capped at €6,000 per project.
		expect([finance.cost, finance.support, finance.net]).toEqual([30000, 12000, 18000]);
		const page2 = (doc.content as unknown[])[1];
		const money = findTable(page2, '') as { table: { body: unknown[][] } };
		expect(money.table.body.map((row) => strings(row).join(' | '))).toEqual([
			' | Estimated cost | Support | Net cost',
			'1  Digital factory | €30,000 | €12,000 | €18,000',
			'2  End-to-end engineering | €0 | €0 | €0',
			'3  Eco-production | €0 | €0 | €0',
			'Whole plan | €30,000 | €12,000 | €18,000'
		]);
		const text = allText(doc);
		expect(text).toContain(
			'Support: €6,000 from Digital voucher (75% of the cost; terms as of March 2025); limited by its ceiling per project'
		);
		expect(text).toContain('Estimated cost €30,000 · ');
		expect(text).toContain('Net cost €18,000');
		// An action without a cost says "not set" in its column; no per-line request for it.
		expect(text).not.toContain('Enter an estimated cost to see what support pays');
	});

	it('marks a cost an earlier version proposed from an unsourced range, in its cell and under the totals', () => {
		const { doc, finance } = reportFor('nl', withUnsourcedFirstCost);
		expect([finance.costed, finance.unchecked]).toEqual([1, 1]);
		const text = allText(doc);
		expect(text).toContain('niet-nagekeken raming');
		expect(text).toContain(
			'1 kost is nog een bedrag dat een eerdere versie van deze scan zonder publieke bron voorstelde'
		);
	});

	it('asks for costs, once, instead of a table of zeros when no action has one', () => {
		const { doc, finance } = reportFor('en');
		expect(finance.costed).toBe(0);
		const page2 = (doc.content as unknown[])[1];
		expect(strings(page2).join('\n')).toContain(
			'No action has an estimated cost yet. Enter your own estimate or a supplier’s quote for each action'
		);
		const text = allText(doc);
		expect(text).not.toContain('Estimated cost €0');
		expect(text).not.toContain('Enter an estimated cost to see what support pays');
	});

	it('says how to request the advisory site visit, from the catalogue entry with its source', () => {
		const page2 = strings((reportFor('en').doc.content as unknown[])[1]).join('\n');
		expect(page2).toContain('Next step: the advisory site visit');
		expect(page2).toContain('How to request the visit: ');
		expect(page2).toContain('https://example.org/visit · E-mail: visit@example.org');
		expect(page2).toContain(
			'Made Different · Agoria and Sirris · Source: https://example.org/programme'
		);
	});

	it('puts the priorities and the next step on page 2, and ends the main part with a sign-off block', () => {
		const { doc } = reportFor('fr');
		const page2 = (doc.content as unknown[])[1] as Record<string, unknown>;
		expect(page2.pageBreak).toBe('after');
		const priorities = findTable(page2, 'Priorité') as { table: { body: { text: unknown }[][] } };
		// Header and the three priorities of the plan.
		expect(priorities.table.body).toHaveLength(4);
		expect(strings(priorities.table.body[1]).join(' ')).toContain('Usine numérique');
		expect(strings(page2).join('\n')).toContain('Prochaine étape : la visite conseil sur site');
		const text = allText(doc);
		expect(text).not.toMatch(/\u202f/);
		const signOff = findTable(doc.content, 'Nom') as { table: { body: { text: string }[][] } };
		expect(signOff.table.body.map((row) => row[0]!.text)).toEqual([
			'Nom',
			'Fonction',
			'Date',
			'Signature'
		]);
	});

	it('shows, per question in the annex, the question and the level its answer gives', () => {
		const { doc } = reportFor('en');
		const text = allText(doc);
		expect(text).toContain('digital-factory.a at level 1 (en)');
		// The next level's description is for the team's plan, not for the board: it is not printed.
		expect(text).not.toContain('digital-factory.a at level 2 (en)');
	});

	it('prints each photo under its question, scaled to fit', () => {
		const questionId = questionnaire.transformations[0]!.questions[1]!.id;
		const dataUrl = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';
		const base = reportFor('en');
		const doc = buildReport({
			...reportInput(base.assessment, 'en'),
			// A PNG is left out: the engine decodes JPEG only, and the app stores JPEG.
			photos: [
				{ questionId, dataUrl },
				{ questionId, dataUrl: 'data:image/png;base64,iVBORw0KGgo=' }
			]
		});
		const row = (findTable(doc.content, 'Area') as { table: { body: unknown[][] } }).table.body[2]!;
		const images: { image: string; fit: number[] }[] = [];
		const walk = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				const n = node as Record<string, unknown>;
				if (typeof n.image === 'string') images.push(n as never);
				Object.values(n).forEach(walk);
			}
		};
		walk(row);
		expect(images).toEqual([expect.objectContaining({ image: dataUrl, fit: [200, 150] })]);
	});
});

describe('buildReport: language and user text', () => {
	it.each<[Language, string, string]>([
		['en', 'Action plan', 'Annex 1: every answer'],
		['fr', 'Plan d’action', 'Annexe 1 : toutes les réponses'],
		['de', 'Aktionsplan', 'Anhang 1: alle Antworten']
	])('%s: the report is in the assessment language', (language, plan, detail) => {
		const { doc } = reportFor(language);
		const text = allText(doc);
		expect(text).toContain(plan);
		expect(text).toContain(detail);
		expect(doc.info?.title).toContain(COMPANY);
		expect(doc.language).toBe(language === 'en' ? 'en-GB' : `${language}-BE`);
	});

	it('keeps control and direction-override characters out of the PDF metadata', () => {
		const { doc } = reportFor('en', (a) => ({
			...a,
			profile: { ...a.profile, name: 'evil\u202efdp.exe\u0007 \u2067ACME\u2069\nnv' }
		}));
		expect(doc.info?.author).toBe('evilfdp.exe ACME nv');
		expect(doc.info?.title).toContain('evilfdp.exe ACME nv');
		for (const value of Object.values(doc.info ?? {}))
			expect(String(value)).not.toMatch(
				// eslint-disable-next-line no-control-regex
				/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/
			);
	});

	it('prints the evidence note of a question under its answer, literally', () => {
		const note = 'Vu sur place : <b>3</b> presses & 1 robot';
		const { doc } = reportFor('fr', (a) => {
			const questionId = questionnaire.transformations[0]!.questions[0]!.id;
			return { ...a, notes: { [questionId]: { text: note, at: NOW } } };
		});
		const all = strings(doc.content);
		expect(all).toContain(note);
		expect(all).toContain('Note: ');
	});

	it('keeps every user-entered string literally, as plain string values', () => {
		const { doc } = reportFor('fr', (a) => setAmbition('{"text":"x"} <i>ok</i> & ça', NOW)(a));
		const all = strings(doc.content);
		for (const expected of [
			COMPANY,
			'Jan <b>Peeters</b>, Production manager',
			'{"text":"x"} <i>ok</i> & ça'
		]) {
			expect(all.some((s) => s.includes(expected))).toBe(true);
		}
		expect(all).toContain(COMPANY);
	});

	it('limits the instruments to the best ones', () => {
		const { assessment } = reportFor('en');
		const many = Array.from({ length: 14 }, (_, i) => ({
			...fixtureInstruments()[1]!,
			id: `eco-${i}`
		}));
		const { score, matches } = fixtureScoreAndMatches(questionnaire, assessment, NOW, many);
		const doc = buildReport({
			assessment,
			questionnaire,
			score,
			plan: assessment.plan!,
			matches,
			language: 'en',
			generatedAt: NOW
		});
		expect(allText(doc)).toContain(`${14 - MAX_INSTRUMENTS} more instruments fit`);
	});

	it('prints a call’s last day while it is open, and the day it closed once past (report of 22 November)', () => {
		const { assessment } = reportFor('en');
		const withClose = (applicationsClose: string) => {
			const [digital, ...rest] = fixtureInstruments();
			const instruments = [{ ...digital!, applicationsClose }, ...rest];
			const { score, matches } = fixtureScoreAndMatches(
				questionnaire,
				assessment,
				NOW,
				instruments
			);
			return allText(
				buildReport({
					assessment,
					questionnaire,
					score,
					plan: assessment.plan!,
					matches,
					language: 'en',
					generatedAt: NOW
				})
			);
		};
		const open = withClose('2026-11-22');
		expect(open).toContain('Applications until 22 November 2026.');
		expect(open).not.toContain('Closed: the call closed');
		const closed = withClose('2026-11-21');
		expect(closed).toContain('Closed: the call closed on 21 November 2026');
		expect(closed).not.toContain('Applications until');
	});
});

describe('the report in another language than the assessment', () => {
	it('translates the proposed actions and roles still as proposed, and keeps what the user wrote', () => {
		const { assessment } = reportFor('nl');
		const [first, second] = assessment.plan!.priorities[0]!.actions;
		expect(first!.text).toBe('Do digital-factory.a from 1 (nl)');
		const edited = {
			...assessment.plan!,
			priorities: assessment.plan!.priorities.map((p, i) =>
				i === 0
					? {
							...p,
							actions: p.actions.map((a, j) =>
								j === 1 ? { ...a, text: 'Eigen tekst van Jan', owner: 'Jan' } : a
							)
						}
					: p
			)
		};
		const plan = planInLanguage(edited, questionnaire, 'nl', 'fr');
		const [a, b] = plan.priorities[0]!.actions;
		expect(a).toMatchObject({
			text: 'Do digital-factory.a from 1 (fr)',
			owner: 'Responsable de production'
		});
		expect(b).toMatchObject({ text: 'Eigen tekst van Jan', owner: 'Jan', id: second!.id });
		expect(planInLanguage(edited, questionnaire, 'nl', 'nl')).toBe(edited);
	});

	it('prints a Dutch assessment in French: headings, questionnaire content and the plan', () => {
		const { assessment } = reportFor('nl');
		const doc = buildReport(reportInput(assessment, 'fr'));
		const text = allText(doc);
		expect(text).toContain('Plan d’action');
		expect(text).toContain('Usine numérique');
		expect(text).toContain('Do digital-factory.a from 1 (fr)');
		expect(text).not.toMatch(/\(nl\)|Actieplan|Digitale fabriek/);
		expect(doc.language).toBe('fr-BE');
	});
});

describe('pdfFileName', () => {
	it.each<[Language, string]>([
		['en', 'ACME-2026-11-22-action-plan.pdf'],
		['nl', 'ACME-2026-11-22-actieplan.pdf'],
		['fr', 'ACME-2026-11-22-plan-d-action.pdf'],
		['de', 'ACME-2026-11-22-aktionsplan.pdf']
	])('names the file in the report language: %s', (language, expected) => {
		expect(pdfFileName('ACME', '2026-11-22', language)).toBe(expected);
	});

	it.each([
		[
			'Müller & Fils <Liège> Ça',
			'2026-11-22T10:00:00Z',
			'Müller-&-Fils-Liège-Ça-2026-11-22-action-plan.pdf'
		],
		['ACME nv', '2026-11-22', 'ACME-nv-2026-11-22-action-plan.pdf'],
		['a/b\\c:d*e?f"g|h', '2026-11-22', 'a-b-c-d-e-f-g-h-2026-11-22-action-plan.pdf'],
		['  ...Hidden co.  ', '2026-11-22', 'Hidden-co-2026-11-22-action-plan.pdf'],
		['CON', '2026-11-22', '_CON-2026-11-22-action-plan.pdf'],
		['lpt1.be', '2026-11-22', '_lpt1.be-2026-11-22-action-plan.pdf'],
		['Console nv', '2026-11-22', 'Console-nv-2026-11-22-action-plan.pdf'],
		['tab\there\u0000\u001fnul', '2026-11-22', 'tab-here-nul-2026-11-22-action-plan.pdf'],
		['evil\u202efdp.exe', '2026-11-22', 'evil-fdp.exe-2026-11-22-action-plan.pdf'],
		['evil\u2067fdp\u2069\u061c.exe', '2026-11-22', 'evil-fdp-.exe-2026-11-22-action-plan.pdf'],
		['line\u2028break\u0085nel', '2026-11-22', 'line-break-nel-2026-11-22-action-plan.pdf'],
		['', '2026-11-22', '2026-11-22-action-plan.pdf'],
		['<>:"/\\|?*', '2026-11-22', '2026-11-22-action-plan.pdf'],
		['Cafe\u0301', '2026-11-22', 'Café-2026-11-22-action-plan.pdf']
	])('%j on %s -> %s', (company, date, expected) => {
		expect(pdfFileName(company, date)).toBe(expected);
	});

	it('limits the length without splitting a character', () => {
		const name = pdfFileName('É'.repeat(300), '2026-11-22');
		expect(name).toBe(`${'É'.repeat(60)}-2026-11-22-action-plan.pdf`);
		expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
	});
});

describe('rendering with the report engine', () => {
	const render = (doc: TDocumentDefinitions) => renderDocument(doc);

	it.each<Language>(['en', 'fr'])(
		'%s: renders the fixture report to a PDF',
		async (language) => {
			const { doc } = reportFor(language, (a) =>
				setAmbition(
					'By 2029, level 4 on all seven transformations & a second <site> in Liège.',
					NOW
				)(a)
			);
			const pdf = await render(doc);
			expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
			if (process.env.REPORT_PDF_DIR) {
				mkdirSync(process.env.REPORT_PDF_DIR, { recursive: true });
				writeFileSync(join(process.env.REPORT_PDF_DIR, `fixture-${language}.pdf`), pdf);
			}
		},
		20_000
	);

	it('renders a report of the real questionnaire and catalogue', async () => {
		const content = loadContent(resolve('questionnaires'));
		const real = content.questionnaires.find((q) => q.id === 'made-different');
		if (!real) throw new Error('questionnaires/ has no made-different questionnaire');
		if (process.env.REPORT_PDF_DIR) mkdirSync(process.env.REPORT_PDF_DIR, { recursive: true });
		const answers: Assessment['answers'][string] = {};
		real.transformations.forEach((tr, ti) =>
			tr.questions.forEach(
				(q, qi) => (answers[q.id] = { value: (((ti + qi) % 4) + 1) as 1 | 2 | 3 | 4, at: NOW })
			)
		);
		// Complete, and incomplete (every third question open or "don't know"), in the three
		// languages a Belgian board reads; REPORT_PDF_DIR keeps them for a look with pdftoppm.
		for (const complete of [true, false]) {
			const given = complete
				? answers
				: Object.fromEntries(
						Object.entries(answers)
							.filter((_, i) => i % 3 !== 1)
							.map(([id, a], i) => [id, i % 4 === 3 ? { ...a, value: 'dont-know' as const } : a])
					);
			for (const language of ['nl', 'fr', 'de'] as const) {
				const base: Assessment = {
					...fixtureAssessment({ language: 'en', name: 'Müller & Fils <Liège> Ça' }),
					questionnaire: { id: real.id, version: real.version },
					answers: { r1: given },
					notes: {
						[real.transformations[0]!.questions[0]!.id]: {
							text: 'Vu sur place : 3 presses, 1 robot de soudage.',
							at: NOW
						}
					}
				};
				const { score, matches } = fixtureScoreAndMatches(real, base, NOW, content.instruments);
				const plan = proposePlan({
					questionnaire: real,
					assessment: base,
					score,
					matches,
					now: NOW
				});
				const doc = buildReport({
					assessment: base,
					questionnaire: real,
					score,
					plan,
					matches,
					language,
					generatedAt: NOW
				});
				const pdf = await render(doc);
				expect(pdf.length).toBeGreaterThan(10_000);
				if (process.env.REPORT_PDF_DIR)
					writeFileSync(
						join(
							process.env.REPORT_PDF_DIR,
							`real-${complete ? 'complete' : 'incomplete'}-${language}.pdf`
						),
						pdf
					);
			}
		}
	}, 90_000);
});

describe('indicative scores and open questions in the PDF', () => {
	// Digital factory keeps 1 of its 3 answers: 33 % answered, so its score (1.0) is indicative.
	function indicativeReport(language: Language) {
		const base = fixtureAssessment({ language, name: COMPANY });
		const mine = { ...base.answers.r1! };
		delete mine['digital-factory.b'];
		mine['digital-factory.c'] = { value: 'dont-know', at: NOW };
		const assessment = { ...base, answers: { r1: mine } };
		const { score, matches } = fixtureScoreAndMatches(questionnaire, assessment, NOW);
		const plan = proposePlan({ questionnaire, assessment, score, matches, now: NOW });
		return {
			score,
			doc: buildReport({
				assessment: setPlan(plan, NOW)(assessment),
				questionnaire,
				score,
				plan,
				matches,
				language,
				generatedAt: NOW
			})
		};
	}

	it('marks the indicative score, explains it and leaves it out of gaps and level 4', () => {
		const { doc, score } = indicativeReport('en');
		const text = allText(doc);
		expect(score.transformations[2]!.status).toBe('indicative');
		expect(text).toContain('1.0*');
		expect(text).toContain('Digital factory*');
		expect(text).toContain(
			'* Indicative: fewer than 60% of the applicable questions have a level.'
		);
		const summary = (findById(doc.content, 'summary-text') as { text: string }).text;
		expect(summary).toContain('(6 of 7 transformations assessed)');
		expect(summary).toContain(
			'Indicative only, because fewer than 60% of their applicable questions have a level: Digital factory.'
		);
		expect(summary).not.toContain('Digital factory (1.0');
		// The self-estimate (3) against an indicative score is not a perception gap.
		expect(summary).not.toContain('higher than the answers show for Digital factory');
	});

	it.each([
		['en', '19 of 21 applicable questions have a level; 2 are still open'],
		['nl', '19 van de 21 toepasselijke vragen hebben een niveau; er staan er nog 2 open'],
		['fr', '19 des 21 questions pertinentes ont un niveau ; 2 restent ouvertes'],
		['de', '19 von 21 zutreffenden Fragen haben eine Stufe; 2 sind noch offen']
	] as const)('%s: the cover never says completed while questions are open', (language, open) => {
		const { doc } = indicativeReport(language);
		expect(allText(doc)).toContain(open);
	});
});
