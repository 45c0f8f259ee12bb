// Photos taken as evidence during a site visit, stored as blobs next to the assessment. They are
// resized on the device before they get here (see browser/image.ts).
import { byCodeUnits, type StoredPhoto } from '$lib/domain';
import { db } from './db';

/** Stores a photo for a question; returns the stored record. */
export async function addPhoto(input: {
	id: string;
	assessmentId: string;
	questionId: string;
	blob: Blob;
	width: number;
	height: number;
	at: string;
}): Promise<StoredPhoto> {
	// The key groups photos by assessment: `<assessmentId>/<photoId>`.
	const record: StoredPhoto = { ...input, id: `${input.assessmentId}/${input.id}` };
	await (await db()).put('photos', record);
	return record;
}

/** All photos of one assessment, oldest first. */
export async function listPhotos(assessmentId: string): Promise<StoredPhoto[]> {
	const photos = await (await db()).getAllFromIndex('photos', 'byAssessment', assessmentId);
	return photos.sort((a, b) => byCodeUnits(a.at, b.at) || byCodeUnits(a.id, b.id));
}

export async function deletePhoto(id: string): Promise<void> {
	await (await db()).delete('photos', id);
}

/** Puts photos back, e.g. when a deleted assessment is restored with "Undo". */
export async function restorePhotos(photos: readonly StoredPhoto[]): Promise<void> {
	const tx = (await db()).transaction('photos', 'readwrite');
	for (const photo of photos) await tx.store.put(photo);
	await tx.done;
}

/** How many photos are stored on this device. */
export async function countPhotos(): Promise<number> {
	return (await db()).count('photos');
}
