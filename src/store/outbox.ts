import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { systemClock, type Clock } from '#src/domain/clock.js';
import type { LogAppend, PlannedChange } from './google/write-plan.js';
import type { RowUpdateResult, SheetBackend } from './port.js';
import { describeSheetError, safeMessage } from './sheet-error.js';

/**
 * The durable outbox of sheet writes (data/outbox.sqlite). A status update is committed
 * here first and acknowledged; a drainer then carries the queued changes to the sheet in
 * order, all pending ones coalesced into one round, and survives restarts: what is still
 * pending at start-up is sent then.
 *
 * Exactly once: an entry's `attempts` is raised durably BEFORE it is sent. An entry that
 * was attempted before (a crash, a lost answer) is sent as "maybe applied": the backend
 * looks for its log rows (written after its cells) and for cells already holding the new
 * values, and writes only what is not there yet.
 */
export interface OutboxChange {
  update: PlannedChange['update'];
  log?: LogAppend;
}

export type OutboxStatus = 'pending' | 'applied' | 'conflict' | 'missing';

export interface OutboxEntry {
  id: number;
  createdAt: string;
  change: OutboxChange;
  status: OutboxStatus;
  attempts: number;
  /** For a conflict: the cells as the sheet held them. */
  actual: Record<string, string> | null;
  lastError: string | null;
}

const Cells = z.record(z.string(), z.string());
const Change = z.object({
  update: z.object({
    tab: z.string(),
    keyHeader: z.string(),
    key: z.string(),
    cells: Cells,
    expected: Cells.optional(),
    links: z.record(z.string(), z.array(z.object({ start: z.number(), end: z.number(), url: z.string() }))).optional(),
  }),
  log: z.object({ tab: z.string(), rows: z.array(Cells) }).optional(),
});
const Row = z.object({
  id: z.number(),
  created_at: z.string(),
  change: z.string(),
  status: z.enum(['pending', 'applied', 'conflict', 'missing']),
  attempts: z.number(),
  actual: z.string().nullable(),
  last_error: z.string().nullable(),
});

export interface Outbox {
  enqueue(change: OutboxChange): OutboxEntry;
  pending(limit?: number): OutboxEntry[];
  hasPending(): boolean;
  /** Entries settled as conflict or missing, newest first. */
  unresolved(limit?: number): OutboxEntry[];
  markAttempted(ids: readonly number[]): void;
  settle(id: number, result: RowUpdateResult): void;
  recordError(ids: readonly number[], message: string): void;
  close(): void;
}

/** `target` (the spreadsheet id) keeps writes meant for one sheet from reaching another. */
export interface OutboxOptions {
  /** Stamps entries and decides what is old enough to prune; tests move it. */
  clock?: Clock;
}

/** Applied entries are kept this long for inspection, then dropped at the next open. */
export const OUTBOX_KEEP_MS = 7 * 24 * 3600_000;

export function openOutbox(path: string, target: string, options: OutboxOptions = {}): Outbox {
  const clock = options.clock ?? systemClock();
  const nowIso = () => clock.now().toUTC().toISO() ?? '';
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL'); // an acknowledged update must survive a power cut
  db.exec(`
    CREATE TABLE IF NOT EXISTS outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      target TEXT NOT NULL,
      created_at TEXT NOT NULL,
      change TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending',
      attempts INTEGER NOT NULL DEFAULT 0,
      actual TEXT,
      last_error TEXT,
      settled_at TEXT
    );
    CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (target, status, id);
  `);
  const columns = 'id, created_at, change, status, attempts, actual, last_error';
  const q = {
    insert: db.prepare<[string, string, string]>('INSERT INTO outbox (target, created_at, change) VALUES (?, ?, ?)'),
    byId: db.prepare<[number]>(`SELECT ${columns} FROM outbox WHERE id = ?`),
    pending: db.prepare<[string, number]>(
      `SELECT ${columns} FROM outbox WHERE target = ? AND status = 'pending' ORDER BY id LIMIT ?`,
    ),
    unresolved: db.prepare<[string, number]>(
      `SELECT ${columns} FROM outbox WHERE target = ? AND status IN ('conflict', 'missing') ORDER BY id DESC LIMIT ?`,
    ),
    attempt: db.prepare<[number]>('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?'),
    settle: db.prepare<[string, string | null, string, number]>(
      'UPDATE outbox SET status = ?, actual = ?, settled_at = ? WHERE id = ?',
    ),
    error: db.prepare<[string, number]>('UPDATE outbox SET last_error = ? WHERE id = ?'),
    // Applied entries are kept a week for inspection, then dropped.
    prune: db.prepare<[string]>("DELETE FROM outbox WHERE status = 'applied' AND settled_at < ?"),
  };
  const toEntry = (raw: unknown): OutboxEntry => {
    const row = Row.parse(raw);
    return {
      id: row.id,
      createdAt: row.created_at,
      change: Change.parse(JSON.parse(row.change)),
      status: row.status,
      attempts: row.attempts,
      actual: row.actual === null ? null : Cells.parse(JSON.parse(row.actual)),
      lastError: row.last_error,
    };
  };
  q.prune.run(clock.now().minus({ milliseconds: OUTBOX_KEEP_MS }).toUTC().toISO() ?? '');

  return {
    enqueue(change) {
      const info = q.insert.run(target, nowIso(), JSON.stringify(change));
      return toEntry(q.byId.get(Number(info.lastInsertRowid)));
    },
    pending: (limit = 500) => q.pending.all(target, limit).map(toEntry),
    hasPending: () => q.pending.all(target, 1).length > 0,
    unresolved: (limit = 100) => q.unresolved.all(target, limit).map(toEntry),
    markAttempted: db.transaction((ids: readonly number[]) => {
      for (const id of ids) q.attempt.run(id);
    }),
    settle(id, result) {
      const actual = result.status === 'conflict' ? JSON.stringify(result.actual) : null;
      q.settle.run(result.status, actual, nowIso(), id);
    },
    recordError: db.transaction((ids: readonly number[], message: string) => {
      for (const id of ids) q.error.run(message, id);
    }),
    close: () => {
      if (db.open) db.close();
    },
  };
}

export interface DrainOptions {
  /** Least time between two drains: what arrives meanwhile goes in one batch. */
  minIntervalMs: number;
  /** Backoff between failed drains (after the backend's own retries gave up). */
  retryBaseMs: number;
  retryMaxMs: number;
  batchLimit: number;
}

export const DEFAULT_DRAIN: DrainOptions = {
  minIntervalMs: 2_500,
  retryBaseMs: 2_000,
  retryMaxMs: 120_000,
  batchLimit: 500,
};

/** A backend that writes updates with their log rows in one round (the Google Sheet, the local sheet). */
export interface LoggedWriter {
  applyLogged(changes: readonly PlannedChange[]): Promise<RowUpdateResult[]>;
}
export const isLoggedWriter = (backend: SheetBackend): backend is SheetBackend & LoggedWriter =>
  typeof (backend as Partial<LoggedWriter>).applyLogged === 'function';

export interface Drainer {
  /** A change was queued: drain soon (at once unless a drain ran less than minIntervalMs ago). */
  kick(): void;
  /** The entry once settled, or null if still pending after `timeoutMs`. */
  settled(id: number, timeoutMs: number): Promise<OutboxEntry | null>;
  /** Drains until nothing is pending, waiting out failures with backoff. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function startDrainer(
  backend: SheetBackend,
  outbox: Outbox,
  options: {
    logger?: Logger;
    drain?: Partial<DrainOptions>;
    onDrained?: (entries: OutboxEntry[]) => void;
    onFailed?: (error: unknown) => void;
  },
): Drainer {
  const o: DrainOptions = { ...DEFAULT_DRAIN, ...options.drain };
  const waiters = new Map<number, Array<(entry: OutboxEntry | null) => void>>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<boolean> | null = null;
  let lastStart = 0;
  let failures = 0;
  let stopped = false;

  const apply = async (entries: OutboxEntry[]): Promise<RowUpdateResult[]> => {
    const changes: PlannedChange[] = entries.map((e) => ({ ...e.change, maybeApplied: e.attempts > 0 }));
    if (isLoggedWriter(backend)) return backend.applyLogged(changes);
    const results = await backend.updateRows(changes.map((c) => c.update));
    for (const [i, change] of changes.entries()) {
      if (results[i]?.status === 'applied' && change.log) await backend.appendRows(change.log.tab, change.log.rows);
    }
    return results;
  };

  /** One drain; true when it went through (or there was nothing to do). */
  const drainOnce = async (): Promise<boolean> => {
    lastStart = Date.now();
    const entries = outbox.pending(o.batchLimit);
    if (entries.length === 0) return true;
    const ids = entries.map((e) => e.id);
    outbox.markAttempted(ids);
    try {
      const results = await apply(entries);
      const settled = entries.map((entry, i) => {
        const result = results[i] ?? { status: 'missing' as const };
        outbox.settle(entry.id, result);
        if (result.status !== 'applied') {
          options.logger?.warn(
            { outboxId: entry.id, key: entry.change.update.key, result },
            'Không ghi được thay đổi vào bảng tính (đã giữ lại trong hàng đợi)',
          );
        }
        return { ...entry, status: result.status, actual: result.status === 'conflict' ? result.actual : null };
      });
      failures = 0;
      options.onDrained?.(settled);
      for (const entry of settled) {
        for (const resolve of waiters.get(entry.id) ?? []) resolve(entry);
        waiters.delete(entry.id);
      }
      return true;
    } catch (error) {
      failures++;
      // People read last_error (in /kiemtra): the Vietnamese description, never raw API text.
      outbox.recordError(ids, describeSheetError(error));
      options.onFailed?.(error);
      options.logger?.warn(
        { pending: ids.length, failures, error: safeMessage(error) },
        'Chưa ghi được vào bảng tính, sẽ thử lại',
      );
      return false;
    }
  };

  // "Equal jitter": at least half the step, so a down API is not hit again at once.
  const backoff = () => {
    const step = Math.min(o.retryMaxMs, o.retryBaseMs * 2 ** (failures - 1));
    return Math.round(step / 2 + (Math.random() * step) / 2);
  };

  const run = () => {
    timer = null;
    running = drainOnce();
    void running.then((ok) => {
      running = null;
      if (stopped) return;
      if (!ok) schedule(backoff());
      else if (outbox.hasPending()) schedule(o.minIntervalMs);
    });
  };
  const schedule = (delay: number) => {
    if (stopped || running || timer) return;
    timer = setTimeout(run, delay);
    timer.unref();
  };

  return {
    kick() {
      // While failing, the backoff timer stands: a new change must not hammer a down API.
      schedule(Math.max(0, lastStart + o.minIntervalMs - Date.now()));
    },
    settled(id, timeoutMs) {
      return new Promise((resolve) => {
        const done = (entry: OutboxEntry | null) => {
          clearTimeout(timeout);
          resolve(entry);
        };
        const timeout = setTimeout(() => {
          waiters.set(
            id,
            (waiters.get(id) ?? []).filter((w) => w !== done),
          );
          done(null);
        }, timeoutMs);
        timeout.unref(); // a follow-up waiting on a write never keeps the process alive
        waiters.set(id, [...(waiters.get(id) ?? []), done]);
      });
    },
    async flush() {
      while (!stopped && outbox.hasPending()) {
        if (running) {
          await running;
          continue;
        }
        if (timer) clearTimeout(timer);
        timer = null;
        running = drainOnce();
        const ok = await running;
        running = null;
        if (!ok) await new Promise((resolve) => setTimeout(resolve, backoff()));
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
      // Whoever still waits learns that the entry is not settled in this run.
      for (const list of waiters.values()) for (const resolve of list) resolve(null);
      waiters.clear();
    },
  };
}
