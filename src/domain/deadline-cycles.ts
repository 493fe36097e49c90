import { endOfMonth, iso, quarterNumber } from './deadline-calendar.js';
import type { Recurrence } from './deadline-recurrence.js';

/** The cycles of `describeRecurrence` and the usual ways plans write them. */
export function readRecurring(s: string): Recurrence | null {
  let m: RegExpMatchArray | null;
  if (/^(?:hang|moi) thang$/.test(s)) return { every: 'month', day: null };
  if (/^(?:hang|moi) quy$/.test(s)) return { every: 'quarter', quarters: null, monthOfQuarter: null, day: null };
  if (/^(?:hang|moi) nam$/.test(s)) return { every: 'year', month: null, day: null };
  if (
    (m = s.match(/^(?:hang|moi) thang\s+truoc ngay (\d{1,2})$/)) ??
    (m = s.match(/^truoc ngay (\d{1,2}) (?:hang thang|cua thang|moi thang|cua thang bao cao)$/))
  ) {
    return { every: 'month', day: Number(m[1]) };
  }
  m = s.match(
    /^(hang quy|quy [ivx\d]+(?: va quy [ivx\d]+)*)?\s*truoc ngay (\d{1,2}) cua thang (dau|thu hai|cuoi) quy$/,
  );
  if (m) {
    const quarters = m[1] && m[1] !== 'hang quy' ? m[1].split(' va ').map((q) => quarterNumber(q.slice(4))) : null;
    if (quarters && quarters.some((q) => q === null)) return null;
    const monthOfQuarter = m[3] === 'dau' ? 1 : m[3] === 'thu hai' ? 2 : 3;
    return { every: 'quarter', quarters: quarters as number[] | null, monthOfQuarter, day: Number(m[2]) };
  }
  // «Quý IV hằng năm»: by the end of that quarter, every year (as «month-yearly» below).
  if ((m = s.match(/^quy (iv|iii|ii|i|[1-4]),? (?:hang|moi) nam$/))) {
    const quarter = quarterNumber(m[1] ?? '');
    if (quarter === null) return null;
    return { every: 'year', month: quarter * 3, day: Number(endOfMonth(2023, quarter * 3)?.slice(8)) };
  }
  // «Trước ngày 30 tháng 11 hằng năm»: the day and month in words.
  if ((m = s.match(/^(?:truoc )?ngay (\d{1,2}) thang (\d{1,2}),? (?:hang|moi) nam$/))) {
    const rule: Recurrence = { every: 'year', month: Number(m[2]), day: Number(m[1]) };
    return iso(2024, rule.month ?? 0, rule.day ?? 0) ? rule : null;
  }
  // Rule «month-yearly»: «Tháng 12 hằng năm» is due by the end of that month, every year.
  if (
    (m = s.match(/^thang (\d{1,2}),? (?:hang|moi) nam$/)) ??
    (m = s.match(/^(?:hang|moi) nam,? (?:vao )?thang (\d{1,2})$/))
  ) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    return { every: 'year', month, day: Number(endOfMonth(2023, month)?.slice(8)) };
  }
  if (
    (m = s.match(/^(?:hang|moi) nam\s+truoc ngay (\d{1,2})\/(\d{1,2})$/)) ??
    (m = s.match(/^truoc ngay (\d{1,2})\/(\d{1,2}) (?:hang nam|moi nam)$/))
  ) {
    const rule: Recurrence = { every: 'year', month: Number(m[2]), day: Number(m[1]) };
    return iso(2024, rule.month ?? 0, rule.day ?? 0) ? rule : null; // 2024: leap year, allows 29/2
  }
  return null;
}
