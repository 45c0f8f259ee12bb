// Shrinks a photo on the device before it is stored: a 12-megapixel phone photo (~4 MB) becomes
// a ~1600 px JPEG of about 0.3 MB, so hundreds fit in IndexedDB and in an export.

/** Longest side of a stored photo, in pixels. */
export const PHOTO_MAX_SIDE = 1600;

export async function resizeImage(
	file: Blob,
	maxSide = PHOTO_MAX_SIDE
): Promise<{ blob: Blob; width: number; height: number }> {
	// from-image: respect the camera's EXIF orientation, so portrait photos stay upright.
	const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	try {
		const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
		const width = Math.max(1, Math.round(bitmap.width * scale));
		const height = Math.max(1, Math.round(bitmap.height * scale));
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(bitmap, 0, 0, width, height);
		const blob = await new Promise<Blob>((done, fail) =>
			canvas.toBlob(
				(result) => (result ? done(result) : fail(new Error('could not encode the photo'))),
				'image/jpeg',
				0.82
			)
		);
		return { blob, width, height };
	} finally {
		bitmap.close();
	}
}

/** A stored photo as a data URL, the form the PDF report embeds images in. */
export function photoDataUrl(blob: Blob): Promise<string> {
	return new Promise((done, fail) => {
		const reader = new FileReader();
		reader.onload = () => done(String(reader.result));
		reader.onerror = () => fail(reader.error ?? new Error('could not read the photo'));
		reader.readAsDataURL(blob);
	});
}
