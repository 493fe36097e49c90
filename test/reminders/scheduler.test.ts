import { DateTime } from 'luxon';
import { validate } from 'node-cron';
import { describe, expect, it } from 'vitest';
import type { Clock } from '#src/domain/clock.js';
import { countReminderRun } from '#src/ops/instrument.js';
import { createMetrics } from '#src/ops/metrics.js';
import { startReminderScheduler, type CronTask, type ScheduleFn } from '#src/reminders/scheduler.js';
import { makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { agency, reminderWorld } from './helpers.js';

/** The scheduler with node-cron replaced by a recorder; ticks are called by hand. */
const tempDir = useTempDirs();

function fakeCron() {
  const registered: Array<{ expression: string; timezone: string; run: () => Promise<void>; stopped: boolean }> = [];
  const schedule: ScheduleFn = (expression, run, options) => {
    const entry = { expression, timezone: options.timezone, run, stopped: false };
    registered.push(entry);
    // Enough of node-cron's matching for the default expressions: minute, hour, weekdays.
    const [minute, hour, , , weekdays = '*'] = expression.split(' ');
    const task: CronTask = {
      stop: () => void (entry.stopped = true),
      match: (date) => {
        const t = DateTime.fromJSDate(date).setZone(options.timezone);
        const day = t.weekday % 7;
        const days =
          weekdays === '*' ? [0, 1, 2, 3, 4, 5, 6] : weekdays.includes('-') ? [1, 2, 3, 4, 5] : [Number(weekdays)];
        return t.minute === Number(minute) && t.hour === Number(hour) && days.includes(day);
      },
    };
    return task;
  };
  return { registered, schedule };
}

const clockAt = (iso: string): Clock & { set(iso: string): void } => {
  let now = DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' });
  return { now: () => now, set: (next) => void (now = DateTime.fromISO(next, { zone: 'Asia/Ho_Chi_Minh' })) };
};

async function setup() {
  const world = await reminderWorld(tempDir(), {
    tasks: [makeTask({ id: 'RM99-01', planKey: 'RM99', deadline: '2024-06-19', lead: ['Sở Tư pháp'] })],
    agencies: [agency('Sở Tư pháp', { telegram: ['1002'] })],
    env: { COORDINATORS: 'telegram:9999' },
  });
  return world;
}

describe('the reminder scheduler', () => {
  it('registers the two cron expressions in the configured zone and stops them', async () => {
    const world = await setup();
    const cron = fakeCron();
    const scheduler = startReminderScheduler(world.deps, {
      schedule: cron.schedule,
      clock: clockAt('2024-06-17T07:00'),
      catchUp: false,
    });
    expect(cron.registered.map((r) => [r.expression, r.timezone])).toEqual([
      ['0 8 * * 1-5', 'Asia/Ho_Chi_Minh'],
      ['0 8 * * 1', 'Asia/Ho_Chi_Minh'],
    ]);
    expect(validate(world.config.REMINDER_CRON) && validate(world.config.DIGEST_CRON)).toBe(true);
    await scheduler.stop();
    expect(cron.registered.every((r) => r.stopped)).toBe(true);
    // And with node-cron itself: it accepts the expressions and the zone, and stops.
    const real = startReminderScheduler(world.deps, { clock: clockAt('2024-06-17T07:00'), catchUp: false });
    await real.stop();
    expect(await real.tick('reminders')).toBeNull();
    await world.close();
  });

  it('runs reminders and the weekly digest on a working day, and nothing on a weekend', async () => {
    const world = await setup();
    const clock = clockAt('2024-06-15T08:00'); // Saturday
    const cron = fakeCron();
    const scheduler = startReminderScheduler(world.deps, { schedule: cron.schedule, clock, catchUp: false });
    expect(await scheduler.tick('reminders')).toBeNull();
    clock.set('2024-06-17T08:00'); // Monday
    await cron.registered[0]?.run();
    await cron.registered[1]?.run();
    expect(world.notifier.sent.filter((s) => s.reply).map((s) => s.chatId)).toEqual(['1002', '9999']);
    // Tuesday: the reminder goes out, the digest already did this week.
    clock.set('2024-06-18T08:00');
    const tuesday = await scheduler.tick('reminders');
    expect(tuesday?.messages.map((m) => m.recipient)).toEqual(['telegram:1002']);
    await scheduler.stop();
    await world.close();
  });

  it('tells the metrics of each run and the messages it sent', async () => {
    const world = await setup();
    const metrics = createMetrics({ defaultMetrics: false });
    const clock = clockAt('2024-06-17T08:00'); // Monday: a reminder and the digest
    const scheduler = startReminderScheduler(world.deps, {
      schedule: fakeCron().schedule,
      clock,
      catchUp: false,
      onRun: countReminderRun(metrics),
    });
    await scheduler.tick('reminders');
    await scheduler.tick('reminders'); // the same instant again: a run that sends nothing
    const text = await metrics.render();
    expect(text).toContain('dondoc_reminder_runs_total 2');
    expect(text).toContain('dondoc_reminder_messages_sent_total 2');
    await scheduler.stop();
    await world.close();
  });

  it('catches up at start-up what was missed earlier today, once', async () => {
    const world = await setup();
    const cron = fakeCron();
    const early = startReminderScheduler(world.deps, {
      schedule: cron.schedule,
      clock: clockAt('2024-06-17T07:30'),
      catchUp: false,
    });
    expect(await early.tick('startup')).toBeNull(); // before 08:00 nothing has been missed
    await early.stop();
    const late = startReminderScheduler(world.deps, {
      schedule: cron.schedule,
      clock: clockAt('2024-06-17T10:15'),
      catchUp: false,
    });
    const report = await late.tick('startup');
    expect(report?.messages.map((m) => `${m.kind} ${m.recipient}`).sort()).toEqual([
      'digest telegram:9999',
      'reminder telegram:1002',
    ]);
    expect((await late.tick('startup'))?.messages).toEqual([]);
    await late.stop();
    await world.close();
  });
});
