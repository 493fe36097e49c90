import { endOfMonth, iso, quarterNumber } from './deadline-calendar.js';
import type { Recurrence } from './deadline-recurrence.js';

// «thứ Sáu», «thứ 6», «Chủ nhật», folded; an hour or a part of the day may come first
// («trước 16 giờ thứ Năm», «sáng thứ Hai»).
const WEEKDAY =
  '(?:truoc |vao )?(?:\\d{1,2} gio(?: \\d{1,2})? )?(?:(?:sang|chieu|ngay) )?(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)';
const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** ISO weekday of a folded «thứ Sáu» / «thứ 6» / «chủ nhật» (thứ N is day N − 1 from Monday). */
export function weekdayNamed(name: string): number | null {
  if (name === 'chu nhat') return 7;
  const word = name.replace(/^thu /, '');
  return /^[2-7]$/.test(word) ? Number(word) - 1 : (WEEKDAYS[word] ?? null);
}

/**
 * Rule «weekly» (and daily: «trước 16 giờ hằng ngày»): «hằng tuần», «báo cáo hằng tuần (thứ Sáu)», «trước 16 giờ thứ Năm hằng tuần»,
 * «vào sáng thứ Hai hằng tuần» repeat every week on that day.
 */
function readWeekly(s: string): Recurrence | null {
  if (/^(?:truoc \d{1,2} gio(?: \d{1,2})? )?(?:hang|moi) ngay$/.test(s)) return { every: 'day', day: null };
  if (/^(?:hang|moi) tuan$/.test(s)) return { every: 'week', day: null };
  const m =
    s.match(new RegExp(`^(?:hang|moi) tuan,? ${WEEKDAY}$`)) ??
    s.match(new RegExp(`^${WEEKDAY},? (?:hang|moi|cua) tuan$`));
  const day = m ? weekdayNamed(m[1] ?? '') : null;
  return day === null ? null : { every: 'week', day };
}

/** The cycles of `describeRecurrence` and the usual ways plans write them. */
export function readRecurring(s: string): Recurrence | null {
  const weekly = readWeekly(s);
  if (weekly) return weekly;
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
