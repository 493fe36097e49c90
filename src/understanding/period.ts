import type { DateTime } from 'luxon';
import { spelledNumbers } from './numbers.js';
import type { Period } from './types.js';

/**
 * Period phrases of a "what falls due" question, in folded text, as dates in the clock's
 * zone. A period that starts before today starts today: the question is about what is
 * still ahead.
 */
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const iso = (d: DateTime) => d.toISODate() ?? '';

export function findPeriod(text: string, now: DateTime): Period | null {
  // "ngày mồng 5 tháng 7" → "ngày 5/7"; "10 hôm" → "10 ngày".
  const folded = spelledNumbers(text)
    .replace(/\b(?:mong|mung) (\d{1,2})\b/g, '$1')
    .replace(
      /\b((?:ngay|truoc|den|toi|tu|han|het) (?:ngay )?)(\d{1,2}) thang (\d{1,2})\b(?! (?:toi|nua|sap toi))/g,
      '$1$2/$3',
    )
    .replace(/\b(\d{1,3}) hom\b/g, '$1 ngay');
  const today = now.startOf('day');
  const range = (from: DateTime, to: DateTime): Period => ({ from: iso(from < today ? today : from), to: iso(to) });

  let m = /(\d{1,3}) ngay (?:toi|nua|sap toi|ke tiep)|trong (?:vong )?(\d{1,3}) ngay/.exec(folded);
  if (m) return range(today, today.plus({ days: Number(m[1] ?? m[2]) }));
  m = /\btu (?:ngay )?(\d{1,2})[/.-](\d{1,2}) (?:den|toi) (?:ngay )?(\d{1,2})[/.-](\d{1,2})\b/.exec(folded);
  if (m) {
    const from = today.set({ month: Number(m[2]), day: Number(m[1]) });
    const to = today.set({ month: Number(m[4]), day: Number(m[3]) });
    if (from.isValid && to.isValid && from <= to) return range(from, to);
  }
  m = /\b(?:den|toi) (?:het|cuoi) thang (\d{1,2})\b/.exec(folded);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    let end = today.set({ month: Number(m[1]) }).endOf('month');
    if (end < today) end = end.plus({ years: 1 });
    return range(today, end);
  }
  m = /(?<!thu )\b(\d{1,2}) tuan (?:toi|nua|sap toi)/.exec(folded);
  if (m) return range(today, today.plus({ weeks: Number(m[1]) }));
  m = /(\d{1,2}) thang (?:toi|nua|sap toi)/.exec(folded);
  if (m) return range(today, today.plus({ months: Number(m[1]) }));
  if (/\b6 thang cuoi nam\b/.test(folded)) return range(today.set({ month: 7 }).startOf('month'), today.endOf('year'));
  if (/\b6 thang dau nam\b/.test(folded)) return range(today.startOf('year'), today.set({ month: 6 }).endOf('month'));
  if (/\bhom nay (?:va|hoac|den|toi) (?:ngay )?mai\b/.test(folded)) return range(today, today.plus({ days: 1 }));
  if (/\bngay mai (?:va|hoac|den|toi) ngay kia\b/.test(folded))
    return range(today.plus({ days: 1 }), today.plus({ days: 2 }));
  if (/\b(?:den|toi) (?:het|cuoi) quy(?! (?:iv|iii|ii|i|[1-4])\b)/.test(folded))
    return range(today, today.endOf('quarter'));
  // "tháng 10 với tháng 11", "tháng 1 và tháng 2 năm sau": both months.
  m = /\bthang (\d{1,2}) (?:va|voi|den|toi|-) thang (\d{1,2})\b/.exec(folded);
  if (m && Number(m[1]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) <= Number(m[2])) {
    let start = today.set({ month: Number(m[1]) }).startOf('month');
    if (start.set({ month: Number(m[2]) }).endOf('month') < today) start = start.plus({ years: 1 });
    return range(start, start.set({ month: Number(m[2]) }).endOf('month'));
  }
  m = /\bnua (dau|cuoi) thang (\d{1,2})\b/.exec(folded);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    let month = today.set({ month: Number(m[2]) }).startOf('month');
    if (month.endOf('month') < today) month = month.plus({ years: 1 });
    return m[1] === 'dau' ? range(month, month.set({ day: 15 })) : range(month.set({ day: 16 }), month.endOf('month'));
  }
  if (/\bnua thang (?:toi|nua|sap toi)\b/.test(folded)) return range(today, today.plus({ days: 15 }));
  m = /\b(thuong|trung|ha) tuan thang (\d{1,2})\b/.exec(folded) ?? /\btuan (dau|cuoi) thang (\d{1,2})\b/.exec(folded);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    // Thượng, trung, hạ tuần: days 1–10, 11–20, 21–end; the first and last weeks: 7 days. A part
    // already over is next year's.
    const part = (month: DateTime): [number, number] => {
      const days = month.daysInMonth ?? 31;
      return m?.[1] === 'thuong'
        ? [1, 10]
        : m?.[1] === 'trung'
          ? [11, 20]
          : m?.[1] === 'ha'
            ? [21, days]
            : m?.[1] === 'dau'
              ? [1, 7]
              : [days - 6, days];
    };
    let month = today.set({ month: Number(m[2]) }).startOf('month');
    if (month.set({ day: part(month)[1] }) < today) month = month.plus({ years: 1 }).startOf('month');
    const [from, to] = part(month);
    return range(month.set({ day: from }), month.set({ day: to }));
  }
  if (/\bhom nay\b/.test(folded)) return range(today, today);
  if (/\bngay kia\b/.test(folded)) return range(today.plus({ days: 2 }), today.plus({ days: 2 }));
  const weekday = weekdayIn(folded, today);
  if (weekday) return weekday;
  // A bare "mai" is also a given name: read as tomorrow only next to a deadline word.
  if (/\bngay mai\b|^mai (?:la|co|den|het|phai)\b|\b(?:han|den) mai\b/.test(folded))
    return range(today.plus({ days: 1 }), today.plus({ days: 1 }));
  if (/\btuan (?:nay|hien tai)\b|\btrong tuan(?! (?:sau|toi))\b|\bcuoi tuan\b/.test(folded))
    return range(today, today.endOf('week'));
  if (/\btuan sau nua\b/.test(folded)) {
    const after = today.plus({ weeks: 2 });
    return range(after.startOf('week'), after.endOf('week'));
  }
  if (/\btuan (?:sau|toi)\b/.test(folded)) {
    const next = today.plus({ weeks: 1 });
    return range(next.startOf('week'), next.endOf('week'));
  }
  if (/\b(?:thang (?:nay|hien tai)|het thang|cuoi thang)\b/.test(folded)) return range(today, today.endOf('month'));
  if (/\bdau thang (?:sau|toi)\b/.test(folded)) {
    const next = today.plus({ months: 1 }).startOf('month');
    return range(next, next.plus({ days: 9 }));
  }
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
    // "đến hết quý 3" runs from today; "quý 3" is the quarter itself.
    return range(/\b(?:den|toi) (?:het |cuoi )?quy\b/.test(folded) ? today : start, start.endOf('quarter'));
  }
  m = /\b(truoc|den|toi|ngay|han|hna)? ?(?:het )?(?:ngay )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/.exec(folded);
  if (m) {
    const year = m[4] ? Number(m[4]) : today.year;
    let end = today.set({ year, month: Number(m[3]), day: Number(m[2]) });
    if (end.isValid && !m[4] && end < today) end = end.plus({ years: 1 });
    // "trước 30/6" is everything until then; "ngày 20/6" is that day.
    if (end.isValid) return m[1] === 'truoc' || m[1] === 'den' || m[1] === 'toi' ? range(today, end) : range(end, end);
  }
  m = /\bthang (\d{1,2}|muoi mot|muoi hai|mot|gieng|hai|ba|tu|nam|sau|bay|tam|chin|muoi|chap)\b(?! ?[/.-] ?\d)/.exec(
    folded,
  );
  const month = m?.[1] ? (MONTH_WORDS[m[1]] ?? Number(m[1])) : NaN;
  if (month >= 1 && month <= 12) {
    let start = today.set({ month }).startOf('month');
    if (start.endOf('month') < today) start = start.plus({ years: 1 });
    return range(start, start.endOf('month'));
  }
  if (/\b(?:cuoi nam|het nam)\b/.test(folded)) return range(today, today.endOf('year'));
  return null;
}

const MONTH_WORDS: Record<string, number> = {
  mot: 1,
  gieng: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi mot': 11,
  'muoi hai': 12,
  chap: 12,
};

const WEEKDAYS: Record<string, number> = {
  '2': 1,
  hai: 1,
  '3': 2,
  ba: 2,
  '4': 3,
  tu: 3,
  '5': 4,
  nam: 4,
  '6': 5,
  sau: 5,
  '7': 6,
  bay: 6,
};

/** "thứ 6 này" → that day of this week; "trước thứ 2 tuần sau" → until then. */
function weekdayIn(folded: string, today: DateTime): Period | null {
  // "từ thứ 2 đến thứ 6 tuần sau": both days in the named week.
  const span =
    /\btu thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay) (?:den|toi) (?:thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|(chu nhat))( tuan (?:sau|toi))?\b/.exec(
      folded,
    );
  if (span) {
    const week = span[4] ? today.plus({ weeks: 1 }) : today;
    const from = week.set({ weekday: (WEEKDAYS[span[1] ?? ''] ?? 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
    const to = week.set({ weekday: (span[3] ? 7 : (WEEKDAYS[span[2] ?? ''] ?? 1)) as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
    if (from <= to && to >= today)
      return { from: (from < today ? today : from).toISODate() ?? '', to: to.toISODate() ?? '' };
  }
  const m =
    /\b(truoc |(?:tu (?:nay|gio|hom nay) )?(?:toi|den) )?(?:thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|(chu nhat))( tuan (?:sau|toi))?\b/.exec(
      folded,
    );
  if (!m) return null;
  const weekday = m[3] ? 7 : (WEEKDAYS[m[2] ?? ''] ?? 1);
  let day = today.set({ weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
  if (m[4]) day = day.plus({ weeks: 1 });
  else if (day < today) day = day.plus({ weeks: 1 });
  const iso = (d: DateTime) => d.toISODate() ?? '';
  return m[1] ? { from: iso(today), to: iso(day) } : { from: iso(day), to: iso(day) };
}

/** The default window of "sắp đến hạn": the next `days` days. */
export function nextDays(now: DateTime, days: number): Period {
  const today = now.startOf('day');
  return { from: iso(today), to: iso(today.plus({ days })) };
}
