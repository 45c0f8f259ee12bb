// What the start page shows about backups before anyone exports: when "export all" last ran and
// how many photos an export would carry. Apart from state/transfer, which the start page loads
// only when the user exports or imports.
import { lastBackupAt } from '$lib/storage/backup';
import { countPhotos } from '$lib/storage/photos';

/** When "export all" last ran on this device, or null. */
export const lastBackup = lastBackupAt;

/** How many photos are stored on this device. */
export const photoCount = countPhotos;
