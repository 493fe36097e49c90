import { normalizeFolded } from './deadline-phrase.js';
import { type DeadlineContext, type NormalizedDeadline, result } from './deadline-reading.js';

// Wordings made of two periods: each part is read by normalizeFolded, so no free text passes.

/**
 * Rule «from-then-yearly»: "Quý IV năm 2025 và các năm tiếp theo" starts with a period and goes
 * on: the date is the end of that first period, and the task recurs yearly.
 */
export function readOngoingFrom(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  const m = s.match(/^(.+?),?\s+(?:va (?:cac|nhung) nam tiep theo|va hang nam)$/);
  if (!m?.[1]) return null;
  const head = normalizeFolded(m[1], ctx);
  if (!head.understood || head.date === null) return null;
  return result(head.date, { every: 'year', month: null, day: null }, true);
}

/**
 * Rule «range-ends-last»: a span ("2025 - 2035", "Quý IV/2025 - Quý II/2026", "Từ ngày 15/11/2025
 * đến ngày 15/12/2025", "Năm 2025-2030") is due at the end of its last period, like a list of
 * periods; the first part only has to be a period too, so no free text is read as a range.
 */
export function readRange(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  // («trong ngày 03 và 04/6/2026», «vào các ngày 03, 04/6/2026» list the two days of one span.)
  const m =
    s.match(/^(?:tu\s+)?(?:nam\s+)?(.+?)\s*(?:-|–|\bden(?: het)?\b)\s*(.+)$/) ??
    s.match(/^((?:trong\s+)?(?:cac\s+|hai\s+|02\s+)?ngay\s+\d{1,2})\s+(?:va\s+)?(\d{1,2}\/\d{1,2}\/\d{4})$/);
  if (!m?.[1] || !m[2]) return null;
  // «Tháng 4 - 5», «Tháng 10 - 11»: the last month borrows the word «tháng» of the first.
  const last = /^thang \d{1,2}$/.test(m[1].trim()) && /^\d{1,2}$/.test(m[2].trim()) ? `thang ${m[2].trim()}` : m[2];
  const to = normalizeFolded(last, ctx);
  if (!to.understood || to.date === null) return null;
  // «Từ ngày 08 đến ngày 10 tháng 12 năm 2025», «trong các ngày 03 - 04/6/2026»: the first day
  // borrows the month of the last.
  if (
    /^(?:(?:trong\s+)?(?:cac\s+|hai\s+|02\s+)?ngay\s+)?\d{1,2}$/.test(m[1].trim()) &&
    Number(m[1].replace(/\D/g, '')) <= 31
  ) {
    return result(to.date, null, false);
  }
  // («trong các ngày 30/5 - 01/6/2026»: the first day with its month.)
  const first = m[1].replace(/^(?:trong\s+)?(?:cac\s+|hai\s+|02\s+)?ngay\s+(?=\d)/, '');
  const from = normalizeFolded(first, { ...ctx, year: Number(to.date.slice(0, 4)) });
  if (!from.understood || from.date === null || from.date > to.date) return null;
  return result(to.date, null, false);
}

/**
 * Rule «each-with-its-year»: «Tháng 5/2026 và tháng 9/2026», «Quý I/2026, Quý III/2026» — periods
 * listed each with its own year are due at the end of the last, like «tháng 5 và tháng 9/2026».
 */
export function readEachWithYear(s: string, ctx: DeadlineContext): NormalizedDeadline | null {
  // (fold has dropped the commas: «quy i/2026 quy iii/2026».)
  const parts = s.split(/\s*(?:,|;|\bva\b)\s*|\s+(?=(?:thang|quy)\s+[\divx])/).filter((p) => p !== '');
  if (parts.length < 2 || !parts.every((p) => /\d{4}$/.test(p))) return null;
  const dates: string[] = [];
  for (const part of parts) {
    const one = normalizeFolded(part, ctx);
    if (!one.understood || one.date === null || one.recurrence !== '') return null;
    dates.push(one.date);
  }
  return result(dates.sort().at(-1) ?? null, null, false);
}

/**
 * Rule «phases-end-last»: «đợt 1 hoàn thành trước ngày 15/7/2026, đợt 2 hoàn thành trước ngày
 * 15/10/2026», «đợt 1 trong tháng 3 và tháng 4/2026; đợt 2 tiêm bổ sung trong tháng 9 và tháng
 * 10/2026»: work in rounds is one row, due when its last round is, as a list of periods is. Each
 * round is read by `readOne` after at most a few words naming what is done in it; any round not
 * understood leaves the whole unread.
 */
export function readPhases(s: string, read: (one: string) => NormalizedDeadline): NormalizedDeadline | null {
  if (!/^dot (?:1|01|i|mot)\b/.test(s)) return null;
  const rounds = s
    .split(/\s*(?:,|;)?\s*(?:va\s+)?(?=\bdot (?:\d{1,2}|[ivx]{1,3}|mot|hai|ba)\b)/)
    .filter((p) => p !== '');
  if (rounds.length < 2) return null;
  const dates: string[] = [];
  for (const round of rounds) {
    const words = round
      .replace(/^dot \S+\s*:?\s*/, '')
      .replace(/^(?:(?!(?:truoc|trong|tu|den|thang|quy|ngay|nam|cham|hoan|xong)\b|\d)\S+\s+){0,4}/, '');
    const one = read(words);
    if (!one.understood || one.date === null) return null;
    dates.push(one.date);
  }
  return result(dates.sort().at(-1) ?? null, null, false);
}
