// Renders the report off the main thread, in the report worker (client.ts). Kept for the plan
// page's lazy import until it moves to the workspace's downloadReport action.
import { ReportWorker } from './client';
import type { ReportInput } from './context';

const worker = new ReportWorker();

/** Builds and renders the report; resolves to the PDF file. */
export function renderPdf(input: ReportInput): Promise<Blob> {
	return worker.render(input);
}
