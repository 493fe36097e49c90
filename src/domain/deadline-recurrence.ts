import { DateTime } from 'luxon';
import { z } from 'zod';
import { VN_ZONE } from './clock.js';
import { iso } from './deadline-calendar.js';

/**
 * A repeating due date, serialisable so that the reminders feature can turn it
 * into concrete dates. `day: null` means the document names the cycle but not the day.
 */
export const Recurrence = z.discriminatedUnion('every', [
  /** «báo cáo trước 16 giờ hằng ngày» (a Công điện): every day; reminders leave it alone. */
  z.object({ every: z.literal('day'), day: z.null() }),
  /** `day` is the ISO weekday (1 Monday … 7 Sunday): «thứ Sáu hằng tuần» is 5. */
  z.object({ every: z.literal('week'), day: z.number().int().min(1).max(7).nullable() }),
  z.object({ every: z.literal('month'), day: z.number().int().min(1).max(31).nullable() }),
  z.object({
    every: z.literal('quarter'),
    /** Which quarters (1–4); null = every quarter. */
    quarters: z.array(z.number().int().min(1).max(4)).nullable(),
    /** Month inside the quarter the day falls in: 1 first, 3 last. */
    monthOfQuarter: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
  }),
  z.object({
    every: z.literal('year'),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
  }),
]);
export type Recurrence = z.infer<typeof Recurrence>;

const QUARTER_NAMES = ['', 'I', 'II', 'III', 'IV'];
/** ISO weekday → its Vietnamese name (thứ Hai is Monday: days are counted from Sunday, the first). */
export const WEEKDAY_NAMES = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const MONTH_IN_QUARTER = ['', 'tháng đầu quý', 'tháng thứ hai của quý', 'tháng cuối quý'];

/** Readable Vietnamese text of a recurrence; `normalizeDeadline` reads it back. */
export function describeRecurrence(rule: Recurrence): string {
  switch (rule.every) {
    case 'day':
      return 'Hằng ngày';
    case 'week':
      return rule.day === null ? 'Hằng tuần' : `Hằng tuần, ${WEEKDAY_NAMES[rule.day]}`;
    case 'month':
      return rule.day === null ? 'Hằng tháng' : `Hằng tháng, trước ngày ${rule.day}`;
    case 'quarter': {
      const which = rule.quarters
        ? rule.quarters.map((q, i) => `${i === 0 ? 'Quý' : 'quý'} ${QUARTER_NAMES[q]}`).join(' và ')
        : 'Hằng quý';
      if (rule.day === null) return which;
      return `${which}, trước ngày ${rule.day} của ${MONTH_IN_QUARTER[rule.monthOfQuarter ?? 3]}`;
    }
    case 'year':
      if (rule.day === null || rule.month === null) return 'Hằng năm';
      return `Hằng năm, trước ngày ${rule.day}/${rule.month}`;
  }
}

/** The due date of a yearly rule in a given year (the 6-month report "trước 14/6" of 2024 …). */
export function occurrenceInYear(rule: Recurrence, year: number): string | null {
  if (rule.every !== 'year' || rule.month === null || rule.day === null) return null;
  return iso(year, rule.month, rule.day);
}

/** First due date of the rule on or after `fromIso`; null when the day is not known. */
export function nextOccurrence(rule: Recurrence, fromIso: string): string | null {
  const from = DateTime.fromISO(fromIso, { zone: VN_ZONE }).startOf('day');
  if (!from.isValid || rule.day === null) return null;
  if (rule.every === 'week') return from.plus({ days: (rule.day - from.weekday + 7) % 7 }).toISODate();
  const day = rule.day;
  const at = (y: number, m: number): DateTime => {
    const first = DateTime.fromObject({ year: y, month: m, day: 1 }, { zone: VN_ZONE });
    return first.set({ day: Math.min(day, first.daysInMonth ?? 28) });
  };
  for (let i = 0; i < 14; i += 1) {
    const month = from.plus({ months: i });
    const m = month.month;
    let due = false;
    if (rule.every === 'month') due = true;
    else if (rule.every === 'quarter') {
      const q = Math.ceil(m / 3);
      const inQuarter = m - (q - 1) * 3;
      due = inQuarter === (rule.monthOfQuarter ?? 3) && (rule.quarters === null || rule.quarters.includes(q));
    } else due = rule.month === m;
    if (!due) continue;
    const candidate = at(month.year, m);
    if (candidate >= from) return candidate.toISODate();
  }
  return null;
}
