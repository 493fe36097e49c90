import type { Line } from './pdf-lines.js';
import { type Column, columnOfRun, GROUP_TITLE, ROW_NUMBER, wrapsStt } from './pdf-table-columns.js';
import { HALF_LINE, lineText } from './pdf-table-head.js';

/**
 * Rule «centred-rows»: many offices centre every cell of a table in its height (select all,
 * centre). A row's number then stands in the middle of its row, beside the content's second or
 * third line, and the short cells beside it sit half a line off the long one: the number no
 * longer starts the row, and the lines above it belong to it. The number stands halfway down its
 * row, so the row's first and last lines mirror each other about it: the row is the first such
 * pair from the end of the row above (a merged cell's line between two rows goes to the upper).
 * The header ends at the widest gap before the first number. Apart from pdf-table.ts, which reads
 * the rows, so that each file stays short.
 */

/** A row's last line stands within this many font sizes of where its number mirrors its first. */
const MIRROR_SLACK = 0.2;

/** The line after the widest gap from `from` to `to` (a header's end), or null across a page. */
function widestGap(lines: readonly Line[], from: number, to: number): number | null {
  let widest = -Infinity;
  let at: number | null = null;
  for (let k = from + 1; k <= to; k++) {
    if (lines[k]!.pageStart) return null;
    const gap = lines[k - 1]!.y - lines[k]!.y;
    // (Of equal gaps the last: a number on its row's first line starts the row.)
    if (gap >= widest) [widest, at] = [gap, k];
  }
  return at;
}

/**
 * The row around the number at `b`: it starts at the first line from `cursor` above the number
 * whose mirror about the number is a line (the row's last), found before the next number at
 * `next`. Null when there is none, or a page breaks the row.
 */
function mirroredRow(
  lines: readonly Line[],
  cursor: number,
  {
    b,
    next,
    end,
    holdsMain,
    mainText,
  }: { b: number; next: number; end: number; holdsMain: (k: number) => boolean; mainText: (k: number) => string },
): { top: number; bottom: number } | null {
  for (let t = cursor; t < b; t++) {
    // Only a merged cell's line may stand between two rows: once a line of the row above's main
    // text is passed over, no later line starts this row.
    if (t > cursor && holdsMain(t - 1)) break;
    // No row starts with its main text in lower case: that is a row going on over a page.
    if (mainText(t).match(/^\p{Ll}/u)) continue;
    if (lines.slice(t + 1, b + 1).some((line) => line.pageStart)) continue;
    const mirror = 2 * lines[b]!.y - lines[t]!.y;
    for (let e = b + 1; e < next && !lines[e]!.pageStart; e++)
      if (Math.abs(lines[e]!.y - mirror) <= MIRROR_SLACK * lines[b]!.size && endsCleanly(e, { end, mainText }))
        return { top: t, bottom: e };
  }
  return null;
}

/**
 * A row ends where the next row's main text opens: the first main text after the row's last line
 * starts with a capital or a figure. (A mirror by chance, a row of one line above a row of three,
 * ends inside the next row: its text goes on in lower case.)
 */
function endsCleanly(e: number, { end, mainText }: { end: number; mainText: (k: number) => string }): boolean {
  for (let k = e + 1; k < end; k++) {
    const text = mainText(k);
    if (text !== '') return !/^\p{Ll}/u.test(text);
  }
  return true;
}

/** Where rows start in a table whose numbers stand in the middle of their rows. */
export interface RowBands {
  /** Lines that start a row. */
  starts: ReadonlySet<number>;
  /** Lines decided here: a line among them that is not a start goes on in its row. */
  decided: ReadonlySet<number>;
}

/** The text a line holds in the first column. */
const firstText = (line: Line, columns: readonly Column[]): string =>
  line.runs
    .filter((run) => columnOfRun(columns, run) === 0)
    .map((run) => run.text.trim())
    .join(' ')
    .trim();

/** A group's title merged across the row, STT cell too («IV. HỖ TRỢ DOANH NGHIỆP …»). */
const across = (line: Line): boolean => line.segments.length === 1 && GROUP_TITLE.test(line.segments[0]!.text);

/** The column holding the most text: the work's own, never merged over two rows. */
function mainColumn(lines: readonly Line[], columns: readonly Column[]): number {
  const letters = columns.map(() => 0);
  for (const line of lines)
    for (const run of line.runs) {
      const c = columnOfRun(columns, run);
      if (c >= 0) letters[c]! += run.text.length;
    }
  return letters.indexOf(Math.max(...letters));
}

/** Whether a line holds a row number (or a group's title across the row) in the first column. */
function isAnchor(line: Line, first: string, above: string): boolean {
  if (first !== '' && ROW_NUMBER.test(first)) return !wrapsStt(above, first);
  return across(line);
}

/** The lines holding a row number (or a group's title across the row), the header's «ST» / «T» not. */
function anchorsOf(lines: readonly Line[], start: number, end: number, columns: readonly Column[]): number[] {
  const anchors: number[] = [];
  let above = firstText(lines[start]!, columns);
  for (let k = start + 1; k < end; k++) {
    const first = firstText(lines[k]!, columns);
    if (isAnchor(lines[k]!, first, above)) anchors.push(k);
    if (first !== '') above = first;
  }
  return anchors;
}

/**
 * Word repeats the header at the top of each page: those lines are the header again (read by
 * pdf-table-rows.ts), never a row, and a row resumes after them. The first line of each repeat.
 */
function headerRepeats(lines: readonly Line[], start: number, headerEnd: number, end: number): number[] {
  const repeats: number[] = [];
  for (let k = headerEnd; k < end; k++)
    if (lines[k]!.pageStart && lineText(lines[k]!) === lineText(lines[start]!)) repeats.push(k);
  return repeats;
}

/**
 * The row starts of a table read from `start` (its header's first line) to `end`, or null when its
 * numbers stand at the top of their rows, as most tables have them: then the other rules decide.
 * A window from one number to the next that crosses a page is left to them too.
 */
export function centredRowBands(
  lines: readonly Line[],
  start: number,
  end: number,
  columns: readonly Column[],
): RowBands | null {
  const anchors = anchorsOf(lines, start, end, columns);
  if (anchors.length < 2) return null;
  const main = mainColumn(lines.slice(start + 1, end), columns);
  // Each line's main text, read once: the mirror looks at it again and again.
  const mains = lines.map((line, k) =>
    k <= start || k >= end
      ? ''
      : line.runs
          .filter((run) => columnOfRun(columns, run) === main)
          .map((run) => run.text)
          .join(' ')
          .trim(),
  );
  const mainText = (k: number): string => mains[k] ?? '';

  const holdsMain = (k: number): boolean => mainText(k) !== '';
  const headerEnd = widestGap(lines, start, anchors[0]!);
  if (headerEnd === null) return null;
  const height = headerEnd - start;
  const repeats = headerRepeats(lines, start, headerEnd, end);
  const inRepeat = (k: number): boolean => repeats.some((r) => k >= r && k < r + height);
  const starts = new Set<number>([headerEnd]);
  const decided = new Set<number>();
  for (let k = start + 1; k <= headerEnd; k++) decided.add(k);
  let cursor = headerEnd;
  let centred = 0;
  let topRows = 0;
  // A centred number stands half a line off a line beside it wherever its row's lines are even
  // in number. (Rows of a top-aligned table spaced a line apart can mirror by chance: only rows
  // with a half line count for centring.)
  const half = (k: number): boolean => k > 0 && lines[k - 1]!.y - lines[k]!.y < HALF_LINE * lines[k]!.size;
  const rows = anchors.filter((k) => !inRepeat(k));
  rows.forEach((b, i) => {
    const repeat = repeats.find((r) => r >= cursor && r <= b);
    if (repeat !== undefined) cursor = repeat + height;
    if (b < cursor) return;
    const next = rows[i + 1] ?? end;
    if (across(lines[b]!)) {
      // A group's title merged across the row is a row of one line.
      starts.add(b);
      for (let k = cursor; k <= b; k++) decided.add(k);
      cursor = b + 1;
      return;
    }
    const row = mirroredRow(lines, cursor, { b, next, end, holdsMain, mainText });
    if (row !== null) {
      if (half(b) || half(b + 1)) centred++;
      starts.add(row.top);
      for (let k = cursor; k <= row.bottom; k++) decided.add(k);
      cursor = row.bottom + 1;
      return;
    }
    // No line mirrors another about the number: it stands on its row's first line (a number on
    // a line of its own, or a top-aligned row), and the row starts at the widest gap above it.
    const top = widestGap(lines, cursor - 1, b);
    if (top === null) {
      // A page between: the other rules read this row.
      cursor = b + 1;
      return;
    }
    if (top === b && b + 1 < next) topRows++;
    starts.add(top);
    // The row runs to the widest gap before the next number (its border), so that the next row is
    // looked for from its own first line, not from this row's last lines.
    const after = next < end ? widestGap(lines, b, next) : null;
    const bottom = after !== null && after > b + 1 ? after - 1 : b;
    for (let k = cursor; k <= bottom; k++) decided.add(k);
    cursor = bottom + 1;
  });
  // Centred where most rows of more than one line have their number below their first line.
  return centred >= 2 && centred > topRows ? { starts, decided } : null;
}
