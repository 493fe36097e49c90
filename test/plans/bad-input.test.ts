import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { PlanReadError, readDocument } from '../../src/plans/read.js';
import { tempDir, writeTemp } from './helpers.js';

/** The error a read gives, checked to be a PlanReadError with a short Vietnamese sentence. */
async function readError(path: string): Promise<PlanReadError> {
  const error = await readDocument(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanReadError);
  const e = error as PlanReadError;
  expect(e.message.length).toBeLessThan(220);
  expect(e.message).not.toMatch(/ENOENT|Error:|at \w|undefined|zip|central directory/i);
  expect(e.message).toMatch(/[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợíìỉĩịúùủũụứừửữựýỳỷỹỵ]/); // Vietnamese
  return e;
}

describe('bad plan files give a clear Vietnamese error', () => {
  it('empty file', async () => {
    expect((await readError(writeTemp('trong.txt', ''))).message).toMatch(/trống/);
  });

  it('file with only spaces and line breaks', async () => {
    expect((await readError(writeTemp('trang.txt', ' \n\n \t\n'))).message).toMatch(/trống/);
  });

  it('binary file with NUL bytes', async () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect((await readError(writeTemp('anh.txt', bytes))).message).toMatch(/không phải văn bản chữ/);
  });

  it('text that is not UTF-8 (Windows-1258 bytes)', async () => {
    const bytes = Uint8Array.from([0x4b, 0xc9, 0x20, 0x48, 0xd2, 0x41, 0x43, 0x48, 0xff, 0xfe]);
    expect((await readError(writeTemp('cu.txt', bytes))).message).toMatch(/UTF-8/);
  });

  it('file over 10 MB', async () => {
    const path = join(tempDir(), 'lon.txt');
    writeFileSync(path, Buffer.alloc(11 * 1024 * 1024, 'a'));
    const e = await readError(path);
    expect(e.message).toMatch(/^Tệp quá lớn \(11,0 MB\)/);
    expect(e.message).toMatch(/10 MB/);
  });

  it('a .docx that is not a Word file (plain text renamed)', async () => {
    expect((await readError(writeTemp('gia.docx', 'KẾ HOẠCH\nSố: 12/KH-UBND'))).message).toMatch(
      /không phải tệp Word \(\.docx\) hợp lệ/,
    );
  });

  it('a .docx that is a zip archive but not a Word document', async () => {
    // An empty zip: the "PK" signature passes, mammoth then fails.
    const emptyZip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    const withHeader = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0), ...emptyZip]);
    expect((await readError(writeTemp('hong.docx', withHeader))).message).toMatch(/không phải tệp Word/);
  });

  it('a .pdf that is not a PDF', async () => {
    expect((await readError(writeTemp('gia.pdf', 'không phải PDF'))).message).toMatch(/không phải tệp PDF hợp lệ/);
  });

  it('a damaged PDF', async () => {
    expect((await readError(writeTemp('hong.pdf', '%PDF-1.4\n1 0 obj << >>\n%%EOF'))).message).toMatch(
      /Không đọc được tệp PDF|không có lớp chữ/,
    );
  });

  it('unsupported extensions, with advice for the old Word format', async () => {
    expect((await readError(writeTemp('bang.xlsx', 'x'))).message).toMatch(
      /Chưa đọc được tệp \.xlsx.*\.docx, \.pdf, \.txt hoặc \.md/,
    );
    expect((await readError(writeTemp('cu.doc', 'x'))).message).toMatch(/Word cũ \(\.doc\).*\.docx/);
    expect((await readError(writeTemp('khong-duoi', 'x'))).message).toMatch(/không có phần mở rộng/);
  });

  it('missing file and a directory', async () => {
    expect((await readError(join(tempDir(), 'khong-co.txt'))).message).toMatch(/^Không tìm thấy tệp «khong-co.txt»/);
    const dir = join(tempDir(), 'thu-muc.txt');
    mkdirSync(dir);
    expect((await readError(dir)).message).toMatch(/là một thư mục/);
  });

  it('readPlanFile passes the same error on', async () => {
    await expect(readPlanFile(writeTemp('trong.md', ''))).rejects.toBeInstanceOf(PlanReadError);
  });
});
