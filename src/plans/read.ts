import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import type { PlanDocument } from './document.js';
import { materializeNumbering } from './docx-numbering.js';
import { checkZipSizes, MAX_UNZIPPED_BYTES } from './docx-zip.js';
import { htmlToBlocks } from './html-blocks.js';
import { decodeHtml, pageToBlocks } from './html-page.js';
import { type FontStyle, PdfFonts } from './pdf-fonts.js';
import { type PdfRun, pdfPagesToLines } from './pdf-layout.js';
import { textToBlocks } from './text-blocks.js';

export type { Block, PlanDocument } from './document.js';

/** A plan file that cannot be read; the message is a short Vietnamese sentence for the user. */
export class PlanReadError extends Error {
  override name = 'PlanReadError';
}

export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Reads a plan file (.txt/.md, .docx, .pdf, a saved .html page) into paragraphs and tables. */
export async function readDocument(path: string): Promise<PlanDocument> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext) && ext !== '.docx' && ext !== '.pdf') {
    throw unsupported(name, ext);
  }

  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PlanReadError(`«${name}» là một thư mục, không phải tệp kế hoạch.`);
    size = info.size;
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    throw new PlanReadError(`Không tìm thấy tệp «${name}» (hoặc không có quyền đọc).`);
  }
  if (size > MAX_PLAN_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1).replace('.', ',');
    throw new PlanReadError(`Tệp quá lớn (${mb} MB): chỉ nhận tệp kế hoạch tối đa 10 MB.`);
  }
  if (size === 0) throw new PlanReadError(`Tệp «${name}» trống, không có nội dung.`);
  const bytes = await readFile(path);

  const doc =
    ext === '.docx'
      ? await readDocx(bytes, name)
      : ext === '.pdf'
        ? await readPdf(bytes, name)
        : HTML_EXTENSIONS.has(ext)
          ? readHtml(bytes, name)
          : readText(bytes, name);
  if (doc.blocks.length === 0) throw new PlanReadError(`Tệp «${name}» không có chữ nào để đọc.`);
  return doc;
}

function unsupported(name: string, ext: string): PlanReadError {
  if (ext === '.doc') {
    return new PlanReadError(`Tệp «${name}» là định dạng Word cũ (.doc): hãy mở bằng Word và lưu lại thành .docx.`);
  }
  const what = ext === '' ? 'tệp không có phần mở rộng' : `tệp ${ext}`;
  return new PlanReadError(
    `Chưa đọc được ${what} («${name}»): hãy gửi tệp .docx, .pdf, .txt hoặc .md, hay trang web đã lưu (.html).`,
  );
}

function readText(bytes: Buffer, name: string): PlanDocument {
  if (bytes.includes(0)) throw binary(name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary(name);
  }
  if (text.trim() === '') throw new PlanReadError(`Tệp «${name}» trống, không có nội dung.`);
  return { blocks: textToBlocks(text) };
}

function binary(name: string): PlanReadError {
  return new PlanReadError(
    `Tệp «${name}» không phải văn bản chữ (UTF-8): có thể là tệp nhị phân hoặc đã hỏng. Hãy gửi bản .docx, .pdf hoặc .txt.`,
  );
}

async function readDocx(bytes: Buffer, name: string): Promise<PlanDocument> {
  const notWord = new PlanReadError(`Tệp «${name}» không phải tệp Word (.docx) hợp lệ, hoặc đã bị hỏng.`);
  // A .docx is a zip archive: checking the signature first gives a clear message for renamed files.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw notWord;
  // Sizes first, from the zip's directory: a zip bomb is refused before anything is inflated.
  const verdict = checkZipSizes(bytes);
  if (verdict === 'broken') throw notWord;
  if (verdict === 'too-large') {
    throw new PlanReadError(
      `Tệp «${name}» khi giải nén lớn bất thường (hơn ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB): có thể là tệp hỏng hoặc tệp độc hại, không đọc.`,
    );
  }
  let html: string;
  try {
    // Images are left out: the importer reads text, and mammoth would inline each as base64.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer: await withNumbersAsText(bytes) }, { convertImage })).value;
  } catch {
    throw notWord;
  }
  return { blocks: htmlToBlocks(html) };
}

/** Word's list numbers as text (docx-numbering.ts); a file whose lists cannot be read is read as it is. */
async function withNumbersAsText(bytes: Buffer): Promise<Buffer> {
  try {
    return await materializeNumbering(bytes);
  } catch {
    return bytes;
  }
}

function readHtml(bytes: Buffer, name: string): PlanDocument {
  // A page is text: NUL bytes (outside UTF-16, which starts with its mark) mean a binary file.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw binary(name);
  const html = decodeHtml(bytes);
  if (html.trim() === '') throw new PlanReadError(`Tệp «${name}» trống, không có nội dung.`);
  return { blocks: pageToBlocks(html) };
}

async function readPdf(bytes: Buffer, name: string): Promise<PlanDocument> {
  if (bytes.subarray(0, 1024).indexOf('%PDF') < 0) {
    throw new PlanReadError(`Tệp «${name}» không phải tệp PDF hợp lệ, hoặc đã bị hỏng.`);
  }
  const pages: PdfRun[][] = [];
  try {
    const fonts = new PdfFonts();
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
      const styles = await fonts.styles(
        page,
        items.map((item) => item.fontName),
      );
      pages.push(items.map((item) => runOf(item, styles.get(item.fontName))));
    }
  } catch {
    throw new PlanReadError(`Không đọc được tệp PDF «${name}»: tệp bị hỏng hoặc có mật khẩu.`);
  }
  const { text, linePages } = pdfPagesToLines(pages);
  if (text.trim() === '') {
    throw new PlanReadError(
      `Tệp PDF «${name}» không có lớp chữ (có thể là bản scan): hãy gửi bản .docx hoặc PDF xuất trực tiếp từ Word.`,
    );
  }
  return { blocks: textToBlocks(text, { hardWrapped: true, dropPageNumbers: true, linePages, wholeRows: true }) };
}

/** A pdf.js text item as a positioned run (transform: [a, b, c, d, x, y]). */
function runOf(
  item: { str: string; transform: number[]; width: number; height: number },
  style: FontStyle | undefined,
): PdfRun {
  const [a = 1, b = 0, , , x = 0, y = 0] = item.transform;
  const run: PdfRun = { text: item.str, x, y, width: item.width, size: item.height || Math.hypot(a, b) };
  if (style?.bold) run.bold = true;
  if (style?.italic) run.italic = true;
  return run;
}
