/**
 * The runs of a PDF page as lines: grouped by height, split into segments at wide gaps, page
 * numbers left out, each line marked when it starts a page or stands apart from the one above.
 * Pure: positioned runs in, lines out (pdf-layout.ts turns them into text, pdf-table.ts into tables).
 */

/** A run of text as pdf.js gives it: `x`, `y` of its baseline start, its width and font size. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Set in a bold font (pdf-fonts.ts). */
  bold?: boolean;
  /** Set in an italic font (pdf-fonts.ts). */
  italic?: boolean;
}

export interface Segment {
  x: number;
  end: number;
  text: string;
  /** The runs it was built from, left to right (their fonts say what is bold or italic). */
  runs?: PdfRun[];
}

export interface Line {
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

/** A gap wider than this many font sizes separates two segments (a space is about 0.3). */
const SEGMENT_GAP = 0.8;
const PAGE_NUMBER = /^(?:trang\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?$/iu;

/** A page's runs as lines, top to bottom, page numbers left out. */
export function pageLines(runs: readonly PdfRun[], page: number): Line[] {
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
    last.runs?.push(run);
  } else line.segments.push({ x: run.x, end: run.x + run.width, text: run.text.trim(), runs: [run] });
}

/** Text followed by a run: a space where the run stands apart (or the text ended with one). */
export function joinRun(text: string, end: number, run: PdfRun): string {
  const next = run.text.trim();
  if (text === '') return next;
  return run.x - end > run.size * 0.1 || /\s$/.test(text) || /^\s/.test(run.text)
    ? `${text} ${next}`
    : `${text}${next}`;
}
