// Work that can wait until the browser has nothing else to do: fetching what the next screen
// needs while the user reads this one. Safari has no requestIdleCallback; a timer stands in.

/** Runs `work` when the browser is idle (at the latest after `timeout` ms); returns a cancel. */
export function whenIdle(work: () => void, timeout = 5000): () => void {
	if ('requestIdleCallback' in window) {
		const handle = requestIdleCallback(work, { timeout });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(work, Math.min(timeout, 2000));
	return () => clearTimeout(handle);
}

/**
 * Runs `steps` one per idle moment, in order (each at the latest `timeout` ms after the one before);
 * returns a cancel for the steps not yet run. For work that, done in one go, would be one long task
 * during which the page takes no input.
 */
export function inIdleMoments(steps: readonly (() => void)[], timeout = 5000): () => void {
	let cancel = () => {};
	const run = (index: number) => {
		if (index >= steps.length) return;
		cancel = whenIdle(() => {
			steps[index]!();
			run(index + 1);
		}, timeout);
	};
	run(0);
	return () => cancel();
}

/**
 * Resolves in a task of its own, so that what was done before and what is done after are two
 * shorter tasks, with room between them for input and a paint, instead of one long one.
 */
export function nextTask(): Promise<void> {
	const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
