import { inflateRawSync } from 'node:zlib';

/**
 * Guards a .docx (a zip archive) against zip bombs before mammoth unpacks it: mammoth's zip
 * library inflates every part whole, so a 3.5 MB file that expands to 1 GB costs seconds and
 * gigabytes before anything can refuse it. The zip's central directory is a fixed binary
 * format at the end of the file that states each entry's sizes; reading it costs nothing.
 */

/** Total uncompressed size a plan's .docx may have: real plans with images are a few MB. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** An entry this large that compresses better than RATIO_LIMIT:1 is not a document part. */
const RATIO_MIN_BYTES = 10 * 1024 * 1024;
const RATIO_LIMIT = 200;

export type ZipVerdict = 'ok' | 'too-large' | 'broken';

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;

/**
 * 'too-large' when the sizes the archive declares pass the limits, or when an entry inflates
 * to more than it declared (a lying directory: inflated with a cap, so never more than the
 * limit); 'broken' when the directory cannot be read; 'ok' otherwise.
 */
export function checkZipSizes(bytes: Buffer): ZipVerdict {
  const entries = centralDirectory(bytes);
  if (!entries) return 'broken';
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > MAX_UNZIPPED_BYTES) return 'too-large';
    if (e.uncompressed > RATIO_MIN_BYTES && e.uncompressed > RATIO_LIMIT * Math.max(1, e.compressed))
      return 'too-large';
  }
  return actualSizesWithin(bytes, entries);
}

/** The entries the central directory lists, or null when it cannot be found or read. */
function centralDirectory(bytes: Buffer): Entry[] | null {
  const eocd = findEocd(bytes);
  if (eocd < 0) return null;
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === FULL32) {
    // Zip64: the real count and offset sit in the zip64 end record the locator points to.
    const locator = eocd - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) return null;
    const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
    if (record === null || record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) return null;
    const count64 = safeNumber(bytes.readBigUInt64LE(record + 32));
    const offset64 = safeNumber(bytes.readBigUInt64LE(record + 48));
    if (count64 === null || offset64 === null) return null;
    count = count64;
    offset = offset64;
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const entry: Entry = {
      method: bytes.readUInt16LE(p + 10),
      compressed: bytes.readUInt32LE(p + 20),
      uncompressed: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    };
    const extraStart = p + 46 + nameLength;
    if (extraStart + extraLength > bytes.length) return null;
    if (!readZip64Extra(bytes.subarray(extraStart, extraStart + extraLength), entry)) return null;
    entries.push(entry);
    p = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record: the last 22 bytes, or further back behind a comment. */
function findEocd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= lowest; p -= 1) {
    if (bytes.readUInt32LE(p) === EOCD) return p;
  }
  return -1;
}

/** Sizes given as 0xFFFFFFFF are in the zip64 extra field (id 1), in this order. */
function readZip64Extra(extra: Buffer, entry: Entry): boolean {
  const wanted = (['uncompressed', 'compressed', 'localOffset'] as const).filter((k) => entry[k] === FULL32);
  if (wanted.length === 0) return true;
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const size = extra.readUInt16LE(q + 2);
    if (id === 1) {
      if (size < wanted.length * 8 || q + 4 + size > extra.length) return false;
      for (const [k, key] of wanted.entries()) {
        const value = safeNumber(extra.readBigUInt64LE(q + 4 + k * 8));
        if (value === null) return false;
        entry[key] = value;
      }
      return true;
    }
    q += 4 + size;
  }
  return false;
}

function safeNumber(n: bigint): number | null {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}

/**
 * Inflates each entry with a cap (the budget left under MAX_UNZIPPED_BYTES), so an archive
 * whose directory lies about its sizes is refused after at most the limit, not after a gigabyte.
 * Native zlib does this in milliseconds for an ordinary document.
 */
function actualSizesWithin(bytes: Buffer, entries: Entry[]): ZipVerdict {
  let left = MAX_UNZIPPED_BYTES;
  for (const e of entries) {
    // Damaged entries are mammoth's to report: this pass only measures what inflates.
    const p = e.localOffset;
    if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL) continue;
    const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
    if (start + e.compressed > bytes.length) continue;
    let size = 0;
    if (e.method === 0) size = e.compressed;
    else if (e.method === 8 && e.compressed > 0) {
      try {
        size = inflateRawSync(bytes.subarray(start, start + e.compressed), { maxOutputLength: left + 1 }).length;
      } catch (error) {
        // Node throws a RangeError (ERR_BUFFER_TOO_LARGE) when the cap is reached; anything
        // else is damaged data, which mammoth will refuse on its own.
        if (error instanceof RangeError) return 'too-large';
        continue;
      }
    }
    left -= size;
    if (left < 0) return 'too-large';
  }
  return 'ok';
}
