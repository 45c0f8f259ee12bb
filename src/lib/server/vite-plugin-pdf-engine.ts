// Builds the report worker's PDF engine from pdfmake's and PDFKit's ES sources instead of
// pdfmake's prebuilt browser bundle (1 MB, 346 KB gzip, plus fonts), keeping only what the report
// uses:
// - the standard PDF fonts (Helvetica), whose metrics are a few KB; TrueType fallback fonts and
//   fontkit only in chunks of their own, loaded for a report with Greek, Cyrillic, Arabic or Hebrew;
// - Node's Buffer and EventEmitter from the `buffer` and `events` packages; a 20-line Readable
//   (src/lib/report/engine/shims/stream.ts) instead of readable-stream; zlib from fflate;
// - no SVG, QR codes, PNG, encryption, or core-js polyfills (shims/unused.ts throws if reached).
// Only imports made from inside pdfmake and PDFKit are redirected; nothing else in the app
// sees these shims.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const SHIMS = resolve('src/lib/report/engine/shims');
const AFM = 'virtual:pdf-engine/afm';
/** `virtual:pdf-engine/font/<family>`: a fallback font's two faces, as base64 (engine/fonts). */
const FONT = 'virtual:pdf-engine/font/';
const FONTS_DIR = resolve('src/lib/report/engine/fonts');
const FONT_FILES: Record<string, [string, string]> = {
	NotoSans: ['NotoSans-GreekCyrillic-Regular.ttf', 'NotoSans-GreekCyrillic-Bold.ttf'],
	NotoSansArabic: ['NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'],
	NotoSansHebrew: ['NotoSansHebrew-Regular.ttf', 'NotoSansHebrew-Bold.ttf']
};
const PDFKIT_ES = resolve('node_modules/pdfkit/js/pdfkit.es.js');

const VIRTUAL_FS = resolve('node_modules/pdfmake/src/virtual-fs.js');

/** Bare imports of the engine's dependencies, and what they become. */
const REDIRECT: Record<string, string> = {
	// PDFKit reads the fonts' metrics with fs; pdfmake's in-memory file system answers.
	fs: VIRTUAL_FS,
	stream: join(SHIMS, 'stream.ts'),
	zlib: join(SHIMS, 'zlib.ts'),
	// Loaded on demand, for a report with text in other scripts (see the shim).
	fontkit: join(SHIMS, 'fontkit.ts'),
	'@noble/ciphers/aes': join(SHIMS, 'unused.ts'),
	'@noble/hashes/sha2': join(SHIMS, 'unused.ts'),
	xmldoc: join(SHIMS, 'unused.ts'),
	// PNG decoding (with pako inside, 50 KB): the report's only images are JPEG photos.
	'png-js': join(SHIMS, 'unused.ts')
};
/** pdfmake's own modules for SVG and QR codes. */
const UNUSED_LOCAL = /(?:^|\/)(?:SVGMeasure|qrEnc(?:\.js)?|3rd-party\/svg-to-pdfkit)$/;

/** pdfmake's sources (not its prebuilt bundle in build/) and PDFKit. */
const ENGINE_FILE = /node_modules\/(?:pdfmake\/src|pdfkit)\//;

/** One face's metrics, cut to what PDFKit reads: the font's heights, each glyph's width, kerning. */
function compactAfm(text: string): string {
	const out: string[] = [];
	let section = '';
	for (const line of text.split('\n')) {
		const start = /^Start(\w+)/.exec(line);
		if (start) section = start[1] ?? '';
		else if (/^End\w+/.test(line)) section = '';
		if (start || /^End\w+/.test(line)) {
			out.push(line.trim());
			continue;
		}
		if (section === 'FontMetrics') {
			if (/^(FontName|FontBBox|Ascender|Descender|XHeight|CapHeight)\s/.test(line))
				out.push(line.trim());
		} else if (section === 'CharMetrics') {
			const width = /\bWX\s+(\d+)/.exec(line)?.[1];
			const name = /\bN\s+(\.?\w+)/.exec(line)?.[1];
			if (width && name) out.push(`C WX ${width} ; N ${name} ;`);
		} else if (section === 'KernPairs' && line.startsWith('KPX ')) out.push(line.trim());
	}
	return out.join('\n');
}

export function pdfEnginePlugin(): Plugin {
	const require = createRequire(import.meta.url);
	const afmDir = join(dirname(require.resolve('pdfkit/package.json')), 'js', 'data');
	return {
		name: 'made-different-pdf-engine',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (source === AFM) return `\0${AFM}`;
			if (source.startsWith(FONT) && source.slice(FONT.length) in FONT_FILES) return `\0${source}`;
			if (!importer || !ENGINE_FILE.test(importer)) return;
			// PDFKit's ES build, under Vitest too (whose Node conditions would pick the CommonJS one).
			if (source === 'pdfkit') return PDFKIT_ES;
			if (importer.includes('/pdfmake/') && UNUSED_LOCAL.test(source))
				return join(SHIMS, 'unused.ts');
		},
		load(id) {
			if (id.startsWith(`\0${FONT}`)) {
				// Base64 in a module of its own: the same in the worker and under Vitest, cached with
				// the app's other code for offline use, and fetched only when a report needs it.
				const [regular, bold] = FONT_FILES[id.slice(FONT.length + 1)]!;
				const base64 = (file: string) => readFileSync(join(FONTS_DIR, file)).toString('base64');
				return [
					`export const regular = ${JSON.stringify(base64(regular))};`,
					`export const bold = ${JSON.stringify(base64(bold))};`
				].join('\n');
			}
			if (id !== `\0${AFM}`) return;
			// The oblique faces have the upright faces' widths and kerning (only the name and angle
			// differ), so the engine registers each of these twice: see src/lib/report/engine/engine.ts.
			const afm = (file: string) => compactAfm(readFileSync(join(afmDir, file), 'utf8'));
			return [
				`export const regular = ${JSON.stringify(afm('Helvetica.afm'))};`,
				`export const bold = ${JSON.stringify(afm('Helvetica-Bold.afm'))};`
			].join('\n');
		},
		transform(code, id) {
			if (!ENGINE_FILE.test(id)) return;
			let result = code;
			// PDFKit reads the standard fonts' metrics from files next to itself (__dirname + '/data/…');
			// in the worker they are in pdfmake's virtual file system, rooted at '/'.
			result = result.replace(/\b__dirname\b/g, '"/"');
			// The imports are rewritten rather than resolved elsewhere, because Vitest hands Node's
			// built-in modules (fs, stream, zlib) to Node before any plugin could redirect them.
			result = result.replace(
				/(\bfrom\s*)(['"])(?:node:)?([\w@/.-]+)\2/g,
				(whole, from: string, _quote, source: string) =>
					REDIRECT[source] ? `${from}${JSON.stringify(REDIRECT[source])}` : whole
			);
			// Node's Buffer global, as webpack's ProvidePlugin gives it to pdfmake's own bundle.
			if (/\bBuffer\b/.test(result) && !/import\s*\{\s*Buffer\s*\}/.test(result))
				result = `import { Buffer } from 'buffer';\n${result}`;
			return result === code ? undefined : { code: result, map: null };
		}
	};
}
