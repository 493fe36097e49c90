import type { Config } from '#src/config.js';
import type { Conversation } from '#src/conversation/engine.js';
import type { Clock } from '#src/domain/clock.js';
import { outboxPath } from '#src/store/open-store.js';
import { openOutboxStats, type OutboxStats } from '#src/store/outbox-stats.js';
import type { TaskStore } from '#src/store/task-store.js';
import { checkHealth, trackGoogleCalls, type HealthReport } from './health.js';
import { instrumentConversation, observedFetch } from './instrument.js';
import { createMetrics, type Metrics, type OutboxReading } from './metrics.js';

/**
 * Health and metrics of one running app: built before the store (the Google client reports
 * its calls through `googleFetch`), then given the store and the conversation to watch.
 */
export interface Observability {
  metrics: Metrics;
  /** The fetch the Google client uses, so each call is counted and judged. */
  googleFetch: typeof fetch;
  watchStore(store: TaskStore, config: Config): void;
  /** Reply times; the conversation counts what each message asked through `metrics.updateHandled`. */
  instrument(conversation: Conversation): Conversation;
  health(): Promise<HealthReport>;
  close(): void;
}

export interface ObservabilityOptions {
  /** A change waiting longer than this makes /healthz answer 503. Default 10 minutes. */
  outboxStallSeconds?: number;
}

export function createObservability(clock: Clock, options: ObservabilityOptions = {}): Observability {
  const metrics = createMetrics();
  const google = trackGoogleCalls();
  let store: TaskStore | null = null;
  let stats: OutboxStats | null = null;
  const outbox = (): OutboxReading => {
    const reading = stats?.read() ?? { depth: 0, oldestCreatedAt: null };
    const oldest = reading.oldestCreatedAt ? Date.parse(reading.oldestCreatedAt) : NaN;
    return {
      depth: reading.depth,
      oldestAgeSeconds: Number.isNaN(oldest) ? 0 : Math.max(0, (clock.now().toMillis() - oldest) / 1000),
    };
  };
  metrics.readOutbox(outbox);

  return {
    metrics,
    googleFetch: observedFetch(metrics, (status) => google.record(status)),
    watchStore(watched, config) {
      store = watched;
      if (watched.backend.kind === 'google' && config.GOOGLE_SPREADSHEET_ID) {
        stats = openOutboxStats(outboxPath(config), config.GOOGLE_SPREADSHEET_ID);
      } else {
        metrics.sheetRefreshed(); // the local sheet is read where it lies: always current
      }
    },
    instrument: (conversation) => instrumentConversation(conversation, metrics),
    health: () =>
      checkHealth({
        async store() {
          if (!store) return ['Bot đang khởi động, chưa mở kho dữ liệu.'];
          // The local sheet answers a read; Google is judged by the calls the bot makes anyway.
          if (store.backend.kind === 'local') await store.backend.version();
          const sheet = store.sheetHealth();
          const problems = [sheet.unreadable, sheet.unreachable, google.problem()].filter(
            (p): p is string => p !== null,
          );
          return [...new Set(problems)];
        },
        outbox,
        outboxStallSeconds: options.outboxStallSeconds ?? 600,
      }),
    close() {
      stats?.close();
    },
  };
}
