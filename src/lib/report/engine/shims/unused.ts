// Stands in for what the report never uses, so it is not shipped: encryption (AES, SHA-256), SVG,
// QR codes and PNG decoding (the report's images are JPEG). Embedded fonts are loaded on demand
// (shims/fontkit.ts).
// Reaching any of these is a programming error, and says so.
function unused(what: string): never {
	throw new Error(`The report engine is built without ${what}.`);
}

export const cbc = () => unused('encryption');
export const ecb = () => unused('encryption');
export const sha256 = () => unused('encryption');

/** pdfmake's SVGMeasure and svg-to-pdfkit, and its QR encoder. */
export default class Unused {
	static measure = () => unused('QR codes');
	measureSVG = () => unused('SVG');
	writeDimensions = () => unused('SVG');
}
