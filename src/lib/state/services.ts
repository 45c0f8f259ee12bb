// What the assessment workspace needs from the world outside the domain: storage, the built-in
// content, the browser. One object, so unit tests can hand the workspace fakes (a write that
// fails, a second tab's change) and the browser gets the real thing.
import { questionnaireIndex } from 'virtual:content';
import { afterPaint, downloadBlob } from '$lib/browser/download';
import { nextTask } from '$lib/browser/idle';
import { photoDataUrl, resizeImage } from '$lib/browser/image';
import type {
	Assessment,
	CatalogueInstrument,
	Change,
	Language,
	Questionnaire,
	StoredPhoto
} from '$lib/domain';
import { newId } from '$lib/ids';
import type { ReportInput, ReportPhoto, ReportProgress } from '$lib/report/render-pdf';
import { onAssessmentChanged } from '$lib/storage';
import { addPhoto, deletePhoto, listPhotos } from '$lib/storage/photos';
import { previousFor, type Previous } from './comparison';
import { instrumentsIn, questionnaireFor, type ContentNeeds } from './questionnaires';
import { loadAssessment, saveAssessment } from './new-assessment';

export type { ReportProgress };

export type WorkspaceServices = {
	/** The current clock; every change is dated with it. */
	now(): Date;
	newId(): string;
	getAssessment(id: string): Promise<Assessment | undefined>;
	/** Applies the change to the latest stored copy in one transaction and returns the result. */
	updateAssessment(id: string, change: Change): Promise<Assessment>;
	/** Calls back when another tab changed an assessment; returns the unsubscribe function. */
	onAssessmentChanged(listener: (id: string) => void): () => void;
	/** The assessment's questionnaire in the languages and parts asked for. */
	questionnaireFor(
		assessment: Pick<Assessment, 'questionnaire' | 'language'>,
		needs: ContentNeeds
	): Promise<Questionnaire | undefined>;
	/** The questionnaire versions built into this app, to offer moving to a newer one. */
	questionnaireVersions(): readonly { id: string; version: number; questionCount: number }[];
	/** The support catalogue with the texts of `languages`. */
	loadInstruments(languages: readonly Language[]): Promise<CatalogueInstrument[]>;
	previousFor(assessment: Assessment): Promise<Previous | null>;
	listPhotos(assessmentId: string): Promise<StoredPhoto[]>;
	/** Shrinks and stores a photo taken for a question. */
	addPhoto(input: { assessmentId: string; questionId: string; file: Blob }): Promise<void>;
	deletePhoto(photoId: string): Promise<void>;
	/** Builds the PDF report in the report worker; `onProgress` hears each stage. */
	renderReport(input: ReportInput, onProgress?: (progress: ReportProgress) => void): Promise<Blob>;
	/** Starts the report worker and loads its code, ahead of the first report. */
	warmReport(): Promise<void>;
	/** Photos as the report prints them: JPEG data URLs with their question. */
	reportPhotos(photos: readonly StoredPhoto[]): Promise<ReportPhoto[]>;
	/** Hands a file to the browser's download. */
	download(blob: Blob, fileName: string): void;
	/** Resolves once a status change is on screen. */
	afterPaint(): Promise<void>;
	/** Resolves in a task of its own: what comes after is not part of the task before. */
	nextTask(): Promise<void>;
};

export const browserServices: WorkspaceServices = {
	now: () => new Date(),
	newId,
	// A new assessment is a draft in memory until the user enters something (new-assessment.ts).
	// Read and checked, the record is handed over in a task of its own: a page drawing it right
	// away made one long task of both (a question step: 270 ms at CPU 4×, 50 of them the read).
	getAssessment: async (id) => {
		const assessment = await loadAssessment(id);
		await nextTask();
		return assessment;
	},
	updateAssessment: saveAssessment,
	onAssessmentChanged,
	questionnaireFor,
	questionnaireVersions: () => questionnaireIndex,
	loadInstruments: instrumentsIn,
	previousFor,
	listPhotos,
	async addPhoto({ assessmentId, questionId, file }) {
		const { blob, width, height } = await resizeImage(file);
		await addPhoto({
			id: newId(),
			assessmentId,
			questionId,
			blob,
			width,
			height,
			at: new Date().toISOString()
		});
	},
	deletePhoto,
	// render-pdf is a few hundred bytes; the worker it starts loads pdfmake off the main thread.
	async renderReport(input, onProgress) {
		const { renderPdf } = await import('$lib/report/render-pdf');
		return renderPdf(input, onProgress);
	},
	async warmReport() {
		const { warmReport } = await import('$lib/report/render-pdf');
		return warmReport();
	},
	async reportPhotos(photos) {
		return Promise.all(
			photos.map(async (photo) => ({
				questionId: photo.questionId,
				dataUrl: await photoDataUrl(photo.blob)
			}))
		);
	},
	download: downloadBlob,
	afterPaint,
	nextTask
};
