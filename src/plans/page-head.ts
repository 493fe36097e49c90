import type { Span } from './page-text.js';

/**
 * The document's head in a page's text: its title in capitals (KẾ HOẠCH, QUYẾT ĐỊNH …) and its
 * number line («Số:»), and the issuer lines that open the document above them.
 */

/** Where the document's head is: a title in capitals, and its number line. */
const TITLE =
  /(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|THÔNG\s+BÁO|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|QUY\s+CHẾ|QUY\s+ĐỊNH|HƯỚNG\s+DẪN|BÁO\s+CÁO|CÔNG\s+VĂN|CÔNG\s+ĐIỆN)(?!\p{L})/gu;
const NUMBER_LINE = /Số\s*:/gu;

/** How far apart a document's title and number line may stand in its head (characters). */
const HEAD_REACH = 600;

/**
 * The document's head as a span: the first title word in capitals with a «Số:» line close to
 * it (a decision that issues a plan has two heads: the first is the page's document), else the
 * closest pair, else the first title word or number line alone.
 */
export function findHead(text: string): Span | null {
  const titles = [...text.matchAll(TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const numbers = [...text.matchAll(NUMBER_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const pair = (t: Span, n: Span): Span => ({ start: Math.min(n.start, t.start), end: Math.max(n.end, t.end) });
  let closest: Span | null = null;
  let distance = Infinity;
  for (const t of titles) {
    let nearest: Span | null = null;
    let d = Infinity;
    for (const n of numbers) {
      if (Math.abs(n.start - t.start) < d) {
        d = Math.abs(n.start - t.start);
        nearest = n;
      }
    }
    if (!nearest) break;
    if (d <= HEAD_REACH) return pair(t, nearest);
    if (d < distance) {
      distance = d;
      closest = pair(t, nearest);
    }
  }
  return closest ?? titles[0] ?? numbers[0] ?? null;
}

/** The issuer or national motto lines that open a document above its number and title. */
const OPENING =
  /(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|TỈNH\s+(?:ỦY|UỶ)|THÀNH\s+(?:ỦY|UỶ)/u;

/** Where the document begins: its opening lines when they stand just above the head, else the head. */
export function documentStart(text: string, head: Span, scope: Span): number {
  const from = Math.max(scope.start, head.start - 600);
  const m = OPENING.exec(text.slice(from, head.start));
  return m ? from + m.index : head.start;
}
