import type { DateTime } from 'luxon';
import type { Period } from './types.js';

/**
 * Period phrases of a "what falls due" question, in folded text, as dates in the clock's
 * zone. A period that starts before today starts today: the question is about what is
 * still ahead.
 */
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const iso = (d: DateTime) => d.toISODate() ?? '';

export function findPeriod(folded: string, now: DateTime): Period | null {
  const today = now.startOf('day');
  const range = (from: DateTime, to: DateTime): Period => ({ from: iso(from < today ? today : from), to: iso(to) });

  let m = /(\d{1,3}) ngay (?:toi|nua|sap toi|ke tiep)|trong (?:vong )?(\d{1,3}) ngay/.exec(folded);
  if (m) return range(today, today.plus({ days: Number(m[1] ?? m[2]) }));
  if (/\bhom nay\b/.test(folded)) return range(today, today);
  // A bare "mai" is also a given name: read as tomorrow only next to a deadline word.
  if (/\bngay mai\b|^mai (?:la|co|den|het|phai)\b|\b(?:han|den) mai\b/.test(folded)) return range(today.plus({ days: 1 }), today.plus({ days: 1 }));
  if (/\btuan (?:nay|hien tai)\b/.test(folded)) return range(today, today.endOf('week'));
  if (/\btuan (?:sau|toi)\b/.test(folded)) {
    const next = today.plus({ weeks: 1 });
    return range(next.startOf('week'), next.endOf('week'));
  }
  if (/\b(?:thang (?:nay|hien tai)|het thang)\b/.test(folded)) return range(today, today.endOf('month'));
  if (/\bthang (?:sau|toi)\b/.test(folded)) {
    const next = today.plus({ months: 1 });
    return range(next.startOf('month'), next.endOf('month'));
  }
  if (/\bquy (?:nay|hien tai)\b/.test(folded)) return range(today, today.endOf('quarter'));
  if (/\bquy (?:sau|toi)\b/.test(folded)) {
    const next = today.plus({ quarters: 1 });
    return range(next.startOf('quarter'), next.endOf('quarter'));
  }
  m = /\bquy (iv|iii|ii|i|[1-4])\b/.exec(folded);
  if (m?.[1]) {
    const quarter = ROMAN[m[1]] ?? 1;
    let start = today.set({ month: quarter * 3 - 2 }).startOf('month');
    if (start.endOf('quarter') < today) start = start.plus({ years: 1 });
    return range(start, start.endOf('quarter'));
  }
  m = /\b(?:truoc|den|toi|han) (?:ngay )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/.exec(folded);
  if (m) {
    const year = m[3] ? Number(m[3]) : today.year;
    let end = today.set({ year, month: Number(m[2]), day: Number(m[1]) });
    if (end.isValid && !m[3] && end < today) end = end.plus({ years: 1 });
    if (end.isValid) return range(today, end);
  }
  m = /\bthang (\d{1,2})\b(?! ?[/.-] ?\d)/.exec(folded);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    let start = today.set({ month: Number(m[1]) }).startOf('month');
    if (start.endOf('month') < today) start = start.plus({ years: 1 });
    return range(start, start.endOf('month'));
  }
  if (/\b(?:cuoi nam|het nam)\b/.test(folded)) return range(today, today.endOf('year'));
  return null;
}

/** The default window of "sắp đến hạn": the next `days` days. */
export function nextDays(now: DateTime, days: number): Period {
  const today = now.startOf('day');
  return { from: iso(today), to: iso(today.plus({ days })) };
}
