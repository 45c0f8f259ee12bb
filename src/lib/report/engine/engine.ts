// The PDF engine of the report worker: pdfmake laid out with the standard PDF fonts. Built from
// pdfmake's and PDFKit's sources by src/lib/server/vite-plugin-pdf-engine.ts, so it carries no
// TrueType fonts, fontkit, SVG, QR or encryption code. Runs in the worker only: PDFKit's
// dependencies build functions with Function(), which the pages' Content-Security-Policy forbids.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import PdfmakeBase from 'pdfmake/src/base';
import virtualfs from 'pdfmake/src/virtual-fs';
import { bold, regular } from 'virtual:pdf-engine/afm';
import type { Readable } from './shims/stream';
import { familiesInDocument, fitDocument, type Shaper } from './win-ansi';

/** The report's one font family; the section builders name it in DEFAULT_STYLE. */
export const FONT = 'Helvetica';

// PDFKit reads these names from pdfmake's virtual file system (see the Vite plugin). The oblique
// faces have the upright faces' metrics.
virtualfs.writeFileSync('data/Helvetica.afm', regular, 'utf8');
virtualfs.writeFileSync('data/Helvetica-Oblique.afm', regular, 'utf8');
virtualfs.writeFileSync('data/Helvetica-Bold.afm', bold, 'utf8');
virtualfs.writeFileSync('data/Helvetica-BoldOblique.afm', bold, 'utf8');

const pdfmake = new PdfmakeBase();
const HELVETICA = {
	normal: 'Helvetica',
	bold: 'Helvetica-Bold',
	italics: 'Helvetica-Oblique',
	bolditalics: 'Helvetica-BoldOblique'
};
pdfmake.setFonts({ [FONT]: HELVETICA });
// The definition holds no URLs or file names; never fetch or read anything but the four standard
// faces (fallback fonts are in the virtual file system, which pdfmake reads first), whatever a
// future section puts in it.
pdfmake.setUrlAccessPolicy(() => false);
const FACES = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];
pdfmake.localAccessPolicy = (path) => FACES.includes(path);

/**
 * Loads the fallback fonts the document's text needs (none for a report in the four languages
 * with Western names) and registers them; returns what sets text in them, if any.
 */
async function prepareFonts(doc: TDocumentDefinitions): Promise<Shaper | undefined> {
	const families = familiesInDocument(doc);
	if (!families.size) return undefined;
	const { faceFiles, loadFallbackFonts, shaper } = await import('./fallback-fonts');
	await loadFallbackFonts(families);
	pdfmake.setFonts({
		[FONT]: HELVETICA,
		...Object.fromEntries([...families].map((family) => [family, faceFiles(family)]))
	});
	return shaper(families);
}

/**
 * Lays out and draws the document; `onPage` hears how many pages are drawn as it goes.
 * Resolves to the PDF file's bytes.
 */
export async function renderDocument(
	doc: TDocumentDefinitions,
	onProgress?: (fraction: number) => void
): Promise<Uint8Array<ArrayBuffer>> {
	const shape = await prepareFonts(doc);
	pdfmake.setProgressCallback(onProgress);
	const pdf = (await pdfmake.createPdf(fitDocument(doc, shape))) as Readable & {
		end(): void;
	};
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
