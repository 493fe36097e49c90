import { normalizeFolded, withoutFillers } from './deadline-phrase.js';
import { type DeadlineContext, type NormalizedDeadline, result } from './deadline-reading.js';
import { readLunarDate } from './deadline-lunar.js';
import { readDaysFromSigning, readWeekOfMonth } from './deadline-relative.js';
import { readEachWithYear, readOngoingFrom, readRange } from './deadline-spans.js';
import { dayBeforeTet, dayOfTet } from './tet.js';
import { fold } from './text.js';

// The entry of deadline reading: the parts live in deadline-*.ts, the public surface is here.
export type { DeadlineContext, NormalizedDeadline } from './deadline-reading.js';
export { describeRecurrence, nextOccurrence, occurrenceInYear, Recurrence } from './deadline-recurrence.js';
export { weekdayNamed } from './deadline-cycles.js';

/**
 * Reads a Vietnamese deadline phrase. Choices:
 * - "Tháng 3/2024", "Quý IV/2024", "Năm 2024" → the last day of that period.
 * - "trước ngày 15/8/2024" → 15/8 itself: the deadline day, as offices count it.
 * - Several periods ("Quý II và Quý III/2024") → the end of the last one: the row
 *   is one task, late only once its last period is over.
 * - Recurring ("Hằng tháng, trước ngày 14") → rule + text; date is null except for a
 *   yearly rule with a known year, whose date is that year's occurrence.
 * - Anything else → understood: false and no date; never a guess.
 */
export function normalizeDeadline(text: string, ctx: DeadlineContext): NormalizedDeadline {
  const read = normalizeOne(text, ctx);
  // Rule «note-after-date»: «trước ngày 20/01/2026 (Tết Nguyên đán)», «Quý I/2026 (đợt 1)»: a
  // bracket after the wording explains it; the wording alone is read when the whole is not.
  // A bracket that carries a date or a period of its own («(trước ngày 15/02/2026)», «(lùi sang
  // tháng 3/2026)») says something else: not dropped, and the whole stays unread.
  const bare = text.replace(
    /\s*\((?![^()]*(?:\d{1,2}\/\d{1,2}|[Tt]háng\s+\d|[Qq]uý\s|[Nn]ăm\s+\d|\d{4}))[^()]*\)\s*\.?\s*$/u,
    '',
  );
  if (!read.understood && bare !== text && bare.trim() !== '') {
    const plain = normalizeOne(bare, ctx);
    if (plain.understood) return plain;
  }
  return read;
}

function normalizeOne(text: string, ctx: DeadlineContext): NormalizedDeadline {
  // «Quí» is an old spelling of «Quý».
  let s = fold(text.replace(/<\/?sup>/g, ' '))
    // «(hoặc đột xuất)», «và khi có yêu cầu»: the cycle stands without them (fold drops brackets).
    .replace(/\s*(?:hoac|va) (?:dot xuat|khi co yeu cau)$/, '')
    .replace(/[.\s]+$/, '')
    .replace(/\bqui\b/g, 'quy');
  if (s === '') return result(null, null, false);
  s = withoutFillers(s);
  const one = normalizeFolded(s, ctx);
  if (one.understood) return one;
  const tet = dayBeforeTet(s, ctx) ?? dayOfTet(s, ctx) ?? readLunarDate(text, ctx);
  if (tet) return result(tet, null, false);
  const relative = readWeekOfMonth(s, ctx) ?? readDaysFromSigning(s, ctx);
  if (relative) return relative;
  return readOngoingFrom(s, ctx) ?? readRange(s, ctx) ?? readEachWithYear(s, ctx) ?? one;
}
