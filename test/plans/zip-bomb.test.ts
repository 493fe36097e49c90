import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PlanReadError, readDocument } from '../../src/plans/read.js';
import { writeTemp } from './helpers.js';

const MB = 1024 * 1024;

/**
 * Raw deflate data for `chunks` MB of zeros without deflating them all: one MB of zeros
 * compressed with a full flush ends byte-aligned with a fresh dictionary, so the same bytes
 * may follow themselves; an empty final block closes the stream. Returns the data and the CRC.
 */
function zeros(chunks: number): { data: Buffer; crc: number } {
  const chunk = Buffer.alloc(MB);
  const piece = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < chunks; i += 1) crc = crc32(chunk, crc);
  return { data: Buffer.concat([...Array<Buffer>(chunks).fill(piece), end]), crc };
}

interface ZipEntry {
  name: string;
  data: Buffer;
  crc: number;
  /** What the central directory says the entry inflates to. */
  size: number;
}

/** A zip archive with deflated entries, its headers written by hand (the format is fixed). */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The small parts every .docx has, so the archive looks like a Word file up to the bomb. */
function docxParts(): ZipEntry[] {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  };
  return Object.entries(parts).map(([name, text]) => {
    const raw = Buffer.from(text, 'utf8');
    return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
  });
}

async function refusal(path: string): Promise<PlanReadError> {
  const error: unknown = await readDocument(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanReadError);
  return error as PlanReadError;
}

describe('.docx zip bombs are refused from the sizes the archive declares', () => {
  it('a 1 GB document part (about 1 MB on disk) is refused with one Vietnamese line', async () => {
    const bomb = zeros(1024);
    const file = zip([...docxParts(), { name: 'word/document.xml', data: bomb.data, crc: bomb.crc, size: 1024 * MB }]);
    expect(file.length).toBeLessThan(10 * MB);
    const e = await refusal(writeTemp('bom.docx', file));
    expect(e.message).toBe(
      'Tệp «bom.docx» khi giải nén lớn bất thường (hơn 50 MB): có thể là tệp hỏng hoặc tệp độc hại, không đọc.',
    );
  });

  it('an entry under the total limit but compressed beyond reason (20 MB from 20 kB) is refused too', async () => {
    const bomb = zeros(20);
    const file = zip([...docxParts(), { name: 'word/document.xml', data: bomb.data, crc: bomb.crc, size: 20 * MB }]);
    expect((await refusal(writeTemp('nen.docx', file))).message).toMatch(
      /^Tệp «nen\.docx» khi giải nén lớn bất thường/,
    );
  });

  it('a directory that lies about the size is caught while inflating, at the limit', async () => {
    const bomb = zeros(200);
    const file = zip([...docxParts(), { name: 'word/document.xml', data: bomb.data, crc: bomb.crc, size: 4096 }]);
    expect((await refusal(writeTemp('doi.docx', file))).message).toMatch(/khi giải nén lớn bất thường \(hơn 50 MB\)/);
  });

  it('a small zip that is not a Word document still gets the usual message', async () => {
    const file = zip(docxParts());
    expect((await refusal(writeTemp('thieu.docx', file))).message).toMatch(/không phải tệp Word \(\.docx\) hợp lệ/);
  });
});
