import type { Line } from './pdf-lines.js';
import type { RowBands } from './pdf-table-bands.js';
import { type Column, ROW_NUMBER, type SubHeader, wrapsStt } from './pdf-table-columns.js';
import { HALF_LINE, lineText } from './pdf-table-head.js';

/**
 * Where a row of a PDF table starts: a row number, a page top, capitals, a row's spacing, a time or
 * cells of their own, and the header repeated at the top of a page. Apart from pdf-table.ts, which
 * reads the lines into rows, so that each file stays short.
 */

/** A table's lines and what its rows are told apart by, known before its rows are read. */
export interface TableFrame {
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
  /** Rule «centred-rows»: where rows start when the numbers stand in the middle of their rows. */
  bands: RowBands | null;
}

/** What reading a table's lines in order carries from one line to the next. */
export interface RowReading {
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
  lastLines: (Cell | null)[];
  /** The columns that name bodies (lead, partners), known once the header is read. */
  bodies: ReadonlySet<number> | null;
}

export interface Cell {
  text: string;
  /** Where its first run starts. */
  x: number;
  /** Where its last run ends, to tell whether the next one joins it with a space. */
  end: number;
  /** The width of its first word, about (rule «paragraph-in-cell»). */
  firstWord: number;
  /** Its line's font size. */
  size: number;
}

/**
 * The header's own lines («ST / T», «Cơ quan thực / hiện»); repeated at the top of a page, the same
 * number of lines is the header again, and the line after it starts a row (a cell carried over).
 * Counts the repeat down in `reading`; true where the line starts that row.
 */
export function afterRepeatedHeader(frame: TableFrame, reading: RowReading, k: number, first: string | null): boolean {
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
export function opensRow(
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
  const ownTime = ownTimeRow(frame, row, cells, first);
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
 * Rule «own-time-row»: under a body's merged cell, the next duty has no number of its own; it opens
 * with a capital beside a time of its own («Xếp lớp học phần …» | «Trước 10/9/2026») after the row
 * above already gave one. A wrapped time goes on in figures or lower case («Từ 25/8 đến» / «29/8/2026»).
 */
export function ownTimeRow(
  frame: TableFrame,
  row: readonly string[],
  cells: readonly Cell[],
  first: string | null,
): boolean {
  const filled = cells.filter((cell) => cell.text !== '');
  const time = frame.timeColumn >= 0 ? (cells[frame.timeColumn]?.text ?? '') : '';
  return (
    frame.numbered &&
    first === null &&
    filled.length >= 2 &&
    filled.every((cell) => /^\p{Lu}/u.test(cell.text)) &&
    OPENS_TIME.test(time) &&
    /\d{4}\s*$/u.test(row[frame.timeColumn] ?? '')
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
export function resumesCells(
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
