// What PDFKit's document needs of Node's stream.Readable, and nothing more: it push()es the
// file's chunks, then null at the end. The chunks are kept until the engine collects them, since
// pdfmake writes most of the file before anyone could listen. Replaces readable-stream (about
// 30 KB gzip) in the report worker; see src/lib/server/vite-plugin-pdf-engine.ts.
import { EventEmitter } from 'events';

export class Readable extends EventEmitter {
	readonly chunks: Uint8Array[] = [];
	ended = false;

	push(chunk: Uint8Array | null): boolean {
		if (chunk === null) {
			this.ended = true;
			this.emit('end');
		} else this.chunks.push(chunk);
		return true;
	}
}

export default { Readable };
