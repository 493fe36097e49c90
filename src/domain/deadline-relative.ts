import { DateTime } from 'luxon';
import { VN_ZONE } from './clock.js';
import { endOfMonth, iso, quarterNumber } from './deadline-calendar.js';
import { type DeadlineContext, type NormalizedDeadline, result, yearOfDay } from './deadline-reading.js';
import { createWorkingCalendar } from './working-days.js';

/** Working days skip weekends and Vietnam's public holidays (Tết included). */
const WORKING = createWorkingCalendar();

// Deadlines counted from something else: a week of a month, a number of days from the plan's
// own signing. Folded text in (see deadline.ts), a date or null out; never a guess.

const WEEK_END: Record<string, number> = {
  'dau tien': 7,
  dau: 7,
  'thu nhat': 7,
  'thu hai': 14,
  'thu 2': 14,
  'thu ba': 21,
  'thu 3': 21,
  'thu tu': 28,
  'thu 4': 28,
  '1': 7,
  '2': 14,
  '3': 21,
  '4': 28,
};

/**
 * Rule «week-of-month»: «tuần đầu tiên của tháng 3/2026» is due when that week is over, on the
 * 7th (the 14th, the 21st, the 28th for the second to fourth weeks, «Tuần 3 tháng 12/2025» too);
 * «tuần cuối (cùng) của tháng» and «tuần 5» on the month's last day. Weeks are counted from the 1st, as offices do, not by calendar weeks.
 */
export function readWeekOfMonth(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s.match(
    /^(?:truoc |het )?tuan (dau tien|dau|thu nhat|thu hai|thu 2|thu ba|thu 3|thu tu|thu 4|[1-5]|cuoi cung|cuoi) (?:cua )?thang (\d{1,2})(?:\/(\d{4})| nam (\d{4}))?$/,
  );
  if (!m?.[1] || !m[2]) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const week = WEEK_END[m[1]];
  // A month without its year is the next one after the plan's date, as for a day (yearOfDay); the
  // last week ends on the month's last day, which a leap year decides — 31 stands in for the order.
  const year = yearOfDay(m[3] ?? m[4], month, week ?? 31, ctx);
  if (year === null) return null;
  return result(week === undefined ? endOfMonth(year, month) : iso(year, month, week), null, false);
}

/**
 * Rule «part-of-month»: «Đầu tháng 6/2027» is due when the month's first ten days are over (the
 * 10th), «Giữa tháng 4/2027» when its middle ten days are (the 20th), as offices split a month
 * into three. «Cuối tháng» is the month's end (deadline-periods.ts).
 * «Trước đầu tháng 3» is the 1st, «trước giữa tháng 4» the 15th. «Thượng tuần», «trung tuần» (the
 * written words for a month's first and middle ten days) read as «đầu», «giữa».
 */
export function readPartOfMonth(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s
    .replace(
      /^(truoc |het )?(?:thuong|trung) tuan/,
      (all, b: string | undefined) => `${b ?? ''}${all.includes('thuong') ? 'dau' : 'giua'}`,
    )
    .match(/^(?:truoc |het )?(dau|giua) thang (\d{1,2})(?:\/(\d{4})| nam (\d{4}))?$/);
  if (!m?.[1] || !m[2]) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  // «Trước đầu tháng 3» is before the month begins (as «trước ngày 01/3»), «trước giữa tháng 4»
  // before its middle day: «trước» moves the day to where the part starts, not where it ends.
  const before = s.startsWith('truoc ');
  const day = m[1] === 'dau' ? (before ? 1 : 10) : before ? 15 : 20;
  const year = yearOfDay(m[3] ?? m[4], month, day, ctx);
  return year === null ? null : result(iso(year, month, day), null, false);
}

/**
 * Rule «part-of-quarter»: «đầu quý III» is due when the quarter's first month is over, «giữa quý
 * II» when its second is, as «đầu tháng» closes a month's first ten days. («Cuối quý» is the
 * quarter's end: deadline-periods.ts.)
 */
export function readPartOfQuarter(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s.match(/^(dau|giua) quy ([ivx]{1,3}|[1-4])(?:\/(\d{4})| nam (\d{4}))?$/);
  const quarter = m?.[2] ? quarterNumber(m[2]) : null;
  if (!m || quarter === null) return null;
  const month = (quarter - 1) * 3 + (m[1] === 'dau' ? 1 : 2);
  const year = (m[3] ?? m[4]) ? Number(m[3] ?? m[4]) : ctx.year;
  return year === null ? null : result(endOfMonth(year, month), null, false);
}

/**
 * Rule «days-before-event»: «chậm nhất 20 ngày trước ngày khai mạc kỳ họp … (dự kiến khai mạc ngày
 * 08/12/2026)» counts back from the day the plan gives the event; working days skip weekends and
 * holidays. Without the event's day it is not read.
 */
export function readDaysBeforeEvent(s: string): NormalizedDeadline | null {
  // (Folded, the brackets are gone: «… cuoi nam 2026 … du kien khai mac ngay 08/12/2026».)
  const m = s.match(
    /^(?:cham nhat (?:la )?|truoc )?(\d{1,3}) ngay( lam viec)? truoc (?:ngay|khi) .*?(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  );
  if (!m?.[1]) return null;
  const event = iso(Number(m[5]), Number(m[4]), Number(m[3]));
  const days = Number(m[1]);
  if (event === null || days < 1) return null;
  const due = m[2] ? WORKING.back(event, days) : DateTime.fromISO(event, { zone: VN_ZONE }).minus({ days }).toISODate();
  return result(due, null, false);
}

/**
 * Rule «days-from-signing»: «trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành», «10 ngày
 * kể từ ngày ký» count from the plan's own date, which the importer knows; working days
 * («ngày làm việc») skip weekends and public holidays. Counted from anything else («kể từ ngày nhận đủ
 * hồ sơ», «sau khi có kết quả») the day is unknown: not read.
 */
export function readDaysFromSigning(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s.match(
    /^(?:vong |thoi han |cham nhat (?:la )?|khong qua )?(\d{1,3}) ngay( lam viec)? (?:ke tu|tinh tu|sau) (?:ngay )?(?:ky(?: ban hanh)?|ban hanh|(?:ke hoach|van ban|quyet dinh|cong van|thong bao)(?: nay)? (?:duoc )?(?:ky|ban hanh))(?: (?:ke hoach|van ban|quyet dinh|cong van|thong bao)(?: nay)?)?$/,
  );
  if (!m?.[1] || !ctx.planDate) return null;
  const signed = DateTime.fromISO(ctx.planDate, { zone: VN_ZONE });
  const days = Number(m[1]);
  if (!signed.isValid || days < 1) return null;
  const due = m[2] ? WORKING.forward(ctx.planDate, days) : signed.plus({ days }).toISODate();
  return result(due, null, false);
}
