// Loads the fallback fonts a report needs (Greek and Cyrillic, Arabic, Hebrew: see scripts.ts and
// fonts/README.md), with fontkit, which PDFKit uses to lay out and embed TrueType fonts. A chunk
// of its own: only a report with such text imports it.
import { create } from 'fontkit';
import { Buffer } from 'buffer';
import virtualfs from 'pdfmake/src/virtual-fs';
import { useFontkit } from './shims/fontkit';
import type { FallbackFamily } from './scripts';

export { shaper } from './bidi';

useFontkit(create as (buffer: Uint8Array, postscriptName?: string) => unknown);

type Faces = { regular: string; bold: string };

const FACES: Record<FallbackFamily, () => Promise<Faces>> = {
	NotoSans: () => import('virtual:pdf-engine/font/NotoSans'),
	NotoSansArabic: () => import('virtual:pdf-engine/font/NotoSansArabic'),
	NotoSansHebrew: () => import('virtual:pdf-engine/font/NotoSansHebrew')
};

/** The virtual file names of a family's faces; the fonts have no italics, so those print upright. */
export function faceFiles(family: FallbackFamily) {
	return {
		normal: `${family}-Regular.ttf`,
		bold: `${family}-Bold.ttf`,
		italics: `${family}-Regular.ttf`,
		bolditalics: `${family}-Bold.ttf`
	};
}

const loaded = new Set<FallbackFamily>();

/** Puts the families' faces in pdfmake's virtual file system (once each). */
export async function loadFallbackFonts(families: Iterable<FallbackFamily>): Promise<void> {
	for (const family of families) {
		if (loaded.has(family)) continue;
		const { regular, bold } = await FACES[family]();
		const files = faceFiles(family);
		virtualfs.writeFileSync(files.normal, Buffer.from(regular, 'base64'));
		virtualfs.writeFileSync(files.bold, Buffer.from(bold, 'base64'));
		loaded.add(family);
	}
}
