import { DateTime } from 'luxon';
import { z } from 'zod';
import { VN_ZONE } from './clock.js';
import { dayBeforeTet } from './tet.js';
import { fold } from './text.js';

/**
 * A repeating due date, serialisable so that the reminders feature can turn it
 * into concrete dates. `day: null` means the document names the cycle but not the day.
 */
export const Recurrence = z.discriminatedUnion('every', [
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

export interface DeadlineContext {
  /** The plan's year, used for dates written without one ("10/5", "Quý IV"). */
  year: number | null;
  /** The plan's date (ISO), when known: «trước Tết» is the Tết that follows it. */
  planDate?: string | null;
}

export interface NormalizedDeadline {
  /** ISO date, or null when there is no single due date (or it was not understood). */
  date: string | null;
  /** Readable cycle, "" when the deadline does not repeat. */
  recurrence: string;
  rule: Recurrence | null;
  /** No fixed end: "Thường xuyên", "Hằng tháng", ... */
  ongoing: boolean;
  /** False when the text was not understood: the caller reports it, nothing is guessed. */
  understood: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const QUARTER_NAMES = ['', 'I', 'II', 'III', 'IV'];
const MONTH_IN_QUARTER = ['', 'tháng đầu quý', 'tháng thứ hai của quý', 'tháng cuối quý'];

function iso(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: VN_ZONE });
  return d.isValid ? d.toISODate() : null;
}

function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return DateTime.fromObject({ year, month, day: 1 }, { zone: VN_ZONE }).endOf('month').toISODate();
}

function fullYear(text: string | undefined, ctx: DeadlineContext): number | null {
  if (text === undefined) return ctx.year;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/**
 * A day written without its year («trước 31/8») is the next one from the plan's date: the plan's
 * year when still ahead, else the year after (a plan of 18/11/2025 means 31/8/2026).
 */
function yearOfDay(text: string | undefined, month: number, day: number, ctx: DeadlineContext): number | null {
  const year = fullYear(text, ctx);
  if (text !== undefined || year === null || !ctx.planDate) return year;
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return ctx.planDate.startsWith(String(year)) && mmdd < ctx.planDate.slice(5, 10) ? year + 1 : year;
}

function quarterNumber(token: string): number | null {
  const n = ROMAN[token] ?? Number(token);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/** Readable Vietnamese text of a recurrence; `normalizeDeadline` reads it back. */
export function describeRecurrence(rule: Recurrence): string {
  switch (rule.every) {
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

// Leading words that do not change the meaning of the date that follows.
const FILLER =
  /^(?:thoi gian hoan thanh|thoi gian thuc hien|thoi han hoan thanh|thoi han|hoan thanh|thuc hien|du kien|cham nhat|xong|vao|trong|ca|dinh ky|den het|het|den(?= ngay))\s*:?\s*/;

function result(date: string | null, rule: Recurrence | null, ongoing: boolean): NormalizedDeadline {
  return { date, recurrence: rule ? describeRecurrence(rule) : '', rule, ongoing, understood: true };
}

const NOT_UNDERSTOOD: NormalizedDeadline = {
  date: null,
  recurrence: '',
  rule: null,
  ongoing: false,
  understood: false,
};

/**
 * Reads a Vietnamese deadline phrase. Choices:
 * - "Tháng 3/2024", "Quý IV/2024", "Năm 2024" → the last day of that period.
 * - "trước ngày 15/8/2024" → 15/8 itself: the deadline day, as offices count it.
 * - Several periods ("Quý II và Quý III/2024") → the end of the last one: the row
 *   is one task, late only once its last period is over.
 * - Recurring ("Hằng tháng, trước ngày 14") → rule + text; date is null except for a
 *   yearly rule with a known year, whose date is that year's occurrence.
 * - Anything else → understood: false and no date; never a guess.
 */
export function normalizeDeadline(text: string, ctx: DeadlineContext): NormalizedDeadline {
  // «Quí» is an old spelling of «Quý».
  let s = fold(text.replace(/<\/?sup>/g, ' '))
    // «(hoặc đột xuất)», «và khi có yêu cầu»: the cycle stands without them (fold drops brackets).
    .replace(/\s*(?:hoac|va) (?:dot xuat|khi co yeu cau)$/, '')
    .replace(/[.\s]+$/, '')
    .replace(/\bqui\b/g, 'quy');
  if (s === '') return result(null, null, false);
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(FILLER, '');
  }
  const one = normalizeFolded(s, ctx);
  if (one.understood) return one;
  const tet = dayBeforeTet(s, ctx);
  if (tet) return result(tet, null, false);
  return readOngoingFrom(s, ctx) ?? readRange(s, ctx) ?? one;
}

/**
 * Rule «from-then-yearly»: "Quý IV năm 2025 và các năm tiếp theo" starts with a period and goes
 * on: the date is the end of that first period, and the task recurs yearly.
 */
function readOngoingFrom(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s.match(/^(.+?),?\s+(?:va (?:cac|nhung) nam tiep theo|va hang nam)$/);
  if (!m?.[1]) return null;
  const head = normalizeFolded(m[1], ctx);
  if (!head.understood || head.date === null) return null;
  return result(head.date, { every: 'year', month: null, day: null }, true);
}

/**
 * Rule «range-ends-last»: a span ("2025 - 2035", "Quý IV/2025 - Quý II/2026", "Từ ngày 15/11/2025
 * đến ngày 15/12/2025", "Năm 2025-2030") is due at the end of its last period, like a list of
 * periods; the first part only has to be a period too, so no free text is read as a range.
 */
function readRange(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s.match(/^(?:tu\s+)?(?:nam\s+)?(.+?)\s*(?:-|–|\bden(?: het)?\b)\s*(.+)$/);
  if (!m?.[1] || !m[2]) return null;
  const to = normalizeFolded(m[2], ctx);
  if (!to.understood || to.date === null) return null;
  // «Từ ngày 08 đến ngày 10 tháng 12 năm 2025»: the first day borrows the month of the last.
  if (/^(?:ngay\s+)?\d{1,2}$/.test(m[1].trim()) && Number(m[1].replace(/\D/g, '')) <= 31) {
    return result(to.date, null, false);
  }
  const from = normalizeFolded(m[1], { ...ctx, year: Number(to.date.slice(0, 4)) });
  if (!from.understood || from.date === null || from.date > to.date) return null;
  return result(to.date, null, false);
}

function normalizeFolded(s: string, ctx: DeadlineContext): NormalizedDeadline {
  // «đến 17 giờ 00 ngày 01/01/2026»: the hour of a day is finer than a deadline cell keeps.
  s = s.replace(/(^|\s)\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?(?:\s*phut)?,?\s+(?=ngay\s)/g, '$1');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(FILLER, '').replace(/^(?:ngay|tu ngay)\s+/, (w) => (/^\d/.test(s.slice(w.length)) ? '' : w));
  }

  if (/^(?:thuong xuyen|lien tuc|thuong xuyen lien tuc|thuong xuyen hang nam)$/.test(s)) {
    return result(null, s.endsWith('hang nam') ? { every: 'year', month: null, day: null } : null, true);
  }
  const recurring = readRecurring(s);
  if (recurring) {
    const date = ctx.year !== null ? occurrenceInYear(recurring, ctx.year) : null;
    return result(date, recurring, true);
  }

  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(?:truoc\s+)?(?:ngay\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/))) {
    return dateResult(yearOfDay(m[3], Number(m[2]), Number(m[1]), ctx), Number(m[2]), Number(m[1]));
  }
  if ((m = s.match(/^(?:truoc\s+)?(?:ngay\s+)?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/))) {
    return dateResult(yearOfDay(m[3], Number(m[2]), Number(m[1]), ctx), Number(m[2]), Number(m[1]));
  }
  // «6 tháng đầu năm 2026» ends on 30/6, «6 tháng cuối năm 2026» with the year.
  if ((m = s.match(/^0?6 thang (dau|cuoi) nam (\d{4})$/))) {
    return result(m[1] === 'dau' ? iso(Number(m[2]), 6, 30) : iso(Number(m[2]), 12, 31), null, false);
  }
  if ((m = s.match(/^(?:nam\s+)?(\d{4})$/)) || (m = s.match(/^cuoi nam (\d{4})$/))) {
    return result(iso(Number(m[1]), 12, 31), null, false);
  }
  // «Năm 2025, 2026», «Từ nay đến 2030»: the end of the last year named.
  // (fold has dropped the commas: «nam 2025 2026».)
  if (
    (m = s.match(/^(?:nam )?\d{4}(?:(?:\s*,\s*|\s+va\s+|\s+)(?:nam )?\d{4})*(?:\s*,\s*|\s+va\s+|\s+)(?:nam )?(\d{4})$/))
  ) {
    return result(iso(Number(m[1]), 12, 31), null, false);
  }
  if ((m = s.match(/^tu nay (?:den|toi)(?: het)?(?: nam)? (\d{4})$/))) {
    return result(iso(Number(m[1]), 12, 31), null, false);
  }
  if ((m = s.match(/^nam (\d{4}) va (?:cac|nhung) nam tiep theo$/))) {
    return result(iso(Number(m[1]), 12, 31), { every: 'year', month: null, day: null }, true);
  }
  if ((m = s.match(/^giai doan (\d{4})\s*-\s*(\d{4})$/))) {
    return result(iso(Number(m[2]), 12, 31), null, false);
  }
  if ((m = s.match(/^(\d{1,2}) thang (dau|cuoi) nam(?: (\d{4}))?$/))) {
    const year = fullYear(m[3], ctx);
    const months = Number(m[1]);
    if (year === null || months < 1 || months > 12) return NOT_UNDERSTOOD;
    return result(m[2] === 'dau' ? endOfMonth(year, months) : iso(year, 12, 31), null, false);
  }
  const periods = readPeriodList(s, ctx);
  if (periods) return result(periods, null, false);
  return NOT_UNDERSTOOD;
}

function dateResult(year: number | null, month: number, day: number): NormalizedDeadline {
  if (year === null) return NOT_UNDERSTOOD;
  const date = iso(year, month, day);
  return date ? result(date, null, false) : NOT_UNDERSTOOD;
}

/** "Tháng 3/2024", "tháng 3 và tháng 4 năm 2024", "Quý II và Quý III/2024", "cuối quý IV" … → end of the last. */
function readPeriodList(s: string, ctx: DeadlineContext): string | null {
  const m =
    s.match(/^(?:tu\s+|cuoi\s+)?(thang|quy)\s+(.+?)(?:\s*[/-]\s*|\s+nam\s+)(\d{4})$/) ??
    s.match(/^(?:tu\s+|cuoi\s+)?(thang|quy)\s+([ivx\d]+)()$/);
  if (!m) return null;
  const unit = m[1];
  const year = m[3] ? Number(m[3]) : ctx.year;
  if (year === null) return null;
  const tokens = (m[2] ?? '').split(/\s*(?:\bva\b|\bden\b|-|,|\s)\s*/).filter((t) => t !== '' && t !== unit);
  if (tokens.length === 0) return null;
  const numbers: number[] = [];
  for (const token of tokens) {
    const n = unit === 'quy' ? quarterNumber(token) : /^\d{1,2}$/.test(token) ? Number(token) : null;
    if (n === null || n < 1 || n > 12) return null;
    numbers.push(n);
  }
  const last = Math.max(...numbers);
  return unit === 'quy' ? endOfMonth(year, last * 3) : endOfMonth(year, last);
}

/** The cycles of `describeRecurrence` and the usual ways plans write them. */
function readRecurring(s: string): Recurrence | null {
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
