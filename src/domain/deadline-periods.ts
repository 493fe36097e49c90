import { endOfMonth, quarterNumber } from './deadline-calendar.js';
import type { DeadlineContext } from './deadline-reading.js';

/** "Tháng 3/2024", "tháng 3 và tháng 4 năm 2024", "Quý II và Quý III/2024", "cuối quý IV" … → end of the last. */
export function readPeriodList(s: string, ctx: DeadlineContext): string | null {
  const m =
    s.match(/^(?:tu\s+|cuoi\s+|ha tuan\s+)?(thang|quy)\s+(.+?)(?:\s*[/-]\s*|\s+nam\s+)(\d{4})$/) ??
    s.match(/^(?:tu\s+|cuoi\s+|ha tuan\s+)?(thang|quy)\s+([ivx\d]+)()$/);
  if (!m) return null;
  const unit = m[1];
  const year = m[3] ? Number(m[3]) : (ctx.periodYear ?? ctx.year);
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
  const end = (y: number): string | null => (unit === 'quy' ? endOfMonth(y, last * 3) : endOfMonth(y, last));
  // Rule «period-ahead»: a period written without its year that is already over on the plan's date
  // is next year's («Quý I», «Tháng 4 - 5» in a plan signed on 12/12/2025 for 2026).
  const date = end(year);
  if (!m[3] && date !== null && ctx.planDate && date < ctx.planDate.slice(0, 10)) return end(year + 1);
  return date;
}
