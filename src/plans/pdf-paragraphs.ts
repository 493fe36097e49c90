/**
 * Whether a PDF line goes on with the paragraph above it. A PDF has lines, not paragraphs: a
 * paragraph is found again from where its lines start and stop (a first-line indent, the right
 * margin), and from bold (a title is bold from end to end; a paragraph may open with a bold span).
 * Pure: lines in, decisions out (pdf-layout.ts applies them).
 */
import type { Line } from './pdf-lines.js';
import { isLowerStart } from './text-blocks.js';

export interface Margins {
  left: number;
  right: number;
  /** The document sets its paragraphs with a first-line indent. */
  indented: boolean;
}

/**
 * Rule «indent-starts-paragraph»: where a document sets its paragraphs with a first-line indent (as
 * Word plans do), a line that starts at the left margin right after a line that runs to the right
 * margin goes on with that paragraph, whatever the line before ends with («… xã hội:», «… năm
 * 2025;») and across a page break. `indented` is false when the document shows no such indent (then
 * rule «full-line-goes-on» below); null when there are too few lines to tell.
 */
export function bodyMargins(lines: readonly Line[]): Margins | null {
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
  const ends = single.map((l) => l.segments[0]!.end).sort((a, b) => a - b);
  return { left, right: ends[Math.floor(ends.length * 0.9)] ?? 0, indented: indented >= single.length * 0.05 };
}

const OPENS_ITEM = /^(?:[-+•–]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}\.\s|\(\d{1,2}\)\s|Điều\s\d)/u;

/** Every letter of the line is set in a bold font (a line of figures alone says nothing). */
export function isBold(line: Line): boolean {
  const lettered = line.runs.filter((r) => /\p{L}/u.test(r.text));
  return lettered.length > 0 && lettered.every((r) => r.bold === true);
}

/**
 * How `line` joins the paragraph above: 'bold' inside a bold title, 'plain' into a paragraph that
 * is not (or no longer) bold from end to end, null when it opens a paragraph of its own.
 */
export function joinsAbove(prev: Line, line: Line, m: Margins | null): 'bold' | 'plain' | null {
  if (prev.segments.length !== 1 || line.segments.length !== 1) return null;
  const boldAbove = isBold(prev);
  // A line of figures alone («28/02/2026)» under «… (từ ngày 01/02/2026 đến hết ngày») says nothing
  // of its type: it goes with the line above.
  const bold = isBold(line) || (boldAbove && !line.runs.some((r) => /\p{L}/u.test(r.text)));
  const text = line.segments[0]!.text;
  const fillsLine = m !== null && prev.segments[0]!.end >= m.right - line.size;
  const atMargin = m !== null && Math.abs(line.segments[0]!.x - m.left) <= 2;
  const opensItem = OPENS_ITEM.test(text) || text === text.toUpperCase();
  if (boldAbove && bold) {
    // Rule «bold-title-wraps»: a bold title too long for one line goes on in bold on the next,
    // when its first line runs to the right margin or the next goes on in lower case («**Nhiệm vụ
    // 5: Thông tin, truyền thông về**» / «**phòng, chống bệnh dại**»). Two bold titles one under
    // the other («II. NHIỆM VỤ VÀ GIẢI PHÁP» / «Nhiệm vụ 1: …») stay two.
    if (line.spaced || line.pageStart) return null;
    const wide = m !== null && prev.segments[0]!.end >= m.right - 2 * line.size;
    return startsLower(text) || (wide && !OPENS_ITEM.test(text)) ? 'bold' : null;
  }
  if (boldAbove !== bold) {
    // Rule «bold-lead-in»: a paragraph may open with a bold span longer than its first line («2. Đề
    // nghị các cấp ủy Đảng, … Hội Liên hiệp» / «Phụ nữ thành phố» in bold, then plain text) or
    // carry a bold date on its last line («… báo cáo» / «trong tháng 11/2025.»). A bold title and
    // the plain text under it («Nhiệm vụ 1: …» / «Ủy ban nhân dân các xã …») stay two paragraphs.
    // A bold span wraps only at the right margin: a bold line that stops well short of it («1. Đối
    // với các đơn vị trực thuộc Sở Y tế») is a title, whatever bold the next line opens with.
    if (startsLower(text)) return 'plain';
    const wraps = m === null || prev.segments[0]!.end >= m.right - 2 * line.size;
    return boldAbove && startsBold(line) && !opensItem && wraps ? 'plain' : null;
  }
  // Both plain: rule «indent-starts-paragraph» (above). Rule «full-line-goes-on»: without indents,
  // a line that runs to the right margin and stops on «;» or «,» («… vào hoạt động ngoại khóa;» /
  // «Sở Y tế hướng dẫn …») goes on: a paragraph's last line rarely fills it, and a sentence's end
  // («.», «:») may still close one.
  if (m?.indented === false) {
    const prevText = prev.segments[0]!.text;
    return fillsLine && atMargin && !opensItem && !line.spaced && /[;,]$/.test(prevText) ? 'plain' : null;
  }
  // Rule «dash-at-wrap»: where bullets are indented, «- Lào, tuyến Quốc lộ 9 …» at the left margin
  // under a full line that stops mid-phrase («… qua tuyến biên giới Việt») is the «Việt - Lào» of the
  // sentence, broken before its dash: no new item.
  const dashWrap = /^[-–]\s/u.test(text) && /[\p{L}\d]$/u.test(prev.segments[0]!.text);
  return fillsLine && atMargin && (!opensItem || dashWrap) ? 'plain' : null;
}

/** The line's first letters are bold: a bold span from the line above goes on. */
/**
 * Rule «bold-title-ends»: a line wholly in bold («Điều 11. Trách nhiệm của Sở Văn hóa, Thể thao và
 * Du lịch») over a plain line that opens with a capital («Hướng dẫn, kiểm tra …») ends there, even
 * when it runs near the right margin: a title is over, its text begins.
 */
export function endsBoldTitle(prev: Line, line: Line): boolean {
  if (prev.segments.length !== 1 || line.segments.length !== 1) return false;
  return isBold(prev) && !isBold(line) && !startsBold(line) && !startsLower(line.segments[0]!.text);
}

function startsBold(line: Line): boolean {
  return line.runs.find((r) => /\p{L}/u.test(r.text))?.bold === true;
}

/** Goes on in lower case, and not as an item of its own («a) …»). */
function startsLower(text: string): boolean {
  return !OPENS_ITEM.test(text) && isLowerStart(text);
}
