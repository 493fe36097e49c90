import { findColumns } from './layouts/table-columns.js';
import { joinRun, type Line } from './pdf-lines.js';
import { columnOfRun } from './pdf-table-columns.js';
import type { Cell, TableFrame } from './pdf-table-rows.js';

/**
 * A PDF table line's cells and how a cell's lines join: with a space, without one inside a broken
 * date or short name, or with «; » where a cell of bodies holds one body per paragraph. Apart from
 * pdf-table.ts, which reads the lines into rows, so that each file stays short.
 */

/** Each run of the line to the column it stands in (a gap too narrow to split segments still splits cells). */
export function cellsOf(line: Line, columns: readonly unknown[], cols: readonly number[]): Cell[] {
  const cells: Cell[] = columns.map(() => ({ text: '', x: Infinity, end: -Infinity, firstWord: 0, size: line.size }));
  line.runs.forEach((run, r) => {
    const cell = cells[cols[r] ?? 0]!;
    if (cell.text === '') {
      cell.x = run.x;
      // A run's width shared out by its letters: near enough to tell a short word from a long one.
      const text = run.text.trimStart();
      const word = text.split(/\s/u)[0] ?? '';
      const shared = text.length === 0 ? 0 : (run.width * word.length) / run.text.length;
      // Capitals are wider than the run's average letter («MTTQ» after lower-case words): the
      // larger of the two estimates, so that a word is never thought to fit when it did not.
      cell.firstWord = Math.max(shared, byLetters(word, run.size));
    }
    cell.text = joinRun(cell.text, cell.end, run);
    cell.end = run.x + run.width;
  });
  return cells;
}

/** A word's width from its letters' kinds: capitals and figures wide, the rest narrower (Times-like). */
function byLetters(word: string, size: number): number {
  let width = 0;
  for (const ch of word) width += (/[\p{Lu}\d]/u.test(ch) ? 0.68 : 0.45) * size;
  return width;
}

/**
 * The widest line each column holds in the table: no wider than its cells. Only lines whose every
 * run stands inside a column count (a group row's title runs across several).
 */
export function widestLines(frame: TableFrame): number[] {
  const widest = frame.columns.map(() => 0);
  for (let k = frame.start; k < frame.end; k++) {
    const line = frame.lines[k]!;
    const cols = line.runs.map((run) => columnOfRun(frame.columns, run));
    if (cols.includes(-1)) continue;
    cellsOf(line, frame.columns, cols).forEach((cell, c) => {
      if (cell.text !== '') widest[c] = Math.max(widest[c]!, cell.end - cell.x);
    });
  }
  return widest;
}

/** The lead and partner columns, by the header's words (layouts/table-columns.ts). */
export function bodyColumns(header: readonly string[]): ReadonlySet<number> {
  const columns = findColumns([...header]);
  return new Set([columns?.lead ?? -1, columns?.coordinating ?? -1].filter((c) => c >= 0));
}

/**
 * What joins a cell's line to the line above in the same cell: nothing inside a broken date or
 * short name, «; » between two bodies of a body column, else a space.
 */
export function joinerOf(above: Cell | null, next: Cell, bodyColumn: boolean, widest: number): string {
  if (above === null) return ' ';
  if (joinsTight(above.text, next.text)) return '';
  return bodyColumn && endsParagraph(above, next, widest) ? '; ' : ' ';
}

/**
 * Rule «paragraph-in-cell»: a cell naming two bodies on two paragraphs («Trường Tiểu học Hưng Dũng
 * 1» / «Trường Tiểu học Lê Mao») draws them as two lines, as a long name wraps. A line wraps only
 * when the next word does not fit: where the next line's first word would have fitted after the
 * line above, within the widest line of the column, the line above ended its paragraph.
 */
export function endsParagraph(above: Cell, next: Cell, widest: number): boolean {
  // A list in the cell («- Sở Y tế» / «- Sở Giáo dục và Đào tạo»): each dash opens a body of its
  // own. (Not «Phòng Văn hóa» / «- Xã hội», a name wrapped at its dash: the line above is no item.)
  const item = /^[-–+•]\s+\p{Lu}/u;
  if (item.test(next.text) && item.test(above.text)) return true;
  if (!/^[\p{Lu}\d]/u.test(next.text) || /[,;:\-–&(]$|\s(?:và|các|của|với|thuộc)$/u.test(above.text)) return false;
  // The word's width is shared out from its run by letters, so it is only near: it must fit by
  // half a letter's height to spare, a space counted a quarter of one.
  const size = next.size;
  return above.end - above.x + 0.25 * size + next.firstWord <= widest - FIT_SLACK * size;
}

/** A word must fit by this many font sizes before a line break counts as a paragraph's end. */
const FIT_SLACK = 0.5;

/**
 * Rule «broken-number»: a column narrower than a date breaks it inside («16/1» / «1 đến 30/1» /
 * «1/20» / «26» is «16/11 đến 30/11/2026»): a line that ends in a short run of figures with a slash
 * goes on without a space when the next opens with a figure.
 */
export function joinsTight(lastLine: string, next: string): boolean {
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
