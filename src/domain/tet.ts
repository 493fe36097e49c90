import { vietnamHolidays } from './holidays-vn.js';

/**
 * Rule «before-tet»: «trước Tết Nguyên đán», «hoàn thành trước Tết Bính Ngọ» is due the day before
 * the first day of the lunar new year, which the holiday calendar (holidays-vn.ts) knows for any
 * year. Plans may name the year by the sixty-year cycle («Tết Bính Ngọ» is Tết 2026): a table.
 */
const firstDay = (year: number): string => vietnamHolidays(year).tet;
export const YEAR_NAMES: Record<string, number> = {
  'giap thin': 2024,
  'at ty': 2025,
  'binh ngo': 2026,
  'dinh mui': 2027,
  'mau than': 2028,
  'ky dau': 2029,
  'canh tuat': 2030,
  'tan hoi': 2031,
  'nham ty': 2032,
  'quy suu': 2033,
  'giap dan': 2034,
  'at mao': 2035,
};

/**
 * The day before Tết named in a folded deadline text, or null. Without a year name or number, the
 * Tết that follows the plan's date (or, with only its year, the Tết after that year's end: Tết
 * plans are issued in the last months of the year before).
 */
export function dayBeforeTet(folded: string, ctx: { year: number | null; planDate?: string | null }): string | null {
  const m = folded.match(
    /^(?:hoan thanh\s+)?truoc (?:dip\s+)?tet(?: nguyen dan)?(?:\s+([a-z]+ [a-z]+))?(?:\s+(?:nam\s+)?(\d{4}))?$/,
  );
  if (!m) return null;
  const named = m[1] ? YEAR_NAMES[m[1]] : undefined;
  if (m[1] && named === undefined) return null;
  const year = named ?? (m[2] ? Number(m[2]) : nextTetYear(ctx));
  if (year === null) return null;
  const day = new Date(`${firstDay(year)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function nextTetYear(ctx: { year: number | null; planDate?: string | null }): number | null {
  if (ctx.planDate) {
    const year = Number(ctx.planDate.slice(0, 4));
    return ctx.planDate.slice(0, 10) < firstDay(year) ? year : year + 1;
  }
  return ctx.year === null ? null : ctx.year + 1;
}

/**
 * Rule «days-of-tet»: «mùng 6 tháng Giêng năm Bính Ngọ», «từ mùng 4 đến mùng 6 Tết» — the days of
 * the first lunar month count from Tết's first day (mùng 1), which the holiday calendar knows; a
 * span is due on its last day. Only the first lunar month: other lunar dates are not read.
 */
export function dayOfTet(folded: string, ctx: { year: number | null; planDate?: string | null }): string | null {
  const m = folded.match(
    /^(?:tu\s+)?(?:mung\s+\d{1,2}\s+(?:den(?: het)?|-)\s+)?mung\s+(\d{1,2})(?:\s+(?:thang gieng|tet(?: nguyen dan)?))(?:\s+(?:nam\s+)?([a-z]+ [a-z]+|\d{4}))?\)?$/,
  );
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  if (n < 1 || n > 30) return null;
  const yearText = m[2];
  const named = yearText && !/^\d/.test(yearText) ? YEAR_NAMES[yearText] : undefined;
  if (yearText && !/^\d/.test(yearText) && named === undefined) return null;
  const year = named ?? (yearText ? Number(yearText) : nextTetYear(ctx));
  if (year === null) return null;
  const day = new Date(`${firstDay(year)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n - 1);
  return day.toISOString().slice(0, 10);
}
