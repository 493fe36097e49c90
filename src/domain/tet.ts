import { vietnamHolidays } from './holidays-vn.js';

/**
 * Rule «before-tet»: «trước Tết Nguyên đán», «hoàn thành trước Tết Bính Ngọ» is due the day before
 * the first day of the lunar new year, which the holiday calendar (holidays-vn.ts) knows for any
 * year. Plans may name the year by the sixty-year cycle («Tết Bính Ngọ» is Tết 2026): a table.
 */
const firstDay = (year: number): string => vietnamHolidays(year).tet;
const YEAR_NAMES: Record<string, number> = {
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
