import type { TableRead } from './text-tables.js';

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
    if (t === '') return false;
    if (SEPARATOR.test(t)) return true;
  }
  return false;
}

export function readSplitPipeTable(lines: readonly string[], start: number): TableRead {
  let sep = start;
  while (!SEPARATOR.test(lines[sep] ?? '')) sep += 1;
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
  const cells = [header, ...rows].map((r) => r.map((c) => c.replace(/\\([-.*_])/g, '$1').trim()));
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
