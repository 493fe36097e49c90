import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderPlain } from '#src/chat/plain-text.js';
import { fixedClock } from '#src/domain/clock.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore } from '#src/store/task-store.js';
import { agencyBenchRows } from './agency-bench.js';
import type { BenchRow } from './bench-row.js';
import { baselineBenchRows } from './baseline-bench.js';
import { importBenchRows } from './import-bench.js';
import { remindersBenchRows } from './reminders-bench.js';
import { reportBenchRows } from './report-bench.js';
import { sheetsBenchRows } from './sheets-bench.js';
import { statusReplyBenchRows } from './status-reply-bench.js';
import { telegramBenchRows } from './telegram-bench.js';
import { conversationFor } from '../test/support/conversation.js';
import { syntheticTasks } from './synthetic.js';
import { understandingBenchRows } from './understanding-bench.js';
import { losoBenchRows } from './understanding-loso.js';

/**
 * `npm run bench`: one table of measured numbers, each with its target. Later issues add
 * rows. Timings are measured here, never asserted in tests.
 */
export type { BenchRow };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function replyTimes(taskCount: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-'));
  try {
    const store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate());
    const plan = { number: '', key: 'BM', date: null, title: 'Kế hoạch thử tải', issuer: 'UBND tỉnh', sourceFile: '' };
    await store.addPlan({ plan, tasks: syntheticTasks(taskCount), agencies: [] });
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    const { conversation, state } = conversationFor(store, dir, { clock: fixedClock('2024-06-15T09:00:00') });
    const questions = [
      'nhiệm vụ của Sở Tư pháp',
      'nhiem vu cua so y te',
      '/nhiemvu STP',
      'nhiệm vụ của Thanh tra tỉnh',
    ];
    const sender = { channel: 'console' as const, id: 'bench', name: 'bench', role: { kind: 'coordinator' as const } };
    const ask = async (text: string) =>
      renderPlain(await conversation.handle({ text, sender, chat: { id: 'bench', kind: 'private' } }));
    // The first question after a sheet change builds the per-snapshot index: measured apart.
    const coldStart = performance.now();
    await ask(questions[0] ?? '');
    const cold = performance.now() - coldStart;
    for (const q of questions) await ask(q);
    // Start from a collected heap (npm run bench passes --expose-gc): the garbage of the
    // set-up above would otherwise pause the first replies measured.
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const started = performance.now();
      await ask(questions[i % questions.length] ?? '');
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    state.close();
    await store.close();
    const p99 = percentile(times, 99);
    return [
      {
        name: `first reply after a sheet change (index build), ${taskCount} tasks`,
        value: cold,
        unit: 'ms',
        target: '—',
        met: null,
      },
      {
        name: `heap used with the snapshot of ${taskCount} tasks loaded`,
        value: heap,
        unit: 'MiB',
        target: taskCount === 100_000 ? '< 1024 MiB' : '—',
        met: taskCount === 100_000 ? heap < 1024 : null,
      },
      {
        name: `reply "nhiệm vụ của <cơ quan>" p50, ${taskCount} tasks`,
        value: percentile(times, 50),
        unit: 'ms',
        target: '—',
        met: null,
      },
      {
        name: `reply "nhiệm vụ của <cơ quan>" p99, ${taskCount} tasks`,
        value: p99,
        unit: 'ms',
        target: taskCount <= 10_000 ? '< 5 ms' : '—',
        met: taskCount <= 10_000 ? p99 < 5 : null,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const rows: BenchRow[] = [];
  for (const count of [1_000, 10_000, 100_000]) rows.push(...(await replyTimes(count)));
  const memory = process.memoryUsage();
  rows.push({
    name: 'process memory (RSS) after the runs above',
    value: memory.rss / 2 ** 20,
    unit: 'MiB',
    target: '—',
    met: null,
  });
  rows.push({
    name: 'heap used after the runs above',
    value: memory.heapUsed / 2 ** 20,
    unit: 'MiB',
    target: '—',
    met: null,
  });
  rows.push(...(await importBenchRows()));
  rows.push(...agencyBenchRows());
  rows.push(...understandingBenchRows());
  rows.push(...losoBenchRows());
  rows.push(...(await sheetsBenchRows()));
  rows.push(...(await statusReplyBenchRows()));
  rows.push(...(await baselineBenchRows()));
  rows.push(...(await telegramBenchRows()));
  rows.push(...(await remindersBenchRows()));
  rows.push(...(await reportBenchRows()));

  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ rows }, null, 2)}\n`);
    return;
  }
  const lines = rows.map((row) => [
    row.name,
    `${row.value.toFixed(row.unit === 'ms' ? 3 : 1)} ${row.unit}`,
    row.target,
    row.met === null ? '' : row.met ? 'đạt' : 'KHÔNG ĐẠT',
  ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[['measure', 'value', 'target', 'met'], ...lines].map((l) => (l[i] ?? '').length)),
  );
  const fmt = (l: string[]) => l.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  process.stdout.write(
    `${[fmt(['measure', 'value', 'target', 'met']), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n')}\n`,
  );
}

await main();
