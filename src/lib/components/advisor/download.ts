// Saves files through the browser's download: works offline, nothing leaves the device.

/** Saves a Blob (a JSON or zip export, a CSV) as a file. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers start the download only after the click handler returned.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
	downloadBlob(new Blob([text], { type }), fileName);
}

/** "made-different-scan-2026-11-22.json": today's date in the device's time zone. */
export function datedFileName(prefix: string, extension: string, now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
