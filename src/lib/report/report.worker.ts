/// <reference lib="webworker" />
// The report worker: builds the document definition and the PDF off the main thread, so the page
// stays responsive while a report of 15 pages is laid out. Its engine (engine/engine.ts) is the
// only code of the app that needs Function(); the pages' Content-Security-Policy forbids it, and
// this worker, a script of its own, is not under that policy.
import { buildReport } from './build-report';
import { renderDocument } from './engine/engine';
import type { FromWorker, ToWorker } from './protocol';

const worker = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) =>
	worker.postMessage(message, transfer);

worker.addEventListener('message', (event: MessageEvent<ToWorker>) => {
	const { id, input } = event.data;
	const fail = (error: unknown) =>
		post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
	try {
		post({ type: 'progress', id, stage: 'layout', fraction: 0 });
		const doc = buildReport(input);
		renderDocument(doc, (fraction) =>
			post({ type: 'progress', id, stage: 'drawing', fraction })
		).then((bytes) => {
			post({ type: 'progress', id, stage: 'saving', fraction: 1 });
			post({ type: 'done', id, bytes }, [bytes.buffer]);
		}, fail);
	} catch (error) {
		fail(error);
	}
});

post({ type: 'ready' });
