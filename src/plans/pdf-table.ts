import { isOrderHeader } from './layouts/table-columns.js';
import { joinRun, type Line } from './pdf-lines.js';
import {
  type Column,
  columnOfRun,
  columnsByText,
  columnsOf,
  placeLine,
  ROW_NUMBER,
  type SubHeader,
  subHeaders,
  wrapsStt,
} from './pdf-table-columns.js';
import { tableEnd } from './pdf-table-end.js';
import { CellSpacing, centredHead, HALF_LINE, isTwoColumnHeader, lineText } from './pdf-table-head.js';

/**
 * A table in a PDF's lines: a run of lines whose segments start at the columns of a header row.
 * A row starts where the first column has a number (or after a row's extra spacing), wrapped cell
 * lines join their cell, a table goes on across a page break and a repeated header row is dropped.
 */

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
 * A table starting at `start`: a header line of three segments or more, then every line whose
 * runs all stand in its columns, up to a wide gap. Null when `start` starts no table.
 */
export function tableAt(lines: readonly Line[], start: number): { rows: string[][]; end: number } | null {
  const centred = centredHead(lines, start);
  const head = centred ?? lines[start]!;
  if (head.segments.length < 3 && !isTwoColumnHeader(head)) return null;
  const { columns, groups } = subHeaders(lines, centred ? start + 1 : start, columnsOf(head));
  const end = tableEnd(lines, { start, headLine: lines[centred ? start + 1 : start]!, columns, groups });
  if (end - start < 2) return null;
  const body = columnsByText(lines.slice(start + (centred ? 2 : 1), end), columns, groups);
  const rows = finishRows(readRows(frameOf(lines, { start, end, head, columns: body, groups })), groups);
  return rows ? { rows, end } : null;
}

/** A table's lines and what its rows are told apart by, known before its rows are read. */
interface TableFrame {
  lines: readonly Line[];
  start: number;
  end: number;
  columns: readonly Column[];
  groups: readonly SubHeader[];
  /** The spacing of lines inside a cell; a larger gap starts a row. */
  lineGap: number;
  /** Some row has a number in the first column: capitals then start no row. */
  numbered: boolean;
  /** The header line's text, to know it again when repeated at the top of a page. */
  headText: string;
  twoColumns: boolean;
  /** The column of the row's time, or -1. */
  timeColumn: number;
  /** The first column is the rows' numbering («STT», «TT»). */
  orderColumn: boolean;
}

function frameOf(
  lines: readonly Line[],
  {
    start,
    end,
    head,
    columns,
    groups,
  }: { start: number; end: number; head: Line; columns: readonly Column[]; groups: readonly SubHeader[] },
): TableFrame {
  // The spacing of lines inside a cell is the smallest; a row's borders and padding add to it.
  // (A centred header's half lines are no spacing: rule «centred-header».)
  const spacing = new CellSpacing();
  for (let k = start + 1; k < end; k++) spacing.add(lines[k - 1]!.y - lines[k]!.y, lines[k]!.size, lines[k]!.pageStart);
  const lineGap = spacing.smallest;
  const numbered = lines.slice(start + 1, end).some((line) => {
    const lead = line.runs.find((run) => columnOfRun(columns, run) === 0)?.text.trim() ?? '';
    return /^\d{1,3}(?:\.\d{1,3})*\.?$/.test(lead);
  });
  // The time column, by its header's first words («Thời hạn», «Thời gian hoàn thành»).
  const timeColumn = head.runs.reduce(
    (found, run) => (/^(?:Thời hạn|Thời gian|Tiến độ|Hạn)/iu.test(run.text.trim()) ? columnOfRun(columns, run) : found),
    -1,
  );
  return {
    lines,
    start,
    end,
    columns,
    groups,
    lineGap,
    numbered,
    headText: lineText(lines[start]!),
    twoColumns: isTwoColumnHeader(head),
    timeColumn,
    orderColumn: isOrderHeader(head.segments[0]?.text ?? ''),
  };
}

/** What reading a table's lines in order carries from one line to the next. */
interface RowReading {
  /** The row being read; null before the first line. */
  row: string[] | null;
  /** How many lines the header took, known once the first row after it starts (0 until then). */
  headerLines: number;
  /** Lines of a header repeated at the top of a page still to come. */
  repeatLeft: number;
  /** The line above left the first column blank. */
  lastFirstEmpty: boolean;
  /** The cells of the line above (rule «resumed-cells»). */
  lastCells: readonly Cell[] | null;
  /** The row being read began after a row's spacing (rule «centred-number»). */
  spacedRow: boolean;
  /** Each cell's last line so far in `lastRow` (rules «broken-number» and «broken-short-name» look at it). */
  lastRow: string[] | null;
  lastLines: string[];
}

interface Cell {
  text: string;
  /** Where its last run ends, to tell whether the next one joins it with a space. */
  end: number;
}

/** The table's lines as rows of cells, the header's lines the first row (repeats still in). */
function readRows(frame: TableFrame): string[][] {
  const rows: string[][] = [];
  const reading: RowReading = {
    row: null,
    headerLines: 0,
    repeatLeft: 0,
    lastFirstEmpty: false,
    lastCells: null,
    spacedRow: false,
    lastRow: null,
    lastLines: [],
  };
  for (let k = frame.start; k < frame.end; k++) {
    const line = frame.lines[k]!;
    const cells = cellsOf(line, frame.columns, placeLine(line, frame.columns, frame.groups) ?? []);
    const first = cells[0]!.text === '' ? null : cells[0]!.text;
    const forceRow = afterRepeatedHeader(frame, reading, k, first);
    // In a two-column table without numbers, a row starts where the agency column takes up text
    // again after a line it left blank (its name is over, the duties went on).
    const agencyAgain = frame.twoColumns && first !== null && (reading.lastFirstEmpty || k === frame.start + 1);
    reading.lastFirstEmpty = first === null;
    const opens =
      reading.row === null ||
      forceRow ||
      agencyAgain ||
      opensRow(frame, reading, k, cells, first) ||
      resumesCells(frame, reading.row, cells, reading.lastCells, first);
    reading.lastCells = cells;
    if (opens) {
      const gap = k === frame.start || line.pageStart ? 0 : frame.lines[k - 1]!.y - line.y;
      reading.spacedRow = gap > frame.lineGap * 1.25;
      if (reading.row) rows.push(reading.row);
      if (reading.row && reading.headerLines === 0) reading.headerLines = k - frame.start;
      reading.row = frame.columns.map(() => '');
    }
    // (Set just above when it was null: the first line always opens a row.)
    const row = reading.row!;
    const lastLines = row === reading.lastRow ? reading.lastLines : frame.columns.map(() => '');
    cells.forEach((cell, c) => {
      if (cell.text === '') return;
      row[c] =
        row[c] === '' ? cell.text : `${row[c]}${joinsTight(lastLines[c] ?? '', cell.text) ? '' : ' '}${cell.text}`;
      lastLines[c] = cell.text;
    });
    reading.lastRow = row;
    reading.lastLines = lastLines;
  }
  if (reading.row) rows.push(reading.row);
  return rows;
}

/**
 * Rule «broken-number»: a column narrower than a date breaks it inside («16/1» / «1 đến 30/1» /
 * «1/20» / «26» is «16/11 đến 30/11/2026»): a line that ends in a short run of figures with a slash
 * goes on without a space when the next opens with a figure.
 */
function joinsTight(lastLine: string, next: string): boolean {
  // The line is short (a narrow column) and stops inside a date: after a slash, or after its
  // day, its month's first figure or the first figures of its year; the next line goes on with
  // a bare figure or «1/20» (a month's second figure and the year's first), never a whole date.
  // («QII/202» / «6»: a quarter in Roman figures breaks the same way.)
  const date =
    lastLine.length <= 8 &&
    /(?:^|\s)(?:\d{1,2}|Q?[IV]{1,3})\/(?:\d{1,2}\/)?\d{0,3}$|\/$/.test(lastLine) &&
    /^(?:\d{1,3}|\d\/\d{1,4})(?:\s|$)/.test(next);
  // Rule «broken-short-name»: a narrow cell breaks a short name at its joining mark («VP HĐND-» /
  // «UBND;», «P.KT,HT&» / «ĐT»): the mark stands against the letters before it, so the next line
  // goes on without a space. («Văn hóa -» / «Xã hội» keeps its spaces.)
  const name = lastLine.length <= 15 && /[\p{Lu}\d.][-&]$/u.test(lastLine) && /^[\p{Lu}\d]/u.test(next);
  return date || name;
}

/** Each run of the line to the column it stands in (a gap too narrow to split segments still splits cells). */
function cellsOf(line: Line, columns: readonly Column[], cols: readonly number[]): Cell[] {
  const cells = columns.map(() => ({ text: '', end: -Infinity }));
  line.runs.forEach((run, r) => {
    const cell = cells[cols[r] ?? 0]!;
    cell.text = joinRun(cell.text, cell.end, run);
    cell.end = run.x + run.width;
  });
  return cells;
}

/**
 * The header's own lines («ST / T», «Cơ quan thực / hiện»); repeated at the top of a page, the same
 * number of lines is the header again, and the line after it starts a row (a cell carried over).
 * Counts the repeat down in `reading`; true where the line starts that row.
 */
function afterRepeatedHeader(frame: TableFrame, reading: RowReading, k: number, first: string | null): boolean {
  const line = frame.lines[k]!;
  if (line.pageStart && k > frame.start && reading.headerLines > 0 && lineText(line) === frame.headText) {
    reading.repeatLeft = reading.headerLines;
    // The repeat is a row of its own (dropped below), even when its first line has no «TT» (a
    // centred header's half line): it never goes on the last row of the page before.
    return true;
  }
  if (reading.repeatLeft <= 0) return false;
  // A row number ends a repeated header drawn shorter than the first one.
  reading.repeatLeft =
    first !== null && ROW_NUMBER.test(first) && !wrapsStt(reading.row?.[0], first) ? 0 : reading.repeatLeft - 1;
  return reading.repeatLeft === 0;
}

/** Whether the line at `k` starts a row by its looks: a row number or a page top, capitals, a row's spacing. */
function opensRow(
  frame: TableFrame,
  reading: RowReading,
  k: number,
  cells: readonly Cell[],
  first: string | null,
): boolean {
  const row = reading.row ?? [];
  const line = frame.lines[k]!;
  const gap = k === frame.start || line.pageStart ? 0 : frame.lines[k - 1]!.y - line.y;
  // Rule «capital-row»: in a table without row numbers («Thời gian | Nội dung | Đơn vị thực
  // hiện»), a line whose cells all open with a capital starts a row; a cell's wrapped line goes
  // on in lower case («Trước ngày 15» / «của tháng cuối» / «quý»).
  const filled = cells.filter((cell) => cell.text !== '');
  // (Not a line drawn half a line off the one above: cells centred beside a long one, rule
  // «centred-header», open with capitals in the middle of their row.)
  const halfLine = gap > 0 && gap < HALF_LINE * line.size;
  const capitalRow =
    !frame.numbered &&
    k > frame.start &&
    !halfLine &&
    filled.length >= 2 &&
    filled.every((cell) => /^[\p{Lu}\d]/u.test(cell.text));
  // Rule «own-time-row»: under a body's merged cell, the next duty has no number of its own; it opens
  // with a capital beside a time of its own («Xếp lớp học phần …» | «Trước 10/9/2026») after the row
  // above already gave one. A wrapped time goes on in figures or lower case («Từ 25/8 đến» / «29/8/2026»).
  const time = frame.timeColumn >= 0 ? (cells[frame.timeColumn]?.text ?? '') : '';
  const ownTime =
    frame.numbered &&
    first === null &&
    filled.length >= 2 &&
    filled.every((cell) => /^\p{Lu}/u.test(cell.text)) &&
    OPENS_TIME.test(time) &&
    /\d{4}\s*$/u.test(row[frame.timeColumn] ?? '');
  // Rule «numbered-content-row»: a table without a numbering column numbers its rows inside the
  // first cell («2. Tổ chức tiêm phòng …»); a cell's wrapped line never opens so.
  const numberedCell = !frame.orderColumn && first !== null && /^\d{1,2}[.)]\s+\p{Lu}/u.test(first);
  return (
    capitalRow ||
    ownTime ||
    numberedCell ||
    gap > frame.lineGap * 1.25 ||
    // A lone capital is a group row («B»), except the end of a wrapped «ST» / «T» header cell.
    (first !== null &&
      ((ROW_NUMBER.test(first) &&
        !wrapsStt(row[0], first) &&
        !(reading.spacedRow && centredNumber(row, gap, { frame, line, cells }))) ||
        line.pageStart))
  );
}

/**
 * Rule «centred-number»: Word centres a row's number in its height, so in a row of several lines
 * «1.1» stands beside the content's second line, the row's spacing above its first. A number that
 * comes right under the lines of a row begun by that spacing, with no number of its own yet, is
 * that row's number; a next row's number comes after the row's spacing.
 */
function centredNumber(
  row: readonly string[],
  gap: number,
  { frame, line, cells }: { frame: TableFrame; line: Line; cells: readonly Cell[] },
): boolean {
  if (!(gap > 0 && gap <= frame.lineGap * 1.25 && row[0] === '' && row.some((cell) => cell !== ''))) return false;
  // Centred: half a line off the row's lines, or beside a line whose first text goes on
  // mid-sentence. A number at a full line's gap beside a text that opens anew («Tuyên truyền …») starts its row
  // (an empty paragraph at the end of the cell above made the spacing before the row above).
  const firstText = cells.slice(1).find((cell) => cell.text !== '')?.text ?? '';
  return gap < HALF_LINE * line.size || /^\p{Ll}/u.test(firstText);
}

/**
 * Rule «resumed-cells»: a numbered row's cell merged down over two measures («Chưa kịp thời phát
 * hiện …» beside «Rà soát hồ sơ …» and «Buộc tháo dỡ …») keeps writing while the measures' own
 * cells begin again: two cells or more that had ended, left blank on the line above, open again
 * with a capital on one line («P.KT,HT&ĐT; Công an phường» | «Hết QII/2026» | «Biên bản …»).
 * Those start the next measure's row; a cell wrapped line by line never leaves a blank between.
 */
function resumesCells(
  frame: TableFrame,
  row: readonly string[],
  cells: readonly Cell[],
  above: readonly Cell[] | null,
  first: string | null,
): boolean {
  if (!frame.numbered || first !== null || above === null) return false;
  const resumed = cells.filter(
    (cell, c) => cell.text !== '' && above[c]?.text === '' && row[c] !== '' && /^[\p{Lu}\d]/u.test(cell.text),
  );
  // Two cells resuming are a new measure only where a third does too, or a cell that went on opens
  // a new sentence beside them («… công trình» / «Buộc tháo dỡ …»): a cell's empty paragraph between
  // two co-leads («Sở Tư pháp» / «» / «Công an tỉnh») resumes two cells beside a sentence going on.
  const newSentence = cells.some((cell, c) => cell.text !== '' && above[c]?.text !== '' && /^\p{Lu}/u.test(cell.text));
  return resumed.length >= 3 || (resumed.length >= 2 && newSentence);
}

const OPENS_TIME = /^(?:Trước|Từ|Trong|Tháng|Quý|Năm|Ngày|Hằng|Thường xuyên|Định kỳ|Chậm nhất)(?=\s|$)/u;

/**
 * The rows as the table keeps them: the sub-labels in the header, spilled cells back in their
 * row, repeated headers dropped. Null when fewer than two rows have two cells: a line that merely
 * had three wide gaps, followed by text at the margin, is no table.
 */
function finishRows(rows: string[][], groups: readonly SubHeader[]): string[][] | null {
  const header = rows[0]!.join('\t');
  for (const g of groups) g.labels.forEach((label, i) => (rows[0]![g.first + i] = label));
  joinSpilledCells(rows);
  if (rows.filter((r) => r.filter((cell) => cell !== '').length >= 2).length < 2) return null;
  return dropRepeatedHeaders(rows, header.split('\t'));
}
