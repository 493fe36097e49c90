import { fold } from '../domain/text.js';
import { isOrderHeader } from './layouts/table-columns.js';

/**
 * Recognises the three ways a table survives in plain text: tab-separated rows (a
 * copy from Word or a PDF viewer: tab-tables.ts), markdown pipe tables, and "one cell per
 * line" (a copy from a PDF or a web page). Each reader returns the rows and the index of the
 * first line after.
 */
export interface TableRead {
  rows: string[][];
  end: number;
}

export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

export function trimRow(row: string[], width: number): string[] {
  const out = row.slice();
  while (out.length > width && (out[out.length - 1] ?? '') === '') out.pop();
  while (out.length < width) out.push('');
  return out;
}

export function isPipeRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

/** Consecutive markdown pipe rows; the |---| separator row is dropped; <br> becomes a line break. */
export function readPipeTable(lines: string[], start: number): TableRead {
  const rows: string[][] = [];
  let i = start;
  while (i < lines.length && isPipeRow(lines[i] ?? '')) {
    const line = (lines[i] ?? '').trim();
    i += 1;
    if (/^\|?[\s:|-]+\|?$/.test(line) && line.includes('---')) continue;
    const cells = line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/)
      .map((c) =>
        c
          .replace(/\\\|/g, '|')
          // A converter's escapes («\- », «1\.», «\*»): the cell says «- », «1.», «*».
          .replace(/\\([-.*_+])/g, '$1')
          .replace(/<br\s*\/?>/gi, '\n')
          .replace(/\*\*|__/g, '')
          .trim(),
      );
    // Rule «empty-header-row»: a converter that found no header in the page's table writes an
    // empty one above the first row («| | | |» then «|---|---|»); the table starts below it.
    if (rows.length === 0 && cells.every((c) => c === '')) continue;
    rows.push(cells);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { rows: rows.map((r) => trimRow(r, width)), end: i };
}

const HEADER_WORDS = [
  'noi dung',
  'nhiem vu',
  'chu tri',
  'co quan',
  'don vi',
  'phoi hop',
  'thoi gian',
  'thoi han',
  'tien do',
  'ghi chu',
  'san pham',
  'ket qua',
];

const isHeaderCell = (line: string): boolean => {
  const f = fold(line);
  return line.trim().length < 60 && HEADER_WORDS.some((w) => f.startsWith(w));
};
/** A line holding only a row number: "1", "2.", "1.2", "II", "a)". */
const isOrderLine = (line: string): boolean =>
  /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.?|[a-zđ]\))$/.test(line.trim());
/** A group heading row written on one line: "I. Nhiệm vụ chung", "A. ...". */
const isGroupLine = (line: string): boolean => /^(?:[IVX]{1,5}|[A-Z])\.\s+\S/.test(line.trim());

/** "STT" on its own line followed by header cells, then rows of one cell per line. */
export function isOneCellTableStart(lines: string[], start: number): boolean {
  if (!isOrderHeader(lines[start] ?? '')) return false;
  const header = readHeader(lines, start);
  const folded = header.cells.map(fold);
  return (
    header.cells.length >= 3 &&
    folded.some((c) => c.includes('noi dung') || c.includes('nhiem vu')) &&
    folded.some((c) => c.includes('chu tri') || c.includes('thuc hien'))
  );
}

function readHeader(lines: string[], start: number): { cells: string[]; end: number } {
  const cells = [(lines[start] ?? '').trim()];
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    if (!isHeaderCell(line)) break;
    cells.push(line.trim());
    i += 1;
  }
  return { cells, end: i };
}

/**
 * Rows start at a line holding only a number (or a group line). A row with fewer
 * lines than columns is padded at the end; the table stops at the first line that
 * would make a row longer than the header.
 */
export function readOneCellTable(lines: string[], start: number): TableRead {
  const header = readHeader(lines, start);
  const width = header.cells.length;
  const rows: string[][] = [header.cells];
  let row: string[] | null = null;
  let i = header.end;
  let end = i;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      i += 1;
      continue;
    }
    if (isOrderLine(line) || isGroupLine(line)) {
      if (row) rows.push(trimRow(row, width));
      row = isGroupLine(line) ? [line] : [line.replace(/\.$/, '')];
    } else if (row && row.length < width) {
      row.push(line);
    } else break;
    i += 1;
    end = i;
  }
  if (row) rows.push(trimRow(row, width));
  return { rows, end };
}

/**
 * The converter layout of web pages turned into markdown: every cell stands on its own lines
 * and a line holding only "|" separates cells; two such lines in a row end a table row, or, in a
 * row still short of the table's width, hold an empty cell (readConverterTable says which).
 * The table ends at a "|" line followed by a blank line. Merged cells are not marked there:
 * a row with fewer cells than the header is a group row when it has one or two cells, and
 * otherwise leaves its last columns to the row above (vertical merges keep their value).
 */
export function isConverterTableStart(lines: string[], start: number): boolean {
  if ((lines[start] ?? '').trim() !== '|') return false;
  for (let i = start + 1; i < lines.length && i <= start + 80; i += 1) {
    const t = (lines[i] ?? '').trim();
    if (t === '|') return true;
  }
  return false;
}

function barSoon(lines: string[], from: number): boolean {
  let text = 0;
  for (let j = from; j < lines.length && text < 5; j += 1) {
    const t = (lines[j] ?? '').trim();
    if (t === '|') return true;
    if (t !== '') text += 1;
  }
  return false;
}

export function readConverterTable(lines: string[], start: number): TableRead {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell: string[] | null = null;
  let i = start;
  for (; i < lines.length; i += 1) {
    const t = (lines[i] ?? '').trim();
    // Rule «converter-table-end»: after a blank line the table goes on only where a bar comes back
    // within a few lines (the next row's first cell, then «|»); a letterhead's two cells («Số: …» |
    // «CỘNG HÒA …») are followed by the document itself, which is no cell.
    if (t === '' && cell !== null && cell.length > 0 && !barSoon(lines, i + 1)) {
      row.push(joinCellLines(cell));
      break;
    }
    if (t !== '|') {
      if (cell !== null && t !== '') cell.push(t);
      continue;
    }
    if (cell !== null && cell.length === 0) {
      // Two "|" lines in a row: the row is over, the second one opens the next row — unless the
      // row is still short of the header's width: then the cell between them is empty
      // («| | Không tổ chức phiên họp … | | |»: no order, no body; «| 2 | … | Sở Y tế | | 2026 |»).
      // A group row («I | NHÓM GIẢI PHÁP …») spans the width in fewer cells: it is over; so is a
      // row whose last cells are merged down from the row above, when the next row's number follows.
      const width = Math.max(0, ...rows.map((r) => r.length));
      const groupRow = row.length > 0 && /^(?:[IVX]{1,5}|[A-Z])\.?$/.test(cleanCell(row[0] ?? ''));
      if (rows.length > 0 && row.length < width && !groupRow && !nextRowFollows(row, lines[i + 1])) row.push('');
      else {
        // A group row written with its empty cells («| I | NHÓM … | | | |») has one bar per empty
        // cell before the bar that opens the next row: those bars are its own.
        const need = width - row.length;
        let bars = 0;
        while ((lines[i + bars] ?? '').trim() === '|') bars += 1;
        if (groupRow && need > 0 && bars - 1 >= need) i += need;
        if (row.length > 0) rows.push(row);
        row = [];
      }
    } else if (cell !== null) row.push(joinCellLines(cell));
    cell = [];
    const next = lines[i + 1];
    if (next === undefined || next.trim() === '') {
      i += 1;
      break;
    }
  }
  if (row.length > 0) rows.push(row);
  return { rows: spreadShortRows(rows.map((r) => r.map(cleanCell))), end: i };
}

/**
 * The line after the bars is the next row's number («2» after row 1). (Not a group's «II»: a lone
 * capital is as often a mark in the row, «C», «P», «X».)
 */
function nextRowFollows(row: string[], next: string | undefined): boolean {
  const t = (next ?? '').trim().replace(/\.$/, '');
  const order = Number(cleanCell(row[0] ?? '').replace(/\.$/, ''));
  return /^\d{1,3}$/.test(t) && row.length > 0 && Number(t) === order + 1;
}

/** Cell lines → cell text: wrapped lines joined, a line after a full stop or a short name starts a new paragraph. */
function joinCellLines(cellLines: string[]): string {
  const out: string[] = [];
  for (const line of cellLines) {
    if (line === '') continue;
    const prev = out[out.length - 1];
    const newPara =
      prev === undefined ||
      /[.;:!?]$/.test(prev) ||
      (prev.length < 45 && /^[\p{Lu}+•-]/u.test(line) && !/[,(&-]$/.test(prev)) ||
      /^[-+•]\s/.test(line);
    if (newPara) out.push(line);
    else out[out.length - 1] = `${prev} ${line}`;
  }
  return out.join('\n');
}

export function cleanCell(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)(.+?)(?<=\S)\*(?=$|[\s,.;:)])/gm, '$1$2')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Rows shorter than the widest: group rows stay short; other rows take their missing last cells from above. */
function spreadShortRows(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out: string[][] = [];
  for (const row of rows) {
    const above = out[out.length - 1];
    if (row.length >= width || row.length <= 2 || !above) {
      out.push(trimRow(row, width));
      continue;
    }
    out.push([...row, ...above.slice(row.length)]);
  }
  return out;
}
