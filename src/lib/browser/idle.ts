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
