import { iso } from './deadline-calendar.js';
import { describeRecurrence, type Recurrence } from './deadline-recurrence.js';

// What every deadline reader shares: the plan's context, the result and the year of a date.

export interface DeadlineContext {
  /** The plan's year, used for dates written without one ("10/5", "Quý IV"). */
  year: number | null;
  /** The plan's date (ISO), when known: «trước Tết» is the Tết that follows it. */
  planDate?: string | null;
  /** The event day the plan names «ngày D» (ISO), when it names one: «D-10» counts from it. */
  dDay?: string | null;
  /** The days an event plan opens and closes (ISO): «trước khai mạc 07 ngày» counts from the first. */
  events?: EventDays;
  /** The year bare periods («Quý IV») fall in when it is not `year` (a December plan for next year). */
  periodYear?: number | null;
  /** The weeks a work programme defines («tuần 2 từ ngày 07/12 đến ngày 11/12»): week → its last day. */
  weeks?: ReadonlyMap<number, string>;
}

export interface EventDays {
  opening: string | null;
  closing: string | null;
}

export interface NormalizedDeadline {
  /** ISO date, or null when there is no single due date (or it was not understood). */
  date: string | null;
  /** Readable cycle, "" when the deadline does not repeat. */
  recurrence: string;
  rule: Recurrence | null;
  /** No fixed end: "Thường xuyên", "Hằng tháng", ... */
  ongoing: boolean;
  /** False when the text was not understood: the caller reports it, nothing is guessed. */
  understood: boolean;
}

export function fullYear(text: string | undefined, ctx: DeadlineContext): number | null {
  if (text === undefined) return ctx.year;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/**
 * A day written without its year («trước 31/8») is the next one from the plan's date: the plan's
 * year when still ahead, else the year after (a plan of 18/11/2025 means 31/8/2026).
 */
export function yearOfDay(text: string | undefined, month: number, day: number, ctx: DeadlineContext): number | null {
  const year = fullYear(text, ctx);
  if (text !== undefined || year === null || !ctx.planDate) return year;
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return ctx.planDate.startsWith(String(year)) && mmdd < ctx.planDate.slice(5, 10) ? year + 1 : year;
}

export function result(date: string | null, rule: Recurrence | null, ongoing: boolean): NormalizedDeadline {
  return { date, recurrence: rule ? describeRecurrence(rule) : '', rule, ongoing, understood: true };
}

export const NOT_UNDERSTOOD: NormalizedDeadline = {
  date: null,
  recurrence: '',
  rule: null,
  ongoing: false,
  understood: false,
};

export function dateResult(year: number | null, month: number, day: number): NormalizedDeadline {
  if (year === null) return NOT_UNDERSTOOD;
  const date = iso(year, month, day);
  return date ? result(date, null, false) : NOT_UNDERSTOOD;
}
