// Texts of the scoring rules on screen (docs/scoring.md) and of moving an assessment to a newer
// questionnaire version (src/lib/domain/upgrade.ts).
const questions = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

const en = {
	answeredWith: (version: number) => `Answered with version ${version} of the questionnaire`,
	upgradeHelp: (version: number, count: number) =>
		`Version ${version} asks ${questions(count)}, with one idea per level and the rules in force in December 2026. Moving keeps your work: every answer whose question kept its meaning comes over, the new questions are open to answer, and the answers you gave under the old version stay stored with the assessment.`,
	upgradeAction: (version: number) => `Move to version ${version}`,
	upgrading: 'Moving…',
	upgradeFailed: 'The move could not be saved. Your answers are unchanged; try again.',
	upgraded: (from: number, to: number) => `Moved from version ${from} to version ${to}`,
	upgradedCarried: (n: number) =>
		n === 1 ? '1 question kept your earlier answer.' : `${n} questions kept your earlier answer.`,
	upgradedNew: (n: number, open: number) =>
		`${n === 1 ? '1 question is new' : `${n} questions are new`}; ${open === 0 ? 'all of them are answered' : open === 1 ? '1 is still open' : `${open} are still open`}. They are marked "New" in the steps.`,
	newQuestion: 'New',
	newQuestionHint: (version: number) => `New in version ${version}: no earlier answer came over.`,
	notApplicableReason: 'Choose "not applicable" only if:',
	notApplicableNotOffered:
		'This question does not offer "not applicable": the answer counts as open. Choose a level or "Don\'t know".',
	indicative: 'indicative',
	indicativeNote: (share: string) =>
		`Indicative: fewer than ${share} of the questions that apply have a level. The score is shown but not counted in the overall score, the largest gaps or the distance to Factory of the Future.`,
	notAssessedNote: 'Not assessed: no question has a level yet.',
	weakestArea: 'Weakest area',
	weakestLine: (area: string, score: string) => `${area} (${score})`,
	notApplicableCount: (n: number) =>
		n === 1 ? '1 question marked "not applicable"' : `${n} questions marked "not applicable"`,
	notApplicableShort: (n: number) => `${n} N/A`,
	overallBasis: (n: number, of: number) =>
		n === of
			? `Mean of all ${of} transformations.`
			: `Mean of the ${n} of ${of} transformations with enough answers.`,
	fofIndicative: (n: number) =>
		n === 1
			? '1 transformation is indicative and not counted.'
			: `${n} transformations are indicative and not counted.`,
	heldBackIntro: 'At 4 or more on average, but held back by their weakest area:',
	heldBack: (name: string, mean: string, area: string, areaScore: string) =>
		`${name}: mean ${mean}, but ${area} is at ${areaScore}.`,
	awardRule:
		'A transformation counts as at level 4 only when its score is not indicative and every answered area, its weakest included, is at 4.0 or more. The award asks for a high score on every criterion, not a high average: laureates score at least 8 out of 10 on all criteria (Sirris, "11 Belgian factories awarded the prestigious Factory of the Future", February 2025).',
	csvStatus: 'Status',
	csvScored: 'scored',
	csvWeakestScore: 'Weakest area score',
	csvNotApplicable: 'Not applicable',
	csvOpen: 'Open questions',
	radarIndicative: (name: string) => `${name} (indicative)`,
	radarNotAssessed: (name: string) => `${name} (not assessed)`
};

export default en;
