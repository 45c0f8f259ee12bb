// Renders the report in the browser. Import ONLY with `await import('$lib/report/render-pdf')`:
// pdfmake is about 1 MB and must stay out of every page's initial JavaScript.
// Fonts come from the app's own static files (static/fonts/, precached with the rest of the app),
// not from the 850 kB base64 vfs_fonts bundle, and never from the network.
import pdfMake from 'pdfmake/build/pdfmake';
import { asset } from '$app/paths';
import { buildReport, type ReportInput } from './build-report';

let configured = false;

function configure(): void {
	if (configured) return;
	const url = (file: string) => new URL(file, location.href).href;
	pdfMake.setFonts({
		Roboto: {
			normal: url(asset('/fonts/Roboto-Regular.ttf')),
			bold: url(asset('/fonts/Roboto-Medium.ttf')),
			italics: url(asset('/fonts/Roboto-Italic.ttf')),
			bolditalics: url(asset('/fonts/Roboto-MediumItalic.ttf'))
		}
	});
	// Belt and braces: the definition holds no URLs, but pdfmake must never fetch from elsewhere.
	const policy = (
		pdfMake as unknown as { setUrlAccessPolicy?: (allow: (url: string) => boolean) => void }
	).setUrlAccessPolicy;
	policy?.call(pdfMake, (target) => new URL(target, location.href).origin === location.origin);
	configured = true;
}

/** Builds and renders the report; resolves to the PDF file. */
export async function renderPdf(input: ReportInput): Promise<Blob> {
	configure();
	return pdfMake.createPdf(buildReport(input)).getBlob();
}
