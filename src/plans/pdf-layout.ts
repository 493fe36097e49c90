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
import { bodyMargins, isBold, joinsAbove } from './pdf-paragraphs.js';
import { ALIGN, tableAt } from './pdf-table.js';

export type { PdfRun } from './pdf-lines.js';

/** The two-column heading sits in the first lines of the first page. */
const HEADING_ROWS = 6;

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
  // Rule «short-line-ends-paragraph»: justified text runs to the right margin; a line that stops
  // well short of it ended its paragraph («1. Cung ứng, bảo quản vắc xin» above its first line).
  const endsShort = (before: Line | null, line: Line): void => {
    if (!margin || !before || before.segments.length !== 1 || line.segments.length !== 1) return;
    const end = before.segments[before.segments.length - 1]!.end;
    if (end < margin.right - 6 * line.size && !line.spaced) push(line.page, '', '');
  };
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
    const bold = isBold(line);
    const join = lastBody ? joinsAbove(lastBody, line, margin) : null;
    if (join) {
      const text = line.segments[0]!.text;
      // Inside the bold marks when the whole paragraph is bold: it stays one title. A paragraph
      // only partly bold is no title: its marks go.
      const above = out[out.length - 1]!;
      out[out.length - 1] =
        join === 'bold' && above.startsWith('**')
          ? `${above.replace(/\*\*$/, '')} ${text}**`
          : `${above.replace(/^\*\*(.*)\*\*$/, '$1')} ${text}`;
      lastBody = line;
      i += 1;
      continue;
    }
    endsShort(lastBody, line);
    lastBody = line;
    // Two blank lines end a paragraph for the text reader; one (a page break) lets it go on.
    if (line.spaced && i > 0) push(page, '', '');
    else if (line.pageStart && i > 0) push(page, '');
    push(page, ...line.segments.map((s) => (bold ? `**${s.text}**` : s.text)));
    i += 1;
  }
  return { text: out.join('\n'), linePages };
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
