/**
 * The text of a PDF page rebuilt from where its words stand, so that a table survives: a PDF
 * exported from Word has no table, only runs of text placed in cells, and reading them in order
 * mixes the columns ("Rà soát thủ tục Các sở, ban, Quý chính thuộc … ngành II/2024"). Here the
 * runs are grouped into lines (pdf-lines.ts), a run of lines whose segments start at the columns
 * of a header row becomes a table (pdf-table.ts), the heading's two columns are read one after
 * the other, and paragraphs are told apart by their indent and their short last line. Tables come
 * out as tab-separated rows, which the text reader already knows (a copy from Word looks the
 * same); the rest as lines. Pure: pages of positioned runs in, text out.
 */

import { type Line, pageLines, type PdfRun, type Segment } from './pdf-lines.js';
import { markedText } from './pdf-emphasis.js';
import { bodyMargins, endsBoldTitle, joinsAbove, type Margins } from './pdf-paragraphs.js';
import { tableAt } from './pdf-table.js';
import { ALIGN } from './pdf-table-columns.js';

export type { PdfRun } from './pdf-lines.js';

/** The two-column heading sits in the first lines of the first page. */
const HEADING_ROWS = 6;

export function pdfPagesToText(pages: readonly (readonly PdfRun[])[]): string {
  return pdfPagesToLines(pages).text;
}

/** The same text, with the page (from 1) each of its lines comes from. */
export function pdfPagesToLines(pages: readonly (readonly PdfRun[])[]): { text: string; linePages: number[] } {
  const lines = pages.flatMap((runs, page) => pageLines(runs, page));
  const out: TextOut = { lines: [], linePages: [] };
  const margin = bodyMargins(lines);
  let lastBody: Line | null = null;
  let i = 0;
  while (i < lines.length) {
    const end = pushBlock(out, lines, i);
    if (end !== null) {
      i = end;
      lastBody = null;
      continue;
    }
    const line = markerJoined(lines[i]!);
    const join = lastBody ? joinsAbove(lastBody, line, margin) : null;
    if (join) joinAbove(out, line);
    else pushBodyLine(out, { margin, before: lastBody, line, firstLine: i === 0 });
    lastBody = line;
    i += 1;
  }
  return { text: out.lines.join('\n'), linePages: out.linePages };
}

/**
 * Rule «number-then-tab»: Word's automatic numbering puts a tab between the number and its text
 * («1.» at the indent, the text at the next tab stop), which draws them as two segments. Outside
 * a table a list marker followed by its text on the same line is one paragraph («1. Văn phòng …»).
 */
// («a.» is left alone: the text reader knows «a)» only, and «a.» glued to its text reads worse.)
const LIST_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVXL]{1,5}\.|[-–+•])$/u;

function markerJoined(line: Line): Line {
  const [marker, text, ...rest] = line.segments;
  if (!marker || !text || !LIST_MARKER.test(marker.text.trim())) return line;
  if (text.x - marker.end > TAB_REACH * line.size) return line;
  const joined: Segment = {
    x: marker.x,
    end: text.end,
    text: `${marker.text.trim()} ${text.text}`,
    ...(marker.runs && text.runs ? { runs: [...marker.runs, ...text.runs] } : {}),
  };
  return { ...line, segments: [joined, ...rest] };
}

/** A number's tab reaches at most this many font sizes (Word's stops are 1.27 cm apart). */
const TAB_REACH = 4;

/** The text lines written so far, each with the page (from 1) it comes from. */
interface TextOut {
  lines: string[];
  linePages: number[];
}

/** Writes the texts as lines of page `page` (from 0). */
function push(out: TextOut, page: number, ...texts: string[]): void {
  const { lines } = out;
  for (const text of texts) {
    // At most two blank lines in a row: more say nothing more to the text reader.
    if (text === '' && lines.length >= 2 && lines[lines.length - 1] === '' && lines[lines.length - 2] === '') continue;
    lines.push(text);
    out.linePages.push(page + 1);
  }
}

/**
 * Writes the table or the two-column heading that starts at line `i`, each set apart by blank
 * lines, and returns the line after it; null when neither starts there.
 */
function pushBlock(out: TextOut, lines: readonly Line[], i: number): number | null {
  const page = lines[i]!.page;
  const table = tableAt(lines, i);
  if (table) {
    push(out, page, '', ...table.rows.map((row) => row.join('\t')), '');
    return table.end;
  }
  const columns = sideBySide(lines, i);
  if (!columns) return null;
  // The two-column heading: the left column, then the right one, each in reading order.
  push(out, page, '', ...columns.left, '', ...columns.right, '');
  return columns.end;
}

/** Adds the line's text to the last line written, which holds the paragraph it goes on. */
function joinAbove(out: TextOut, line: Line): void {
  const above = out.lines[out.lines.length - 1]!;
  // Marks go on over the line break: a bold title wrapped over two lines stays one bold run
  // («**Nhiệm vụ 5: …**» / «**phòng, chống bệnh dại**»), and so does a bold span that goes on
  // into plain text («**2. Đề nghị … Hội Liên hiệp**» / «**Phụ nữ thành phố** phối hợp …»).
  const text = markedText(line.segments[0]!);
  const mark = above.match(/(\*{1,3})$/)?.[1];
  // Figures alone («28/02/2026)») have no type of their own: they go inside the run above.
  if (mark !== undefined && !/\p{L}/u.test(text)) {
    out.lines[out.lines.length - 1] = `${above.slice(0, -mark.length)} ${text}${mark}`;
    return;
  }
  out.lines[out.lines.length - 1] =
    mark !== undefined && text.startsWith(mark) && !text.startsWith(`${mark}*`)
      ? `${above.slice(0, -mark.length)} ${text.slice(mark.length)}`
      : `${above} ${text}`;
}

/**
 * Writes a line that does not go on the paragraph above: first the blank lines that end that
 * paragraph, then its segments (their bold and italic runs in marks).
 */
function pushBodyLine(
  out: TextOut,
  { margin, before, line, firstLine }: { margin: Margins | null; before: Line | null; line: Line; firstLine: boolean },
): void {
  if (endsShort(margin, before, line) || (before !== null && endsBoldTitle(before, line))) push(out, line.page, '', '');
  // Two blank lines end a paragraph for the text reader; one (a page break) lets it go on.
  if (line.spaced && !firstLine) push(out, line.page, '', '');
  else if (line.pageStart && !firstLine) push(out, line.page, '');
  push(out, line.page, ...line.segments.map(markedText));
}

/**
 * Rule «short-line-ends-paragraph»: justified text runs to the right margin; a line that stops
 * well short of it ended its paragraph («1. Cung ứng, bảo quản vắc xin» above its first line) —
 * in a document without first-line indents too, unless the next line goes on in lower case or
 * with a figure («… hoàn thành trong tháng» / «01/2026:», a line broken by hand).
 */
function endsShort(margin: Margins | null, before: Line | null, line: Line): boolean {
  if (!margin || !before || before.segments.length !== 1 || line.segments.length !== 1) return false;
  if (!margin.indented && /^[\p{Ll}\d]/u.test(line.segments[0]!.text)) return false;
  const end = before.segments[before.segments.length - 1]!.end;
  return end < margin.right - 6 * line.size && !line.spaced;
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
    // A line that runs into the right column's place is the body's («Căn cứ Luật …» under a
    // heading with no space after it): the heading is over.
    const sides = line.segments.map((s) =>
      Math.abs(s.x - l.x) <= l.text.length * line.size && s.x < r.x - ALIGN && s.end < r.x + line.size
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
