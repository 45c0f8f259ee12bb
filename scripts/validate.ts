// npm run validate: checks every file in questionnaires/ against the schema.
// Prints each problem as `file: path.to.field: what is wrong` and exits non-zero on any error or
// missing translation.
import { resolve } from 'node:path';
import { formatIssue, loadContent } from '../src/lib/server/content';

const root = resolve(process.argv[2] ?? 'questionnaires');
const content = loadContent(root);
for (const issue of content.issues) console.log(formatIssue(issue));
for (const notice of content.notices) console.log(`${notice.file}: note: ${notice.message}`);
const errors = content.issues.filter((issue) => issue.severity === 'error').length;
const missing = content.issues.filter((issue) => issue.severity === 'warning').length;
const questions = content.questionnaires.reduce(
	(sum, q) => sum + q.transformations.reduce((n, t) => n + t.questions.length, 0),
	0
);
console.log(
	`${content.files.length} files: ${content.questionnaires.length} questionnaire(s) with ${questions} questions, ` +
		`${content.drafts.length} draft(s), ${content.instruments.length} instruments; ` +
		`${errors} error(s), ${missing} missing translation(s)`
);
process.exit(errors > 0 || missing > 0 ? 1 : 0);
