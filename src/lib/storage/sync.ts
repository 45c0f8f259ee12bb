// Keeps tabs of this app in step: a tab that saves tells the others, which reload the record.
// Saving itself is safe without this (see updateAssessment); this only keeps screens fresh.
const CHANNEL = 'made-different-scan';

type Message = { type: 'assessment-changed'; id: string; revision: number };

let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel ??= new BroadcastChannel(CHANNEL);
	return channel;
}

export function announceChange(id: string, revision: number): void {
	getChannel()?.postMessage({ type: 'assessment-changed', id, revision } satisfies Message);
}

/** Calls `listener` when another tab changed an assessment. Returns the unsubscribe function. */
export function onAssessmentChanged(listener: (id: string, revision: number) => void): () => void {
	const bc = getChannel();
	if (!bc) return () => {};
	const handler = (event: MessageEvent<Message>) => {
		if (event.data?.type === 'assessment-changed') listener(event.data.id, event.data.revision);
	};
	bc.addEventListener('message', handler);
	return () => bc.removeEventListener('message', handler);
}
