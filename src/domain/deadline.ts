import { normalizeFolded, withoutFillers } from './deadline-phrase.js';
import { countsFromDDay, withDDayDates, withEventDates } from './deadline-dday.js';
import { type DeadlineContext, NOT_UNDERSTOOD, type NormalizedDeadline, result } from './deadline-reading.js';
import { readLunarDate } from './deadline-lunar.js';
import {
  readDaysBeforeEvent,
  readDaysFromSigning,
  readPartOfMonth,
  readPartOfQuarter,
  readWeekOfMonth,
} from './deadline-relative.js';
import { readEachWithYear, readOngoingFrom, readPhases, readRange } from './deadline-spans.js';
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
export function normalizeDeadline(wording: string, ctx: DeadlineContext): NormalizedDeadline {
  const read = readDeadline(wording, ctx);
  // Rule «long-past»: «Dịp Quốc khánh (02/9/1945)», «giao đất trước ngày 01/7/2014» name a day
  // remembered or a legal cut-off, not this plan's work: not read (the preview lists it).
  return longPast(read.date, ctx) ? NOT_UNDERSTOOD : read;
}

function readDeadline(wording: string, ctx: DeadlineContext): NormalizedDeadline {
  if (countsFromDDay(wording) && !ctx.dDay) return NOT_UNDERSTOOD;
  const text = slashDates(withEventDates(ctx.dDay ? withDDayDates(wording, ctx.dDay) : wording, ctx.events));
  const read = normalizeOne(text, ctx);
  if (!read.understood) {
    const days = observanceDays(text, ctx) ?? roundOrOccasion(text, ctx);
    if (days) return days;
  }
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
  return read.understood
    ? read
    : (datedBracket(text, ctx) ?? lunarNoteDropped(text, ctx) ?? oneDatedPart(text, ctx) ?? read);
}

/**
 * Rule «lunar-note»: «Từ ngày 17/4 đến hết ngày 26/4/2026 (mùng 1/3 - mùng 10/3 âm lịch)» gives the
 * same days again in the lunar calendar; the solar wording alone is read.
 */
function lunarNoteDropped(text: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const solar = text.replace(/\s*\([^()]*(?:âm lịch|\bAL\b)[^()]*\)/gu, '').trim();
  if (solar === text.trim() || solar === '') return null;
  const read = normalizeOne(solar, ctx);
  return read.understood ? read : null;
}

/**
 * Rule «one-dated-part»: «Hằng ngày; tổng hợp xong trước ngày 05/5/2026» — the work goes on every day
 * and one part of the wording says when it is done: that day. Only when exactly one part has a day.
 */
function oneDatedPart(text: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const parts = text.split(/\s*;\s*/u).filter((p) => p.trim() !== '');
  if (parts.length < 2 || parts.length > 4) return null;
  // A part may name its work before its time («tổng hợp xong trước ngày …»): read from the time word.
  const timeOf = (p: string): string => p.replace(/^.*?(?<=^|\s)(?=(?:xong|hoàn thành|trước ngày|chậm nhất)\s)/iu, '');
  // A part that says when the work starts («Từ ngày 17/4/2026; đến khi kết thúc lễ hội») dates no end.
  const dated = parts
    .filter((p) => !/^\s*(?:bắt đầu\s+)?từ\s/iu.test(p))
    .map((p) => normalizeOne(timeOf(p), ctx))
    .filter((r) => r.understood && r.date !== null);
  return dated.length === 1 ? (dated[0] ?? null) : null;
}

/** A day more than a year before the plan's own date dates no work of the plan. */
function longPast(date: string | null, ctx: DeadlineContext): boolean {
  if (date === null || !ctx.planDate) return false;
  const year = Number(ctx.planDate.slice(0, 4)) - 1;
  return date < `${year}${ctx.planDate.slice(4)}`;
}

/**
 * Rule «round-label»: «Đợt 1: tháng 7 - tháng 9/2026», «Giai đoạn 2: Quý III/2026» — the round's
 * name before a colon, then its time. Rule «occasion-day»: «Dịp Quốc khánh 02/9/2026», «dịp Tết
 * Dương lịch (01/01/2027)» — the occasion and its day: due that day.
 */
function roundOrOccasion(text: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const round = text.match(/^\s*(?:đợt|giai đoạn|bước)\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*(\S.*)$/iu)?.[1];
  if (round) {
    const read = normalizeOne(round, ctx);
    return read.understood ? read : null;
  }
  const rounds = datedRounds(text, ctx);
  if (rounds) return rounds;
  const day = text.match(/^\s*(?:vào\s+)?dịp\s+[^\d()]{2,60}?\s*\(?(\d{1,2}\/\d{1,2}\/\d{4})\)?\s*\.?$/iu)?.[1];
  if (!day) return null;
  const read = normalizeOne(day, ctx);
  // «Dịp kỷ niệm Ngày thành lập QĐND (22/12/1944)» gives the founding day, not this year's: not guessed.
  if (read.date !== null && ctx.planDate && read.date < ctx.planDate) return null;
  return read.understood && read.date !== null ? read : null;
}

/**
 * Rule «dated-rounds»: a time cell that gives each round its day («30/4/2026 (đợt 1); 31/10/2026
 * (đợt 2)», «15/3/2026 (lần 1), 15/9/2026 (lần 2)») is due with the last round, as a range is due
 * at its end. Only when every part is a day.
 */
function datedRounds(text: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const parts = text
    .replace(/\s*\((?:đợt|lần|giai đoạn)\s+[^()]{1,12}\)/giu, '')
    .split(/\s*(?:;|,|\svà\s)\s*/u)
    .filter((p) => p.trim() !== '');
  if (parts.length < 2 || parts.length > 6) return null;
  const dates = parts.map((p) => (/^\d{1,2}\/\d{1,2}\/\d{4}\.?$/.test(p.trim()) ? normalizeOne(p, ctx).date : null));
  if (dates.some((d) => d === null)) return null;
  const last = dates.reduce((a, b) => ((b ?? '') > (a ?? '') ? b : a));
  return last ? result(last, null, false) : null;
}

/**
 * Rule «dash-and-dot-dates»: offices also write a day «15-4-2026», «15.5.2026», a month «tháng
 * 9-2026», and a day without its year «23-3» before another dated day («Từ 23-3 đến 15-4-2026»).
 * They are read as the slashed forms. A dash between two years («2026-2030»), between a day and a
 * day («01/6 - 30/6/2026», spaced) or after a quarter («Quý IV-2025») is left as it is.
 */
export function slashDates(text: string): string {
  const day = (d: string, m: string): boolean => Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12;
  return (
    text
      // (A PDF may break «15-4-2026» after its dash: «15- 4-2026».)
      .replace(/(?<![\d/.-])(\d{1,2})-\s(\d{1,2})-(\d{4})(?![\d/.-])/g, '$1-$2-$3')
      .replace(
        /(?<![\d/.-])(\d{1,2})([-.])(\d{1,2})\2(\d{4})(?![\d/.-])/g,
        (all, d: string, _s, m: string, y: string) => (day(d, m) ? `${d}/${m}/${y}` : all),
      )
      .replace(/([Tt]háng\s+\d{1,2})-(\d{4})(?!\d)/gu, '$1/$2')
      .replace(
        /(?<![\d/.-])(\d{1,2})-(\d{1,2})(?=\s+(?:đến|tới|-|–)\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4})/gu,
        (all, d: string, m: string) => (day(d, m) ? `${d}/${m}` : all),
      )
  );
}

/**
 * Rule «dated-bracket»: «Trước mùa mưa bão (trước 31/8/2026)», «Tuần thứ 2 tháng 10/2027 (từ
 * 11/10 đến 17/10/2027)»: a bracket at the end that is a date or a span says exactly when, when
 * the words before it are no deadline or name the same time (the week the span spells out). Not
 * when they say something else («Quý I/2026 (trước ngày 15/02/2026)»: nothing is guessed), nor when
 * the bracket reaches back before the plan («(26/3/1931 - 26/3/2026)» counts years, it dates no work).
 */
function datedBracket(text: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = text.match(/\(([^()]+)\)\s*\.?\s*$/u);
  const bracket = m?.[1];
  if (!m || !bracket || !/\d{1,2}\/\d{1,2}/.test(bracket)) return null;
  const days = [...bracket.matchAll(/\d{1,2}\/\d{1,2}(?:\/\d{4})?/g)].map((d) => normalizeOne(d[0], ctx).date);
  const earliest = ctx.planDate ?? (ctx.year !== null ? `${ctx.year}-01-01` : null);
  const years = days.flatMap((d) => (d === null ? [] : [Number(d.slice(0, 4))]));
  if (days.some((d) => d !== null && earliest !== null && d < earliest)) return null;
  if (years.length > 0 && Math.max(...years) - Math.min(...years) > 1) return null;
  const dated = normalizeOne(bracket, ctx);
  if (!dated.understood || dated.date === null || dated.recurrence !== '') return null;
  const before = text.slice(0, m.index).trim();
  // «Sau khi có hướng dẫn của Bộ (dự kiến 15/3/2026)», «Theo Công văn … (ngày …)»: the work starts after,
  // or the bracket dates a letter; neither is a deadline.
  if (/^(?:sau|theo|thực hiện theo|kể từ|tính từ)\s/iu.test(before)) return null;
  const said = before === '' ? null : normalizeOne(before, ctx);
  if (!said?.understood) return dated;
  // The words name a time too: the bracket counts only as the span that time falls in.
  const first = days[0];
  const inSpan =
    days.length >= 2 && said.date !== null && first != null && first <= said.date && said.date <= dated.date;
  return inSpan ? dated : null;
}

/**
 * Rule «observance-day»: «Ngày Nước thế giới (22/3/2026) và Ngày Môi trường thế giới (05/6/2026)»,
 * «Ngày thành lập Quân đội nhân dân Việt Nam (22/12/2026)»: a named day with its date in brackets
 * is when the work is done; several are due by the last. Only a bracket holding one whole date
 * counts: «(26/3/1931 - 26/3/2026)» counts the years, it does not date the work.
 */
const OBSERVANCE = /Ngày\s+[^()]{2,80}?\s*\((\d{1,2})\/(\d{1,2})\/(\d{4})\)/gu;

function observanceDays(text: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const trimmed = text.trim().replace(/[.;,]$/, '');
  const rest = trimmed.replace(OBSERVANCE, '').replace(/[\s,]|và/gu, '');
  if (rest !== '' || !/^Ngày\s/u.test(trimmed)) return null;
  const dates: string[] = [];
  for (const m of trimmed.matchAll(OBSERVANCE)) {
    const day = normalizeOne(`${m[1]}/${m[2]}/${m[3]}`, ctx).date;
    // A day already past when the plan is signed (a birthday in 1890) dates nothing it asks for.
    if (day === null || (ctx.planDate && day < ctx.planDate)) return null;
    dates.push(day);
  }
  const last = dates.sort().at(-1);
  return last ? result(last, null, false) : null;
}

function normalizeOne(text: string, ctx: DeadlineContext): NormalizedDeadline {
  // «Quí» is an old spelling of «Quý».
  let s = fold(text.replace(/<\/?sup>/g, ' '))
    // «(hoặc đột xuất)», «và khi có yêu cầu»: the cycle stands without them (fold drops brackets).
    .replace(/\s*(?:hoac|va) (?:dot xuat|khi co yeu cau)$/, '')
    .replace(/[.\s]+$/, '')
    .replace(/\bqui\b/g, 'quy')
    // «T2/2026 (sau Tết)»: «T» is short for «tháng» before a month and its year.
    .replace(/(^|\s)t(\d{1,2})(?=\/\d{4})/g, '$1thang $2')
    // Rule «short-quarter»: «QII/2026», «Q2/2026» are «Quý II/2026».
    .replace(/(^|\s)q(i{1,3}|iv|[1-4])(?=\/\d{4})/g, '$1quy $2');
  if (s === '') return result(null, null, false);
  s = withoutFillers(s);
  // Rule «defined-weeks» (plans/d-day.ts): «Tuần 2» of a programme that says when its weeks end.
  const week = s.match(/^tuan (\d)$/)?.[1];
  const weekEnd = week ? ctx.weeks?.get(Number(week)) : undefined;
  if (weekEnd) return result(weekEnd, null, false);
  const phases = readPhases(s, (round) => normalizeOne(round, ctx));
  if (phases) return phases;
  const beforeEvent = readDaysBeforeEvent(s);
  if (beforeEvent) return beforeEvent;
  const one = normalizeFolded(s, ctx);
  if (one.understood) return one;
  const tet = dayBeforeTet(s, ctx) ?? dayOfTet(s, ctx) ?? readLunarDate(text, ctx);
  if (tet) return result(tet, null, false);
  const relative =
    readWeekOfMonth(s, ctx) ?? readPartOfMonth(s, ctx) ?? readPartOfQuarter(s, ctx) ?? readDaysFromSigning(s, ctx);
  if (relative) return relative;
  return readOngoingFrom(s, ctx) ?? readRange(s, ctx) ?? readEachWithYear(s, ctx) ?? one;
}
