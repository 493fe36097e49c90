import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The bot's Prometheus metrics, one registry per app (tests run several apps in one
 * process). Counters are fed by the composition root's small wrappers; the outbox gauges
 * are read when scraped.
 */
export interface OutboxReading {
  depth: number;
  /** Seconds the oldest waiting change has waited; 0 when none waits. */
  oldestAgeSeconds: number;
}

export interface Metrics {
  readonly registry: Registry;
  updateHandled(channel: string, intent: string): void;
  replyLatency(channel: string, seconds: number): void;
  /** One HTTP call to Google Sheets or Drive and its status (undefined: no answer). */
  sheetsCall(status: number | undefined): void;
  /** A reminder run and how many messages it sent. */
  reminderRun(sent: number): void;
  /** The bot's copy of the sheet was confirmed current (a successful version check or read). */
  sheetRefreshed(at?: Date): void;
  /** Where the outbox gauges read from. */
  readOutbox(read: () => OutboxReading): void;
  /** The Prometheus text format. */
  render(): Promise<string>;
  readonly contentType: string;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'dondoc_' });
  const registers = [registry];

  const updates = new Counter({
    name: 'dondoc_updates_handled_total',
    help: 'Chat messages answered, by channel and understood intent.',
    labelNames: ['channel', 'intent'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'dondoc_reply_duration_seconds',
    help: 'Time from a message reaching the conversation to its reply, by channel.',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const sheetsCalls = new Counter({
    name: 'dondoc_sheets_calls_total',
    help: 'HTTP calls to the Google Sheets and Drive APIs.',
    registers,
  });
  const sheetsLimited = new Counter({
    name: 'dondoc_sheets_rate_limited_total',
    help: 'Google API calls answered 429 (quota exceeded).',
    registers,
  });
  const sheetsFailed = new Counter({
    name: 'dondoc_sheets_failed_calls_total',
    help: 'Google API calls answered 5xx or not answered at all.',
    registers,
  });
  const reminderRuns = new Counter({
    name: 'dondoc_reminder_runs_total',
    help: 'Reminder and digest runs.',
    registers,
  });
  const remindersSent = new Counter({
    name: 'dondoc_reminder_messages_sent_total',
    help: 'Reminder and digest messages sent.',
    registers,
  });
  const lastRefresh = new Gauge({
    name: 'dondoc_sheet_last_refresh_timestamp_seconds',
    help: 'When the bot last confirmed its copy of the sheet was current (Unix time; 0 = never).',
    registers,
  });
  let outbox: () => OutboxReading = () => ({ depth: 0, oldestAgeSeconds: 0 });
  new Gauge({
    name: 'dondoc_outbox_depth',
    help: 'Sheet changes waiting in the outbox.',
    registers,
    collect() {
      this.set(outbox().depth);
    },
  });
  new Gauge({
    name: 'dondoc_outbox_oldest_age_seconds',
    help: 'How long the oldest waiting sheet change has waited.',
    registers,
    collect() {
      this.set(outbox().oldestAgeSeconds);
    },
  });

  return {
    registry,
    updateHandled: (channel, intent) => updates.inc({ channel, intent }),
    replyLatency: (channel, seconds) => latency.observe({ channel }, seconds),
    sheetsCall(status) {
      sheetsCalls.inc();
      if (status === 429) sheetsLimited.inc();
      if (status === undefined || status >= 500) sheetsFailed.inc();
    },
    reminderRun(sent) {
      reminderRuns.inc();
      remindersSent.inc(sent);
    },
    sheetRefreshed: (at = new Date()) => lastRefresh.set(at.getTime() / 1000),
    readOutbox(read) {
      outbox = read;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
