import type { Block, ParaBlock, TextSpan } from './document.js';
import { isSpaceTableStart, readSpaceTable } from './space-tables.js';
import { isSplitPipeTableStart, readSplitPipeTable } from './split-pipe-table.js';
import { footnoteDefinition } from './document.js';
import { markdownLine } from './markdown-line.js';
import { normalizeText, typedNumbering } from './normalize-text.js';
import {
  FIELD_LINE,
  isLowerStart,
  joinSoftWraps,
  LIST_MARK,
  looksHardWrapped,
  looksSoftWrapped,
} from './soft-wraps.js';
import { isHtmlTableStart, readHtmlTable } from './text-html-tables.js';
import {
  isOneCellTableStart,
  isPipeRow,
  isConverterTableStart,
  readConverterTable,
  readOneCellTable,
  readPipeTable,
} from './text-tables.js';
import { isTabRow, isTwoCellTabStart, readTabTable } from './tab-tables.js';

export interface TextOptions {
  /**
   * Lines are broken at a fixed width (PDF text, copies of printed pages), so a line
   * starting with a capital may still continue the previous sentence. Detected when absent.
   */
  hardWrapped?: boolean;
  /** Drop lines that are only a page number (PDF). */
  dropPageNumbers?: boolean;
  /** The page (from 1) of each line of the text (PDF): blocks then say their page, not their line. */
  linePages?: readonly number[];
  /**
   * The text's table lines are whole rows already, joined from their text positions (a PDF, by
   * pdf-table-bands.ts): a line under an empty number is a row of its own, never a wrapped line.
   */
  wholeRows?: boolean;
}

interface Line {
  para: ParaBlock;
  blanksBefore: number;
}

import { PAGE_NUMBER, withoutPageNumberLines, withoutRunningHeads } from './page-lines.js';

export { isLowerStart } from './soft-wraps.js';
export { normalizeText } from './normalize-text.js';

/**
 * Rule «br-is-a-line»: a web page's paragraph broken by <br> («**Nội dung 1. …**<br>- Đơn vị thực
 * hiện: …<br>- Thời gian: …») is lines, as a Word paragraph broken by Shift+Enter: each piece a line
 * of its own, ended by a markdown hard break (two spaces). A table row keeps its <br> (its cell's lines).
 */
function splitAtBreaks(lines: string[], origin: number[]): [string[], number[]] {
  const out: string[] = [];
  const outOrigin: number[] = [];
  lines.forEach((line, k) => {
    const pieces = isPipeRow(line) || line.trim() === '|' ? [line] : line.split(/<br\s*\/?>/iu);
    pieces.forEach((piece, p) => {
      out.push(p < pieces.length - 1 ? `${piece.trimEnd()}  ` : piece);
      outOrigin.push(origin[k] ?? k);
    });
  });
  return [out, outOrigin];
}

/** Plain text or markdown → paragraphs and tables. */
export function textToBlocks(raw: string, options: TextOptions = {}): Block[] {
  let lines = normalizeText(raw).split('\n');
  // The source line of each line (from 0), kept through the filtering and joining below.
  let origin = lines.map((_, k) => k);
  [lines, origin] = splitAtBreaks(lines, origin);
  if (options.dropPageNumbers) {
    const kept = lines.map((l) => !PAGE_NUMBER.test(l));
    origin = origin.filter((_, k) => kept[k]);
    lines = lines.filter((_, k) => kept[k]);
  }
  // Running heads first: they are found by the page number above them.
  [lines, origin] = withoutRunningHeads(lines, origin);
  [lines, origin] = withoutPageNumberLines(lines, origin);
  // PDF text (hardWrapped given) has its own line joining; soft wraps are a markdown habit.
  const soft = options.hardWrapped === undefined && looksSoftWrapped(lines);
  if (soft) [lines, origin] = joinSoftWraps(lines, origin);
  const place = (i: number): { page: number } | { line: number } => {
    const source = origin[i] ?? 0;
    const page = options.linePages?.[source];
    return page !== undefined ? { page } : { line: source + 1 };
  };
  const hardWrapped = soft ? false : (options.hardWrapped ?? looksHardWrapped(lines));
  const items: Array<Line | Block> = [];
  let blanks = 0;
  for (let i = 0; i < lines.length;) {
    const line = lines[i] ?? '';
    // Rule «html-table-in-text»: a converter keeps a table it cannot write in pipes (merged cells)
    // as HTML inside the markdown; it is read as the web page's table, merges and all.
    if (isHtmlTableStart(line)) {
      const html = readHtmlTable(lines, i);
      for (const block of html.blocks) items.push({ ...block, ...place(i) });
      i = html.end;
      blanks = 0;
      continue;
    }
    const table = isConverterTableStart(lines, i)
      ? readConverterTable(lines, i)
      : isSplitPipeTableStart(lines, i)
        ? readSplitPipeTable(lines, i)
        : isPipeRow(line)
          ? readPipeTable(lines, i)
          : isTabRow(line) || isTwoCellTabStart(lines, i)
            ? readTabTable(lines, i, options.wholeRows === true)
            : isSpaceTableStart(lines, i)
              ? readSpaceTable(lines, i)
              : isOneCellTableStart(lines, i)
                ? readOneCellTable(lines, i)
                : null;
    if (table && table.rows.length > 0) {
      items.push({ type: 'table', rows: table.rows, ...place(i), mergesLost: true });
      i = table.end;
      blanks = 0;
      continue;
    }
    i += 1;
    if (line.trim() === '') {
      blanks += 1;
      continue;
    }
    if (isSiteChrome(line)) continue;
    // «**Văn bản liên quan**», «© Bản quyền thuộc …» after the document: the site's trailer, the
    // plan is over (rule «site-chrome»; only once the document has begun, not in a menu above it).
    if (items.length >= 10 && isSiteTrailer(line.replace(/^#+\s*|[*_]+/gu, '').trim())) break;
    for (const para of markdownLine(typedNumbering(line)))
      items.push({ para: { ...para, ...place(i - 1) }, blanksBefore: blanks });
    blanks = 0;
  }
  // In a text file a blank line ends a paragraph; in a PDF's text one blank line is a page break.
  return joinWrapped(items, hardWrapped, options.hardWrapped === undefined);
}

/**
 * Rule «site-chrome» (text pages): a website's menu kept by the converter («Lưu trữ | Ghi chú | Ý kiến
 * | Facebook | Email | In», «Đăng nhập | Đăng ký») is a line of two or more short items between
 * bars, not a table row (no bar at its ends); a copyright line closes the page. Neither is the plan.
 */
/** «Văn bản liên quan» alone on its line, or a copyright line: not a sentence that names them. */
function isSiteTrailer(t: string): boolean {
  return (
    /^(?:Các\s+)?Văn bản liên quan\s*:?$/iu.test(t) ||
    // «Văn bản liên quan: Luật … 2025 · Luật … 2015»: the site's list of related texts on one line.
    /^(?:Các\s+)?Văn bản liên quan\s*:\s*\S.*\s·\s/iu.test(t) ||
    /^(?:©|Copyright\b|Bản quyền\s*(?:thuộc|©|\(c\)))/iu.test(t)
  );
}

function isSiteChrome(line: string): boolean {
  const t = line.trim();
  if (/^(?:bản quyền|copyright)\s*(?:©|\(c\))/iu.test(t) || /^©\s*\d{4}/u.test(t)) return true;
  if (t.startsWith('|') || t.endsWith('|')) return false;
  const items = t.split(/\s+\|\s+/);
  return items.length >= 2 && items.every((x) => x.split(/\s+/).length <= 3 && !/[.;:]$/.test(x)) && t.length <= 120;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** Rejoins lines that continue the previous paragraph (broken by a page or a line width). */
function joinWrapped(items: Array<Line | Block>, hardWrapped: boolean, blankEnds: boolean): Block[] {
  const out: Block[] = [];
  const lengths = items.flatMap((it) => ('para' in it ? [it.para.text.length] : [])).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  // The page's width in letters: the longest lines but a few (a table's row may run longer). Only
  // in a text file: a PDF's lines come here as whole paragraphs, joined by where they stand.
  const wide = blankEnds ? (lengths[Math.floor(lengths.length * 0.9)] ?? 0) : 0;
  for (const item of items) {
    if (!('para' in item)) {
      out.push(item);
      continue;
    }
    const { para, blanksBefore } = item;
    const target = continuationTarget(out);
    if (target && canContinue(target, para, blanksBefore, hardWrapped, { median, wide }, blankEnds)) {
      const spans = joinedSpans(target, para);
      target.text = `${target.text} ${para.text}`.replace(/\s+/g, ' ');
      if (spans.length > 0) target.spans = spans;
      if (para.italic !== true) delete target.italic;
      continue;
    }
    out.push(para);
  }
  return out;
}

/** The spans of two lines joined into one paragraph: a span cut by the line break is one again. */
function joinedSpans(target: ParaBlock, para: ParaBlock): TextSpan[] {
  const before = target.spans ?? [];
  const [first, ...after] = para.spans ?? [];
  const last = before[before.length - 1];
  if (!first) return before;
  const cut =
    last !== undefined &&
    last.bold === first.bold &&
    last.italic === first.italic &&
    target.text.endsWith(last.text) &&
    para.text.startsWith(first.text);
  return cut
    ? [...before.slice(0, -1), { ...last, text: `${last.text} ${first.text}` }, ...after]
    : [...before, first, ...after];
}

/** The paragraph a continuation line joins: the last one, skipping footnotes printed in between. */
function continuationTarget(out: Block[]): ParaBlock | null {
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const block = out[i];
    if (!block || block.type !== 'para') return null;
    if (footnoteDefinition(block.text)) continue;
    return block;
  }
  return null;
}

function canContinue(
  prev: ParaBlock,
  para: ParaBlock,
  blanks: number,
  hardWrapped: boolean,
  { median, wide }: { median: number; wide: number },
  blankEnds: boolean,
): boolean {
  if ((prev.level ?? 0) > 0 || (para.level ?? 0) > 0) return false;
  // A line bold from end to end is a title of its own (a bold span wrapped over lines is bold on neither).
  if (prev.strong === true || para.strong === true) return false;
  // Rule «hyphen-in-compound» (as in joinSoftWraps): «… tổ chức chính trị» / «- xã hội vận động …».
  // Only in wrapped text, after a line long enough to have been wrapped: under a short heading
  // («1. Sở Nội vụ» / «- chủ trì rà soát …») it is the heading's first item.
  if (
    hardWrapped &&
    /^[-–]\s/.test(para.text) &&
    isLowerStart(para.text.slice(2)) &&
    !/[.:;!?]$/.test(prev.text) &&
    prev.text.length >= 60
  )
    return true;
  // Rule «number-after-its-word»: «… trong Quý» / «II/2026.», «… trước ngày» / «15/12/2026»: a
  // line broken between a word and the number it needs goes on, capitals or not.
  // Only the number a date needs («II/2026», «15/12/2026», «3 năm 2026»), never a numbered item.
  if (
    hardWrapped &&
    /\s(?:[Qq]uý|[Tt]háng|[Nn]gày|[Nn]ăm|[Ss]ố)$/u.test(prev.text) &&
    /^(?:[IVX]{1,4}|\d{1,2})(?:\/\d|[.,;]?$|\s+năm\s)/u.test(para.text)
  )
    return true;
  if (LIST_MARK.test(para.text) || FIELD_LINE.test(para.text) || footnoteDefinition(para.text)) return false;
  // Rule «head-lines»: the lines of a document's head stand alone, however short — the number line
  // («Số: 215/UBND-VP   Bến Tre, ngày 08 tháng 5 năm 2026»), the subject («V/v …», «Về việc …»), the
  // addressees («Kính gửi:») and an article («Điều 3. …») begin anew.
  if (/^Số\s*:/u.test(prev.text) || /^(?:V\/v\s|Về việc\s|Kính gửi\b|Điều\s+\d{1,3}\s*[.:]\s)/u.test(para.text))
    return false;
  if (isLowerStart(para.text)) return true;
  // Rule «open-bracket-goes-on»: «… (sau đây gọi tắt là Phòng» / «KT,HT&ĐT).»: a bracket left open
  // goes on in the next line, even one in capitals.
  if (hardWrapped && blanks === 0 && bracketOpen(prev.text)) return true;
  if (!hardWrapped || isAllCaps(para.text) || restatesHeading(prev.text, para.text)) return false;
  // A page break puts blank lines (and a page number) inside a paragraph that stops on «và», «(qua».
  if (blanks > 1 || (blanks === 1 && blankEnds))
    return blanks <= 6 && endsOpen(prev.text) && !/[.:;!?]$/.test(prev.text);
  if (/[.:;!?”"»)]$/.test(prev.text) || isAllCaps(prev.text)) return false;
  if (endsOpen(prev.text)) return true;
  // Rule «would-have-fit»: a line is wrapped only when its next word does not fit; where the next
  // line's first word would have fitted well within the page («3. Bệnh viện Đa khoa tỉnh và các
  // bệnh viện tuyến tỉnh» over «Treo băng rôn, …»), the line ended its paragraph. (Letters, not
  // widths: only a word that fits with a tenth of the page to spare counts.)
  const word = para.text.split(/\s/u)[0]?.length ?? 0;
  if (prev.text.length + 1 + word <= 0.9 * wide && prev.text.length < wide) return false;
  return prev.text.length >= 0.75 * median;
}

/**
 * Rule «heading-restated»: a numbered heading with no stop at its end («5. Đề nghị Hội Liên hiệp
 * Phụ nữ tỉnh, Tỉnh đoàn Thanh Hóa») over a sentence that opens with its words again («Đề nghị Hội
 * Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn Thanh Hóa phối hợp …»): a heading and its text, not one line
 * wrapped. Four words alike at least.
 */
function restatesHeading(prev: string, next: string): boolean {
  const heading = prev.match(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ][).]|[IVX]{1,5}\.)\s+(.+)$/u)?.[1];
  // (Not a line that stops inside a bracket: «… (sau đây gọi là» / «Ban Quản lý Khu kinh tế):»,
  // nor an item's first line that runs on with a comma: «2. Ủy ban nhân dân các xã, thị trấn chủ
  // động rà soát …,» / «Ủy ban nhân dân các xã, thị trấn báo cáo …».)
  if (heading === undefined || endsOpen(prev) || /[,;]$/u.test(prev)) return false;
  const words = heading.split(/\s+/).slice(0, 4);
  return words.length === 4 && next.startsWith(words.join(' '));
}

/**
 * Rule «open-ending»: a paragraph that stops on a word no sentence ends with («… (qua Sở Khoa học
 * và» / page break / «Công nghệ) để xem xét») or inside a parenthesis goes on, however short.
 */
const OPEN_WORDS = /\s(?:và|của|với|các|cho|theo|tại|về|trong|từ|đến|để|hoặc|những|được|là|qua|thuộc)$/iu;
function endsOpen(text: string): boolean {
  const opened = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
  return opened || OPEN_WORDS.test(text);
}

const bracketOpen = (text: string): boolean => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
