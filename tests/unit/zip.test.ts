import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, type ZipLimits, type ZipScheduler } from '../../src/lib/storage/zip';

const LIMITS: ZipLimits = {
	maxTotalBytes: 64 * 1024 * 1024,
	maxEntryBytes: (name) =>
		name.endsWith('.json') ? 32 * 1024 * 1024 : name.startsWith('photos/') ? 4 * 1024 * 1024 : null,
	maxEntries: 100,
	maxMilliseconds: 30_000
};

/** A JPEG-like photo: incompressible bytes behind the JPEG signature. */
function photo(size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	let x = 7;
	for (let i = 0; i < size; i += 1)
		bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes;
}

const JSON_TEXT = JSON.stringify({ name: 'Acme', filler: 'a'.repeat(1024 * 1024) });

const EXPORT = zipSync({
	'made-different-scan.json': strToU8(JSON_TEXT),
	'photos/1.jpg': [photo(50_000), { level: 0 }]
});
const exportZip = () => EXPORT.slice();
/** 3 MB that do not compress: ~200 slices to unpack. */
const BIG = zipSync({ 'made-different-scan.json': [photo(3 * 1024 * 1024), { level: 1 }] });

/** Where an entry's header fields are, in the local header and in the central directory. */
function headers(zip: Uint8Array, name: string): { local: number; central: number } {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const wanted = strToU8(name);
	const found = { local: -1, central: -1 };
	for (let at = 0; at + 4 < zip.length; at += 1) {
		const signature = view.getUint32(at, true);
		const nameAt = signature === 0x04034b50 ? at + 30 : signature === 0x02014b50 ? at + 46 : -1;
		if (nameAt < 0) continue;
		const nameLength = view.getUint16(signature === 0x04034b50 ? at + 26 : at + 28, true);
		if (nameLength !== wanted.length) continue;
		if (!wanted.every((b, i) => zip[nameAt + i] === b)) continue;
		if (signature === 0x04034b50) found.local = at;
		else found.central = at;
	}
	return found;
}

type Field = 'crc' | 'compressedSize' | 'size';
const LOCAL: Record<Field, number> = { crc: 14, compressedSize: 18, size: 22 };
const CENTRAL: Record<Field, number> = { crc: 16, compressedSize: 20, size: 24 };

/** Rewrites a header field of an entry, in both headers unless told otherwise. */
function declare(
	zip: Uint8Array,
	name: string,
	field: Field,
	value: number,
	where: 'both' | 'local' = 'both'
): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	const { local, central } = headers(copy, name);
	view.setUint32(local + LOCAL[field], value, true);
	if (where === 'both') view.setUint32(central + CENTRAL[field], value, true);
	return copy;
}

const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

async function read(bytes: Uint8Array, limits = LIMITS, scheduler?: ZipScheduler) {
	return readZip(blob(bytes), limits, scheduler);
}

describe('crc32', () => {
	it('gives the check value of the standard, also when fed in pieces', () => {
		const bytes = strToU8('123456789');
		expect(crc32(bytes)).toBe(0xcbf43926);
		expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
		// Longer than one 8-byte step, with a tail: the same as zip tools compute.
		expect(crc32(strToU8('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
	});
});

describe('readZip checks every entry against what the zip declares', () => {
	it('reads an honest export: the JSON and the photo, byte for byte', async () => {
		const result = await read(exportZip());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(new TextDecoder().decode(result.files.get('made-different-scan.json'))).toBe(JSON_TEXT);
		expect(Buffer.from(photo(50_000)).equals(result.files.get('photos/1.jpg')!)).toBe(true);
	});

	it('skips entries it was not asked for, without unpacking them', async () => {
		const zip = zipSync({
			'made-different-scan.json': strToU8('{}'),
			'other/big.bin': new Uint8Array(10)
		});
		const broken = declare(zip, 'other/big.bin', 'crc', 1);
		const result = await read(broken);
		expect(result.ok && [...result.files.keys()]).toEqual(['made-different-scan.json']);
	});

	it('refuses an entry that unpacks to more than it declares', async () => {
		// 1 MB of JSON declared as 1,000 bytes: the import that froze the tab for 7.6 s. How long such
		// a lie can keep the tab busy is bounded by construction, not by a clock here: its compressed
		// size must fit the declared one (tested below), so it can unpack to at most about 2 MB, and
		// the first piece beyond 1,000 bytes stops it.
		const lying = declare(exportZip(), 'made-different-scan.json', 'size', 1000);
		const result = await read(lying);
		expect(result).toEqual({
			ok: false,
			error: {
				code: 'corrupt',
				detail: expect.stringMatching(/more than the 1000 bytes it declares/)
			}
		});
	});

	it('refuses an entry that unpacks to less than it declares', async () => {
		const size = new TextEncoder().encode(JSON_TEXT).length;
		const result = await read(declare(exportZip(), 'made-different-scan.json', 'size', size + 1));
		expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
	});

	it('refuses a photo with one damaged byte (CRC-32 mismatch)', async () => {
		const zip = exportZip();
		const { local } = headers(zip, 'photos/1.jpg');
		const damaged = zip.slice();
		damaged[local + 30 + 'photos/1.jpg'.length + 1000]! ^= 0x01;
		expect(await read(damaged)).toEqual({
			ok: false,
			error: { code: 'corrupt', detail: 'photos/1.jpg fails its checksum (damaged)' }
		});
	});

	it('refuses a damaged deflated entry', async () => {
		const zip = exportZip();
		const { local } = headers(zip, 'made-different-scan.json');
		const damaged = zip.slice();
		damaged[local + 30 + 'made-different-scan.json'.length + 200]! ^= 0xff;
		expect(await read(damaged)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
	});

	it('refuses a local header that tells another story than the directory', async () => {
		const result = await read(declare(exportZip(), 'photos/1.jpg', 'crc', 1234, 'local'));
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'corrupt', detail: expect.stringMatching(/local header differs/) }
		});
	});

	it('refuses a compressed size far above what deflate can produce', async () => {
		const zip = exportZip();
		const size = new TextEncoder().encode(JSON_TEXT).length;
		const result = await read(declare(zip, 'made-different-scan.json', 'compressedSize', size * 2));
		expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
	});

	it('refuses by the declared sizes, before unpacking anything: one entry, then the total', async () => {
		let pauses = 0;
		const counting: ZipScheduler = {
			now: () => performance.now(),
			pause: async () => void (pauses += 1)
		};
		const big = declare(exportZip(), 'photos/1.jpg', 'size', 5 * 1024 * 1024);
		expect(await read(big, LIMITS, counting)).toMatchObject({
			ok: false,
			error: { code: 'too-large' }
		});
		const budget = { ...LIMITS, maxTotalBytes: 1024 * 1024 };
		expect(await read(exportZip(), budget, counting)).toEqual({
			ok: false,
			error: { code: 'too-large', detail: 'unpacks to more than 1048576 bytes' }
		});
		expect(pauses).toBe(0);
	});

	it('refuses a read that goes over its time budget', async () => {
		let clock = 0;
		const slow: ZipScheduler = { now: () => (clock += 400), pause: async () => {} };
		const result = await read(BIG, { ...LIMITS, maxMilliseconds: 2000 }, slow);
		expect(result).toEqual({
			ok: false,
			error: { code: 'too-large', detail: 'took longer than 2000 ms to unpack' }
		});
	});

	it('pauses for the page between slices of a large entry', async () => {
		let clock = 0;
		let pauses = 0;
		const busy: ZipScheduler = { now: () => (clock += 5), pause: async () => void (pauses += 1) };
		expect((await read(BIG, LIMITS, busy)).ok).toBe(true);
		expect(pauses).toBeGreaterThan(10);
	});

	it.each([
		['not a zip', strToU8('hello, world')],
		['a zip cut in half', exportZip().subarray(0, 30_000)],
		['a zip without its directory', exportZip().subarray(0, exportZip().length - 200)]
	])('refuses %s as damaged', async (_label, bytes) => {
		expect(await read(bytes)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
	});

	it('refuses the same wanted name twice', async () => {
		const one = zipSync({
			'made-different-scan.json': strToU8('{}'),
			'made-different-scan.jsoX': strToU8('{}')
		});
		const twice = one.slice();
		const { local, central } = headers(twice, 'made-different-scan.jsoX');
		twice[local + 30 + 23] = 'n'.charCodeAt(0);
		twice[central + 46 + 23] = 'n'.charCodeAt(0);
		expect(await read(twice)).toMatchObject({
			ok: false,
			error: { code: 'corrupt', detail: expect.stringMatching(/twice/) }
		});
	});

	it('refuses more entries than allowed', async () => {
		const files = Object.fromEntries(
			Array.from({ length: 5 }, (_, i) => [`photos/${i}.jpg`, photo(10)])
		);
		expect(await read(zipSync(files), { ...LIMITS, maxEntries: 4 })).toMatchObject({
			ok: false,
			error: { code: 'too-large' }
		});
	});
});
