export {
	getAssessment,
	listAssessments,
	putAssessment,
	updateAssessment,
	deleteAssessment,
	StorageError
} from './assessments';
export { onAssessmentChanged } from './sync';
export { requestPersistence, persistenceState, type PersistenceState } from './persistence';
