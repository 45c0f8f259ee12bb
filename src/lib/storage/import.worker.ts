/// <reference lib="webworker" />
// Reads, parses and checks an import file's JSON off the page's thread. Scanning and parsing a
// 10 MB file and checking its records take a fraction of a second on a laptop and more on a
// tablet: on the page, that froze it for as long. Storage then applies the checked file (apply()
// in transfer.ts) in one IndexedDB transaction on the page.
import { checkImport, readImportText, type ParsedImport } from '$lib/domain';

/** A picked JSON file, or the JSON entry of a zip, and the questionnaires this app has. */
export type ToImportWorker = {
	source: Blob | Uint8Array;
	available: readonly { id: string; version: number }[];
};

const worker = self as unknown as DedicatedWorkerGlobalScope;

/** The JSON text; a zip's entry must be valid UTF-8 (a picked file is read as browsers read text). */
async function textOf(source: Blob | Uint8Array): Promise<string | null> {
	if (source instanceof Blob) return source.text();
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(source);
	} catch {
		return null;
	}
}

function parse(text: string | null, available: ToImportWorker['available']): ParsedImport {
	if (text === null)
		return { ok: false, error: { code: 'corrupt', detail: 'the JSON is not UTF-8' } };
	// A byte order mark is not part of the JSON (Blob.text() keeps it; TextDecoder drops it).
	const read = readImportText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	return read.ok ? checkImport(read.data, available) : read;
}

worker.addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
	const { source, available } = event.data;
	textOf(source).then(
		(text) => worker.postMessage(parse(text, available)),
		(error: unknown) =>
			worker.postMessage({
				ok: false,
				error: { code: 'corrupt', detail: error instanceof Error ? error.message : String(error) }
			} satisfies ParsedImport)
	);
});
