// Asks the browser to keep our data when space runs low (navigator.storage.persist), and reports
// what it answered. Without it, a browser may evict IndexedDB silently.
export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export async function requestPersistence(): Promise<PersistenceState> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
	try {
		if (await navigator.storage.persisted()) return 'granted';
		return (await navigator.storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}

export async function persistenceState(): Promise<PersistenceState> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
	try {
		return (await navigator.storage.persisted()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}
