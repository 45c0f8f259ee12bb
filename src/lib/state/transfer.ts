// Moving assessments between devices, for the start page, the results page and settings: export
// files saved through the browser's download, imports checked and merged by storage. The start
// page loads this module when the user exports or imports (what it shows before: backup-status),
// and this module the export and import code (storage/transfer, the domain checks it runs).
import { questionnaireIndex } from 'virtual:content';
import { downloadBlob } from '$lib/browser/download';
import { datedFileName, safeFileNamePart, type ExportScope } from '$lib/domain';
import type { ImportResult, LeftOut } from '$lib/storage/transfer';

export type { ImportResult, LeftOut };

const transfer = () => import('$lib/storage/transfer');

/** The export file's name: "made-different-scan[-<company>]-2026-11-22.json" (or .zip). */
function exportName(companyOrAssessment: string | undefined, extension: string): string {
	const prefix = companyOrAssessment
		? `made-different-scan-${safeFileNamePart(companyOrAssessment, 60)}`
		: 'made-different-scan';
	return datedFileName(prefix, extension, new Date());
}

/**
 * Exports all assessments, one company's or one assessment, and saves the file. `name` (the
 * company's) goes into the file name. Resolves to how many assessments the file holds and how
 * many stored records it left out because this version cannot read them (kept under Settings).
 */
export async function exportAndSave(
	scope: ExportScope,
	options: { key?: string; name?: string; withPhotos: boolean }
): Promise<{ count: number; leftOut: LeftOut }> {
	const { exportBlob } = await transfer();
	const { blob, extension, count, leftOut } = await exportBlob(
		scope,
		options.key,
		options.withPhotos
	);
	downloadBlob(blob, exportName(options.name, extension));
	return { count, leftOut };
}

/** Checks and imports an export file (JSON, or zip with photos) against the built-in questionnaires. */
export async function importExport(file: File): Promise<ImportResult> {
	const { importFile } = await transfer();
	return importFile(file, questionnaireIndex);
}
