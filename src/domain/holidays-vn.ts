import Holidays from 'date-holidays';

/**
 * Vietnam's public holidays for state offices, by calendar year, as ISO dates (weekdays and
 * weekends alike; the working-day calendar drops weekends itself).
 *
 * Sources of truth, in order:
 * 1. ANNOUNCED: the government's yearly announcement where it differs from the rule below
 *    (Tết breaks and swapped days of 2024 and 2025). Extend it when a new one comes out, or
 *    put the days in DAYS_OFF.
 * 2. The Labour Code 2019, art. 112, and Decree 145/2020: 1/1; Tết Nguyên đán five days;
 *    Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 1/5; 2/9 with 1/9 or 3/9. A holiday falling on
 *    Saturday or Sunday is taken on the next working day (art. 111.3).
 *    - Tết, when not announced: the last day of the lunar year and the first four days of
 *      the new one (how 2026 was announced: 16–20/2/2026).
 *    - The extra National Day: the adjacent weekday that joins a weekend (3/9 when 2/9 is a
 *      Monday or Thursday, 1/9 otherwise), as announced for 2024 and 2025.
 * Lunar dates (Tết, Giỗ Tổ) come from the date-holidays package, which computes the
 * Vietnamese lunar calendar (UTC+7): Tết 2030 is 2 February in Vietnam, 3 February in China.
 */
export interface YearHolidays {
  /** ISO date → Vietnamese name, for messages ("nghỉ Tết Nguyên đán"). */
  days: Map<string, string>;
  /** The first day of the lunar year (mùng 1 Tết) falling in this calendar year. */
  tet: string;
}

interface Announcement {
  /** The whole Tết break, weekends included, first and last day. */
  tet?: [string, string];
  /** Other announced days off (swapped working days). */
  extra?: Array<[string, string]>;
}

const ANNOUNCED: Record<number, Announcement> = {
  // Tết Giáp Thìn: 8–14/2/2024. 29/4/2024 swapped with Saturday 4/5.
  2024: { tet: ['2024-02-08', '2024-02-14'], extra: [['2024-04-29', 'Nghỉ lễ 30/4 – 1/5 (hoán đổi)']] },
  // Tết Ất Tỵ: 25/1–2/2/2025 (27/1 swapped with Saturday 8/2). 2/5/2025 swapped with Saturday 26/4.
  2025: { tet: ['2025-01-25', '2025-02-02'], extra: [['2025-05-02', 'Nghỉ lễ 30/4 – 1/5 (hoán đổi)']] },
};

const TET = 'Nghỉ Tết Nguyên đán';
const DAY_MS = 86_400_000;

let lunar: Holidays | null = null;
const cache = new Map<number, YearHolidays>();

function lunarDates(year: number): { tet: string; hungKings: string } {
  lunar ??= new Holidays('VN', { types: ['public'] });
  const found = lunar.getHolidays(year);
  const dateOf = (rule: string) => found.find((h) => h.rule === rule)?.date.slice(0, 10);
  const tet = dateOf('vietnamese 1-0-1');
  const hungKings = dateOf('vietnamese 3-0-10');
  if (!tet || !hungKings) throw new Error(`No lunar holidays for ${year}`);
  return { tet, hungKings };
}

export const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
const isWeekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

export function vietnamHolidays(year: number): YearHolidays {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = new Map<string, string>();
  const { tet, hungKings } = lunarDates(year);
  const announced = ANNOUNCED[year];
  const iso = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  // The statutory days; those on a weekend are made up on the next working day.
  const statutory: Array<[number, string]> = [
    [toDay(iso(1, 1)), 'Tết Dương lịch'],
    [toDay(hungKings), 'Giỗ Tổ Hùng Vương'],
    [toDay(iso(4, 30)), 'Ngày Giải phóng miền Nam'],
    [toDay(iso(5, 1)), 'Quốc tế Lao động'],
    [toDay(iso(9, 2)), 'Quốc khánh'],
  ];
  const nationalDay = toDay(iso(9, 2));
  const weekday = weekdayOf(nationalDay);
  statutory.push([weekday === 1 || weekday === 4 ? nationalDay + 1 : nationalDay - 1, 'Quốc khánh']);
  if (!announced?.tet) {
    const first = toDay(tet);
    for (let day = first - 1; day <= first + 3; day++) statutory.push([day, TET]);
  }
  statutory.sort((a, b) => a[0] - b[0]);
  for (const [day] of statutory) days.set(fromDay(day), '');
  for (const [day, name] of statutory) {
    days.set(fromDay(day), name);
    if (!isWeekend(day)) continue;
    let makeUp = day + 1;
    while (isWeekend(makeUp) || (days.get(fromDay(makeUp)) ?? null) !== null) makeUp++;
    days.set(fromDay(makeUp), `${name} (nghỉ bù)`);
  }

  if (announced?.tet) {
    const [from, to] = announced.tet;
    for (let day = toDay(from); day <= toDay(to); day++) days.set(fromDay(day), TET);
  }
  for (const [day, name] of announced?.extra ?? []) days.set(day, name);
  const result = { days, tet };
  cache.set(year, result);
  return result;
}
