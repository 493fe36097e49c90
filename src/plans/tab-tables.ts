import { isOrderHeader } from './layouts/table-columns.js';
import { cleanCell, isBlank, type TableRead, trimRow } from './text-tables.js';

/**
 * Tab-separated tables: a copy from Word (each line a row, a cell's line break mended) or from a PDF
 * viewer (each visual line a row, wrapped cells going on under an empty number). text-tables.ts
 * reads the other ways a table survives in text.
 */

export function isTabRow(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim());
  return cells.length >= 3 && cells.filter((c) => c !== '').length >= 2;
}

/** Two tab-separated cells on this line and the next: a two-column table (a PDF's «Cơ quan | Nhiệm vụ»). */
export function isTwoCellTabStart(lines: string[], start: number): boolean {
  const two = (line: string | undefined): boolean => {
    const cells = (line ?? '').split('\t').map((c) => c.trim());
    return cells.length === 2 && cells.every((c) => c !== '');
  };
  return two(lines[start]) && two(lines[start + 1]);
}

const OPENS_BLOCK =
  /^(?:[IVX]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[-+•]\s|\p{Lu}[\p{Lu}\s,]{8,}$|(?:Ghi chú|Chú thích|Lưu ý)\s*:)/u;

// (A lettered group row, «A⇥QUẢN LÝ NGÂN SÁCH, ĐẦU TƯ CÔNG», numbers its rows too.)
const ORDER_CELL = /^(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5}|[A-Z])[.)]?$/;

/** Tab rows, blank lines allowed between them; a row broken by a newline inside a cell is mended. */
export function readTabTable(lines: string[], start: number, wholeRows = false): TableRead {
  const rows: string[][] = [];
  let width = 0;
  let pending: string[] | null = null;
  // The work stands in the first column, numbered inside it («1. Tham mưu …⇥Phòng …»), with no STT.
  let contentFirst = false;
  let i = start;
  const lineByLine = !wholeRows && copiedLineByLine(lines, start);
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j])) j += 1;
      // Rule «next-table»: after a blank, a header row of another width («TT\tNội dung công việc\t…»
      // under a four-column list) opens a table of its own.
      const next = lines[j] ?? '';
      const header = isOrderHeader(next.split('\t')[0] ?? '') && next.split('\t').length !== width;
      if (pending === null && j < lines.length && isTabRow(next) && !header) {
        i = j;
        continue;
      }
      if (pending === null && contentFirst && subItemGoesOn(lines, j, rows[rows.length - 1])) {
        i = j;
        continue;
      }
      break;
    }
    if (!line.includes('\t')) {
      const above = rows[rows.length - 1];
      if (pending === null && contentFirst && above && subItemGoesOn(lines, i, above)) {
        above[0] = `${above[0] ?? ''}\n${line.trim()}`;
        i += 1;
        continue;
      }
      // A heading or a list item after the table («IV. TỔ CHỨC THỰC HIỆN», «1. Thủ trưởng …», «- …») is
      // no cell's next line: the last row only dropped its empty last cells.
      if (pending === null || OPENS_BLOCK.test(line.trim())) break;
      pending[pending.length - 1] = `${pending[pending.length - 1] ?? ''}\n${line.trim()}`;
      i += 1;
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (width === 0) {
      width = cells.length;
      contentFirst = WORK_HEADER.test(cells[0] ?? '') || NUMBERED_WORK.test(cells[0] ?? '');
    }
    // Rule «mend-fits-width»: a cell broken by a newline is mended only while the row stays within
    // the table's width; a line that opens with text and would overflow it is the next row (the
    // short one above only dropped its empty last cells).
    if (pending && cells[0] !== '' && pending.length + cells.length - 1 > width) {
      rows.push(pending);
      pending = null;
    }
    // (A piece under the header a new page repeats goes on the row before the page break, not on
    // the header: it stays a row of its own, which the table's reader joins to that row.)
    const last = rows[rows.length - 1];
    // (The header's own wrapped label, «thành» under «Thời gian hoàn», is short, in lower case, and
    // joins it; a body's name, «Công an tỉnh», is not the header's.)
    const piece = cells.join(' ').trim();
    const headerAbove =
      !pending &&
      (isOrderHeader(last?.[0] ?? '') || WORK_HEADER.test(last?.[0] ?? '')) &&
      (piece.length > 30 || /^\p{Lu}/u.test(piece));
    const above = headerAbove ? undefined : (pending ?? last);
    if (above && !pending && contentFirst && isPieceOfRowAbove(cells, above)) {
      cells.forEach((cell, k) => {
        if (cell !== '') above[k] = above[k] ? `${above[k]}\n${cell}` : cell;
      });
      i += 1;
      continue;
    }
    if (above && lineByLine && isLineOfRowAbove(cells, above) && !TOTALS.test(cells.find((c) => c !== '') ?? '')) {
      cells.forEach((cell, k) => {
        if (cell !== '') above[k] = `${above[k] ?? ''} ${cell}`.trim();
      });
      i += 1;
      continue;
    }
    // A copied row drops its empty last cells: a line opening with the next row's number starts a
    // new row, it does not go on the short one above.
    if (pending && ORDER_CELL.test(cells[0] ?? '') && ORDER_CELL.test(pending[0] ?? '')) {
      rows.push(pending);
      pending = null;
    }
    if (pending) {
      pending[pending.length - 1] = `${pending[pending.length - 1] ?? ''}\n${cells[0] ?? ''}`.trim();
      pending.push(...cells.slice(1));
    } else pending = cells;
    if (pending.length >= width) {
      rows.push(pending);
      pending = null;
    }
    i += 1;
  }
  if (pending) rows.push(pending);
  // A markdown file may carry its emphasis into a tab row («**I**\t**THÁNG 01/2026**»).
  return { rows: rows.map((r) => trimRow(r, width).map(cleanCell)), end: i };
}

/**
 * Rule «no-work-no-row»: in a table whose first column is the work, a line with that cell empty
 * («⇥⇥UBND phường Hạc Thành» under row 5) carries no work of its own: it is the next paragraph of
 * the row above's cells, which the copy put on a line of its own. So is a line opening with a
 * bullet under a numbered row («3. Xây dựng … các mô hình:» / «- Duy trì hoạt động …⇥⇥UBND …»).
 */
// A bullet with a lead of its own, or two cells more than its work, is a row of its own
// («- Mô hình nuôi cá hồi …⇥UBND phường Sa Pa⇥…⇥Quý III/2026»).
function isPieceOfRowAbove(cells: string[], above: string[]): boolean {
  if (!cells.some((c) => c !== '')) return false;
  if (cells[0] === '') return (above[0] ?? '') !== '';
  const others = cells.slice(1).filter((c) => c !== '').length;
  return isSubItemOf(cells[0] ?? '', above[0] ?? '') && (cells[1] ?? '') === '' && others <= 1;
}

// The first column holds the work: its header says so, or the table has none and opens on «1. …».
const WORK_HEADER = /^(?:Nội dung|Nhiệm vụ|Công việc|Hoạt động|Tên nhiệm vụ|Giải pháp)/iu;
const NUMBERED_WORK = /^\d{1,3}(?:\.\d{1,2})*[.)]\s/;
const BULLET = /^[-+•]\s/;

/** A tab-less bullet at `at` under a numbered row, with the table's rows going on after it. */
function subItemGoesOn(lines: string[], at: number, above: string[] | undefined): boolean {
  return above !== undefined && isSubItemOf((lines[at] ?? '').trim(), above[0] ?? '') && tableGoesOn(lines, at + 1);
}

function isSubItemOf(text: string, aboveWork: string): boolean {
  return BULLET.test(text) && NUMBERED_WORK.test(aboveWork);
}

/**
 * Rule «table-goes-on»: a line with no tab is the first cell alone (the copy drops a row's empty
 * last cells) when the table's rows go on after it, past blank lines.
 */
function tableGoesOn(lines: string[], from: number): boolean {
  let j = from;
  while (j < lines.length && (isBlank(lines[j]) || /^\s*\d{1,3}\s*$/.test(lines[j] ?? ''))) j += 1;
  const next = lines[j] ?? '';
  if (!isTabRow(next) && !(BULLET.test(next.trim()) && tableGoesOn(lines, j + 1))) return false;
  return !isOrderHeader(next.split('\t')[0] ?? '');
}

const TOTALS = /^(?:Cộng|Tổng cộng|Tổng số|Tổng)\s*:?$/iu;

/**
 * Rule «continued-line-row»: a PDF viewer copies a table line by line, each line's cells apart by
 * tabs; a cell too long for its column goes on in the next line, whose first cell (the number) is
 * empty: «1⇥Bồi dưỡng kiến thức quản⇥Công chức Văn⇥02/140» / «⇥lý nhà nước cho công⇥phòng HĐND và».
 * Each piece goes on the cell above it. Not a totals row («⇥Cộng⇥⇥17/1.200»), nor a row of its own.
 */
function isLineOfRowAbove(cells: string[], above: string[]): boolean {
  return cells.length >= 2 && cells[0] === '' && (above[0] ?? '') !== '' && cells.some((c) => c !== '');
}

/**
 * Whether the table was copied line by line: some line under an empty number goes on mid-sentence,
 * in lower case («⇥lý nhà nước cho công⇥phòng HĐND và»). In a copy from Word each line is a row, and
 * one under an empty number is a row of its own, the cells merged above left blank («⇥⇥Buộc tháo
 * dỡ phần xây dựng sai phép …⇥P.KT,HT&ĐT⇥…»).
 */
function copiedLineByLine(lines: string[], start: number): boolean {
  for (let i = start; i < Math.min(lines.length, start + 400); i += 1) {
    const line = lines[i] ?? '';
    if (!line.includes('\t')) {
      if (isBlank(line)) continue;
      break;
    }
    const cells = line.split('\t').map((c) => c.trim());
    const first = cells.find((c) => c !== '') ?? '';
    // (A lettered sub-row, «a) cơ sở sản xuất …», opens a row of its own in lower case.)
    if (cells[0] === '' && /^\p{Ll}/u.test(first) && !/^[a-zđ][).]\s/u.test(first)) return true;
    // A cell cut on a word no cell ends with («Phòng Kinh tế, Hạ tầng và» / «Đô thị»), above a line
    // under an empty number.
    const above = (lines[i - 1] ?? '').split('\t').map((c) => c.trim());
    if (cells[0] === '' && first !== '' && above.some((c) => CUT_WORD.test(c))) return true;
  }
  return false;
}

// («Trước ngày» / «30/6/2026» is cut; «Hằng năm», «Trong năm» end their cell.)
const CUT_WORD =
  /(?:\s(?:và|của|các|với|cho|trước|sau|về|tại|theo|hoặc)|(?:^|\s)(?:trước|sau|vào|đến)\s(?:ngày|tháng)|[,\-–])$/iu;
