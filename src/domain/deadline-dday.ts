import { DateTime } from 'luxon';
import { VN_ZONE } from './clock.js';
import type { EventDays } from './deadline-reading.js';

/**
 * Rule «d-day»: an event plan names its day «ngày D» («ngày 25/9/2026 …, sau đây gọi là ngày D»)
 * and dates its work from it: «hoàn thành D-30», «chậm nhất D+10», «từ D-1 đến hết ngày D». With
 * the day known each mark becomes its date (calendar days, as the plans count them) and the
 * wording is read like every other wording; without it nothing is guessed.
 */
const MARK =
  /(?<![\p{L}\d])(?:[Nn]gày\s+)?D\s*([+-])\s*(\d{1,3})(?:\s*\([^()]*\))?|(?<![\p{L}\d])[Nn]gày\s+D(?![\p{L}\d])/gu;

/** The same marks, one at a time (a global pattern's `test` would carry its position on). */
const ONE_MARK = new RegExp(MARK.source, 'u');

/** Whether the text counts from a «ngày D». */
export function countsFromDDay(text: string): boolean {
  return ONE_MARK.test(text);
}

/** The text with each D mark written as its date («trước D-10» → «trước ngày 15/09/2026»). */
export function withDDayDates(text: string, dDay: string): string {
  const day = DateTime.fromISO(dDay, { zone: VN_ZONE });
  if (!day.isValid) return text;
  return text.replace(MARK, (_whole, sign: string | undefined, count: string | undefined) => {
    const shift = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * Number(count);
    return `ngày ${day.plus({ days: shift }).toFormat('dd/MM/yyyy')}`;
  });
}

/**
 * Rule «event-anchor»: an event plan says when it opens and closes («Lễ khai mạc vào 20 giờ 00 ngày
 * 15/8/2026», «bế mạc ngày 22/8/2026») and dates its work from them: «Trước khai mạc 07 ngày», «Sau
 * bế mạc 30 ngày», «trước lễ khai mạc 03 ngày». With the day known each becomes its date; without
 * it the wording stays unread.
 */
const EVENT_MARK =
  /(trước|sau)\s+(?:(?:lễ|buổi)\s+)?(khai mạc|bế mạc)(?:\s+(?:Đại hội|Hội nghị|Hội thao|Hội thi|Liên hoan|Lễ hội|Festival|Tuần lễ)(?:\s+\p{L}+){0,3}?)?\s+(\d{1,3})\s+ngày(?![\p{L}])/giu;

export function withEventDates(text: string, events: EventDays | undefined): string {
  if (!events) return text;
  return text.replace(EVENT_MARK, (whole, side: string, which: string, count: string) => {
    const anchor = /^khai/iu.test(which) ? events.opening : events.closing;
    const day = anchor ? DateTime.fromISO(anchor, { zone: VN_ZONE }) : null;
    if (!day?.isValid) return whole;
    const shift = (/^trước/iu.test(side) ? -1 : 1) * Number(count);
    return `${side.toLowerCase() === 'sau' ? 'trước' : side} ngày ${day.plus({ days: shift }).toFormat('dd/MM/yyyy')}`;
  });
}
