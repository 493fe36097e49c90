import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { conversationFor } from '../test/support/conversation.js';
import { initSheet, openGoogleStore } from '../test/support/sheets-fake/harness.js';
import { startSheetsFake } from '../test/support/sheets-fake/index.js';
import type { BenchRow } from './bench-row.js';
import { syntheticTasks } from './synthetic.js';

/**
 * The reply time of a status update while 1,000 messages a minute arrive, on the Google
 * store with the app's defaults (drain every 2.5 s, answer once durable in the outbox) and
 * a Sheets API taking 300 ms a call. Played in real time for 15 seconds.
 */
const RATE_PER_MINUTE = 1_000;
const SECONDS = 15;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function statusReplyBenchRows(): Promise<BenchRow[]> {
  const fake = await startSheetsFake();
  await initSheet(fake);
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-status-bench-'));
  const seed = await openGoogleStore(fake, dir);
  const tasks = syntheticTasks(2_000);
  await seed.addPlan({
    plan: { number: '', key: 'BM', date: null, title: 'Kế hoạch thử tải', issuer: 'UBND tỉnh', sourceFile: '' },
    tasks,
    agencies: [],
  });
  await seed.close();
  // The app's own timings: only the API latency is the fake's.
  const store = await openGoogleStore(fake, dir, { ackTimeoutMs: 0, drain: {} });
  fake.latencyMs = 300;
  const { conversation, state } = conversationFor(store, dir);
  const words = ['xong', 'đang làm 50%', 'vướng chưa có kinh phí', 'đang thực hiện'];
  const count = Math.round((RATE_PER_MINUTE / 60) * SECONDS);
  const spacing = 60_000 / RATE_PER_MINUTE;
  const times: number[] = [];
  const inFlight: Array<Promise<void>> = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = start + i * spacing - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const task = tasks[(i * 37) % tasks.length];
    const text = `/capnhat ${task?.id ?? ''} ${words[i % words.length] ?? 'xong'}`;
    const user = `u${i % 50}`;
    const sent = performance.now();
    inFlight.push(
      conversation
        .handle({
          text,
          sender: { channel: 'telegram', id: user, name: user, role: { kind: 'coordinator' } },
          chat: { id: user, kind: 'private' },
        })
        .then(() => void times.push(performance.now() - sent)),
    );
  }
  await Promise.all(inFlight);
  times.sort((a, b) => a - b);
  fake.latencyMs = 0;
  await store.flush();
  const left = store.writeQueue().pending;
  state.close();
  await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  const p50 = percentile(times, 50);
  return [
    {
      name: `status update reply p50 under load (${RATE_PER_MINUTE} messages/min, Sheets 300 ms a call)`,
      value: p50,
      unit: 'ms',
      target: '< 300 ms',
      met: p50 < 300,
    },
    { name: '  the same, p99', value: percentile(times, 99), unit: 'ms', target: '—', met: null },
    { name: '  updates left unwritten after the run', value: left, unit: 'updates', target: '0', met: left === 0 },
  ];
}

// `node --import tsx bench/status-reply-bench.ts` runs this row alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await statusReplyBenchRows())
    console.log(`${row.name}: ${row.value.toFixed(1)} ${row.unit} (${row.target})`);
}
