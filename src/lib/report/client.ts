// The page's side of the report worker. Small on purpose: the worker's code (pdfmake and the
// report builder) is fetched only when warm() or render() first creates the worker, which the
// plan page does when it is idle, so the click itself usually downloads nothing.
import type { ReportInput } from './context';
import type { FromWorker, ReportStage, ToWorker } from './protocol';

export type { ReportStage } from './protocol';
export type ReportProgress = { stage: ReportStage; fraction: number };

type Job = {
	resolve: (blob: Blob) => void;
	reject: (error: Error) => void;
	onProgress?: (progress: ReportProgress) => void;
};

export class ReportWorker {
	#worker: Worker | null = null;
	#ready: Promise<void> | null = null;
	#jobs = new Map<number, Job>();
	#next = 1;

	/** Starts the worker and loads its code, so the first report does not wait for it. */
	warm(): Promise<void> {
		if (this.#ready) return this.#ready;
		const worker = new Worker(new URL('./report.worker.ts', import.meta.url), {
			type: 'module',
			name: 'report'
		});
		this.#worker = worker;
		this.#ready = new Promise<void>((resolve, reject) => {
			worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
				const message = event.data;
				if (message.type === 'ready') return resolve();
				const job = this.#jobs.get(message.id);
				if (!job) return;
				if (message.type === 'progress')
					job.onProgress?.({ stage: message.stage, fraction: message.fraction });
				else {
					this.#jobs.delete(message.id);
					if (message.type === 'done')
						job.resolve(new Blob([message.bytes], { type: 'application/pdf' }));
					else job.reject(new Error(message.message));
				}
			});
			worker.addEventListener('error', (event) => {
				const error = new Error(event.message || 'The report worker could not start.');
				reject(error);
				for (const job of this.#jobs.values()) job.reject(error);
				this.#jobs.clear();
				this.dispose();
			});
		});
		return this.#ready;
	}

	/** Builds the report's PDF in the worker; `onProgress` hears each stage. */
	async render(input: ReportInput, onProgress?: (progress: ReportProgress) => void): Promise<Blob> {
		const starting = !this.#worker;
		if (starting) onProgress?.({ stage: 'loading', fraction: 0 });
		await this.warm();
		const id = this.#next++;
		return new Promise<Blob>((resolve, reject) => {
			this.#jobs.set(id, { resolve, reject, onProgress });
			// A JSON copy: the page's state may be reactive proxies, which cannot be cloned.
			const message: ToWorker = { type: 'render', id, input: JSON.parse(JSON.stringify(input)) };
			this.#worker?.postMessage(message);
		});
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#ready = null;
	}
}
