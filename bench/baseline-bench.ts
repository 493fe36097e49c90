import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { DEFAULT_DRAIN } from '#src/store/outbox.js';
import { conversationFor } from '../test/support/conversation.js';
import { initSheet, openGoogleStore } from '../test/support/sheets-fake/harness.js';
import { startSheetsFake, type SheetsFake } from '../test/support/sheets-fake/index.js';
import type { BenchRow } from './bench-row.js';
import { syntheticTasks } from './synthetic.js';

/**
 * The common design of spreadsheet bots, side by side with ours on the same Sheets fake:
 * it reads the whole sheet for every question and writes every update at once, row found
 * in what it just read. A Sheets call takes about 300 ms; Google allows 60 reads and 60
 * writes a minute per user. The burst is played 20× faster, quota window included.
 */
const LATENCY_MS = 300;
const SPEED_UP = 20;
const QUESTIONS = 10;
const BURST = 200;
const at = DateTime.fromISO('2024-06-15T09:00:00', { zone: 'Asia/Ho_Chi_Minh' });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function seeded(tasks: number) {
  const fake = await startSheetsFake();
  await initSheet(fake);
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-baseline-'));
  const store = await openGoogleStore(fake, dir, {
    drain: {
      ...DEFAULT_DRAIN,
      minIntervalMs: DEFAULT_DRAIN.minIntervalMs / SPEED_UP,
      retryBaseMs: 50,
      retryMaxMs: 400,
    },
    ackTimeoutMs: 250,
  });
  await store.addPlan({
    plan: { number: '', key: 'BM0', date: null, title: 'Thử tải', issuer: 'UBND tỉnh', sourceFile: '' },
    tasks: syntheticTasks(tasks),
    agencies: [],
  });
  fake.resetCalls();
  return {
    fake,
    store,
    dir,
    done: async () => {
      await store.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The naive bot's one way to read: the whole task tab, every time. */
async function readAll(fake: SheetsFake): Promise<{ ok: boolean; rows: string[][] }> {
  const range = encodeURIComponent("'Nhiệm vụ'!A1:ZZ");
  const response = await fetch(`${fake.url}/v4/spreadsheets/${fake.spreadsheetId}/values/${range}?key=${fake.apiKey}`);
  if (!response.ok) return { ok: false, rows: [] };
  const body = (await response.json()) as { values?: string[][] };
  return { ok: true, rows: body.values ?? [] };
}

async function naiveQuestion(fake: SheetsFake, agency: string): Promise<number> {
  const { rows } = await readAll(fake);
  const lead = rows[0]?.indexOf('Cơ quan chủ trì') ?? -1;
  return rows.filter((row) => (row[lead] ?? '').includes(agency)).length;
}

async function naiveUpdate(fake: SheetsFake, id: string): Promise<boolean> {
  const { ok, rows } = await readAll(fake);
  if (!ok) return false;
  const status = rows[0]?.indexOf('Trạng thái') ?? -1;
  const index = rows.findIndex((row) => row[0] === id);
  if (index < 0 || status < 0) return false;
  const cell = `'Nhiệm vụ'!${String.fromCharCode(65 + status)}${index + 1}`;
  const response = await fetch(
    `${fake.url}/v4/spreadsheets/${fake.spreadsheetId}/values/${encodeURIComponent(cell)}?valueInputOption=RAW&key=${fake.apiKey}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ range: cell, values: [['Hoàn thành']] }),
    },
  );
  return response.ok;
}

async function replies(): Promise<BenchRow[]> {
  const { fake, store, dir, done } = await seeded(1_000);
  fake.latencyMs = LATENCY_MS;
  const naive: number[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const started = performance.now();
    await naiveQuestion(fake, 'Sở Tư pháp');
    naive.push(performance.now() - started);
  }
  const naiveCalls = fake.count() / QUESTIONS;
  fake.resetCalls();
  const { ask, state } = conversationFor(store, dir);
  const ours: number[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const started = performance.now();
    await ask('nhiệm vụ của Sở Tư pháp');
    ours.push(performance.now() - started);
  }
  const ourCalls = fake.count() / QUESTIONS;
  state.close();
  await done();
  const ratio = median(naive) / Math.max(median(ours), 0.001);
  return [
    {
      name: `baseline: reply time p50, read-the-sheet-per-question bot (${LATENCY_MS} ms per call)`,
      value: median(naive),
      unit: 'ms',
      target: '—',
      met: null,
    },
    {
      name: 'baseline: reply time p50, Đôn Đốc on the same sheet',
      value: median(ours),
      unit: 'ms',
      target: '—',
      met: null,
    },
    {
      name: 'baseline: reply time ratio (baseline ÷ Đôn Đốc)',
      value: ratio,
      unit: '×',
      target: '> 100×',
      met: ratio > 100,
    },
    {
      name: 'baseline: API calls per question, baseline vs Đôn Đốc',
      value: naiveCalls - ourCalls,
      unit: 'calls more',
      target: '—',
      met: null,
    },
  ];
}

async function burst(): Promise<BenchRow[]> {
  const quota = { reads: 60, writes: 60, windowMs: 60_000 / SPEED_UP };
  const spacing = 60_000 / BURST / SPEED_UP;

  const naiveRun = await seeded(BURST);
  naiveRun.fake.latencyMs = LATENCY_MS / SPEED_UP;
  naiveRun.fake.quota = quota;
  const ids = naiveRun.store.snapshot().tasks.map((t) => t.id);
  const results: Array<Promise<boolean>> = [];
  for (const id of ids) {
    results.push(naiveUpdate(naiveRun.fake, id));
    await new Promise((resolve) => setTimeout(resolve, spacing));
  }
  const naiveLost = (await Promise.all(results)).filter((ok) => !ok).length;
  const naiveCalls = naiveRun.fake.count((c) => c.api !== 'drive.files.get');
  const naive429 = naiveRun.fake.count((c) => c.status === 429);
  await naiveRun.done();

  const ourRun = await seeded(BURST);
  ourRun.fake.latencyMs = LATENCY_MS / SPEED_UP;
  ourRun.fake.quota = quota;
  const pending: Array<Promise<unknown>> = [];
  for (const id of ourRun.store.snapshot().tasks.map((t) => t.id)) {
    pending.push(
      ourRun.store.updateTask({
        id,
        fields: { status: 'done', progress: 100 },
        origin: { by: 'bench', channel: 'console', message: `${id} xong`, at },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, spacing));
  }
  await Promise.all(pending);
  await ourRun.store.flush();
  const ourCalls = ourRun.fake.count((c) => c.api !== 'drive.files.get');
  const our429 = ourRun.fake.count((c) => c.status === 429);
  const statusCol = ourRun.fake.coordinator.rows('Nhiệm vụ')[0]?.indexOf('Trạng thái') ?? -1;
  const ourLost =
    BURST - ourRun.fake.coordinator.rows('Nhiệm vụ').filter((row) => row[statusCol] === 'Hoàn thành').length;
  await ourRun.done();
  return [
    {
      name: `baseline: Sheets calls for ${BURST} updates in a minute, baseline`,
      value: naiveCalls,
      unit: 'calls',
      target: '—',
      met: null,
    },
    {
      name: `baseline: Sheets calls for ${BURST} updates in a minute, Đôn Đốc`,
      value: ourCalls,
      unit: 'calls',
      target: '—',
      met: null,
    },
    { name: 'baseline: 429 answers, baseline', value: naive429, unit: 'answers', target: '—', met: null },
    { name: 'baseline: 429 answers, Đôn Đốc', value: our429, unit: 'answers', target: '0', met: our429 === 0 },
    { name: 'baseline: updates lost, baseline (no retry)', value: naiveLost, unit: 'updates', target: '—', met: null },
    { name: 'baseline: updates lost, Đôn Đốc', value: ourLost, unit: 'updates', target: '0', met: ourLost === 0 },
  ];
}

export async function baselineBenchRows(): Promise<BenchRow[]> {
  return [...(await replies()), ...(await burst())];
}
