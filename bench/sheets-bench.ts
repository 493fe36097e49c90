import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { TaskStatus } from '#src/domain/status.js';
import { DEFAULT_DRAIN } from '#src/store/outbox.js';
import { DEFAULT_REFRESH_MS, type TaskStore } from '#src/store/task-store.js';
import { initSheet, logRowsOf, openGoogleStore } from '../test/support/sheets-fake/harness.js';
import { isSheets, isWrite, startSheetsFake } from '../test/support/sheets-fake/index.js';
import { syntheticTasks } from './synthetic.js';

/**
 * Google Sheets API usage, counted in the project's fake over real HTTP with the real
 * googleapis client. Call counts are exact; the "200 updates in a minute" run is played
 * 20× faster (drain interval, spacing of updates and the fake's latency all divided by
 * 20), which keeps the proportions that decide how many writes coalesce.
 */
export interface SheetsBenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean | null;
}

const SPEED_UP = 20;
const at = DateTime.fromISO('2024-06-15T09:00:00', { zone: 'Asia/Ho_Chi_Minh' });
const STATUSES: TaskStatus[] = ['in_progress', 'blocked', 'done', 'not_started'];

async function seeded(taskCount: number, options: Parameters<typeof openGoogleStore>[2] = {}) {
  const fake = await startSheetsFake();
  await initSheet(fake);
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-sheets-bench-'));
  const store = await openGoogleStore(fake, dir, options);
  const plan = { number: '', key: 'BM0', date: null, title: 'Kế hoạch thử tải', issuer: 'UBND tỉnh', sourceFile: '' };
  const tasks = syntheticTasks(taskCount);
  await store.addPlan({ plan, tasks, agencies: [] });
  fake.resetCalls();
  const done = async () => {
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { fake, store, tasks, done };
}

const nextStatus = (store: TaskStore, id: string): TaskStatus => {
  const now = store.snapshot().byId.get(id)?.status ?? 'not_started';
  return STATUSES[(STATUSES.indexOf(now) + 1) % STATUSES.length] ?? 'done';
};

async function idleAndQuestions(): Promise<SheetsBenchRow[]> {
  const { fake, store, tasks, done } = await seeded(1_000);
  const ticks = 10;
  for (let i = 0; i < ticks; i++) await store.refresh();
  const perMinute = (fake.count() / ticks) * (60_000 / DEFAULT_REFRESH_MS);
  const sheetsIdle = (fake.count(isSheets) / ticks) * (60_000 / DEFAULT_REFRESH_MS);
  fake.resetCalls();
  const questions = 1_000;
  for (let i = 0; i < questions; i++) {
    const snapshot = store.snapshot();
    const id = tasks[i % tasks.length]?.id ?? '';
    if (!snapshot.byId.get(id)) throw new Error(`bench: task ${id} not in snapshot`);
  }
  const perQuestion = fake.count() / questions;
  await done();
  return [
    {
      name: `Google API calls per minute when idle (version check every ${DEFAULT_REFRESH_MS / 1000} s)`,
      value: perMinute,
      unit: 'calls',
      target: '≤ 2',
      met: perMinute <= 2,
    },
    {
      name: '  of which Sheets API calls (Drive files.get does the check)',
      value: sheetsIdle,
      unit: 'calls',
      target: '—',
      met: null,
    },
    {
      name: 'API calls per question (answered from the snapshot)',
      value: perQuestion,
      unit: 'calls',
      target: '0',
      met: perQuestion === 0,
    },
  ];
}

async function perUpdate(): Promise<SheetsBenchRow[]> {
  const { fake, store, tasks, done } = await seeded(200);
  const updates = 20;
  for (let i = 0; i < updates; i++) {
    const id = tasks[i]?.id ?? '';
    const result = await store.updateTask({
      id,
      fields: { status: nextStatus(store, id) },
      origin: { by: 'bench', channel: 'console', message: 'bench', at },
    });
    if (result.status !== 'applied') throw new Error(`bench: update ${id} ended ${result.status}`);
  }
  const writes = fake.count((c) => isSheets(c) && isWrite(c)) / updates;
  const reads = fake.count((c) => isSheets(c) && !isWrite(c)) / updates;
  await done();
  return [
    {
      name: 'Sheets API write calls per status update (cells batchUpdate + log append)',
      value: writes,
      unit: 'calls',
      target: '≤ 2',
      met: writes <= 2,
    },
    {
      name: '  plus Sheets API read calls per status update (row found by key)',
      value: reads,
      unit: 'calls',
      target: '—',
      met: null,
    },
  ];
}

async function burst(): Promise<SheetsBenchRow[]> {
  const count = 200;
  const { fake, store, tasks, done } = await seeded(count, {
    drain: {
      ...DEFAULT_DRAIN,
      minIntervalMs: DEFAULT_DRAIN.minIntervalMs / SPEED_UP,
      retryBaseMs: 50,
      retryMaxMs: 200,
    },
    ackTimeoutMs: 250,
  });
  fake.latencyMs = 300 / SPEED_UP; // a Sheets write takes ~300 ms
  const spacing = 60_000 / count / SPEED_UP;
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < count; i++) {
    const id = tasks[i]?.id ?? '';
    pending.push(
      store.updateTask({
        id,
        fields: { status: 'done', progress: 100 },
        origin: { by: 'bench', channel: 'console', message: `${id} xong`, at },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, spacing));
  }
  await Promise.all(pending);
  await store.flush();
  const writes = fake.count((c) => isSheets(c) && isWrite(c));
  const statusCol = fake.coordinator.rows('Nhiệm vụ')[0]?.indexOf('Trạng thái') ?? -1;
  const applied = fake.coordinator.rows('Nhiệm vụ').filter((row) => row[statusCol] === 'Hoàn thành').length;
  const expectedDone = tasks.filter((t) => t.status === 'done').length;
  const changed = tasks.filter((t) => t.status !== 'done' || t.progress !== 100);
  const logRows = tasks.reduce((n, t) => n + logRowsOf(fake, t.id).length, 0);
  const expectedLogs = tasks.reduce((n, t) => n + (t.status !== 'done' ? 1 : 0) + (t.progress !== 100 ? 1 : 0), 0);
  const lost = count - applied + Math.abs(logRows - expectedLogs);
  await done();
  return [
    {
      name: `Sheets API write calls for ${count} status updates in one minute (played ${SPEED_UP}× faster)`,
      value: writes,
      unit: 'calls',
      target: '< 60',
      met: writes < 60,
    },
    {
      name: `  updates lost or logged twice (${changed.length} changed rows, ${expectedDone} already done)`,
      value: lost,
      unit: 'updates',
      target: '0',
      met: lost === 0,
    },
  ];
}

export async function sheetsBenchRows(): Promise<SheetsBenchRow[]> {
  return [...(await idleAndQuestions()), ...(await perUpdate()), ...(await burst())];
}
