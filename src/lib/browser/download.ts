// Saves files through the browser's download: works offline, nothing leaves the device.

/** Saves a Blob (a PDF, a JSON or zip export, a CSV) as a file. */
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

/** Resolves after the browser painted, so a status shows before long work takes the main thread. */
export function afterPaint(): Promise<void> {
	return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}
