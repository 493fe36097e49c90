/**
 * What a PDF viewer's copy keeps of each page besides the text: its number on a line of its own and
 * a running head under it. Both are dropped before the text is read (text-blocks.ts).
 */

export const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;

/** A line that may be a running head: words (not a table's cell, row or number), in capitals. */
const isHeadLine = (t: string): boolean =>
  t.length >= 10 &&
  t.length <= 120 &&
  !t.includes('|') &&
  !t.includes('\t') &&
  /\p{Lu}{3}/u.test(t) &&
  t === t.toUpperCase();

/**
 * Rule «page-number-line»: text copied out of a PDF viewer keeps each page's number on a line of its
 * own («2», «3», «4» between two lines of a duty). Such lines count up from 2, a page apart
 * (many lines between them), and stand between text, not in a table: the converter's cell-per-line
 * layout puts «|» around a row number, and a one-cell-per-line table numbers its rows from 1, a few
 * lines apart.
 */
const MIN_PAGE_LINES = 8;

/**
 * A page break falls among the full lines of a copied page (80 to 95 characters), within a few lines
 * (a block's short «- Đơn vị chủ trì: …» lines may stand right above it); a table written one cell
 * per line has short lines around its row numbers («Phòng Đào tạo», «Trước 21/8/2026»).
 */
function amongFullLines(lines: readonly string[], k: number): boolean {
  const text = (from: number, step: number): string[] => {
    const found: string[] = [];
    for (let j = from; j >= 0 && j < lines.length && found.length < 5; j += step)
      if ((lines[j] ?? '').trim() !== '') found.push((lines[j] ?? '').trim());
    return found;
  };
  const full = (ls: string[]): number => ls.filter((l) => l.length >= 60).length;
  return full(text(k - 1, -1)) >= 1 && full(text(k + 1, 1)) >= 1;
}

export function withoutPageNumberLines(lines: string[], origin: number[]): [string[], number[]] {
  const drop = new Set<number>();
  // (A tab-separated row keeps its number on its own line with the row: a lone number is no row.)
  const inTable = (k: number): boolean => /\|/.test(lines[k] ?? '');
  let expected = 0;
  let lastAt = -1;
  let textLines = 0;
  lines.forEach((l, k) => {
    const n = /^\s*(\d{1,3})\s*$/.exec(l)?.[1];
    if (n === undefined) {
      if (l.trim() !== '') textLines += 1;
      return;
    }
    const value = Number(n);
    const next = lines.slice(k + 1).find((x) => x.trim() !== '');
    const prev = lines
      .slice(0, k)
      .reverse()
      .find((x) => x.trim() !== '');
    const between = textLines - lastAt;
    // Page 1 bears no number; a page holds twenty lines and more (the last one may be short).
    const counts = expected === 0 ? value === 2 && textLines >= 20 : value === expected;
    if (
      counts &&
      between >= MIN_PAGE_LINES &&
      !inTable(k - 1) &&
      !inTable(k + 1) &&
      !/\|/.test(`${next}${prev}`) &&
      amongFullLines(lines, k)
    ) {
      drop.add(k);
      expected = value + 1;
      lastAt = textLines;
    }
  });
  if (drop.size === 0) return [lines, origin];
  return [lines.filter((_, k) => !drop.has(k)), origin.filter((_, k) => !drop.has(k))];
}

/**
 * Rule «running-head»: text copied out of a PDF viewer keeps each page's running head («SỞ NÔNG
 * NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN») under the page number. A line that stands right after a page
 * number on two pages or more is the page's, not the document's: dropped there.
 */
export function withoutRunningHeads(lines: string[], origin: number[]): [string[], number[]] {
  const after = (k: number): number => {
    let j = k + 1;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j += 1;
    return j;
  };
  const heads = new Map<string, number>();
  lines.forEach((l, k) => {
    if (!PAGE_NUMBER.test(l) || l.trim() === '') return;
    const next = (lines[after(k)] ?? '').trim();
    if (isHeadLine(next)) heads.set(next, (heads.get(next) ?? 0) + 1);
  });
  const running = new Set([...heads].filter(([, n]) => n >= 2).map(([t]) => t));
  if (running.size === 0) return [lines, origin];
  const drop = new Set<number>();
  lines.forEach((l, k) => {
    if (!PAGE_NUMBER.test(l) || l.trim() === '') return;
    const j = after(k);
    if (running.has((lines[j] ?? '').trim())) drop.add(j);
  });
  return [lines.filter((_, k) => !drop.has(k)), origin.filter((_, k) => !drop.has(k))];
}
