import { calendarDate } from '../domain/clock.js';
import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';
import type { EventDays } from '../domain/deadline-reading.js';

/**
 * Rule «defined-weeks»: a monthly work programme defines its weeks («tuần 1 từ ngày 01/12 đến ngày
 * 04/12; tuần 2 từ ngày 07/12 đến ngày 11/12; …; tuần 5 từ ngày 28/12 đến ngày 31/12/2026») and
 * then times items by «Tuần 2»: each week is due on its last day. The year is the one the
 * definitions end with, else the plan's.
 */
export function readWeeks(doc: PlanDocument, year: number | null): Map<number, string> {
  const weeks = new Map<number, string>();
  for (const block of doc.blocks) {
    if (block.type !== 'para') continue;
    const text = stripMarks(block.text);
    const defs = [
      ...text.matchAll(
        /tuần\s+(\d)\s+từ\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}\s+đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/giu,
      ),
    ];
    if (defs.length < 2) continue;
    const stated = defs.map((m) => m[4]).find((y) => y !== undefined);
    const inYear = stated ? Number(stated) : year;
    if (inYear === null) continue;
    for (const m of defs) {
      const date = calendarDate(inYear, Number(m[3]), Number(m[2]));
      if (date) weeks.set(Number(m[1]), date);
    }
    return weeks;
  }
  return weeks;
}

/**
 * The day an event plan calls «ngày D» (rule «d-day», domain/deadline-dday.ts): «… ngày 25/9/2026
 * (thứ Sáu), sau đây gọi là ngày D», «Ngày D là ngày 25/9/2026», «ngày D: 25/9/2026». The first
 * definition in the document wins; null when the plan names none.
 */
export function readDDay(doc: PlanDocument): string | null {
  for (const block of doc.blocks) {
    if (block.type !== 'para') continue;
    const text = stripMarks(block.text);
    const m =
      text.match(
        /(\d{1,2})\/(\d{1,2})\/(\d{4})[^.;]{0,60}?(?:gọi (?:tắt )?là|gọi chung là|\()\s*ngày D(?![\p{L}\d])/u,
      ) ?? text.match(/[Nn]gày D\s*(?:là|:|=)\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/u);
    if (!m) continue;
    const date = calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) return date;
  }
  return null;
}

/**
 * The days an event plan opens and closes (rule «event-anchor», domain/deadline-dday.ts): «Lễ khai
 * mạc vào 20 giờ 00 ngày 15/8/2026», «khai mạc ngày 15/8/2026 và bế mạc ngày 22/8/2026». The first
 * date stated right after the word wins; null for a day the plan does not state.
 */
export function readEventDays(doc: PlanDocument, planDate: string | null = null): EventDays {
  const seen = { opening: new Set<string>(), closing: new Set<string>() };
  for (const block of doc.blocks) {
    if (block.type !== 'para') continue;
    const text = stripMarks(block.text);
    for (const m of text.matchAll(/(khai mạc|bế mạc)[^.;()]{0,40}?ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/giu)) {
      const date = calendarDate(Number(m[4]), Number(m[3]), Number(m[2]));
      // Last year's festival, or a higher event the plan cites, opened before the plan was written.
      if (date && (planDate === null || date >= planDate))
        seen[/^khai/iu.test(m[1] ?? '') ? 'opening' : 'closing'].add(date);
    }
  }
  // Two events ahead with their own days: which one the work counts from is not said; nothing is guessed.
  const one = (s: Set<string>): string | null => (s.size === 1 ? [...s][0]! : null);
  if (seen.opening.size > 1 || seen.closing.size > 1) return { opening: null, closing: null };
  return { opening: one(seen.opening), closing: one(seen.closing) };
}
