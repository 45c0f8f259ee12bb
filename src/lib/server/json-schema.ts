import { toJsonSchema } from '@valibot/to-json-schema';
import {
	instrumentFileSchema,
	questionnaireHeaderSchema,
	transformationSchema
} from '../domain/content/schema';

/** The JSON Schema files in questionnaires/, by path. */
export function generatedSchemas(): Record<string, object> {
	// Pipes with checks and transforms have no JSON Schema equivalent; the shape is what editors need.
	const options = { errorMode: 'ignore' } as const;
	return {
		'questionnaires/questionnaire.schema.json': {
			title: 'Made Different questionnaire header (questionnaire.yaml)',
			...toJsonSchema(questionnaireHeaderSchema, options)
		},
		'questionnaires/transformation.schema.json': {
			title: 'Made Different transformation (transformations/<id>.yaml)',
			...toJsonSchema(transformationSchema, options)
		},
		'questionnaires/instruments.schema.json': {
			title: 'Support-instrument catalogue file (instruments/<level>.yaml)',
			...toJsonSchema(instrumentFileSchema, options)
		}
	};
}
