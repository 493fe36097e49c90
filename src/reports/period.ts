import { calendarDate, formatDate } from '#src/domain/clock.js';

/**
 * Reporting periods and their windows under Nghị định 09/2019/NĐ-CP (Article 12): figures
 * are closed on the 14th. A month runs from the 15th of the previous month to the 14th; a
 * quarter from the 15th of the month before it to the 14th of its last month; six months,
 * nine months and the year from 15/12 of the previous year to 14/6, 14/9 and 14/12.
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine' | 'year';

export interface ReportPeriod {
  kind: PeriodKind;
  /** As typed on the command line: 2026-11, 2026-Q4, 2026-H1, 2026-9M, 2026. */
  key: string;
  /** Vietnamese, for titles: «tháng 11 năm 2026», «quý IV năm 2026» … */
  label: string;
  /** First and last day of the window, ISO dates. */
  from: string;
  to: string;
}

export const PERIOD_HELP =
  'kỳ báo cáo phải có dạng 2026-11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (năm)';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The 14th of `month` (1-12) and the 15th of the month before it, as ISO dates. */
function window(year: number, firstMonth: number, lastMonth: number): { from: string; to: string } {
  const startYear = firstMonth === 1 ? year - 1 : year;
  const startMonth = firstMonth === 1 ? 12 : firstMonth - 1;
  return { from: calendarDate(startYear, startMonth, 15) ?? '', to: calendarDate(year, lastMonth, 14) ?? '' };
}

/** Reads a period as typed; null when it is not one of the five forms (or out of range). */
export function parsePeriod(text: string): ReportPeriod | null {
  const value = text.trim().toUpperCase();
  const match = /^(\d{4})(?:-(?:(\d{1,2})|Q([1-4])|H1|(9M)|6M))?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const [, , month, quarter, nine] = match;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    return {
      kind: 'month',
      key: `${year}-${String(m).padStart(2, '0')}`,
      label: `tháng ${m} năm ${year}`,
      ...window(year, m, m),
    };
  }
  if (quarter !== undefined) {
    const q = Number(quarter);
    return {
      kind: 'quarter',
      key: `${year}-Q${q}`,
      label: `quý ${ROMAN[q - 1] ?? q} năm ${year}`,
      ...window(year, q * 3 - 2, q * 3),
    };
  }
  if (nine !== undefined)
    return { kind: 'nine', key: `${year}-9M`, label: `9 tháng năm ${year}`, ...window(year, 1, 9) };
  if (value.endsWith('H1') || value.endsWith('6M')) {
    return { kind: 'half', key: `${year}-H1`, label: `6 tháng đầu năm ${year}`, ...window(year, 1, 6) };
  }
  return { kind: 'year', key: String(year), label: `năm ${year}`, ...window(year, 1, 12) };
}

/** The monthly period whose window holds `today`: on 6/12 it is December (15/11–14/12). */
export function monthPeriodOf(today: string): ReportPeriod {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const next = day >= 15 ? (month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 }) : { y: year, m: month };
  const period = parsePeriod(`${next.y}-${next.m}`);
  if (!period) throw new Error(`No monthly period for ${today}`);
  return period;
}

/** «từ ngày 15/11/2026 đến ngày 14/12/2026» */
export function windowText(period: Pick<ReportPeriod, 'from' | 'to'>): string {
  return `từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`;
}
