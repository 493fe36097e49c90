import type { Logger } from 'pino';
import type { Agency } from '#src/domain/agency.js';
import type { Plan } from '#src/domain/plan.js';
import type { Task } from '#src/domain/task.js';
import { fold } from '#src/domain/text.js';
import {
  isLoggedWriter,
  startDrainer,
  type DrainOptions,
  type Drainer,
  type Outbox,
  type OutboxEntry,
} from './outbox.js';
import type { SheetBackend } from './port.js';
import { agencyToRecord, planToRecord, taskToRecord, toHeaders } from './rows.js';
import type { SheetHealth } from './sheet-health.js';
import { SheetView } from './sheet-view.js';
import { taskKey, type Snapshot } from './snapshot.js';
import { planTaskChange, type PlannedTaskChange, type TaskChange, type TaskChangeResult } from './task-change.js';
import type { SheetTemplate } from './template.js';

export type { ChangeOrigin, TaskChange, TaskChangeResult } from './task-change.js';

export interface ImportBatch {
  plan: Plan;
  /** Only the tasks to add; the caller has already left out those present. */
  tasks: Task[];
  /** Agencies to add to the Cơ quan tab. */
  agencies: Agency[];
}

/** Version check period of the Google Sheet: 2 Drive calls a minute when nothing changes. */
export const DEFAULT_REFRESH_MS = 30_000;

/** What waits in the outbox; always empty for a backend written without one (the local sheet). */
export interface WriteQueueState {
  pending: number;
  /** Outbox ids still waiting, to tell when a queued update has landed. */
  pendingIds: number[];
  /** Queued changes the sheet refused: a coordinator changed the cell, or the row is gone. */
  unresolved: OutboxEntry[];
  /** Why the oldest pending change has not gone out yet (null when it was never tried or nothing waits). */
  lastError: string | null;
}

export interface TaskStoreOptions {
  /** Durable queue for task updates (the Google Sheet); without it updates are applied at once. */
  outbox?: Outbox;
  /**
   * How long updateTask waits for its queued change to reach the sheet before answering
   * 'queued'. Default 0: the change is durable in the outbox, so the person is answered at
   * once and a chat's next message does not wait for Google.
   */
  ackTimeoutMs?: number;
  drain?: Partial<DrainOptions>;
  /** Version check every so often; 0 turns the periodic refresh off. Default 30 s. */
  refreshIntervalMs?: number;
  /** Create/repair tabs on open (the local sheet). The Google Sheet is set up by `dondoc sheet init`. */
  ensureTabs?: boolean;
  logger?: Logger;
  /**
   * Where to keep a copy of the last sheet read well (the Google Sheet): the bot starts from
   * it while Google is down and answers from it while the sheet cannot be read.
   */
  copyPath?: string;
}

/**
 * The task store: the sheet seen through the template. Reads come from an in-memory
 * snapshot; writes touch only bot-owned cells (or whole new rows) and are logged.
 */
export interface TaskStore {
  readonly backend: SheetBackend;
  readonly template: SheetTemplate;
  snapshot(): Snapshot;
  /** Re-reads the sheet when its version changed; true when it did. */
  refresh(): Promise<boolean>;
  addPlan(batch: ImportBatch): Promise<void>;
  updateTask(change: TaskChange): Promise<TaskChangeResult>;
  /**
   * Writes an agency's focal points (the bot-owned Đầu mối columns of the Cơ quan tab),
   * adding the agency's row when the tab has none.
   */
  saveFocalPoints(agency: Agency): Promise<void>;
  writeQueue(): WriteQueueState;
  /** Whether answers come from the sheet as it stands, and why not. */
  sheetHealth(): SheetHealth;
  /** A queued change once the sheet took or refused it; null if still waiting after `timeoutMs`. */
  settled(outboxId: number, timeoutMs: number): Promise<OutboxEntry | null>;
  /** Sends everything queued now and waits until the outbox is empty. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export async function openTaskStore(
  backend: SheetBackend,
  template: SheetTemplate,
  options: TaskStoreOptions = {},
): Promise<TaskStore> {
  if (options.ensureTabs ?? true) await backend.ensureTabs(template);
  const { outbox, logger } = options;
  const tasksTab = template.tab('tasks');
  const logTab = template.tab('log');
  // The sheet as last read, the snapshot (that plus the changes still in the outbox), and its health.
  const view = await SheetView.open(backend, template, { outbox, logger, copyPath: options.copyPath });

  const drainer = outbox
    ? startDrainer(backend, outbox, {
        logger,
        drain: options.drain,
        // Later updates are told they wait for the connection.
        onFailed: (error) => view.writeFailed(error),
        onDrained: (entries) => view.drained(entries),
      })
    : null;
  if (outbox?.hasPending()) drainer?.kick();

  const interval = options.refreshIntervalMs ?? DEFAULT_REFRESH_MS;
  const refresher =
    interval > 0
      ? setInterval(() => {
          view
            .refresh()
            .catch((error: unknown) =>
              logger?.warn({ error: String(error) }, 'Không kiểm tra được phiên bản bảng tính'),
            );
          if (outbox?.hasPending()) drainer?.kick();
        }, interval)
      : null;
  refresher?.unref();

  return {
    backend,
    template,
    snapshot: () => view.snapshot(),
    refresh: () => view.refresh(),
    async addPlan({ plan, tasks, agencies }) {
      if (!view.snapshot().plans.some((p) => p.key === plan.key)) {
        await backend.appendRows(template.tab('plans').name, [toHeaders(template.tab('plans'), planToRecord(plan))]);
      }
      if (agencies.length > 0) {
        const tab = template.tab('agencies');
        await backend.appendRows(
          tab.name,
          agencies.map((a) => toHeaders(tab, agencyToRecord(a))),
        );
      }
      await backend.appendRows(
        tasksTab.name,
        tasks.map((t) => toHeaders(tasksTab, taskToRecord(t))),
      );
      await view.load();
    },
    async updateTask(change) {
      // Writing blind into a sheet whose rows cannot be told apart could hit the wrong task.
      const { unreadable } = view.health();
      if (unreadable) return { status: 'refused', reason: unreadable };
      const before = view.snapshot().byId.get(taskKey(change.id));
      if (!before) return { status: 'missing' };
      const planned = planTaskChange({ tasksTab, logTab }, before, change);
      if (outbox && drainer) {
        const queue = { outbox, drainer, view, ackTimeoutMs: options.ackTimeoutMs ?? 0 };
        return queueChange(queue, change.id, before, planned);
      }
      return writeChange(backend, view, change.id, before, planned);
    },
    async saveFocalPoints(agency) {
      const tab = template.tab('agencies');
      const record = toHeaders(tab, agencyToRecord(agency));
      const headerOf = (key: string) => tab.columns.find((c) => c.key === key)?.header ?? key;
      const row = view.snapshot().agencies.find((a) => fold(a.name) === fold(agency.name));
      if (row) {
        const cells = {
          [headerOf('telegram')]: record[headerOf('telegram')] ?? '',
          [headerOf('zalo')]: record[headerOf('zalo')] ?? '',
        };
        await backend.updateRows([{ tab: tab.name, keyHeader: headerOf('name'), key: row.name, cells }]);
      } else {
        await backend.appendRows(tab.name, [record]);
      }
      await view.load();
    },
    writeQueue() {
      const pending = outbox?.pending(Number.MAX_SAFE_INTEGER) ?? [];
      return {
        pending: pending.length,
        pendingIds: pending.map((entry) => entry.id),
        unresolved: outbox?.unresolved() ?? [],
        lastError: pending[0]?.lastError ?? null,
      };
    },
    settled: async (outboxId, timeoutMs) => (drainer ? drainer.settled(outboxId, timeoutMs) : null),
    sheetHealth: () => ({ ...view.health(), recreatedTabs: backend.recreatedTabs?.() ?? [] }),
    flush: async () => drainer?.flush(),
    async close() {
      if (refresher) clearInterval(refresher);
      await drainer?.stop();
      await view.saved();
      outbox?.close();
      await backend.close();
    },
  };
}

interface ChangeQueue {
  outbox: Outbox;
  drainer: Drainer;
  view: SheetView;
  /** How long to wait for the sheet to take the change (TaskStoreOptions.ackTimeoutMs). */
  ackTimeoutMs: number;
}

/** A change through the outbox (the Google Sheet): durable at once, sent by the drainer. */
async function queueChange(
  { outbox, drainer, view, ackTimeoutMs }: ChangeQueue,
  id: string,
  before: Task,
  { after, changed, update, log }: PlannedTaskChange,
): Promise<TaskChangeResult> {
  if (changed.length === 0) return { status: 'applied', before, after: before };
  // Committed before anything is sent: from here on the change survives a crash.
  const entry = outbox.enqueue({ update, log });
  view.rebuild();
  drainer.kick();
  const settled = ackTimeoutMs > 0 ? await drainer.settled(entry.id, ackTimeoutMs) : null;
  const now = view.snapshot().byId.get(taskKey(id)) ?? after;
  if (!settled) {
    const oldest = outbox.pending(1)[0];
    const delayed =
      view.health().unreachable !== null ||
      (oldest !== undefined && oldest.id !== entry.id && oldest.lastError !== null);
    return { status: 'queued', outboxId: entry.id, before, after: now, delayed };
  }
  if (settled.status === 'conflict') return { status: 'conflict', actual: settled.actual ?? {} };
  if (settled.status === 'missing') return { status: 'missing' };
  return { status: 'applied', before, after: now };
}

/** A change written straight to the sheet (the local sheet), then its log rows. */
async function writeChange(
  backend: SheetBackend,
  view: SheetView,
  id: string,
  before: Task,
  { after, update, log }: PlannedTaskChange,
): Promise<TaskChangeResult> {
  // Together when the backend can (the local sheet: one transaction), so a kill between the two
  // cannot keep the status and lose its log row.
  const [result] = isLoggedWriter(backend)
    ? await backend.applyLogged([{ update, log }])
    : await backend.updateRows([update]);
  if (!result || result.status === 'missing') return { status: 'missing' };
  if (result.status === 'conflict') return { status: 'conflict', actual: result.actual };
  if (!isLoggedWriter(backend)) await backend.appendRows(log.tab, log.rows);
  await view.load();
  return { status: 'applied', before, after: view.snapshot().byId.get(taskKey(id)) ?? after };
}
