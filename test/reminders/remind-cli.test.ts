import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStateDb } from '#src/state/db.js';
import { reminderLogIn } from '#src/state/reminder-log.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore } from '#src/store/task-store.js';
import { runCli } from '../support/cli.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { agency } from './helpers.js';

/** `dondoc remind` as a real child process over a local sheet in DATA_DIR. */
const tempDir = useTempDirs();

const Report = z.object({
  today: z.string(),
  dryRun: z.boolean(),
  messages: z.array(
    z.object({
      kind: z.string(),
      recipient: z.string(),
      taskIds: z.array(z.string()),
      text: z.string(),
      status: z.string(),
    }),
  ),
  unreachable: z.array(z.object({ agency: z.string(), taskIds: z.array(z.string()) })),
});

async function prepare(dir: string) {
  const store = await openTaskStore(openLocalSheet(join(dir, 'dondoc.sqlite')), loadTemplate(), {
    refreshIntervalMs: 0,
  });
  const task = (id: string, deadline: string, lead: string) =>
    makeTask({ id, planKey: 'RM99', deadline, deadlineText: deadline, lead: [lead] });
  await store.addPlan({
    plan: { ...DEMO_PLAN, key: 'RM99' },
    tasks: [
      task('RM99-01', '2024-06-14', 'Sở Tư pháp'),
      task('RM99-02', '2024-06-18', 'Sở Tư pháp'),
      task('RM99-03', '2024-06-14', 'Sở Y tế'),
    ],
    agencies: [agency('Sở Tư pháp', { telegram: ['1002'] })],
  });
  await store.close();
}

describe('npx dondoc remind', () => {
  it('--dry-run --json lists the messages it would send and the agencies without a focal point, and records nothing', async () => {
    const dir = tempDir();
    await prepare(dir);
    const env = { DATA_DIR: dir, COORDINATORS: 'telegram:9999', LOG_LEVEL: 'silent' };
    const result = await runCli(['remind', '--at', '2024-06-13T08:00', '--dry-run', '--json'], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = Report.parse(JSON.parse(result.stdout));
    expect(report).toMatchObject({ today: '2024-06-13', dryRun: true });
    const reminder = report.messages.find((m) => m.recipient === 'telegram:1002');
    expect(reminder).toMatchObject({ kind: 'reminder', status: 'would-send' });
    expect(reminder?.taskIds.sort()).toEqual(['RM99-01', 'RM99-02']);
    expect(reminder?.text).toContain('1. RM99-01: Hoàn thành'); // one-tap update choices
    expect(report.unreachable).toEqual([{ agency: 'Sở Y tế', taskIds: ['RM99-03'] }]);
    const digest = report.messages.find((m) => m.recipient === 'telegram:9999');
    expect(digest?.kind).toBe('digest');
    expect(digest?.text).toContain('Cơ quan chưa có đầu mối nhận nhắc việc (1): Sở Y tế (1 việc đang mở)');

    // Nothing was recorded: the same dry run lists the same messages again.
    const again = Report.parse(
      JSON.parse((await runCli(['remind', '--at', '2024-06-13T08:00', '--dry-run', '--json'], { env })).stdout),
    );
    expect(again.messages.map((m) => m.recipient)).toEqual(report.messages.map((m) => m.recipient));
    const db = openStateDb(dir);
    expect(reminderLogIn(db).all()).toEqual([]);
    db.close();
  });

  it('says plainly that nothing can be sent when no chat channel is configured', async () => {
    const dir = tempDir();
    await prepare(dir);
    const result = await runCli(['remind', '--at', '2024-06-13T08:00'], {
      env: { DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Không gửi được tin nào: chưa có kênh chat nào chạy');
    expect(result.stdout).toBe('');
    const bad = await runCli(['remind', '--at', 'hôm qua', '--dry-run'], {
      env: { DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--at phải là thời điểm ISO');
  });

  it('prints a readable summary without --json', async () => {
    const dir = tempDir();
    await prepare(dir);
    const result = await runCli(['remind', '--at', '2024-06-13T08:00', '--dry-run'], {
      env: { DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nhắc việc lúc 13/06/2024 08:00 — chạy thử');
    expect(result.stdout).toContain('[sẽ gửi] reminder tới telegram:1002 (Sở Tư pháp)');
    expect(result.stdout).toContain('• Sở Y tế: RM99-03');
  });
});
