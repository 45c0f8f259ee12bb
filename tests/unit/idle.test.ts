import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleMoments, nextTask } from '../../src/lib/browser/idle';

// A browser whose idle moments come when the test says: each call of `idle()` runs the callbacks
// waiting at that moment, as the browser runs one idle period after another.
function browserWithIdleMoments() {
	let next = 1;
	const waiting = new Map<number, () => void>();
	const requestIdleCallback = (work: () => void) => {
		waiting.set(next, work);
		return next++;
	};
	vi.stubGlobal('window', { requestIdleCallback });
	vi.stubGlobal('requestIdleCallback', requestIdleCallback);
	vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
	return {
		idle() {
			const now = [...waiting];
			waiting.clear();
			for (const [, work] of now) work();
		},
		get waiting() {
			return waiting.size;
		}
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('inIdleMoments', () => {
	it('runs one step per idle moment, in order', () => {
		const browser = browserWithIdleMoments();
		const done: string[] = [];
		inIdleMoments([() => done.push('a'), () => done.push('b'), () => done.push('c')]);
		expect(done).toEqual([]);
		browser.idle();
		expect(done).toEqual(['a']);
		browser.idle();
		expect(done).toEqual(['a', 'b']);
		browser.idle();
		expect(done).toEqual(['a', 'b', 'c']);
		expect(browser.waiting).toBe(0);
	});

	it('runs no step once cancelled, also between two steps', () => {
		const browser = browserWithIdleMoments();
		const done: string[] = [];
		const cancel = inIdleMoments([() => done.push('a'), () => done.push('b')]);
		browser.idle();
		cancel();
		browser.idle();
		expect(done).toEqual(['a']);
		expect(browser.waiting).toBe(0);
	});

	it('uses a timer where the browser has no idle callbacks (Safari)', () => {
		vi.useFakeTimers();
		vi.stubGlobal('window', {});
		const done: string[] = [];
		inIdleMoments([() => done.push('a'), () => done.push('b')]);
		vi.advanceTimersByTime(1999);
		expect(done).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(done).toEqual(['a']);
		vi.advanceTimersByTime(2000);
		expect(done).toEqual(['a', 'b']);
	});
});

describe('nextTask', () => {
	it("resolves in the browser's next task with scheduler.yield where there is one", async () => {
		let yielded = 0;
		vi.stubGlobal('scheduler', {
			yield: () => {
				yielded += 1;
				return Promise.resolve();
			}
		});
		await nextTask();
		expect(yielded).toBe(1);
	});

	it('resolves after a timer elsewhere, not among the microtasks of the task that asked', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('scheduler', undefined);
		let resolved = false;
		const waiting = nextTask().then(() => (resolved = true));
		for (let i = 0; i < 10; i += 1) await Promise.resolve();
		expect(resolved).toBe(false);
		vi.advanceTimersByTime(0);
		await waiting;
		expect(resolved).toBe(true);
	});
});
