/**
 * Rule «before-tet»: «trước Tết Nguyên đán», «hoàn thành trước Tết Bính Ngọ» is due the day before
 * the first day of the lunar new year. The day moves every year, so it is a table (data, not a
 * calculation): first days of Tết from the published lunar calendar, and the year names of the
 * sixty-year cycle that plans use («Tết Bính Ngọ» is Tết 2026).
 */
const FIRST_DAY: Record<number, string> = {
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
};
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
  const first = year === null ? undefined : FIRST_DAY[year];
  if (!first || year === null) return null;
  const day = new Date(`${year}-${first}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function nextTetYear(ctx: { year: number | null; planDate?: string | null }): number | null {
  if (ctx.planDate) {
    const year = Number(ctx.planDate.slice(0, 4));
    const first = FIRST_DAY[year];
    return first !== undefined && ctx.planDate.slice(5) < first ? year : year + 1;
  }
  return ctx.year === null ? null : ctx.year + 1;
}
