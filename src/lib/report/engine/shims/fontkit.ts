// PDFKit's `fontkit.create`, for the report's fallback fonts. fontkit (with its Unicode tables,
// over 100 KB gzip) is loaded only by a report that holds Greek, Cyrillic, Arabic or Hebrew text
// (engine/fallback-fonts.ts hands it over here); the usual report never loads it.
type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;

let loaded: Create | undefined;

/** Called once fontkit is loaded. */
export function useFontkit(create: Create): void {
	loaded = create;
}

export function create(buffer: Uint8Array, postscriptName?: string): unknown {
	if (!loaded) throw new Error('The report engine embeds fonts only after loading fontkit.');
	return loaded(buffer, postscriptName);
}
