import { DateTime } from 'luxon';
import { VN_ZONE } from './clock.js';
import { endOfMonth, iso } from './deadline-calendar.js';
import { readRecurring } from './deadline-cycles.js';
import { readPeriodList } from './deadline-periods.js';
import {
  dateResult,
  type DeadlineContext,
  fullYear,
  NOT_UNDERSTOOD,
  type NormalizedDeadline,
  result,
  yearOfDay,
} from './deadline-reading.js';
import { occurrenceInYear } from './deadline-recurrence.js';

// Leading words that do not change the meaning of the date that follows («ngay trong ngày 14/01»:
// «ngay», at once, folds like «ngày», day; only before «trong» is it the first). Whole words only:
// «ca» (all of) is no part of «các».
export const FILLER =
  /^(?:thoi gian hoan thanh|thoi gian thuc hien|thoi han hoan thanh|thoi han|hoan thanh|thuc hien|du kien|cham nhat|xong|vao|trong|ca|dinh ky|den het|het|den(?= ngay)|tai (?:phien|ky|cuoc) hop(?: giao ban| thuong ky| thuong le| dinh ky)?(?: (?!thang|ngay)\S+){0,4}?(?= (?:thang|ngay) \d)|ngay(?= trong )|thoi gian(?= ))(?![a-z\d])\s*:?\s*/;

/** The folded text without its leading filler words, however many («hoàn thành trước …»). */
export function withoutFillers(folded: string): string {
  let s = folded;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(FILLER, '');
  }
  return s;
}

/**
 * One folded deadline wording (a day, a year, a part of a year, a cycle, a list of periods); the
 * compound ones (a span, «and the following years», Tết) are tried after it by `normalizeDeadline`.
 */
export function normalizeFolded(s: string, ctx: DeadlineContext): NormalizedDeadline {
  // «đến 17 giờ 00 ngày 01/01/2026»: the hour of a day is finer than a deadline cell keeps.
  s = s.replace(/(^|\s)\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?(?:\s*phut)?,?\s+(?=ngay\s)/g, '$1');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(FILLER, '').replace(/^(?:ngay|tu ngay)\s+/, (w) => (/^\d/.test(s.slice(w.length)) ? '' : w));
  }

  if (/^(?:thuong xuyen|lien tuc|thuong xuyen lien tuc|thuong xuyen hang nam)$/.test(s)) {
    return result(null, s.endsWith('hang nam') ? { every: 'year', month: null, day: null } : null, true);
  }
  const recurring = readRecurring(s);
  if (recurring) {
    const date = ctx.year !== null ? occurrenceInYear(recurring, ctx.year) : null;
    return result(date, recurring, true);
  }

  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(?:truoc\s+)?(?:ngay\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/))) {
    return dateResult(yearOfDay(m[3], Number(m[2]), Number(m[1]), ctx), Number(m[2]), Number(m[1]));
  }
  if ((m = s.match(/^(?:truoc\s+)?(?:ngay\s+)?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/))) {
    return dateResult(yearOfDay(m[3], Number(m[2]), Number(m[1]), ctx), Number(m[2]), Number(m[1]));
  }
  // «6 tháng đầu năm 2026» ends on 30/6, «6 tháng cuối năm 2026» with the year.
  if ((m = s.match(/^0?6 thang (dau|cuoi) nam (\d{4})$/))) {
    return result(m[1] === 'dau' ? iso(Number(m[2]), 6, 30) : iso(Number(m[2]), 12, 31), null, false);
  }
  if ((m = s.match(/^(?:nam\s+)?(\d{4})$/)) || (m = s.match(/^cuoi nam (\d{4})$/))) {
    return result(iso(Number(m[1]), 12, 31), null, false);
  }
  // «Năm 2025, 2026», «Từ nay đến 2030»: the end of the last year named.
  // (fold has dropped the commas: «nam 2025 2026».)
  if (
    (m = s.match(/^(?:nam )?\d{4}(?:(?:\s*,\s*|\s+va\s+|\s+)(?:nam )?\d{4})*(?:\s*,\s*|\s+va\s+|\s+)(?:nam )?(\d{4})$/))
  ) {
    return result(iso(Number(m[1]), 12, 31), null, false);
  }
  // «vào cuối năm» without its year: the end of the plan's year.
  if (/^(?:(?:den|toi) )?cuoi nam$/.test(s) && ctx.year !== null) return result(iso(ctx.year, 12, 31), null, false);
  // Rule «this-week»: «trong tuần này» is over on the Sunday of the week the plan is signed in.
  if (/^tuan nay$/.test(s) && ctx.planDate) {
    const day = DateTime.fromISO(ctx.planDate, { zone: VN_ZONE });
    if (day.isValid) return result(day.endOf('week').toISODate(), null, false);
  }
  if ((m = s.match(/^tu nay (?:den|toi)(?: het)?(?: nam)? (\d{4})$/))) {
    return result(iso(Number(m[1]), 12, 31), null, false);
  }
  if ((m = s.match(/^nam (\d{4}) va (?:cac|nhung) nam tiep theo$/))) {
    return result(iso(Number(m[1]), 12, 31), { every: 'year', month: null, day: null }, true);
  }
  if ((m = s.match(/^giai doan (\d{4})\s*-\s*(\d{4})$/))) {
    return result(iso(Number(m[2]), 12, 31), null, false);
  }
  if ((m = s.match(/^(\d{1,2}) thang (dau|cuoi) nam(?: (\d{4}))?$/))) {
    const year = fullYear(m[3], ctx);
    const months = Number(m[1]);
    if (year === null || months < 1 || months > 12) return NOT_UNDERSTOOD;
    return result(m[2] === 'dau' ? endOfMonth(year, months) : iso(year, 12, 31), null, false);
  }
  const periods = readPeriodList(s, ctx);
  if (periods) return result(periods, null, false);
  return NOT_UNDERSTOOD;
}
