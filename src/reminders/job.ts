import type { DateTime } from 'luxon';
import type { Logger } from 'pino';
import type { Notifier } from '#src/chat/port.js';
import { describeError } from '#src/domain/errors.js';
import { formatAddress } from '#src/chat/address.js';
import { renderPlain } from '#src/chat/plain-text.js';
import type { Config } from '#src/config.js';
import { formatDate } from '#src/domain/clock.js';
import { createWorkingCalendar, type WorkingCalendar } from '#src/domain/working-days.js';
import type { BotState } from '#src/state/bot-state.js';
import { dateTimeToCell } from '#src/store/cells.js';
import type { TaskStore } from '#src/store/task-store.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { digestChartPng } from './chart.js';
import { planDigest } from './digest-plan.js';
import { summaryRows } from './digest.js';
import { fanOut, type FanOutResult } from './fan-out.js';
import { createSendQueue, type SendQueue } from './limiter.js';
import { planReminders, type PlannedMessage, type ReminderPlan, type Unreachable } from './planner.js';
import { policyFromConfig } from './policy.js';
import { recipientIndex } from './recipients.js';

/** One run of reminders and/or the digest at an instant: plan, send, log, update Tổng hợp. */
export interface ReminderDeps {
  store: TaskStore;
  state: BotState;
  agencies: () => AgencyLookup;
  notifier: Notifier;
  config: Config;
  logger: Logger;
}

export interface JobOptions {
  at: DateTime;
  dryRun?: boolean;
  reminders?: boolean;
  digest?: boolean;
  queue?: SendQueue;
  calendar?: WorkingCalendar;
}

export interface ReportedMessage {
  kind: PlannedMessage['kind'];
  recipient: string;
  agencies: string[];
  taskIds: string[];
  text: string;
  chart: boolean;
  status: 'sent' | 'would-send' | 'skipped' | 'failed';
  reason?: string;
  image: boolean;
}

export interface JobReport {
  at: string;
  today: string;
  dayOff: string | null;
  dryRun: boolean;
  messages: ReportedMessage[];
  /** Reminders that go nowhere: the lead agency has no focal point yet. */
  unreachable: Unreachable[];
  escalations: Array<{ taskId: string; agency: string; unanswered: number }>;
  digestWeek: string | null;
  noFocal: Array<{ agency: string; open: number }>;
  /** Rows written to Tổng hợp (total row included); null when not written. */
  summaryRows: number | null;
}

// The calendar's year tables are worth keeping between runs.
const calendars = new Map<string, WorkingCalendar>();
export function calendarFor(config: Pick<Config, 'DAYS_OFF'>): WorkingCalendar {
  const key = config.DAYS_OFF.join(',');
  let calendar = calendars.get(key);
  if (!calendar) calendars.set(key, (calendar = createWorkingCalendar({ daysOff: config.DAYS_OFF })));
  return calendar;
}

const LOG_KEPT_YEARS = 2;

export async function runReminderJob(deps: ReminderDeps, options: JobOptions): Promise<JobReport> {
  const { store, config, logger } = deps;
  const policy = policyFromConfig(config);
  const at = options.at.setZone(policy.zone);
  const dryRun = options.dryRun ?? false;
  await store
    .refresh()
    .catch((error: unknown) => logger.warn({ error: String(error) }, 'Không đọc lại được bảng tính; dùng bản đang có'));
  const snapshot = store.snapshot();
  const agencies = deps.agencies();
  const calendar = options.calendar ?? calendarFor(config);
  const log = deps.state.reminderLog;
  const sent = log.view();
  const recipients = recipientIndex(snapshot, agencies);
  const today = at.toISODate() ?? '';

  const plan: ReminderPlan =
    options.reminders === false
      ? { today, dayOff: calendar.dayOffReason(today), messages: [], unreachable: [], escalations: [], records: [] }
      : planReminders({ snapshot, agencies, now: at, policy, calendar, sent, recipients });
  const digest =
    options.digest === false
      ? null
      : planDigest({
          snapshot,
          agencies,
          now: at,
          policy,
          sent,
          subscriptions: deps.state.subscriptions.list(),
          recipients,
          escalations: plan.escalations,
          extensionsWaiting: deps.state.extensionRequests.pending().map((request) => request.taskId),
        });
  const messages = [...plan.messages, ...(digest?.messages ?? [])];
  const sentAt = at.toUTC().toISO() ?? '';

  let results: FanOutResult[];
  let written: number | null = null;
  if (dryRun) {
    results = messages.map((message) => ({ message, status: 'sent', image: false }));
  } else {
    log.record(plan.records.map((key) => ({ ...key, sentAt })));
    const data = digest?.data;
    results = await fanOut(messages, {
      notifier: deps.notifier,
      log,
      queue: options.queue ?? createSendQueue(),
      sentAt,
      ...(data
        ? {
            chart: {
              png: () => digestChartPng(data),
              caption: `Biểu đồ tình hình thực hiện đến ngày ${formatDate(today)}`,
            },
          }
        : {}),
      logger,
    });
    if (data) {
      const tab = store.template.tab('summary');
      const rows = summaryRows(data, tab, dateTimeToCell(at));
      try {
        await store.backend.replaceRows(tab.name, rows);
        written = rows.length;
      } catch (error) {
        logger.warn({ error: describeError(error) }, `Không cập nhật được trang «${tab.name}»`);
      }
    }
    log.prune(at.minus({ years: LOG_KEPT_YEARS }).toUTC().toISO() ?? '');
  }

  const report: JobReport = {
    at: at.toISO() ?? '',
    today,
    dayOff: plan.dayOff,
    dryRun,
    messages: results.map(({ message, status, reason, image }) => ({
      kind: message.kind,
      recipient: formatAddress(message.to),
      agencies: message.agencies,
      taskIds: message.taskIds,
      text: renderPlain(message.reply),
      chart: message.chart ?? false,
      status: dryRun ? 'would-send' : status,
      ...(reason ? { reason } : {}),
      image,
    })),
    unreachable: plan.unreachable,
    escalations: plan.escalations.map((e) => ({ taskId: e.task.id, agency: e.agency, unanswered: e.unanswered })),
    digestWeek: digest?.week ?? null,
    noFocal: digest?.data.noFocal ?? [],
    summaryRows: written,
  };
  const count = (status: ReportedMessage['status']) => report.messages.filter((m) => m.status === status).length;
  logger.info(
    {
      today,
      sent: count('sent'),
      skipped: count('skipped'),
      failed: count('failed'),
      unreachable: plan.unreachable.length,
      dryRun,
    },
    'Nhắc việc: đã chạy',
  );
  return report;
}
