/**
 * The text of a PDF page rebuilt from where its words stand, so that a table survives: a PDF
 * exported from Word has no table, only runs of text placed in cells, and reading them in order
 * mixes the columns ("Rà soát thủ tục Các sở, ban, Quý chính thuộc … ngành II/2024"). Here the
 * runs are grouped into lines by height, lines into segments by wide gaps, and a run of lines
 * whose segments start at the columns of a header row becomes a table: a row starts where the
 * first column has a number (or after a row's extra spacing), wrapped cell lines join their
 * cell, a table goes on across a page break and a repeated header row is dropped. Tables come
 * out as tab-separated rows, which the text reader already knows (a copy from Word looks the
 * same); the rest as lines. Pure: pages of positioned runs in, text out.
 */

/** A run of text as pdf.js gives it: `x`, `y` of its baseline start, its width and font size. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  /** The runs of the line, left to right; in a table each goes to the column it stands in. */
  runs: PdfRun[];
  segments: Segment[];
  /** First line of its page: the gap above it says nothing. */
  pageStart: boolean;
  /** Farther below the line above than the page's usual spacing: a new paragraph. */
  spaced: boolean;
  /** Page (from 0) and place on it (from 0) of the line. */
  page: number;
  row: number;
}

/** The two-column heading sits in the first lines of the first page. */
const HEADING_ROWS = 6;
/** A table is looked for over at most this many lines (a long one goes on at the next header). */
const MAX_TABLE_LINES = 3000;
/** Columns start within this of the header's cell starts (points). */
const ALIGN = 3;
/** A gap wider than this many font sizes separates two segments (a space is about 0.3). */
const SEGMENT_GAP = 0.8;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[A-Z]\.?|[a-zđ][).]?)$/u;
const wrapsStt = (cellAbove: string | undefined, first: string): boolean =>
  /^S?T$/.test(cellAbove ?? '') && /^T{1,2}$/.test(first);

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
const PAGE_NUMBER = /^(?:trang\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?$/iu;

export function pdfPagesToText(pages: readonly (readonly PdfRun[])[]): string {
  return pdfPagesToLines(pages).text;
}

/** The same text, with the page (from 1) each of its lines comes from. */
export function pdfPagesToLines(pages: readonly (readonly PdfRun[])[]): { text: string; linePages: number[] } {
  const lines = pages.flatMap((runs, page) => pageLines(runs, page));
  const out: string[] = [];
  const linePages: number[] = [];
  const push = (page: number, ...texts: string[]): void => {
    for (const text of texts) {
      // At most two blank lines in a row: more say nothing more to the text reader.
      if (text === '' && out.length >= 2 && out[out.length - 1] === '' && out[out.length - 2] === '') continue;
      out.push(text);
      linePages.push(page + 1);
    }
  };
  const margin = bodyMargins(lines);
  let lastBody: Line | null = null;
  let i = 0;
  while (i < lines.length) {
    const page = lines[i]!.page;
    const table = tableAt(lines, i);
    if (table) {
      push(page, '', ...table.rows.map((row) => row.join('\t')), '');
      i = table.end;
      lastBody = null;
      continue;
    }
    const columns = sideBySide(lines, i);
    if (columns) {
      // The two-column heading: the left column, then the right one, each in reading order.
      push(page, '', ...columns.left, '', ...columns.right, '');
      i = columns.end;
      lastBody = null;
      continue;
    }
    const line = lines[i]!;
    if (margin && lastBody && continuesAtMargin(lastBody, line, margin)) {
      out[out.length - 1] = `${out[out.length - 1]} ${line.segments[0]!.text}`;
      // Rule «short-line-ends-paragraph»: justified text runs to the right margin; a line that stops
      // well short of it ended its paragraph («1. Cung ứng, bảo quản vắc xin» above its first line).
      if (margin && lastBody && lastBody.segments.length === 1 && line.segments.length === 1) {
        const end = lastBody.segments[lastBody.segments.length - 1]!.end;
        if (end < margin.right - 6 * line.size && !line.spaced) push(page, '', '');
      }
      lastBody = line;
      i += 1;
      continue;
    }
    // Rule «short-line-ends-paragraph»: justified text runs to the right margin; a line that stops
    // well short of it ended its paragraph («1. Cung ứng, bảo quản vắc xin» above its first line).
    if (margin && lastBody && lastBody.segments.length === 1 && line.segments.length === 1) {
      const end = lastBody.segments[lastBody.segments.length - 1]!.end;
      if (end < margin.right - 6 * line.size && !line.spaced) push(page, '', '');
    }
    lastBody = line;
    // Two blank lines end a paragraph for the text reader; one (a page break) lets it go on.
    if (line.spaced && i > 0) push(page, '', '');
    else if (line.pageStart && i > 0) push(page, '');
    push(page, ...line.segments.map((s) => s.text));
    i += 1;
  }
  return { text: out.join('\n'), linePages };
}

/**
 * Rule «indent-starts-paragraph»: where a document sets its paragraphs with a first-line indent (as
 * Word plans do), a line that starts at the left margin right after a line that runs to the right
 * margin goes on with that paragraph, whatever the line before ends with («… xã hội:», «… năm
 * 2025;») and across a page break. Null when the document shows no such indent.
 */
interface Margins {
  left: number;
  right: number;
}

function bodyMargins(lines: readonly Line[]): Margins | null {
  const single = lines.filter((l) => l.segments.length === 1);
  if (single.length < 20) return null;
  const starts = new Map<number, number>();
  for (const l of single) {
    const x = Math.round(l.segments[0]!.x);
    starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  const left = [...starts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const indented = single.filter((l) => {
    const dx = l.segments[0]!.x - left;
    return dx > 8 && dx < 60;
  }).length;
  if (indented < single.length * 0.05) return null;
  const ends = single.map((l) => l.segments[0]!.end).sort((a, b) => a - b);
  return { left, right: ends[Math.floor(ends.length * 0.9)] ?? 0 };
}

const OPENS_ITEM = /^(?:[-+•–]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}\.\s|\(\d{1,2}\)\s|Điều\s\d)/u;

function continuesAtMargin(prev: Line, line: Line, m: Margins): boolean {
  if (prev.segments.length !== 1 || line.segments.length !== 1) return false;
  const [before, seg] = [prev.segments[0]!, line.segments[0]!];
  if (Math.abs(seg.x - m.left) > 2 || before.end < m.right - line.size) return false;
  // A new item or heading at the margin opens its own paragraph.
  return !OPENS_ITEM.test(seg.text) && seg.text !== seg.text.toUpperCase();
}

/** A page's runs as lines, top to bottom, page numbers left out. */
function pageLines(runs: readonly PdfRun[], page: number): Line[] {
  const words = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of words) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= Math.max(2, run.size * 0.3)) last.runs.push(run);
    else
      lines.push({
        y: run.y,
        size: run.size,
        runs: [run],
        segments: [],
        pageStart: false,
        spaced: false,
        page,
        row: lines.length,
      });
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    for (const run of line.runs) addRun(line, run);
  }
  const kept = lines.filter(
    (line, k) =>
      !(line.segments.length === 1 && (k === 0 || k === lines.length - 1) && PAGE_NUMBER.test(line.segments[0]!.text)),
  );
  if (kept[0]) kept[0].pageStart = true;
  // Paragraph spacing: a gap clearly above the page's usual one from line to line.
  const gaps = kept
    .slice(1)
    .map((line, k) => kept[k]!.y - line.y)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  kept.forEach((line, k) => {
    if (k > 0 && usual > 0) line.spaced = kept[k - 1]!.y - line.y > Math.max(usual * 1.3, line.size);
  });
  return kept;
}

/** Adds a run (in x order) to the line's segments: to the last one when the gap is small. */
function addRun(line: Line, run: PdfRun): void {
  line.size = Math.max(line.size, run.size);
  const last = line.segments[line.segments.length - 1];
  if (last && run.x - last.end <= SEGMENT_GAP * run.size) {
    last.text = joinRun(last.text, last.end, run);
    last.end = Math.max(last.end, run.x + run.width);
  } else line.segments.push({ x: run.x, end: run.x + run.width, text: run.text.trim() });
}

/** Text followed by a run: a space where the run stands apart (or the text ended with one). */
function joinRun(text: string, end: number, run: PdfRun): string {
  const next = run.text.trim();
  if (text === '') return next;
  return run.x - end > run.size * 0.1 || /\s$/.test(text) || /^\s/.test(run.text)
    ? `${text} ${next}`
    : `${text}${next}`;
}

/**
 * Lines of two texts side by side from `start` (left and right always at the same places, a
 * line of one of them allowed): the heading of an administrative document. Null otherwise.
 */
function sideBySide(lines: readonly Line[], start: number): { left: string[]; right: string[]; end: number } | null {
  const first = lines[start]!;
  // Only the document's heading, at the top of its first page: elsewhere two texts on a line are
  // a numbered item and its tab ("1.⇥Sở Tư pháp: …"), to be read in order.
  if (first.segments.length !== 2 || first.page !== 0 || first.row >= HEADING_ROWS) return null;
  const [l, r] = first.segments as [Segment, Segment];
  const left: string[] = [];
  const right: string[] = [];
  let end = start;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (end > start && line.spaced && line.segments.length !== 2) break;
    // Each column is centred under its first line, so its lines start within about that line's
    // width of it (a character is under a font size wide).
    const sides = line.segments.map((s) =>
      Math.abs(s.x - l.x) <= l.text.length * line.size && s.x < r.x - ALIGN
        ? 'left'
        : s.x >= r.x - line.size
          ? 'right'
          : null,
    );
    if (line.segments.length > 2 || sides.includes(null) || new Set(sides).size !== sides.length) break;
    line.segments.forEach((s, k) => (sides[k] === 'left' ? left : right).push(s.text));
  }
  return left.length > 0 && right.length > 0 && end - start >= 2 ? { left, right, end } : null;
}

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
    lo: c === 0 ? cell.x - ALIGN : cells[c - 1]!.end,
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
function tableAt(lines: readonly Line[], start: number): { rows: string[][]; end: number } | null {
  const head = lines[start]!;
  if (head.segments.length < 3) return null;
  const columns = columnsOf(head);
  const placed = (line: Line): number[] | null => {
    const cols = line.runs.map((run) => columnOfRun(columns, run));
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
  // The header's own lines («ST / T», «Cơ quan thực / hiện»); repeated at the top of a page, the same
  // number of lines is the header again, and the line after it starts a row (a cell carried over).
  const headText = lineText(head);
  let headerLines = 0;
  let repeatLeft = 0;
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    const cols = placed(line) ?? [];
    let forceRow = false;
    if (line.pageStart && k > start && headerLines > 0 && lineText(line) === headText) repeatLeft = headerLines;
    else if (repeatLeft > 0) {
      repeatLeft -= 1;
      forceRow = repeatLeft === 0;
    }
    // Each run to the column it stands in (a gap too narrow to split segments still splits cells).
    const cells = columns.map(() => ({ text: '', end: -Infinity }));
    line.runs.forEach((run, r) => {
      const cell = cells[cols[r] ?? 0]!;
      cell.text = joinRun(cell.text, cell.end, run);
      cell.end = run.x + run.width;
    });
    const first = cells[0]!.text === '' ? null : cells[0]!.text;
    const gap = k === start || line.pageStart ? 0 : lines[k - 1]!.y - line.y;
    const startsRow =
      row === null ||
      forceRow ||
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
  joinSpilledCells(rows);
  // A line that merely had three wide gaps, followed by text at the margin, is no table.
  if (rows.filter((r) => r.filter((cell) => cell !== '').length >= 2).length < 2) return null;
  // Word repeats the header row on each page of a long table: keep it once.
  const header = rows[0]!.join('\t');
  return { rows: rows.filter((r, k) => k === 0 || r.join('\t') !== header), end };
}
