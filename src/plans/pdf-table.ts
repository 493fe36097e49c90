import { joinRun, type Line, type PdfRun } from './pdf-lines.js';

/**
 * A table in a PDF's lines: a run of lines whose segments start at the columns of a header row.
 * A row starts where the first column has a number (or after a row's extra spacing), wrapped cell
 * lines join their cell, a table goes on across a page break and a repeated header row is dropped.
 */

/** A table is looked for over at most this many lines (a long one goes on at the next header). */
const MAX_TABLE_LINES = 3000;
/** Columns start within this of the header's cell starts (points). */
export const ALIGN = 3;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[A-Z]\.?|[a-zđ][).]?)$/u;
const wrapsStt = (cellAbove: string | undefined, first: string): boolean =>
  /^S?T$/.test(cellAbove ?? '') && /^T{1,2}$/.test(first);

/**
 * Rule «two-column-table»: «Cơ quan, đơn vị | Nhiệm vụ» has only two columns, like the document's
 * heading; its header words tell it from the heading and from text with a wide gap.
 */
const HEADER_HINT = /^(?:stt|tt|nội dung|nhiệm vụ|công việc|hoạt động|cơ quan|đơn vị|chủ trì|thời gian|thời hạn)/iu;
const isTwoColumnHeader = (head: Line): boolean =>
  head.segments.length === 2 && head.segments.every((seg) => HEADER_HINT.test(seg.text.trim()));

const lineText = (line: Line): string => line.segments.map((seg) => seg.text).join('\t');

/**
 * Rule «spilled-cell»: a merged cell's text stands where the merge begins and may wrap past the
 * next row's number («UBND các xã,» then «phường» beside row 2). A cell that opens in lower case
 * after a cell above that ends open (a comma, «và», «các») is the end of that cell.
 */
function joinSpilledCells(rows: string[][]): void {
  for (let k = 2; k < rows.length; k++) {
    const row = rows[k]!;
    const above = rows[k - 1]!;
    row.forEach((cell, c) => {
      if (c === 0 || !/^\p{Ll}/u.test(cell) || !/(?:,|\s(?:và|các|của|với))$/u.test(above[c] ?? '')) return;
      above[c] = `${above[c]} ${cell}`;
      row[c] = '';
    });
  }
}

/** Lines that follow a table and never belong to it: the next appendix, the recipients, the signature. */
const AFTER_TABLE = /^(?:PHỤ LỤC\b|Phụ lục\s+(?:[IVX]+|\d+)\b|Nơi nhận\s*:|KT\.\s|TM\.\s|\(Kèm theo)/u;

/**
 * Where each column's text may stand, from the header row: column c starts after the previous
 * header label ends and ends before the next label starts. That holds for left-aligned cells
 * and for centred ones (a centred cell's text may start left of its label, never left of the
 * previous label's end).
 */
interface Column {
  lo: number;
  hi: number;
}

function columnsOf(head: Line): Column[] {
  const cells = head.segments;
  return cells.map((cell, c) => ({
    // Nothing stands left of the first column: a number left-aligned under a centred «STT» starts
    // left of its label, as the last column's text may run past the right of its own.
    lo: c === 0 ? -Infinity : cells[c - 1]!.end,
    hi: c === cells.length - 1 ? Infinity : cells[c + 1]!.x + ALIGN,
  }));
}

/** The column a run stands in (entirely), or -1; when two would hold it, the one holding its middle. */
function columnOfRun(columns: readonly Column[], run: PdfRun): number {
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
 * Word repeats the header row on each page of a long table: keep it once. A repeat may be drawn
 * shorter, its last words on the line of the first row («Thời gian hoàn» / «Quý I/2026thành»): a
 * row whose cells all begin the header's cells is the header again, and the rest of its words
 * come off the end of the next row's cells.
 */
function dropRepeatedHeaders(rows: string[][], header: readonly string[]): string[][] {
  const out: string[][] = [];
  rows.forEach((row, k) => {
    const filled = row.filter((cell) => cell !== '').length;
    const repeat =
      k > 0 && filled >= Math.ceil(row.length / 2) && row.every((cell, c) => (header[c] ?? '').startsWith(cell));
    if (!repeat) return void out.push(row);
    const next = rows[k + 1];
    row.forEach((cell, c) => {
      const rest = (header[c] ?? '').slice(cell.length).trim();
      if (next && rest !== '' && cell !== '' && next[c]?.endsWith(rest))
        next[c] = next[c].slice(0, -rest.length).trim();
    });
  });
  return out;
}

/**
 * Rule «two-row-header»: a header cell may stand over sub-columns («Cơ quan thực hiện» over «Chủ
 * trì | Phối hợp», «Thời gian» over «Bắt đầu | Kết thúc»). The sub-labels stand side by side on a
 * header line below, inside the one column, each a short label in capitals: that column becomes
 * one column per label, and the group's own label is dropped from the header. A body line's
 * justified gaps never count: only the lines right under the header, before the first row number.
 */
interface SubHeader {
  /** Index in the widened columns of the group's first sub-column, its span, and the sub-labels. */
  first: number;
  lo: number;
  hi: number;
  labels: string[];
}

const SUB_LABEL = /^\p{Lu}\S*(?:\s\S+){0,3}$/u;

function subHeaders(
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

/**
 * Rule «group-row-across»: a group row («III  GIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ …») is one
 * cell merged across the row, so its title runs past its column. It stays in the table, each run
 * in the column where it starts, when the line is just a row number in the first column and one
 * text; anything else that does not fit the columns ends the table as before.
 */
function groupRowAcross(line: Line, columns: readonly Column[]): number[] | null {
  const [number, title] = line.segments;
  if (line.segments.length !== 2 || !number || !title || !ROW_NUMBER.test(number.text)) return null;
  const startColumn = (x: number): number => {
    let found = -1;
    columns.forEach((col, c) => {
      if (x >= col.lo - ALIGN) found = c;
    });
    return found;
  };
  const cols = line.runs.map((run) => startColumn(run.x));
  return cols[0] === 0 && !cols.includes(-1) ? cols : null;
}

/**
 * A table starting at `start`: a header line of three segments or more, then every line whose
 * runs all stand in its columns, up to a wide gap. Null when `start` starts no table.
 */
export function tableAt(lines: readonly Line[], start: number): { rows: string[][]; end: number } | null {
  const head = lines[start]!;
  if (head.segments.length < 3 && !isTwoColumnHeader(head)) return null;
  const { columns, groups } = subHeaders(lines, start, columnsOf(head));
  // A run over a whole group of sub-columns (the group's own label) goes to its first one.
  const inGroup = (run: PdfRun): number =>
    groups.find((g) => run.x >= g.lo - ALIGN && run.x + run.width <= g.hi)?.first ?? -1;
  const placed = (line: Line): number[] | null => {
    const cols = line.runs.map((run) => {
      const c = columnOfRun(columns, run);
      return c >= 0 ? c : inGroup(run);
    });
    return cols.includes(-1) ? groupRowAcross(line, columns) : cols;
  };
  let end = start + 1;
  for (; end < lines.length && end - start < MAX_TABLE_LINES; end++) {
    const line = lines[end]!;
    if (!placed(line) || AFTER_TABLE.test(line.segments[0]?.text ?? '')) break;
    if (!line.pageStart && lines[end - 1]!.y - line.y > line.size * 4) break;
  }
  if (end - start < 2) return null;
  // The spacing of lines inside a cell is the smallest; a row's borders and padding add to it.
  let lineGap = Infinity;
  for (let k = start + 1; k < end; k++)
    if (!lines[k]!.pageStart) lineGap = Math.min(lineGap, lines[k - 1]!.y - lines[k]!.y);
  const rows: string[][] = [];
  let row: string[] | null = null;
  const numbered = lines.slice(start + 1, end).some((line) => {
    const lead = line.runs.find((run) => columnOfRun(columns, run) === 0)?.text.trim() ?? '';
    return /^\d{1,3}(?:\.\d{1,3})*\.?$/.test(lead);
  });
  // The header's own lines («ST / T», «Cơ quan thực / hiện»); repeated at the top of a page, the same
  // number of lines is the header again, and the line after it starts a row (a cell carried over).
  const headText = lineText(head);
  let headerLines = 0;
  let repeatLeft = 0;
  const twoColumns = isTwoColumnHeader(head);
  let lastFirstEmpty = false;
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    const cols = placed(line) ?? [];
    // Each run to the column it stands in (a gap too narrow to split segments still splits cells).
    const cells = columns.map(() => ({ text: '', end: -Infinity }));
    line.runs.forEach((run, r) => {
      const cell = cells[cols[r] ?? 0]!;
      cell.text = joinRun(cell.text, cell.end, run);
      cell.end = run.x + run.width;
    });
    const first = cells[0]!.text === '' ? null : cells[0]!.text;
    let forceRow = false;
    if (line.pageStart && k > start && headerLines > 0 && lineText(line) === headText) repeatLeft = headerLines;
    else if (repeatLeft > 0) {
      // A row number ends a repeated header drawn shorter than the first one.
      repeatLeft = first !== null && ROW_NUMBER.test(first) && !wrapsStt(row?.[0], first) ? 0 : repeatLeft - 1;
      forceRow = repeatLeft === 0;
    }
    const gap = k === start || line.pageStart ? 0 : lines[k - 1]!.y - line.y;
    // In a two-column table without numbers, a row starts where the agency column takes up text
    // again after a line it left blank (its name is over, the duties went on).
    const agencyAgain = twoColumns && first !== null && (lastFirstEmpty || k === start + 1);
    lastFirstEmpty = first === null;
    // Rule «capital-row»: in a table without row numbers («Thời gian | Nội dung | Đơn vị thực
    // hiện»), a line whose cells all open with a capital starts a row; a cell's wrapped line goes
    // on in lower case («Trước ngày 15» / «của tháng cuối» / «quý»).
    const filled = cells.filter((cell) => cell.text !== '');
    const capitalRow =
      !numbered && k > start && filled.length >= 2 && filled.every((cell) => /^[\p{Lu}\d]/u.test(cell.text));
    const startsRow =
      row === null ||
      forceRow ||
      agencyAgain ||
      capitalRow ||
      gap > lineGap * 1.25 ||
      // A lone capital is a group row («B»), except the end of a wrapped «ST» / «T» header cell.
      (first !== null && ((ROW_NUMBER.test(first) && !wrapsStt(row?.[0], first)) || line.pageStart));
    if (startsRow) {
      if (row) rows.push(row);
      if (row && headerLines === 0) headerLines = k - start;
      row = columns.map(() => '');
    }
    cells.forEach((cell, c) => {
      if (cell.text !== '') row![c] = row![c] === '' ? cell.text : `${row![c]} ${cell.text}`;
    });
  }
  if (row) rows.push(row);
  const header = rows[0]!.join('\t');
  for (const g of groups) g.labels.forEach((label, i) => (rows[0]![g.first + i] = label));
  joinSpilledCells(rows);
  // A line that merely had three wide gaps, followed by text at the margin, is no table.
  if (rows.filter((r) => r.filter((cell) => cell !== '').length >= 2).length < 2) return null;
  return { rows: dropRepeatedHeaders(rows, header.split('\t')), end };
}
