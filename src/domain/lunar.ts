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
  // A 29-day month has no 30th: the date would roll into the next month.
  const [, , backMonth, , backDay] = new CalendarVietnamese().fromGregorian(solar.year, solar.month, solar.day).get();
  if (backMonth !== month || backDay !== day) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${solar.year}-${pad(solar.month)}-${pad(solar.day)}`;
}
