// pdfmake's ES sources, which the report engine builds from, ship without type declarations.
declare module 'pdfmake/src/base' {
	import type { TDocumentDefinitions } from 'pdfmake/interfaces';
	export default class PdfmakeBase {
		setFonts(
			fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>
		): void;
		setUrlAccessPolicy(allow: (url: string) => boolean): void;
		/** Set directly: only pdfmake's Node build has a setter. Paths it may read. */
		localAccessPolicy: ((path: string) => boolean) | undefined;
		setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
		/** Without a browser or Node output wrapper, this is PDFKit's document, once laid out. */
		createPdf(doc: TDocumentDefinitions): Promise<unknown>;
	}
}

declare module 'pdfmake/src/virtual-fs' {
	const virtualfs: {
		writeFileSync(name: string, content: string, encoding: 'utf8'): void;
		writeFileSync(name: string, content: Uint8Array): void;
	};
	export default virtualfs;
}

declare module 'virtual:pdf-engine/afm' {
	/** Helvetica's metrics, cut to what PDFKit reads (src/lib/server/vite-plugin-pdf-engine.ts). */
	export const regular: string;
	export const bold: string;
}

declare module 'virtual:pdf-engine/font/*' {
	/** A fallback font's regular and bold faces, TrueType as base64 (engine/fonts). */
	export const regular: string;
	export const bold: string;
}

declare module 'fontkit' {
	/** Parses a TrueType font; PDFKit lays out and embeds it (engine/shims/fontkit.ts). */
	export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
