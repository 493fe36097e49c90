import { withoutFillers } from './deadline-phrase.js';
import type { DeadlineContext } from './deadline-reading.js';
import { lunarToSolar } from './lunar.js';
import { YEAR_NAMES } from './tet.js';
import { fold } from './text.js';

/**
 * Rule «lunar-date»: festivals and rites are dated by the lunar calendar: «Ngày 20 tháng Hai âm
 * lịch», «Ngày 23 tháng Chạp năm Ất Tỵ (ngày 10/02/2026)», «Ngày 16 và 17 tháng Hai năm Bính Ngọ»,
 * «mùng 10 tháng 3 âm lịch». A list or a span is due on its last day. A month named by a number or
 * by a word that is also a solar month («tháng Hai») is lunar only when the text says so: «âm
 * lịch», a year of the sixty-year cycle, «mùng»; «tháng Giêng» and «tháng Chạp» always are. A
 * solar date in brackets after it is the same day, written for the reader: the lunar one is read.
 */
const MONTHS: Record<string, number> = {
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
  chap: 12,
};
const MONTH = '(?:gieng|chap|muoi mot|muoi|hai|ba|tu|nam|sau|bay|tam|chin|\\d{1,2})';
const DAY_WORD = '(?:ngay|dem|mung|toi|sang)';
// «ngày 16 và 17», «từ mùng 4 đến mùng 8», «ngày 03 - 04»: the last day counts.
const DAYS = `${DAY_WORD}\\s+\\d{1,2}(?:\\s*(?:,|va|den(?: het)?|-)\\s*(?:${DAY_WORD}\\s+)?\\d{1,2})*`;
const LUNAR = new RegExp(
  `^(?:truoc\\s+|tu\\s+|vao\\s+)?(?<days>${DAYS})\\s+thang\\s+(?<month>${MONTH})` +
    `(?:\\s+(?<saysLunar>am lich)|\\s+(?:nam\\s+)?(?<year>[a-z]+ [a-z]+))?(?:\\s+am lich)?$`,
);

// «ngày 10/3 âm lịch», «mùng 10/3 (âm lịch)», «10/3 ÂL năm Bính Ngọ»: the day and month in figures.
const NUMERIC =
  /^(?:truoc\s+|vao\s+)?(?:(?:ngay|mung)\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s+(?:am lich|al)(?:\s+(?:nam\s+)?([a-z]+ [a-z]+))?$/;

export function readLunarDate(text: string, ctx: DeadlineContext): string | null {
  const numeric = withoutFillers(fold(text).replace(/\s+/g, ' ').trim()).match(NUMERIC);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    const year = numeric[3] ? Number(numeric[3]) : numeric[4] ? YEAR_NAMES[numeric[4]] : undefined;
    if (numeric[4] && year === undefined) return null;
    return year === undefined ? nextLunar(month, day, ctx) : lunarToSolar(year, month, day);
  }
  // The solar date a plan adds in brackets («(ngày 10/02/2026)») is left out; the lunar day says it.
  const s = withoutFillers(
    fold(text.replace(/\([^()]*\)/g, ' '))
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const m = s.match(LUNAR);
  if (!m?.groups) return null;
  const day = [...(m.groups.days ?? '').matchAll(/\d{1,2}/g)].map((d) => Number(d[0])).at(-1);
  const monthWord = m.groups.month ?? '';
  const yearName = m.groups.year;
  const saysLunar = m.groups.saysLunar !== undefined || / am lich$/.test(s);
  const month = /^\d/.test(monthWord) ? Number(monthWord) : MONTHS[monthWord];
  if (day === undefined || month === undefined) return null;
  // «mùng» says lunar only with a month in words: «mùng 2 tháng 9» is National Day, a solar date.
  const lunar =
    saysLunar ||
    yearName !== undefined ||
    /^(?:gieng|chap)$/.test(monthWord) ||
    (/\bmung\b/.test(s) && !/^\d/.test(monthWord));
  if (!lunar) return null;
  if (yearName !== undefined) {
    const year = YEAR_NAMES[yearName];
    return year === undefined ? null : lunarToSolar(year, month, day);
  }
  return nextLunar(month, day, ctx);
}

/** Without a year: the first such day on or after the plan's date (or in the plan's year). */
function nextLunar(month: number, day: number, ctx: DeadlineContext): string | null {
  if (ctx.planDate) {
    const year = Number(ctx.planDate.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const date = lunarToSolar(y, month, day);
      if (date !== null && date >= ctx.planDate.slice(0, 10)) return date;
    }
    return null;
  }
  if (ctx.year === null) return null;
  // Only the plan's year: the day of that lunar month that falls in it («23 tháng Chạp» of a 2026
  // plan is 10/02/2026, in the lunar year that began in 2025).
  const year = ctx.year;
  return [year - 1, year].map((y) => lunarToSolar(y, month, day)).find((d) => d?.startsWith(String(year))) ?? null;
}
