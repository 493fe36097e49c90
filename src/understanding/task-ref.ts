/**
 * Task references in folded text: a full ID ("tn60-05", "tn60 05", "gl24b-3") or a partial
 * one ("nv5", "nhiem vu so 12", "viec 3", or a number that opens the message: "05 dang lam").
 */
export interface TaskRefMatch {
  ref: string;
  start: number;
  end: number;
  full: boolean;
}

const FULL = /(?<![\p{L}\d])([a-z]{1,4}\d{2,4}[a-z]?)(?:\s*[-.]\s*|\s)(\d{1,3})(?![\d/%]|\.\d)/u;
/** "tn 60 - 93": the plan code broken by a space, only with a dash before the number. */
const SPACED =
  /(?<![\p{L}\d])(?!(?:ngay|thang|nam|quy|tuan|so|sau|den|toi|tu|con|la|co|het|luc|vao|gio|phut|trong|truoc|moi|hon|gan|khoang|duoc|dat|kh)\b)([a-z]{2,4}) (\d{2,4}[a-z]?)(?: ?- ?| )(\d{1,3})(?![\d/%]|\s*(?:ngay|thang|nam|%|phan))/u;
/** Not before «/<letter>»: «CV số 123/STP-VP» is a công văn's number (document-numbers.ts), not task 123. */
const PARTIAL =
  /(?<![\p{L}\d])(?:nhiem vu|nhiem vj|nv|viec|cong viec|cv|dau viec)\s*(?:so\s*)?(\d{1,3})(?!\d|[/%.,]\d|\/\p{L}|\s*(?:%|ngay|thang|nam|lop|buoi))/u;
const LEADING = /^(\d{1,3})(?!\s*(?:ngay|thang|nam|tuan|quy|gio|h|%)\b)(?=\s+\p{L})/u;

export function findTaskRef(folded: string): TaskRefMatch | null {
  const full = FULL.exec(folded) ?? spaced(folded);
  if (full?.[1] && full[2]) {
    const ref = `${full[1].toUpperCase()}-${full[2].padStart(2, '0')}`;
    return { ref, start: full.index, end: full.index + full[0].length, full: true };
  }
  const partial = PARTIAL.exec(folded) ?? LEADING.exec(folded);
  if (partial?.[1])
    return { ref: partial[1], start: partial.index, end: partial.index + partial[0].length, full: false };
  return null;
}

function spaced(folded: string): RegExpExecArray | null {
  const m = SPACED.exec(folded);
  if (!m?.[1] || !m[2]) return null;
  // Shaped like FULL's match: the code joined, the number second.
  const joined = Object.assign([m[0], `${m[1]}${m[2]}`, m[3] ?? ''], {
    index: m.index,
    input: folded,
  }) as unknown as RegExpExecArray;
  return joined;
}

/**
 * The distinct tasks a message names: full IDs upper-cased ("TN60-05"), partial ones as their
 * number ("việc 5" → "5"). More than one means a summary or a list, never one task's report.
 */
export function taskRefsIn(folded: string): Set<string> {
  const refs = new Set<string>();
  for (const m of folded.matchAll(new RegExp(FULL.source, 'gu')))
    refs.add(`${(m[1] ?? '').toUpperCase()}-${(m[2] ?? '').padStart(2, '0')}`);
  for (const m of folded.matchAll(new RegExp(PARTIAL.source, 'gu'))) refs.add(m[1] ?? '');
  return refs;
}
