// PDFKit compresses every content stream with zlib.deflateSync; fflate does the same in a few KB
// (pako, which pdfmake's own bundle carries, is about 45 KB gzip). See vite-plugin-pdf-engine.ts.
import { Buffer } from 'buffer';
import { unzlibSync, zlibSync } from 'fflate';

export function deflateSync(data: Uint8Array): Buffer {
	return Buffer.from(zlibSync(data, { level: 6 }));
}

export function inflateSync(data: Uint8Array): Buffer {
	return Buffer.from(unzlibSync(data));
}

export default { deflateSync, inflateSync };
