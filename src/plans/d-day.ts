import { calendarDate } from '../domain/clock.js';
import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';

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
