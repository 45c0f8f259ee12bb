// npm run schema: writes the JSON Schemas editors use for completion, from the one valibot schema.
// A unit test fails when the committed files are out of date.
import { writeFileSync } from 'node:fs';
import { generatedSchemas } from '../src/lib/server/json-schema';

for (const [file, schema] of Object.entries(generatedSchemas())) {
	writeFileSync(file, JSON.stringify(schema, null, '\t') + '\n');
	console.log(`wrote ${file}`);
}
