import type { Line } from './pdf-lines.js';

/**
 * A PDF table's header line as the table is read from it: the two-column header, a header whose
 * cells Word centred in their height, and a line's text as a header compares it. Apart from
 * pdf-table.ts, which reads the rows, so that each file stays short.
 */

/**
 * Rule «two-column-table»: «Cơ quan, đơn vị | Nhiệm vụ» has only two columns, like the document's
 * heading; its header words tell it from the heading and from text with a wide gap.
 */
const HEADER_HINT = /^(?:stt|tt|nội dung|nhiệm vụ|công việc|hoạt động|cơ quan|đơn vị|chủ trì|thời gian|thời hạn)/iu;
export const isTwoColumnHeader = (head: Line): boolean =>
  head.segments.length === 2 && head.segments.every((seg) => HEADER_HINT.test(seg.text.trim()));

export const lineText = (line: Line): string => line.segments.map((seg) => seg.text).join('\t');

/**
 * Rule «centred-header»: Word centres a header row's cells in their height, so a label over two
 * lines («Bộ phận/Người thực» / «hiện») starts half a line above the one-line labels («TT», «Nội
 * dung công việc»). That half line is no line of its own: its labels join the header's, and a
 * label it shares a column with («Kinh phí» over «(triệu đồng)») widens that column. Null when
 * the line at `start` is not half a line above the next.
 */
export function centredHead(lines: readonly Line[], start: number): Line | null {
  const top = lines[start]!;
  const head = lines[start + 1];
  if (!head || head.pageStart || head.segments.length < 2) return null;
  const gap = top.y - head.y;
  if (gap <= 0 || gap >= HALF_LINE * head.size) return null;
  const segments = head.segments.map((seg) => ({ ...seg }));
  for (const seg of top.segments) {
    const under = segments.find((h) => seg.x < h.end && h.x < seg.end);
    if (!under) segments.push({ ...seg });
    else
      Object.assign(under, {
        x: Math.min(under.x, seg.x),
        end: Math.max(under.end, seg.end),
        text: `${seg.text} ${under.text}`,
      });
  }
  segments.sort((a, b) => a.x - b.x);
  return { ...head, segments, runs: [...head.runs, ...top.runs].sort((a, b) => a.x - b.x) };
}

/** Lines closer than this many font sizes are one line drawn at two heights (a centred cell). */
export const HALF_LINE = 0.75;

/**
 * The spacing of lines inside a cell: the smallest gap from one line to the next. A line drawn
 * half a line off (a centred cell, a cell's empty paragraph set smaller) is no line of its own:
 * its gap counts with the next one («thông đăng ký …» / «Công an tỉnh» 4 points lower / the next
 * line 9.5 points lower is one line's 13.8).
 */
export class CellSpacing {
  smallest = Infinity;
  private carried = 0;

  /** Adds the gap above a line; the page's first line has none. */
  add(gap: number, size: number, pageStart: boolean): void {
    if (pageStart) {
      this.carried = 0;
      return;
    }
    const whole = this.carried + gap;
    // Two half lines in a row (a one-line cell centred beside a cell of three) are one whole line,
    // once they add up to a line's height at least (the font's size).
    if (gap < HALF_LINE * size && whole < size) {
      this.carried = whole;
      return;
    }
    this.carried = 0;
    this.smallest = Math.min(this.smallest, whole);
  }
}
