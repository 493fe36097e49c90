import { join } from 'node:path';
import { DateTime } from 'luxon';
import { renderPlain } from '#src/chat/plain-text.js';
import { createConfig } from '#src/config.js';
import type { Agency } from '#src/domain/agency.js';
import type { Task } from '#src/domain/task.js';
import { createLogger } from '#src/logger.js';
import { importDemoPlansIfEmpty } from '#src/plans/import-to-store.js';
import { runReminderJob, type JobOptions, type ReminderDeps } from '#src/reminders/job.js';
import { createSendQueue, virtualClock } from '#src/reminders/limiter.js';
import { openBotState } from '#src/state/bot-state.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore } from '#src/store/task-store.js';
import { createAgencyLookupCache } from '#src/domain/agencies/index.js';
import { recordingNotifier, type Sent } from '../support/notifier.js';
import { DEMO_PLAN } from '../support/tasks.js';

export const silent = createLogger('silent', { pretty: false });

/** A Cơ quan row with focal points (and optionally the agency's group chat). */
export function agency(name: string, fields: Partial<Agency> = {}): Agency {
  return {
    name,
    aliases: [],
    kind: 'department',
    memberKinds: [],
    successor: '',
    telegram: [],
    zalo: [],
    groupChat: '',
    ...fields,
  };
}

export interface WorldOptions {
  demo?: boolean;
  tasks?: Task[];
  agencies?: Agency[];
  env?: Record<string, string>;
}

/**
 * A real local sheet, bot state and reminder job in `dir`, with a recording notifier and a
 * send queue in virtual time (a run never waits for the rate limit).
 */
export async function reminderWorld(dir: string, options: WorldOptions = {}) {
  const store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate(), {
    refreshIntervalMs: 0,
  });
  if (options.demo) await importDemoPlansIfEmpty(store, silent);
  const plan = { ...DEMO_PLAN, key: 'RM99', number: '99/KH-UBND', title: 'Kế hoạch thử nhắc việc' };
  await store.addPlan({ plan, tasks: options.tasks ?? [], agencies: options.agencies ?? [] });
  const state = openBotState(dir);
  const notifier = recordingNotifier();
  const config = createConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ...options.env });
  const deps: ReminderDeps = {
    store,
    state,
    agencies: createAgencyLookupCache(() => store.snapshot()),
    notifier,
    config,
    logger: silent,
  };
  const run = (at: string, job: Partial<Omit<JobOptions, 'at'>> = {}) =>
    runReminderJob(deps, {
      at: DateTime.fromISO(at, { zone: config.TZ }),
      queue: createSendQueue({ clock: virtualClock() }),
      ...job,
    });
  return {
    store,
    state,
    notifier,
    config,
    deps,
    run,
    log: state.reminderLog,
    /** Messages (not images) sent so far to one chat, rendered as plain text. */
    textsTo: (chatId: string) =>
      notifier.sent.filter((s) => s.chatId === chatId && s.reply).map((s) => renderPlain(s.reply ?? { blocks: [] })),
    async close() {
      state.close();
      await store.close();
    },
  };
}

/** The task IDs a message lists, in order. */
export function taskIdsIn(sent: Sent): string[] {
  return (sent.reply?.blocks ?? []).flatMap((b) => (b.type === 'tasks' ? b.tasks.map((t) => t.id) : []));
}

/** ISO dates from `from` to `to`, both included. */
export function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 }))
    out.push(d.toISODate() ?? '');
  return out;
}

export const isWeekend = (iso: string): boolean => DateTime.fromISO(iso).weekday >= 6;
