import { fromDay, toDay, vietnamHolidays, weekdayOf } from './holidays-vn.js';

/**
 * Working days of a provincial office: Monday to Friday, except Vietnam's public holidays
 * (holidays-vn.ts: Tết by the lunar calendar, made-up days, announced swaps) and the days
 * off a coordinator adds (DAYS_OFF). Dates are ISO "YYYY-MM-DD" in the plan's zone.
 */
export interface WorkingCalendar {
  isWorkingDay(iso: string): boolean;
  /** Why the day is off: "Thứ Bảy", "Nghỉ Tết Nguyên đán", "Ngày nghỉ do điều phối viên thêm"; null on a working day. */
  dayOffReason(iso: string): string | null;
  /** The day itself when it is a working day, else the last working day before it. */
  onOrBefore(iso: string): string;
  /** `n` working days earlier than the working day `iso` (n = 0: `iso` itself). */
  back(iso: string, n: number): string;
  /** `n` working days later than `iso` (n ≥ 1). */
  forward(iso: string, n: number): string;
  /** How many working days lie in (from, to]; 0 when to ≤ from. */
  countBetween(from: string, to: string): number;
}

export interface CalendarOptions {
  /** Extra days off (ISO dates), e.g. a provincial holiday or a swap announced late. */
  daysOff?: readonly string[];
}

// Far enough for any plan; beyond it only weekends count (the lunar tables end there).
const MIN_YEAR = 1950;
const MAX_YEAR = 2150;

interface YearTable {
  first: number;
  /** prefix[i] = working days among the year's first i days. */
  prefix: Int32Array;
}

export function createWorkingCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const extra = new Set(options.daysOff ?? []);
  const years = new Map<number, { table: YearTable; holidays: Map<string, string> }>();

  const yearOf = (year: number) => {
    let found = years.get(year);
    if (found) return found;
    const holidays = year >= MIN_YEAR && year <= MAX_YEAR ? vietnamHolidays(year).days : new Map<string, string>();
    const first = toDay(`${String(year).padStart(4, '0')}-01-01`);
    const length = toDay(`${String(year + 1).padStart(4, '0')}-01-01`) - first;
    const prefix = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const day = first + i;
      const iso = fromDay(day);
      const weekday = weekdayOf(day);
      const off = weekday === 0 || weekday === 6 || holidays.has(iso) || extra.has(iso);
      prefix[i + 1] = (prefix[i] ?? 0) + (off ? 0 : 1);
    }
    found = { table: { first, prefix }, holidays };
    years.set(year, found);
    return found;
  };

  const working = (day: number): boolean => {
    const iso = fromDay(day);
    const { table } = yearOf(Number(iso.slice(0, 4)));
    const i = day - table.first;
    return (table.prefix[i + 1] ?? 0) > (table.prefix[i] ?? 0);
  };
  /** Working days in [year start, day]. */
  const upTo = (day: number): { year: number; count: number } => {
    const year = Number(fromDay(day).slice(0, 4));
    const { table } = yearOf(year);
    return { year, count: table.prefix[day - table.first + 1] ?? 0 };
  };
  const yearTotal = (year: number) => {
    const { table } = yearOf(year);
    return table.prefix[table.prefix.length - 1] ?? 0;
  };

  const calendar: WorkingCalendar = {
    isWorkingDay: (iso) => working(toDay(iso)),
    dayOffReason(iso) {
      const day = toDay(iso);
      if (working(day)) return null;
      const weekday = weekdayOf(day);
      if (weekday === 6) return 'Thứ Bảy';
      if (weekday === 0) return 'Chủ nhật';
      const holiday = yearOf(Number(iso.slice(0, 4))).holidays.get(iso);
      return holiday && holiday !== '' ? holiday : 'Ngày nghỉ do điều phối viên thêm';
    },
    onOrBefore(iso) {
      let day = toDay(iso);
      while (!working(day)) day--;
      return fromDay(day);
    },
    back(iso, n) {
      let day = toDay(iso);
      for (let left = n; left > 0;) {
        day--;
        if (working(day)) left--;
      }
      return fromDay(day);
    },
    forward(iso, n) {
      let day = toDay(iso);
      for (let left = n; left > 0;) {
        day++;
        if (working(day)) left--;
      }
      return fromDay(day);
    },
    countBetween(from, to) {
      const a = toDay(from);
      const b = toDay(to);
      if (b <= a) return 0;
      const start = upTo(a);
      const end = upTo(b);
      let total = end.count - start.count;
      for (let year = start.year; year < end.year; year++) total += yearTotal(year);
      return total;
    },
  };
  return calendar;
}
