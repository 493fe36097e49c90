import { readTabTable } from './tab-tables.js';
import type { TableRead } from './text-tables.js';

/**
 * Rule «space-table»: text copied out of a PDF viewer keeps a table's cells on one line, apart by
 * runs of spaces («Thứ Ba, 01/12    08h00    Họp Ban Chỉ đạo …    Sở Xây dựng    03/12»). A line
 * of three cells or more so spaced, followed by another, opens such a table, and each such line
 * (or a numbered one of two cells) is a row of it: a copied row keeps no trace of its empty last
 * cells. Two ways of spacing:
 * - aligned (a monospace or «layout» copy): every cell starts under a header cell, and goes there;
 * - one gap between cells (a viewer's copy): a run twice as long as the table's usual one stands
 *   for an empty cell.
 * A letterhead's two columns and the «Nơi nhận | signature» block are not rows.
 */
const GAP = / {2,}/g;
const NOT_A_ROW = /^\s*(?:Nơi nhận|KT\.|TM\.|TL\.)/u;

interface SpacedCell {
  at: number;
  text: string;
}

function spacedCells(line: string): SpacedCell[] {
  if (line.includes('\t') || /^\s*\|/.test(line) || NOT_A_ROW.test(line)) return [];
  const cells: SpacedCell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) cells.push({ at: m.index, text: m[0] });
  return cells;
}

export function isSpaceTableStart(lines: string[], start: number): boolean {
  const header = spacedCells(lines[start] ?? '');
  if (header.length < 3) return false;
  // Rule «header-wrap»: a header cell too long for its column goes on in the next line («Thời gian
  // hoàn» / «thành»); the rows start after it.
  const next = headerWrapped(lines, start, header) ? start + 2 : start + 1;
  return isRow(spacedCells(lines[next] ?? ''));
}

const headerWrapped = (lines: string[], start: number, header: SpacedCell[]): boolean =>
  isWrapLine(spacedCells(lines[start + 1] ?? ''), header);

export function readSpaceTable(lines: string[], start: number): TableRead {
  const header = spacedCells(lines[start] ?? '');
  let end = headerWrapped(lines, start, header) ? start + 2 : start;
  while (
    end < lines.length &&
    (isRow(spacedCells(lines[end] ?? '')) ||
      (end > start + 1 &&
        (isWrapLine(spacedCells(lines[end] ?? ''), header) || isRowUnderMerge(spacedCells(lines[end] ?? ''), header))))
  )
    end += 1;
  const block = lines.slice(start, end);
  return { rows: alignedRows(block) ?? gapRows(block), end };
}

/**
 * Three cells, or a numbered row whose other cells are empty or merged above («3    Báo cáo …»),
 * or a group row («I      Tuyên truyền, phát động Chiến dịch»).
 */
function isRow(cells: SpacedCell[]): boolean {
  return cells.length >= 3 || (cells.length === 2 && /^(?:\d{1,3}|[IVX]{1,5}|[A-Z])[.)]?$/.test(cells[0]?.text ?? ''));
}

/**
 * Rule «space-table-wrap»: a cell too long for its column goes on in the next line, under itself,
 * with the first column empty («Số 1   Ngã ba Bản Chắt   Công an xã 02 đồng chí, dân quân 02   24/24
 * giờ» / «   đồng chí, thú y viên 01 đồng chí»). Such a line fills two columns fewer than the header
 * at most, each piece under a header cell; it goes on the row above.
 */
// A numbered table's wrap may fill every column but the number's («theo hướng dẫn …» / «Trưởng thôn Bản
// Chắt» / «kể từ khi phát hiện»). A piece never runs past the start of the next column: the first line
// of a paragraph after the table, indented under the content, runs on across the columns.
function isWrapLine(cells: SpacedCell[], header: SpacedCell[], numbered = false): boolean {
  if (cells.length === 0 || cells.length > header.length - (numbered ? 1 : 2)) return false;
  if ((cells[0]?.at ?? 0) <= (header[0]?.at ?? 0) + 2) return false;
  return cells.every((c) => {
    const i = header.findIndex((h) => Math.abs(c.at - h.at) <= 2);
    const next = header[i + 1];
    return i >= 0 && (next === undefined || c.at + c.text.length < next.at);
  });
}

/** The header column under which a line's first cell starts. */
function columnAt(line: string, header: SpacedCell[]): number {
  const at = line.length - line.trimStart().length;
  return Math.max(
    0,
    header.findIndex((h) => Math.abs(at - h.at) <= 2),
  );
}

/**
 * Rule «row-under-merge»: a row whose first cells were merged above («Tháng 9/2026» over three
 * rows) starts under a later header cell and fills every column from there («   Xây dựng Kế hoạch
 * …   Phó Hiệu trưởng …»): a row, its first cells empty.
 */
function isRowUnderMerge(cells: SpacedCell[], header: SpacedCell[]): boolean {
  const first = cells[0];
  // (A wrapped cell goes on in lower case, «trường, lịch cụ thể …»: no row of its own.)
  if (!first || first.at <= (header[0]?.at ?? 0) + 2 || /^\p{Ll}/u.test(first.text)) return false;
  const col = header.findIndex((h) => Math.abs(first.at - h.at) <= 2);
  return col >= 1 && cells.length === header.length - col && cells.length >= 2;
}

/** The rows so far open with a number («1», «2.», «Số 1»): the first column is the row's number. */
// (Group rows between them, «I», «II», «A», are numbered too, and so is the header a page repeats.)
const isNumbered = (rows: readonly string[][]): boolean =>
  rows.length > 1 &&
  rows
    .slice(1)
    .every((r) => /^(?:Số\s+)?(?:\d{1,3}|[IVX]{1,5}|[A-Z])[.)]?$/u.test(r[0] ?? '') || r[0] === rows[0]?.[0]);

/** Rows of a copy whose cells start under the header's: each cell goes to its column. */
function alignedRows(block: string[]): string[][] | null {
  const header = spacedCells(block[0] ?? '');
  const column = (at: number): number =>
    header.findIndex((h, i) => at >= h.at - 2 && at < (header[i + 1]?.at ?? Infinity) - 2);
  const rows: string[][] = [];
  const aligned = mostlyAligned(block, header);
  const headerText = header.map((h) => h.text).join('|');
  let repeatedHeader = false;
  for (const [k, line] of block.entries()) {
    const cells = spacedCells(line);
    // The header a page repeats («TT   Nội dung hoạt động   …» after the page's number) is no row,
    // nor are the lines its long cells wrap onto («thành» under «Thời gian hoàn»).
    if (k > 0 && cells.map((c) => c.text).join('|') === headerText) {
      repeatedHeader = true;
      continue;
    }
    if (repeatedHeader && isWrapLine(cells, header)) continue;
    repeatedHeader = false;
    const above = rows[rows.length - 1];
    // (The header's own wrap, «thành» under «Thời gian hoàn», joins the header.)
    if (above && isWrapLine(cells, header, isNumbered(rows))) {
      for (const cell of cells) {
        const i = column(cell.at);
        above[i] = `${above[i] ?? ''} ${cell.text}`.trim();
      }
      continue;
    }
    const row = header.map(() => '');
    let prev: { col: number; end: number } | null = null;
    for (const cell of cells) {
      const i = pushedColumn(cell, column(cell.at), prev, header, aligned);
      if (i < 0 || row[i] !== '') return null;
      row[i] = cell.text;
      prev = { col: i, end: cell.at + cell.text.length };
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Rows of a copy with one gap between cells: a run twice the usual one is an empty cell. A row
 * never has more cells than the header: the cells it lacks stand in its longest runs (a long
 * content pushes the next cell right, so one long run may be the gap and not an empty cell).
 */
function gapRows(block: string[]): string[][] {
  const header = spacedCells(block[0] ?? '');
  const trimmed = block.map((l) => l.trim());
  const runs = trimmed.flatMap((l) => [...l.matchAll(GAP)].map((m) => m[0].length)).sort((a, b) => a - b);
  const usual = runs[Math.floor(runs.length / 2)] ?? 3;
  const width = trimmed[0]?.split(GAP).length ?? 0;
  const tabbed = trimmed.map((line, k) => {
    const gaps = [...line.matchAll(GAP)].map((m) => m[0].length);
    // (A row under a merge starts under a later column: the cells before it are empty.)
    const lead = k > 0 && isRowUnderMerge(spacedCells(block[k] ?? ''), header) ? columnAt(block[k] ?? '', header) : 0;
    let missing = Math.max(0, width - gaps.length - 1 - lead);
    // Longest runs first, each as many empty cells as it is long, while cells are missing.
    const empties = gaps.map(() => 0);
    for (const g of gaps.map((_, i) => i).sort((a, b) => gaps[b]! - gaps[a]!)) {
      const fits = Math.min(missing, Math.round(gaps[g]! / usual) - 1);
      if (fits <= 0) continue;
      empties[g] = fits;
      missing -= fits;
    }
    let n = 0;
    const row = '\t'.repeat(lead) + line.replace(GAP, () => '\t'.repeat(1 + empties[n++]!));
    return row + '\t'.repeat(Math.max(0, width - row.split('\t').length));
  });
  return readTabTable(tabbed, 0).rows;
}

/**
 * Rule «pushed-right»: in a copy laid out like the page, most cells start under their header cell,
 * but a cell after a long one starts a little further right, still inside its column («1   Xây dựng
 * … toàn dân   Phòng Tham mưu   Trước 05/02/2026» under «Đơn vị phối hợp   Thời gian»). When two
 * cells in three start under a header cell, each cell goes to the column it stands in.
 */
function mostlyAligned(block: string[], header: SpacedCell[]): boolean {
  const cells = block.slice(1).flatMap((line) => spacedCells(line));
  const under = cells.filter((c) => header.some((h) => Math.abs(c.at - h.at) <= 2)).length;
  return cells.length >= 6 && under / cells.length >= 2 / 3;
}

/**
 * The column of a cell (rule «pushed-right»): under its header cell, or — in a copy mostly laid
 * out like the page — pushed right by the long cell before it into the next column after that
 * cell's, or else the column it stands in.
 */
function pushedColumn(
  cell: SpacedCell,
  inSpan: number,
  prev: { col: number; end: number } | null,
  header: SpacedCell[],
  aligned: boolean,
): number {
  if (inSpan < 0 || Math.abs(cell.at - (header[inSpan]?.at ?? 0)) <= 2) return inSpan;
  if (!aligned) return -1;
  const next = prev ? prev.col + 1 : 0;
  const pushed = prev !== null && prev.end + 2 >= (header[next]?.at ?? Infinity);
  return pushed ? next : inSpan;
}
