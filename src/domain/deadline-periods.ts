import { endOfMonth, quarterNumber } from './deadline-calendar.js';
import type { DeadlineContext } from './deadline-reading.js';

/** "Tháng 3/2024", "tháng 3 và tháng 4 năm 2024", "Quý II và Quý III/2024", "cuối quý IV" … → end of the last. */
export function readPeriodList(s: string, ctx: DeadlineContext): string | null {
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
