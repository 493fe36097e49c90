import { normalizeDeadline, nextOccurrence, type Recurrence } from '#src/domain/deadline.js';
import type { Task } from '#src/domain/task.js';
import type { WorkingCalendar } from '#src/domain/working-days.js';
import type { SentEntry } from '#src/state/reminder-log.js';
import type { ReminderPolicy } from './policy.js';

/**
 * Which reminder a task is due for on a working day. Milestone m (working days before the
 * deadline) goes out on the working day with exactly m working days after it up to the
 * deadline: m = 0 is the deadline itself, or the last working day before it when the
 * deadline is a day off. Only the latest milestone is ever due, so a run after downtime
 * catches up once. An overdue task is due every working day after its deadline; the planner
 * spaces what it sends (REMINDER_OVERDUE_EVERY working days after the last one sent).
 */
export type Due =
  | {
      kind: 'before';
      deadline: string;
      /** "due:<deadline>:<m>": the log key, the same for every recipient. */
      milestone: string;
      daysBefore: number;
      /** Working days in (today, deadline]: what the message says, even when catching up. */
      workingDaysLeft: number;
      recurring: boolean;
    }
  | {
      kind: 'overdue';
      deadline: string;
      /** "overdue:<deadline>:<today>"; the planner sends it only N working days after the last one. */
      milestone: string;
      daysLate: number;
    };

export interface TaskDeadline {
  deadline: string;
  /** A report duty's next occurrence ("Hằng tháng, trước ngày 14"). */
  recurring: boolean;
  /** A weekly cycle («Hằng tuần, thứ Sáu»): see «weekly-reminders» in `dueOn`. */
  weekly?: boolean;
}

/**
 * Rule «weekly-reminders»: a weekly report is reminded only the working day before and on the
 * day. The longer milestones (7 and 3 working days) would land in the previous cycle or on
 * every other day of the week, and a focal point told four times a week stops reading.
 */
const WEEKLY_MILESTONES_UP_TO = 1;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Per-run caches: 100,000 tasks share a few hundred deadlines and recurrence texts. */
export interface MilestoneCache {
  rules: Map<string, Recurrence | null>;
  next: Map<string, string | null>;
  sendDates: Map<string, Array<[number, string]>>;
}

export const newMilestoneCache = (): MilestoneCache => ({ rules: new Map(), next: new Map(), sendDates: new Map() });

/**
 * The deadline a reminder is about. A report duty whose cycle names its day is reminded
 * before each occurrence and never nagged as overdue (one status cell cannot tell which
 * cycle was reported); any other task by its date, before and after it.
 */
export function reminderDeadline(
  task: Task,
  today: string,
  cache: MilestoneCache = newMilestoneCache(),
  until: string | null = null,
): TaskDeadline | null {
  if (task.recurrence.trim() !== '') {
    let rule = cache.rules.get(task.recurrence);
    if (rule === undefined) {
      rule = normalizeDeadline(task.recurrence, { year: null }).rule;
      cache.rules.set(task.recurrence, rule);
    }
    if (rule && rule.day !== null) {
      const key = `${task.recurrence}|${today}`;
      let next = cache.next.get(key);
      if (next === undefined) {
        next = nextOccurrence(rule, today);
        cache.next.set(key, next);
      }
      // A single-year plan's duties stop with its year (until).
      if (next !== null && until !== null && next > until) next = null;
      // The task's own date wins when it is still ahead and earlier (the plan's first cycle).
      const weekly = rule.every === 'week';
      if (task.deadline && task.deadline >= today && (next === null || task.deadline < next))
        return { deadline: task.deadline, recurring: true, weekly };
      return next ? { deadline: next, recurring: true, weekly } : null;
    }
  }
  return task.deadline ? { deadline: task.deadline, recurring: false } : null;
}

/** Milestone → the working day it goes out, most urgent first. */
export function sendDates(
  deadline: string,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  cache: MilestoneCache = newMilestoneCache(),
): Array<[number, string]> {
  let dates = cache.sendDates.get(deadline);
  if (!dates) {
    const last = calendar.onOrBefore(deadline);
    dates = [...policy.daysBefore].sort((a, b) => a - b).map((m): [number, string] => [m, calendar.back(last, m)]);
    cache.sendDates.set(deadline, dates);
  }
  return dates;
}

/** The reminder due on the working day `today`, or null. */
export function dueOn(
  target: TaskDeadline,
  today: string,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  cache: MilestoneCache = newMilestoneCache(),
): Due | null {
  const { deadline } = target;
  if (deadline >= today) {
    const hit = sendDates(deadline, calendar, policy, cache).find(
      ([m, date]) => date <= today && (!target.weekly || m <= WEEKLY_MILESTONES_UP_TO),
    );
    if (!hit) return null;
    return {
      kind: 'before',
      deadline,
      milestone: `due:${deadline}:${hit[0]}`,
      daysBefore: hit[0],
      workingDaysLeft: calendar.countBetween(today, deadline),
      recurring: target.recurring,
    };
  }
  if (target.recurring || policy.overdueEvery <= 0) return null;
  return {
    kind: 'overdue',
    deadline,
    milestone: `overdue:${deadline}:${today}`,
    daysLate: dayNumber(today) - dayNumber(deadline),
  };
}

/** Per recipient, the day of the last overdue reminder about `deadline` (one pass over a task's log). */
export function lastOverdueDays(entries: readonly SentEntry[], deadline: string): Map<string, string> {
  const prefix = `overdue:${deadline}:`;
  const last = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.milestone.startsWith(prefix)) continue;
    const day = entry.milestone.slice(prefix.length);
    if (day > (last.get(entry.recipient) ?? '')) last.set(entry.recipient, day);
  }
  return last;
}
