import type { Line, PdfRun } from './pdf-lines.js';

/**
 * Where a PDF table's columns stand, from its header row, and the column each run of a line goes
 * to. Apart from pdf-table.ts, which reads the lines into rows, so that each file stays short.
 */

/** Columns start within this of the header's cell starts (points). */
export const ALIGN = 3;
export const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[A-Z]\.?|[a-zđ][).]?)$/u;
export const wrapsStt = (cellAbove: string | undefined, first: string): boolean =>
  /^S?T$/.test(cellAbove ?? '') && /^T{1,2}$/.test(first);

/**
 * Where each column's text may stand, from the header row: column c starts after the previous
 * header label ends and ends before the next label starts. That holds for left-aligned cells
 * and for centred ones (a centred cell's text may start left of its label, never left of the
 * previous label's end).
 */
export interface Column {
  lo: number;
  hi: number;
}

export function columnsOf(head: Line): Column[] {
  const cells = head.segments;
  return cells.map((cell, c) => ({
    // Nothing stands left of the first column: a number left-aligned under a centred «STT» starts
    // left of its label, as the last column's text may run past the right of its own.
    lo: c === 0 ? -Infinity : cells[c - 1]!.end,
    hi: c === cells.length - 1 ? Infinity : cells[c + 1]!.x + ALIGN,
  }));
}

/** The column a run stands in (entirely), or -1; when two would hold it, the one holding its middle. */
export function columnOfRun(columns: readonly Column[], run: PdfRun): number {
  const end = run.x + run.width;
  const middle = run.x + run.width / 2;
  let found = -1;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c]!;
    if (run.x < col.lo - ALIGN || end > col.hi) continue;
    if (found < 0 || (middle >= col.lo && middle < (columns[c + 1]?.lo ?? Infinity))) found = c;
  }
  return found;
}

/**
 * Rule «two-row-header»: a header cell may stand over sub-columns («Cơ quan thực hiện» over «Chủ
 * trì | Phối hợp», «Thời gian» over «Bắt đầu | Kết thúc»). The sub-labels stand side by side on a
 * header line below, inside the one column, each a short label in capitals: that column becomes
 * one column per label, and the group's own label is dropped from the header. A body line's
 * justified gaps never count: only the lines right under the header, before the first row number.
 */
export interface SubHeader {
  /** Index in the widened columns of the group's first sub-column, its span, and the sub-labels. */
  first: number;
  lo: number;
  hi: number;
  labels: string[];
}

const SUB_LABEL = /^\p{Lu}\S*(?:\s\S+){0,3}$/u;

export function subHeaders(
  lines: readonly Line[],
  start: number,
  columns: Column[],
): { columns: Column[]; groups: SubHeader[] } {
  const splits = new Map<number, { x: number; end: number; text: string }[]>();
  for (let k = start + 1; k <= start + 2 && k < lines.length; k++) {
    const line = lines[k]!;
    const first = line.segments[0];
    if (first && first.x < columns[0]!.hi && ROW_NUMBER.test(first.text) && !wrapsStt('ST', first.text)) break;
    columns.forEach((col, c) => {
      const inside = line.segments.filter((seg) => seg.x >= col.lo - ALIGN && seg.end <= col.hi);
      if (inside.length >= 2 && inside.every((seg) => SUB_LABEL.test(seg.text)) && !splits.has(c))
        splits.set(
          c,
          inside.map((seg) => ({ x: seg.x, end: seg.end, text: seg.text })),
        );
    });
  }
  if (splits.size === 0) return { columns, groups: [] };
  const widened: Column[] = [];
  const groups: SubHeader[] = [];
  columns.forEach((col, c) => {
    const subs = splits.get(c);
    if (!subs) return void widened.push(col);
    groups.push({ first: widened.length, lo: col.lo, hi: col.hi, labels: subs.map((sub) => sub.text) });
    // As columnsOf: a sub-column runs from the end of the label before to the start of the next.
    subs.forEach((_, i) =>
      widened.push({
        lo: i === 0 ? col.lo : subs[i - 1]!.end,
        hi: i === subs.length - 1 ? col.hi : subs[i + 1]!.x + ALIGN,
      }),
    );
  });
  return { columns: widened, groups };
}

/** A run over a whole group of sub-columns (the group's own label) goes to its first one; else -1. */
function groupOfRun(groups: readonly SubHeader[], run: PdfRun): number {
  return groups.find((g) => run.x >= g.lo - ALIGN && run.x + run.width <= g.hi)?.first ?? -1;
}

/** A group row's own number and title in one text: «I. CÔNG TÁC …», «B. NHIỆM VỤ …». */
export const GROUP_TITLE = /^(?:[IVXLC]{1,6}|[A-Z])\.\s+\p{Lu}{2}/u;

/**
 * Rule «group-row-across»: a group row («III  GIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ …») is one
 * cell merged across the row, so its title runs past its column. It stays in the table, each run
 * of the title in the column where it starts, when the line is a row number in the first column
 * and one text, and whatever stands right of the title fits a column of its own (the group's
 * total in a money column: «II  GIÁM SÁT, PHÁT HIỆN VÀ XỬ LÝ DỊCH … 2.120»); anything else
 * that does not fit the columns ends the table as before.
 */
function groupRowAcross(line: Line, columns: readonly Column[]): number[] | null {
  // «I. CÔNG TÁC TUYÊN TRUYỀN» merged across the whole row, the STT cell too: one text that opens
  // in the first column with a group's number; it stays whole in the first cell, as a converter
  // writes a merged cell.
  const [only] = line.segments;
  if (line.segments.length === 1 && only && only.x < (columns[1]?.lo ?? -Infinity) && GROUP_TITLE.test(only.text))
    return line.runs.map(() => 0);
  const [number, title, ...rest] = line.segments;
  if (!number || !title || !ROW_NUMBER.test(number.text) || rest.length > 2) return null;
  const startColumn = (x: number): number => {
    let found = -1;
    columns.forEach((col, c) => {
      if (x >= col.lo - ALIGN) found = c;
    });
    return found;
  };
  const cols = line.runs.map((run) =>
    run.x + run.width <= title.end + ALIGN ? startColumn(run.x) : columnOfRun(columns, run),
  );
  return cols[0] === 0 && !cols.includes(-1) ? cols : null;
}

/**
 * The column of each of the line's runs, or null when the line does not fit the table: a run
 * stands in no column and no group of sub-columns, and the line is no group row across.
 */
export function placeLine(line: Line, columns: readonly Column[], groups: readonly SubHeader[]): number[] | null {
  const cols = line.runs.map((run) => {
    const c = columnOfRun(columns, run);
    return c >= 0 ? c : groupOfRun(groups, run);
  });
  return cols.includes(-1) ? groupRowAcross(line, columns) : cols;
}

/**
 * Rule «column-starts-where-its-text-starts»: a column's place comes from its header label, and a
 * centred label ends well left of its cell's edge («Nội dung hoạt động» over a wide cell), so the
 * last word of a long content line («… Quyết định») seems to stand in the next column. Each
 * column's text starts at its cell's left edge: where every segment a column holds starts right of
 * its label-made start, the column starts at the leftmost of them, and the one before ends there.
 */
export function columnsByText(
  lines: readonly Line[],
  columns: readonly Column[],
  groups: readonly SubHeader[],
): Column[] {
  const starts = columns.map(() => Infinity);
  for (const line of lines) {
    const cols = placeLine(line, columns, groups);
    if (!cols) continue;
    for (const seg of line.segments) {
      const first = seg.runs?.[0];
      const at = first ? line.runs.indexOf(first) : -1;
      const c = at >= 0 ? (cols[at] ?? -1) : -1;
      if (c > 0) starts[c] = Math.min(starts[c]!, seg.x);
    }
  }
  const out = columns.map((col) => ({ ...col }));
  for (let c = 1; c < out.length; c++) {
    const edge = starts[c]!;
    if (!Number.isFinite(edge) || edge - ALIGN <= out[c]!.lo) continue;
    out[c]!.lo = edge - ALIGN;
    out[c - 1]!.hi = Math.min(out[c - 1]!.hi, edge);
  }
  return out;
}
