export {
	getAssessment,
	listAssessments,
	putAssessment,
	updateAssessment,
	StorageError
} from './assessments';
export { deleteAssessment, listDeleted, purgeDeleted, restoreDeleted } from './deleted';
export { onAssessmentChanged } from './sync';
export { requestPersistence, persistenceState, type PersistenceState } from './persistence';
