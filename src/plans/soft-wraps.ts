import { isPipeRow } from './text-tables.js';

/**
 * Where a line break is not a paragraph's end: markdown's soft wraps (joined before the blocks are
 * read), text hard-wrapped at a page width (joined by text-blocks.ts), and the cues both joiners
 * share (a list mark, a field line, a line going on in lower case).
 */

/**
 * Markdown's soft wraps: paragraphs are separated by blank lines and broken inside at a page
 * width (a web page converted to markdown). Seen when many multi-line paragraphs break in
 * mid-sentence; then the lines of a paragraph are one paragraph again.
 */
export function looksSoftWrapped(lines: string[]): boolean {
  let breaks = 0;
  let midSentence = 0;
  // Wraps after a line as long as a page's width: a short heading («1. Phòng Kinh tế») before its
  // sentence is no wrap.
  let midLong = 0;
  let lowerStart = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const prev = (lines[i - 1] ?? '').trim();
    const line = (lines[i] ?? '').trim();
    if (prev === '' || line === '' || prev === '|' || line === '|' || isPipeRow(prev)) continue;
    breaks += 1;
    if (!/[.:;!?”"»)*]$/.test(prev) && !LIST_MARK.test(line)) {
      midSentence += 1;
      if (prev.length >= 50) midLong += 1;
    }
    if (isLowerStart(line.replace(/^\*+/, ''))) lowerStart += 1;
  }
  const blanks = lines.filter((l) => l.trim() === '').length;
  if (breaks < 20 || blanks < 10) return false;
  // Wraps mostly fall mid-sentence; where every sentence also starts a line of its own, about half
  // do, and then single blank lines between paragraphs must say it is markdown.
  const separated = blankSeparated(lines);
  if (separated ? midLong / breaks < 0.4 && midSentence / breaks < 0.6 : midSentence / breaks < 0.6) return false;
  if (!separated && !paragraphsEndAtBlanks(lines)) return false;
  // Blank-line paragraphs, or lines that plainly go on in lower case (a long table can make blanks rare).
  return blanks >= 0.15 * lines.length || lowerStart / breaks >= 0.3;
}

/**
 * Rule «paragraphs-end-at-blanks»: in markdown a paragraph ends at a blank line, so a line closing a
 * sentence is mostly followed by one. Text copied out of a PDF viewer wraps at the page width just
 * as much, but its paragraphs follow each other without a blank (blanks only around page numbers
 * and tables): there a line's end after a full stop is a paragraph's end, and the lines are not
 * joined as soft wraps. Lines before a list item or a table row do not count either way.
 */
function paragraphsEndAtBlanks(lines: string[]): boolean {
  let ends = 0;
  let atBlank = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    if (!/[.;:!?]$/.test(line) || line.includes('\t') || isPipeRow(line) || line === '|') continue;
    if (LIST_MARK.test(next.replace(/^\*+/, '')) || isPipeRow(next) || next === '|' || next.includes('\t')) continue;
    ends += 1;
    if (next === '') atBlank += 1;
  }
  return ends < 3 || atBlank / ends >= 0.4;
}

/**
 * Markdown that starts each sentence on a line of its own (semantic line breaks) ends most lines
 * with a full stop, yet its paragraphs are still set apart by single blank lines. A copy out of a
 * PDF viewer has blanks only in runs around a page number, never one blank between two lines of text.
 */
function blankSeparated(lines: string[]): boolean {
  let separators = 0;
  let text = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line !== '') {
      text += 1;
      continue;
    }
    const prev = (lines[i - 1] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    if (prev !== '' && next !== '' && !PAGE_NUMBER.test(prev) && !PAGE_NUMBER.test(next)) separators += 1;
  }
  return separators >= 8 && separators >= 0.1 * text;
}

const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/;

/** Joins the lines of each blank-separated paragraph; list items, headings, tables and hard breaks stay apart. */
export function joinSoftWraps(lines: string[], origin: number[]): [string[], number[]] {
  const out: string[] = [];
  const outOrigin: number[] = [];
  let open = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const t = line.trim();
    // Rule «hyphen-in-compound»: «tổ chức chính trị» / «- xã hội tại địa phương» is one phrase
    // wrapped at its hyphen, not a list item: a dash that goes on in lower case mid-sentence.
    const compound =
      open && /^[-–]\s/.test(t) && isLowerStart(t.slice(2)) && !/[.:;!?]$/.test(out[out.length - 1]?.trim() ?? '');
    const starts =
      t === '' ||
      t === '|' ||
      /^#{1,6}\s/.test(t) ||
      (LIST_MARK.test(t.replace(/^\*+/, '')) && !compound) ||
      FIELD_LINE.test(t.replace(/^\*+/, '')) ||
      isPipeRow(t) ||
      // A tab-separated row (a copy from Word) is a table row, never a wrapped line.
      line.includes('\t');
    const prev = out[out.length - 1];
    // «**Điều» / «**Chương» broken before its number: the number belongs to that heading.
    const cutHeading = prev !== undefined && /^\**(?:Điều|Chương|Mục|Phần|Phụ lục)$/u.test(prev.trim());
    if (open && cutHeading && t !== '') {
      out[out.length - 1] = `${prev.trimEnd()} ${t}`;
      continue;
    }
    if (open && !starts && prev !== undefined && !/ {2}$|\\$/.test(prev) && !isConverterCell(lines, i)) {
      out[out.length - 1] = `${prev.trimEnd()} ${t}`;
      continue;
    }
    out.push(line);
    outOrigin.push(origin[i] ?? i);
    // A markdown heading is one line: the line under it starts anew.
    open = t !== '' && t !== '|' && !/^#{1,6}\s/.test(t);
  }
  return [out, outOrigin];
}

/** Inside a converter table (cells between lines holding only "|"), lines are cells' lines: not joined here. */
function isConverterCell(lines: string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 60; j -= 1) {
    const t = (lines[j] ?? '').trim();
    if (t === '|') return true;
    if (t === '') return false;
  }
  return false;
}

/** Most long lines end without punctuation and are short: the text was broken at a page width. */
export function looksHardWrapped(lines: string[]): boolean {
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.includes('\t'));
  if (nonEmpty.length < 8) return false;
  const lengths = nonEmpty.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const long = nonEmpty.filter((l) => l.length >= 40);
  const open = long.filter((l) => !/[.:;!?”"»)]$/.test(l));
  return median <= 120 && long.length > 0 && open.length / long.length >= 0.6;
}

/**
 * Rule «field-line»: «Thời gian: …», «Cơ quan chủ trì: …», «Đơn vị thực hiện: …» on a line of their
 * own are a duty's fields, never the rest of the line above, however the text is wrapped. With its
 * capital: «… trước, trong» / «thời gian phát động: …» is one sentence wrapped.
 */
// (A label followed by a dot leader, «Địa điểm:..........Sân vận động», is a field of a form whatever
// its word: a tab stop's leader in Word, copied as dots.)
export const FIELD_LINE =
  /^(?:(?:Thời gian|Thời hạn|Cơ quan|Đơn vị|Chủ trì|Phối hợp|Sản phẩm|Kết quả dự kiến|Kinh phí)[^:.;]{0,30}:\s|\p{Lu}[^:.;]{0,30}:\s*(?:\.{3,}|…))/u;
// («b- …»: a small office letters its items with a hyphen. «Hoạt động 2:», «Nhiệm vụ 1.3.»: an
// activity numbered in words, rule «worded-number».)
export const LIST_MARK =
  /^(?:[-+•–*]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][)-]\s|[IVX]{1,5}[.\-)]\s|(?:Hoạt động|Nhiệm vụ|Nội dung|Công việc)\s+\d{1,2}(?:\.\d{1,2})*[.:]\s)/u;

/** The text goes on in lower case (after an opening bracket or quote). */
export function isLowerStart(text: string): boolean {
  const first = text.replace(/^[(“"'«\s]+/, '').charAt(0);
  return first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
}
