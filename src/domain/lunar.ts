import { CalendarVietnamese } from 'date-chinese';

/**
 * The Vietnamese lunar calendar (UTC+7, which is why Tết 2030 is 2 February here and 3 February in
 * China), from the date-chinese package that date-holidays already uses for Tết and Giỗ Tổ.
 */

/**
 * The solar date (ISO) of day `day` of lunar month `month` (1 = tháng Giêng, 12 = tháng Chạp) of the
 * lunar year whose Tết falls in the Gregorian year `year`; null when that month has no such day.
 * A leap month is never meant: plans name it («tháng Sáu nhuận») and are not read for it.
 */
export function lunarToSolar(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  // Mid-year is always inside the lunar year that began at this year's Tết.
  const [cycle = 0, yearInCycle = 0] = new CalendarVietnamese().fromGregorian(year, 6, 1).get();
  const solar = new CalendarVietnamese(cycle, yearInCycle, month, 0, day).toGregorian(year);
  // A 29-day month has no 30th: the date would roll into the next month. A leap month of the same
  // number is not the month meant.
  // In a year with a leap month of that number the package may give the leap one: the month meant
  // is the one before it, 29 or 30 days earlier.
  const at = Date.UTC(solar.year, solar.month - 1, solar.day);
  for (const back of [0, 29, 30]) {
    const d = new Date(at - back * 86_400_000);
    const [, , backMonth, leap, backDay] = new CalendarVietnamese()
      .fromGregorian(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
      .get();
    if (backMonth === month && backDay === day && !leap) return d.toISOString().slice(0, 10);
  }
  return null;
}
