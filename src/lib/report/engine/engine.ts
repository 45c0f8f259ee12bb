// The PDF engine of the report worker: pdfmake laid out with the standard PDF fonts. Built from
// pdfmake's and PDFKit's sources by src/lib/server/vite-plugin-pdf-engine.ts, so it carries no
// TrueType fonts, fontkit, SVG, QR or encryption code. Runs in the worker only: PDFKit's
// dependencies build functions with Function(), which the pages' Content-Security-Policy forbids.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import PdfmakeBase from 'pdfmake/src/base';
import virtualfs from 'pdfmake/src/virtual-fs';
import { bold, regular } from 'virtual:pdf-engine/afm';
import type { Readable } from './shims/stream';
import { fitDocument } from './win-ansi';

/** The report's one font family; the section builders name it in DEFAULT_STYLE. */
export const FONT = 'Helvetica';

// PDFKit reads these names from pdfmake's virtual file system (see the Vite plugin). The oblique
// faces have the upright faces' metrics.
virtualfs.writeFileSync('data/Helvetica.afm', regular, 'utf8');
virtualfs.writeFileSync('data/Helvetica-Oblique.afm', regular, 'utf8');
virtualfs.writeFileSync('data/Helvetica-Bold.afm', bold, 'utf8');
virtualfs.writeFileSync('data/Helvetica-BoldOblique.afm', bold, 'utf8');

const pdfmake = new PdfmakeBase();
pdfmake.setFonts({
	[FONT]: {
		normal: 'Helvetica',
		bold: 'Helvetica-Bold',
		italics: 'Helvetica-Oblique',
		bolditalics: 'Helvetica-BoldOblique'
	}
});
// The definition holds no URLs or file names; never fetch or read anything but the four standard
// faces, whatever a future section puts in it.
pdfmake.setUrlAccessPolicy(() => false);
const FACES = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];
pdfmake.localAccessPolicy = (path) => FACES.includes(path);

/**
 * Lays out and draws the document; `onPage` hears how many pages are drawn as it goes.
 * Resolves to the PDF file's bytes.
 */
export async function renderDocument(
	doc: TDocumentDefinitions,
	onProgress?: (fraction: number) => void
): Promise<Uint8Array<ArrayBuffer>> {
	pdfmake.setProgressCallback(onProgress);
	const pdf = (await pdfmake.createPdf(fitDocument(doc))) as Readable & { end(): void };
	const done = new Promise<void>((resolve) => {
		if (pdf.ended) resolve();
		else pdf.once('end', () => resolve());
	});
	pdf.end();
	await done;
	const size = pdf.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of pdf.chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}
