import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { ROOT, runCli } from '../support/cli.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
const SEED_000 = join(ROOT, 'data/plans/000_d88ed36d9991ae27.txt');
const SEED_004 = join(ROOT, 'data/plans/004_f6e20adc8882ee26.txt');

async function sheetRows(dataDir: string, tab: string): Promise<string[][]> {
  const sheet = openLocalSheet(join(dataDir, 'dondoc.sqlite'));
  try {
    const [values] = await sheet.readTabs([tab]);
    return values?.rows ?? [];
  } finally {
    await sheet.close();
  }
}

const JsonOutput = z.object({
  plan: z.object({ number: z.string(), date: z.string().nullable(), issuer: z.string(), title: z.string() }),
  tasks: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['task', 'report', 'request']),
      content: z.string(),
      lead: z.array(z.string()),
      coordinating: z.array(z.string()),
      deadlineText: z.string(),
      deadline: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
      recurrence: z.string(),
    }),
  ),
  problems: z.array(z.string()),
});

describe('npx dondoc import', () => {
  it('previews without writing, writes with --yes, and adds nothing the second time', async () => {
    const dataDir = tempDir();
    const preview = await runCli(['import', SEED_000], { env: { DATA_DIR: dataDir } });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('60/KH-UBND');
    expect(preview.stdout).toMatch(/TN60-01\s+Sở Nội vụ\s+31\/03\/2024/);
    expect(preview.stdout).toContain('--yes');
    expect(await sheetRows(dataDir, 'Nhiệm vụ')).toEqual([]);

    const write = await runCli(['import', SEED_000, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('Đã ghi 22 dòng mới');
    const rows = await sheetRows(dataDir, 'Nhiệm vụ');
    expect(rows).toHaveLength(22);
    expect(rows[0]?.slice(0, 2)).toEqual(['TN60-01', 'TN60']);
    expect(await sheetRows(dataDir, 'Kế hoạch')).toHaveLength(1);

    const again = await runCli(['import', SEED_000, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('không ghi thêm dòng nào');
    expect(await sheetRows(dataDir, 'Nhiệm vụ')).toHaveLength(22);
    expect(await sheetRows(dataDir, 'Kế hoạch')).toHaveLength(1);
  });

  it('reports the changed rows of an edited copy and does not overwrite them', async () => {
    const dataDir = tempDir();
    await runCli(['import', SEED_000, '--yes'], { env: { DATA_DIR: dataDir } });
    const edited = join(tempDir(), 'kh60-sua.txt');
    writeFileSync(edited, readFileSync(SEED_000, 'utf8').replace('Quý II và Quý III/2024', 'Quý IV/2024'));
    const result = await runCli(['import', edited, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 dòng khác bản đã lưu/);
    const rows = await sheetRows(dataDir, 'Nhiệm vụ');
    expect(rows).toHaveLength(22);
    expect(rows.find((r) => r[0] === 'TN60-19')?.[7]).toBe('Quý II và Quý III/2024');
  });

  it('prints the extracted plan as JSON with --json', async () => {
    const result = await runCli(['import', SEED_004, '--json'], { env: { DATA_DIR: tempDir() } });
    expect(result.code).toBe(0);
    const out = JsonOutput.parse(JSON.parse(result.stdout));
    expect(out.plan.issuer).toBe('UBND tỉnh Thái Nguyên');
    const justice = out.tasks.filter((t) => t.lead.includes('Sở Tư pháp'));
    expect(justice).toHaveLength(2);
    expect(out.tasks.some((t) => t.kind === 'report')).toBe(true);
  });

  it('gives two different plans different keys even when they would share one', async () => {
    const dataDir = tempDir();
    await runCli(['import', SEED_004, '--yes'], { env: { DATA_DIR: dataDir } });
    // Another Thái Nguyên plan of 2024 with no number: same initials and year, other title.
    const other = join(tempDir(), 'khac.txt');
    writeFileSync(
      other,
      readFileSync(SEED_004, 'utf8').replace(
        'Triển khai thực hiện Nghị quyết số 94/NQ-CP',
        'Kế hoạch khác hẳn về chuyển đổi số',
      ),
    );
    const result = await runCli(['import', other, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(result.code).toBe(0);
    const keys = new Set((await sheetRows(dataDir, 'Kế hoạch')).map((r) => r[0]));
    expect(keys.size).toBe(2);
    const ids = (await sheetRows(dataDir, 'Nhiệm vụ')).map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses bad files with a clear message, a non-zero exit and nothing written', async () => {
    const dataDir = tempDir();
    const fake = join(tempDir(), 'ke-hoach.docx');
    writeFileSync(fake, 'đây không phải tệp Word');
    const empty = join(tempDir(), 'rong.txt');
    writeFileSync(empty, '');
    const result = await runCli(['import', fake, empty, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ke-hoach.docx');
    expect(result.stderr).toContain('rong.txt');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(await sheetRows(dataDir, 'Nhiệm vụ')).toEqual([]);
  });

  it('writes the good file and still exits non-zero when another one fails', async () => {
    const dataDir = tempDir();
    const copy = join(tempDir(), 'kh60.txt');
    copyFileSync(SEED_000, copy);
    const result = await runCli(['import', copy, join(tempDir(), 'khong-co.txt'), '--yes'], {
      env: { DATA_DIR: dataDir },
    });
    expect(result.code).toBe(1);
    expect(await sheetRows(dataDir, 'Nhiệm vụ')).toHaveLength(22);
  });

  it('asks for a file when none is given', async () => {
    const result = await runCli(['import'], { env: { DATA_DIR: tempDir() } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cần ít nhất một tệp');
  });
});

describe('npx dondoc import: a commune plan imported before its issuer was read as the commune', () => {
  it('is the same plan on re-import: nothing added twice', async () => {
    const dataDir = tempDir();
    const plan = join(dataDir, 'xa-na-sam.md');
    copyFileSync(
      join(ROOT, 'test/fixtures/plans/new-writers-13/langson-86-2025-ho-kinh-doanh-bo-thue-khoan-xa-na-sam.md'),
      plan,
    );
    const first = await runCli(['import', plan, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(first.code).toBe(0);
    const [row] = await sheetRows(dataDir, 'Kế hoạch');
    expect(row?.[4]).toBe('UBND xã Na Sầm');
    // What an earlier version wrote: the province as the issuer.
    const sheet = openLocalSheet(join(dataDir, 'dondoc.sqlite'));
    try {
      await sheet.updateRows([
        {
          tab: 'Kế hoạch',
          keyHeader: 'Mã kế hoạch',
          key: row?.[0] ?? '',
          cells: { 'Cơ quan ban hành': 'UBND tỉnh Lạng Sơn' },
        },
      ]);
    } finally {
      await sheet.close();
    }
    const again = await runCli(['import', plan, '--yes'], { env: { DATA_DIR: dataDir } });
    expect(again.code).toBe(0);
    expect(await sheetRows(dataDir, 'Kế hoạch')).toHaveLength(1);
    expect((await sheetRows(dataDir, 'Nhiệm vụ')).length).toBe(15);
  });
});
