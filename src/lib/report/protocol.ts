// Messages between the page and the report worker. Everything in them is structured-cloneable:
// the PDF's bytes come back transferred, not copied.
import type { ReportInput } from './context';

/** What the worker is doing, in order; the page words each for the user. */
export type ReportStage = 'loading' | 'layout' | 'drawing' | 'saving';

export type ToWorker = { type: 'render'; id: number; input: ReportInput };

export type FromWorker =
	| { type: 'ready' }
	| { type: 'progress'; id: number; stage: ReportStage; fraction: number }
	| { type: 'done'; id: number; bytes: Uint8Array<ArrayBuffer> }
	| { type: 'error'; id: number; message: string };
