import type { DateTime } from 'luxon';
import { schedule as cronSchedule } from 'node-cron';
import { systemClock, type Clock } from '#src/domain/clock.js';
import { calendarFor, runReminderJob, type JobReport, type ReminderDeps } from './job.js';

/**
 * node-cron in the configured zone: REMINDER_CRON runs reminders, DIGEST_CRON the weekly
 * digest; both only on working days. A digest whose time came on a day off (or while the bot
 * was down) goes out at the next run that week; at start-up a run missed earlier today (or
 * a digest missed this week) is caught up once. Runs never overlap.
 */
export interface CronTask {
  stop(): void | Promise<void>;
  match(date: Date): boolean;
}
export type ScheduleFn = (
  expression: string,
  run: () => Promise<void>,
  options: { timezone: string; name: string },
) => CronTask;

export interface ReminderScheduler {
  /** Runs what is due at this instant as a tick would (start-up catch-up, tests). */
  tick(kind: 'reminders' | 'digest' | 'startup'): Promise<JobReport | null>;
  stop(): Promise<void>;
}

const defaultSchedule: ScheduleFn = (expression, run, options) =>
  cronSchedule(expression, run, { ...options, noOverlap: true });

/** Whether the cron expression fired in [from, to], minute by minute (at most a week). */
function firedBetween(task: CronTask, from: DateTime, to: DateTime): boolean {
  for (let t = from.startOf('minute'); t <= to; t = t.plus({ minutes: 1 })) if (task.match(t.toJSDate())) return true;
  return false;
}

export interface SchedulerOptions {
  clock?: Clock;
  schedule?: ScheduleFn;
  /** Catch up at start what was missed earlier today / this week (default true). */
  catchUp?: boolean;
  /** Told of every run that happened (metrics). */
  onRun?: (report: JobReport) => void;
}

export function startReminderScheduler(deps: ReminderDeps, options: SchedulerOptions = {}): ReminderScheduler {
  const { config, logger } = deps;
  const clock = options.clock ?? systemClock(config.TZ);
  const schedule = options.schedule ?? defaultSchedule;
  const calendar = calendarFor(config);
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const tick = (kind: 'reminders' | 'digest' | 'startup'): Promise<JobReport | null> => {
    const run = async (): Promise<JobReport | null> => {
      if (stopped) return null;
      const now = clock.now().setZone(config.TZ);
      if (!calendar.isWorkingDay(now.toISODate() ?? '')) return null;
      const remindersDue =
        kind === 'reminders' || (kind === 'startup' && firedBetween(reminderTask, now.startOf('day'), now));
      const digestDue = kind === 'digest' || firedBetween(digestTask, now.startOf('week'), now);
      if (!remindersDue && !digestDue) return null;
      const report = await runReminderJob(deps, { at: now, reminders: remindersDue, digest: digestDue });
      options.onRun?.(report);
      return report;
    };
    const result = chain.then(run, run);
    chain = result.catch((error: unknown) =>
      logger.error({ error: error instanceof Error ? error.message : String(error) }, 'Nhắc việc: lỗi khi chạy'),
    );
    return result;
  };

  const reminderTask = schedule(config.REMINDER_CRON, async () => void (await tick('reminders').catch(() => null)), {
    timezone: config.TZ,
    name: 'dondoc-reminders',
  });
  const digestTask = schedule(config.DIGEST_CRON, async () => void (await tick('digest').catch(() => null)), {
    timezone: config.TZ,
    name: 'dondoc-digest',
  });
  logger.info(`Nhắc việc: lịch «${config.REMINDER_CRON}», bản tin tuần «${config.DIGEST_CRON}» (${config.TZ}).`);
  if (options.catchUp ?? true) void tick('startup').catch(() => null);

  return {
    tick,
    async stop() {
      stopped = true;
      await reminderTask.stop();
      await digestTask.stop();
      await chain;
    },
  };
}
