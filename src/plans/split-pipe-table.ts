import { cleanCell, type TableRead } from './text-tables.js';

/**
 * Rule «split-pipe-table»: a converter that keeps a cell's line breaks writes a markdown table with
 * every cell on its own line and a line holding only «|» between the cells of a row:
 *
 *     Cơ quan, đơn vị
 *     |
 *     Nhiệm vụ
 *     ---|---
 *     Sở Công Thương
 *     |
 *     - Tham mưu … - Chỉ đạo …
 *
 * The separator row («---|---») says how many columns there are; nothing marks where a row ends,
 * so the first cell of the next row is the last line before the next «|». A blank line ends it.
 */
const SEPARATOR = /^\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*\|?\s*$/;
const isBar = (line: string | undefined): boolean => (line ?? '').trim() === '|';

export function isSplitPipeTableStart(lines: readonly string[], start: number): boolean {
  if ((lines[start] ?? '').trim() === '' || isBar(lines[start]) || !isBar(lines[start + 1])) return false;
  for (let i = start + 2; i < lines.length && i <= start + 40; i += 1) {
    const t = (lines[i] ?? '').trim();
    // One blank line may stand between the header and its separator (rule «blank-separated-rows»).
    if (t === '') return SEPARATOR.test((lines[i + 1] ?? '').trim());
    if (SEPARATOR.test(t)) return true;
  }
  return false;
}

/**
 * Rule «blank-separated-rows»: another converter sets the separator and every row apart by blank
 * lines («STT / | / Nội dung …», blank, «---|---|---», blank, «1 / | / Tham mưu … / | / Chi cục …»,
 * blank, «2 / | / …»). There a blank line ends a row, and the table ends at a block with no «|».
 * Returns the rows, header first, or null when the separator is not set apart so.
 */
function readBlankSeparatedRows(lines: readonly string[], start: number, sep: number): TableRead | null {
  if ((lines[sep + 1] ?? '').trim() !== '') return null;
  const header = segments(lines.slice(start, sep)).map((s) => s.join(' '));
  const rows: string[][] = [header];
  let i = sep + 1;
  let end = i;
  for (;;) {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i += 1;
    let j = i;
    while (j < lines.length && (lines[j] ?? '').trim() !== '') j += 1;
    const block = lines.slice(i, j);
    if (block.length === 0 || !block.some(isBar)) break;
    rows.push(segments(block).map((s) => s.join(' ')));
    end = j;
    i = j;
  }
  return rows.length > 1 ? { rows: rows.map((r) => r.map(unescape)), end } : null;
}

const unescape = (cell: string): string => cleanCell(cell.replace(/\\([-.*_])/g, '$1'));

export function readSplitPipeTable(lines: readonly string[], start: number): TableRead {
  let sep = start;
  while (!SEPARATOR.test(lines[sep] ?? '')) sep += 1;
  const blankSeparated = readBlankSeparatedRows(lines, start, sep);
  if (blankSeparated) return blankSeparated;
  const width = (lines[sep] ?? '').split('|').filter((c) => /-{3,}/.test(c)).length;
  const header = segments(lines.slice(start, sep)).map((s) => s.join(' '));
  let end = sep + 1;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
  const segs = segments(lines.slice(sep + 1, end));
  // Segment k (k ≥ 1) ends with the first cell of the next row, except the row's inner cells.
  const rows: string[][] = [];
  let row: string[] = [];
  segs.forEach((seg, k) => {
    const isLast = k === segs.length - 1;
    const closesRow = (row.length + 1) % width === 0 || width === 1;
    if (k === 0 || !closesRow || isLast) row.push(seg.join(' '));
    else {
      row.push(seg.slice(0, -1).join(' '));
      rows.push(row);
      row = [seg[seg.length - 1] ?? ''];
    }
  });
  if (row.length > 0) rows.push(row);
  const cells = [header, ...rows].map((r) => r.map(unescape));
  return { rows: cells, end };
}

/** The lines between «|» lines. */
function segments(block: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of block) {
    if (isBar(line)) out.push([]);
    else if (line.trim() !== '') out[out.length - 1]!.push(line.trim());
  }
  return out;
}
