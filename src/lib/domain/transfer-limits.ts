// Pure domain code. The limits an import file must keep, apart from the import checks
// (transfer.ts), so that the start page can state them without downloading those checks.
/** Largest JSON import accepted: 25 MB is ~2,000 fully answered assessments with notes. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
/** Largest zip (export with photos) accepted, and the most its files may unpack to. */
export const MAX_IMPORT_ZIP_BYTES = 250 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;
/** Largest single photo accepted from a file; the app itself stores ~0.3 MB per photo. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Most assessments and photos one file may hold: an advisor's portfolio is a few hundred. */
export const MAX_IMPORT_ASSESSMENTS = 10_000;
export const MAX_IMPORT_PHOTOS = 10_000;
/** Longest a zip import may take to unpack and check: legitimate ones need a few seconds. */
export const MAX_UNZIP_MILLISECONDS = 30_000;
