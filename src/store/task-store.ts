import type { DateTime } from 'luxon';
import type { Agency } from '#src/domain/agency.js';
import type { Plan } from '#src/domain/plan.js';
import { BOT_OWNED_FIELDS, type BotOwnedField, type Task } from '#src/domain/task.js';
import { fold } from '#src/domain/text.js';
import { evidenceLinks } from '#src/domain/evidence.js';
import { dateTimeToCell } from './cells.js';
import type { Logger } from 'pino';
import { startDrainer, type DrainOptions, type Outbox, type OutboxEntry } from './outbox.js';
import type { RowUpdate, SheetBackend, TabValues } from './port.js';
import { agencyToRecord, planToRecord, taskToRecord, toHeaders } from './rows.js';
import { writeSheetCopy, readSheetCopy, type SheetCopy } from './sheet-copy.js';
import { describeSheetError, isTransient, safeMessage } from './sheet-error.js';
import { anchorHeader, HEALTHY, unreadableReason, type SheetHealth } from './sheet-health.js';
import { buildSnapshot, taskKey, type Snapshot } from './snapshot.js';
import { headerKey, type SheetTemplate } from './template.js';

/** Who changed a task, from where, and with which words: kept in the Nhật ký tab. */
export interface ChangeOrigin {
  by: string;
  channel: string;
  message: string;
  at: DateTime;
}

export interface TaskChange {
  id: string;
  fields: Partial<Pick<Task, BotOwnedField>>;
  origin: ChangeOrigin;
}

export type TaskChangeResult =
  | { status: 'applied'; before: Task; after: Task }
  /**
   * Committed to the outbox but not yet in the sheet (the API is slow or down); the chat
   * says "Đã ghi nhận, sẽ cập nhật vào bảng khi kết nối lại". A later conflict shows up in
   * `writeQueue().unresolved`.
   */
  | {
      status: 'queued';
      outboxId: number;
      before: Task;
      after: Task;
      /** The sheet is unreachable or the queue is failing: the change waits for the connection. */
      delayed: boolean;
    }
  | { status: 'missing' }
  | { status: 'conflict'; actual: Record<string, string> }
  /** Not written and not queued: the sheet cannot be read now (`reason`, Vietnamese). */
  | { status: 'refused'; reason: string };

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
  const tabNames = (['tasks', 'agencies', 'plans'] as const).map((key) => template.tab(key).name);
  const tasksTab = template.tab('tasks');
  const logTab = template.tab('log');
  const header = (key: string) => tasksTab.columns.find((c) => c.key === key)?.header ?? key;

  // The sheet as last read, and the snapshot: that plus the changes still in the outbox.
  let sheet: { version: string; tabs: TabValues[] } = { version: '', tabs: [] };
  let current: Snapshot;
  const rebuild = () => {
    const pending = outbox?.pending(Number.MAX_SAFE_INTEGER).map((e) => e.change.update) ?? [];
    current = buildSnapshot(template, sheet.version, withUpdates(sheet.tabs, pending));
  };

  // The last sheet read well, kept on disk, and whether the sheet as it stands is used.
  const { copyPath } = options;
  let lastGood: SheetCopy | null = copyPath ? readSheetCopy(copyPath) : null;
  let health: SheetHealth = HEALTHY;
  let saving = Promise.resolve();
  const saveCopy = (copy: SheetCopy) => {
    if (!copyPath) return;
    saving = saving
      .then(() => writeSheetCopy(copyPath, copy))
      .catch((error: unknown) => logger?.warn({ error: safeMessage(error) }, 'Không lưu được bản sao bảng tính'));
  };
  const templateTab = (name: string) => template.tabs.find((tab) => tab.name === name);
  /** Takes a fresh read, or keeps the last good copy when the tasks cannot be read from it. */
  const accept = (version: string, read: TabValues[]) => {
    const tabs = read.map((values) => {
      const tab = templateTab(values.name);
      return tab ? anchorHeader(tab, values) : values;
    });
    let reason = unreadableReason(template, tabs);
    const tasksNow = tabs.find((t) => t.name === tasksTab.name);
    const hadTasks = lastGood?.tabs.some((t) => t.name === tasksTab.name && t.rows.length > 0) ?? false;
    if (reason === null && hadTasks && (tasksNow?.headers.length ?? 0) === 0) {
      reason = `Không thấy trang «${tasksTab.name}» hoặc hàng tiêu đề của nó (có thể đã bị xóa hoặc đổi tên).`;
    }
    if (reason === null) {
      if (health.unreadable) logger?.info('Bảng tính đã đọc lại được.');
      sheet = { version, tabs };
      lastGood = { version, readAt: new Date().toISOString(), tabs };
      saveCopy(lastGood);
      const movedHeaders = tabs.flatMap((t) =>
        (t.headerIndex ?? 0) > 0 ? [{ tab: t.name, row: (t.headerIndex ?? 0) + 1 }] : [],
      );
      health = { ...HEALTHY, movedHeaders };
    } else {
      if (health.unreadable !== reason)
        logger?.error({ reason }, 'Không đọc được bảng tính; bot trả lời theo bản đọc được lần trước và chưa ghi gì');
      health = {
        ...HEALTHY,
        unreadable: reason,
        since: health.since ?? new Date().toISOString(),
        answeringFrom: lastGood?.readAt ?? null,
      };
      // Remember the version read, so the same mangled sheet is not read again every check.
      sheet = { version, tabs: lastGood?.tabs ?? tabs };
    }
    rebuild();
  };
  const loadAt = async (version: string) => accept(version, await backend.readTabs(tabNames));
  const load = async () => loadAt(await backend.version());
  try {
    await load();
  } catch (error) {
    // Google down at start: begin from the copy and catch up at the next check.
    if (!lastGood || !isTransient(error)) throw error;
    logger?.warn(
      { error: safeMessage(error), copyReadAt: lastGood.readAt },
      'Chưa đọc được bảng tính; bot chạy từ bản sao lần trước và sẽ đọc lại sau',
    );
    sheet = { version: lastGood.version, tabs: lastGood.tabs };
    health = {
      ...HEALTHY,
      unreachable: describeSheetError(error),
      since: new Date().toISOString(),
      answeringFrom: lastGood.readAt,
    };
    rebuild();
  }

  /** Google answers again: what was said about the outage no longer holds. */
  const back = () => {
    if (health.unreadable) health = { ...health, unreachable: null };
    else health = { ...HEALTHY };
  };

  let refreshing: Promise<boolean> | null = null;
  const refresh = (): Promise<boolean> =>
    (refreshing ??= (async () => {
      try {
        let version: string;
        try {
          version = await backend.version();
        } catch (error) {
          if (isTransient(error))
            health = {
              ...health,
              unreachable: describeSheetError(error),
              since: health.since ?? new Date().toISOString(),
            };
          throw error;
        }
        if (version === sheet.version && health.unreachable) back();
        if (version === sheet.version) return false;
        await loadAt(version);
        return true;
      } finally {
        refreshing = null;
      }
    })());

  const drainer = outbox
    ? startDrainer(backend, outbox, {
        logger,
        drain: options.drain,
        onFailed(error) {
          // Later updates are told they wait for the connection.
          health = {
            ...health,
            unreachable: describeSheetError(error),
            since: health.since ?? new Date().toISOString(),
          };
        },
        onDrained(entries) {
          if (health.unreachable) back();
          // Applied cells are in the sheet now; a refused change makes the snapshot re-read.
          const applied = entries.filter((e) => e.status === 'applied').map((e) => e.change.update);
          sheet = { ...sheet, tabs: withUpdates(sheet.tabs, applied) };
          if (entries.some((e) => e.status !== 'applied')) {
            sheet = { ...sheet, version: '' };
            void refresh().catch((error: unknown) =>
              logger?.warn({ error: String(error) }, 'Không đọc lại được bảng tính'),
            );
          }
          rebuild();
        },
      })
    : null;
  if (outbox?.hasPending()) drainer?.kick();

  const interval = options.refreshIntervalMs ?? DEFAULT_REFRESH_MS;
  const refresher =
    interval > 0
      ? setInterval(() => {
          refresh().catch((error: unknown) =>
            logger?.warn({ error: String(error) }, 'Không kiểm tra được phiên bản bảng tính'),
          );
          if (outbox?.hasPending()) drainer?.kick();
        }, interval)
      : null;
  refresher?.unref();

  return {
    backend,
    template,
    snapshot: () => current,
    refresh,
    async addPlan({ plan, tasks, agencies }) {
      if (!current.plans.some((p) => p.key === plan.key)) {
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
      await load();
    },
    async updateTask({ id, fields, origin }) {
      // Writing blind into a sheet whose rows cannot be told apart could hit the wrong task.
      if (health.unreadable) return { status: 'refused', reason: health.unreadable };
      const before = current.byId.get(taskKey(id));
      if (!before) return { status: 'missing' };
      const after: Task = { ...before, ...fields };
      const newRecord = taskToRecord(after);
      const oldRecord = taskToRecord(before);
      const changed = BOT_OWNED_FIELDS.filter((key) => key in fields && newRecord[key] !== oldRecord[key]);
      const cells = Object.fromEntries(changed.map((key) => [header(key), newRecord[key] ?? '']));
      // The cells the writer saw: if a coordinator changed them since, ask instead of overwriting.
      const expected = Object.fromEntries(changed.map((key) => [header(key), oldRecord[key] ?? '']));
      const update: RowUpdate = { tab: tasksTab.name, keyHeader: header('id'), key: before.id, cells, expected };
      // The Minh chứng cell is written with its links (each file line's name links to the file).
      if (changed.includes('evidence'))
        update.links = { [header('evidence')]: evidenceLinks(newRecord.evidence ?? '') };
      const time = dateTimeToCell(origin.at);
      const logRows = changed.map((key) =>
        toHeaders(logTab, {
          time,
          taskId: before.id,
          field: header(key),
          oldValue: oldRecord[key] ?? '',
          newValue: newRecord[key] ?? '',
          by: origin.by,
          channel: origin.channel,
          message: origin.message,
        }),
      );

      if (outbox && drainer) {
        if (changed.length === 0) return { status: 'applied', before, after: before };
        // Committed before anything is sent: from here on the change survives a crash.
        const entry = outbox.enqueue({ update, log: { tab: logTab.name, rows: logRows } });
        rebuild();
        drainer.kick();
        const wait = options.ackTimeoutMs ?? 0;
        const settled = wait > 0 ? await drainer.settled(entry.id, wait) : null;
        const now = current.byId.get(taskKey(id)) ?? after;
        if (!settled) {
          const oldest = outbox.pending(1)[0];
          const delayed =
            health.unreachable !== null ||
            (oldest !== undefined && oldest.id !== entry.id && oldest.lastError !== null);
          return { status: 'queued', outboxId: entry.id, before, after: now, delayed };
        }
        if (settled.status === 'conflict') return { status: 'conflict', actual: settled.actual ?? {} };
        if (settled.status === 'missing') return { status: 'missing' };
        return { status: 'applied', before, after: now };
      }

      const [result] = await backend.updateRows([update]);
      if (!result || result.status === 'missing') return { status: 'missing' };
      if (result.status === 'conflict') return { status: 'conflict', actual: result.actual };
      await backend.appendRows(logTab.name, logRows);
      await load();
      return { status: 'applied', before, after: current.byId.get(taskKey(id)) ?? after };
    },
    async saveFocalPoints(agency) {
      const tab = template.tab('agencies');
      const record = toHeaders(tab, agencyToRecord(agency));
      const headerOf = (key: string) => tab.columns.find((c) => c.key === key)?.header ?? key;
      const row = current.agencies.find((a) => fold(a.name) === fold(agency.name));
      if (row) {
        const cells = {
          [headerOf('telegram')]: record[headerOf('telegram')] ?? '',
          [headerOf('zalo')]: record[headerOf('zalo')] ?? '',
        };
        await backend.updateRows([{ tab: tab.name, keyHeader: headerOf('name'), key: row.name, cells }]);
      } else {
        await backend.appendRows(tab.name, [record]);
      }
      await load();
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
    sheetHealth: () => ({ ...health, recreatedTabs: backend.recreatedTabs?.() ?? [] }),
    flush: async () => drainer?.flush(),
    async close() {
      if (refresher) clearInterval(refresher);
      await drainer?.stop();
      await saving;
      outbox?.close();
      await backend.close();
    },
  };
}

/** The tabs with the given updates' cells written in (rows found by key, as the backends do). */
function withUpdates(tabs: TabValues[], updates: readonly RowUpdate[]): TabValues[] {
  if (updates.length === 0) return tabs;
  return tabs.map((tab) => {
    const mine = updates.filter((u) => u.tab === tab.name);
    if (mine.length === 0) return tab;
    const indexOf = (name: string) => tab.headers.findIndex((h) => headerKey(h) === headerKey(name));
    const rows = tab.rows.map((row) => [...row]);
    for (const update of mine) {
      const keyIndex = indexOf(update.keyHeader);
      const row = keyIndex < 0 ? undefined : rows.find((cells) => (cells[keyIndex] ?? '').trim() === update.key);
      if (!row) continue;
      for (const [name, value] of Object.entries(update.cells)) {
        const index = indexOf(name);
        if (index < 0) continue;
        while (row.length <= index) row.push('');
        row[index] = value;
      }
    }
    return { ...tab, rows };
  });
}
