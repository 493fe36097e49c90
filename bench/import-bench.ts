import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPlanFile } from '#src/plans/extract.js';
import { DEMO_PLANS_DIR } from '#src/plans/import-to-store.js';
import type { BenchRow } from './bench-row.js';

const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Y tế',
  'Thanh tra tỉnh',
  'Các sở, ban, ngành, UBND các huyện, thành phố',
];

/** A plan with a 300-row appendix table, in the tab-separated layout of seed 000. */
export function syntheticPlanText(rows: number): string {
  const lines = [
    'Số: 999 /KH-UBND',
    'Thái Nguyên, ngày 02 tháng 4 năm 2024',
    'KẾ HOẠCH',
    'Thử tải bộ đọc kế hoạch',
    'PHỤ LỤC',
    'NHIỆM VỤ TRỌNG TÂM',
    'Số TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
  ];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `${i}\tTriển khai nhiệm vụ số ${i} về cải cách hành chính và chuyển đổi số.\t${AGENCIES[i % AGENCIES.length]}\t${AGENCIES[(i + 2) % AGENCIES.length]}\tQuý ${['I', 'II', 'III', 'IV'][i % 4]}/2024`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The median of `runs` reads of one file, and the first of them: later reads find the names they
 * fold already folded (rule «fold-once»), so the first read is what a coordinator's one import costs.
 */
async function timeImport(path: string, runs: number): Promise<{ ms: number; first: number; tasks: number }> {
  let tasks = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    tasks = (await readPlanFile(path)).tasks.length;
    times.push(performance.now() - started);
  }
  const first = times[0] ?? 0;
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, first, tasks };
}

export async function importBenchRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const file of readdirSync(DEMO_PLANS_DIR).sort()) {
    const { ms, tasks } = await timeImport(join(DEMO_PLANS_DIR, file), 5);
    rows.push({
      name: `import ${file} (${tasks} tasks), median`,
      value: ms,
      unit: 'ms',
      target: '< 1000 ms',
      met: ms < 1000,
    });
  }
  rows.push(...(await realPlanRows()));
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-'));
  try {
    const path = join(dir, 'synthetic-300.txt');
    writeFileSync(path, syntheticPlanText(300));
    const { ms, tasks } = await timeImport(path, 5);
    rows.push({
      name: `import synthetic 300-row plan (${tasks} tasks), median`,
      value: ms,
      unit: 'ms',
      target: '< 2000 ms',
      met: ms < 2000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The largest real development plan (by its .md), read from each of its three formats. */
async function realPlanRows(): Promise<BenchRow[]> {
  const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'real');
  const largest = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && /^[a-z]+-\d/.test(f))
    .map((f) => ({ stem: f.slice(0, -3), size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  if (!largest) return [];
  const rows: BenchRow[] = [];
  for (const format of ['md', 'docx', 'pdf']) {
    const { ms, first, tasks } = await timeImport(join(dir, `${largest.stem}.${format}`), 3);
    rows.push({
      name: `import real plan ${largest.stem}.${format} (${tasks} tasks), median`,
      value: ms,
      unit: 'ms',
      target: '≤ 1000 ms',
      met: ms <= 1000,
    });
    rows.push({
      name: `import real plan ${largest.stem}.${format}, first read`,
      value: first,
      unit: 'ms',
      target: '≤ 1000 ms',
      met: first <= 1000,
    });
  }
  return rows;
}
