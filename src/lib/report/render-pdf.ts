// The page's entry to the report: a few hundred bytes that start the report worker (client.ts).
// The plan page imports it lazily and calls warmReport() when it is idle, so the worker's code is
// fetched and compiled before the first click; renderPdf() builds a report off the main thread.
import { ReportWorker, type ReportProgress } from './client';
import type { ReportInput } from './context';

export type { ReportProgress, ReportStage } from './client';
export type { ReportInput, ReportPhoto } from './context';

const worker = new ReportWorker();

/** Loads the report worker's code ahead of the first report. */
export function warmReport(): Promise<void> {
	return worker.warm();
}

/** Builds and renders the report in the worker; resolves to the PDF file. */
export function renderPdf(
	input: ReportInput,
	onProgress?: (progress: ReportProgress) => void
): Promise<Blob> {
	return worker.render(input, onProgress);
}
