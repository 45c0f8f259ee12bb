// What the device keeps for us: whether the browser promised not to evict our data, how much space
// is used, how many assessments are stored.
import { listAssessments, persistenceState, requestPersistence } from '$lib/storage';
import type { PersistenceState } from '$lib/storage';

export type { PersistenceState };

export type DeviceStorage = {
	persistence: PersistenceState;
	/** Stored readable assessments. */
	assessments: number;
	/** Bytes used and available to this origin, when the browser says. */
	usage: { used: number; quota: number } | null;
};

/** Asks the browser to keep our data when space runs low; resolves to its answer. */
export const askPersistence = requestPersistence;

/**
 * Asks once per visit without waiting for the answer: browsers remember a grant, and the settings
 * page shows it. Asking cannot fail (no answer reads as "unsupported"), so nothing is handled.
 */
export function askPersistenceOnce(): void {
	requestPersistence().then(
		() => {},
		() => {}
	);
}

export async function deviceStorage(): Promise<DeviceStorage> {
	const persistence = await persistenceState();
	const assessments = (await listAssessments().catch(() => ({ assessments: [] }))).assessments
		.length;
	const estimate = await navigator.storage?.estimate?.();
	const usage =
		estimate?.usage !== undefined && estimate.quota
			? { used: estimate.usage, quota: estimate.quota }
			: null;
	return { persistence, assessments, usage };
}
