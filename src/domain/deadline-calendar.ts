import { DateTime } from 'luxon';
import { VN_ZONE } from './clock.js';

// Calendar helpers shared by the deadline readers and the recurrence rules.

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function iso(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: VN_ZONE });
  return d.isValid ? d.toISODate() : null;
}

export function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return DateTime.fromObject({ year, month, day: 1 }, { zone: VN_ZONE }).endOf('month').toISODate();
}

export function quarterNumber(token: string): number | null {
  const n = ROMAN[token] ?? Number(token);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}
