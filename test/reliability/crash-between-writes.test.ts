import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../support/cli.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();

describe('a crash between the cell write and the Nhật ký append', () => {
  it('re-plans without false conflicts: values written by the same queue count as applied, and the missing log rows are written', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({ plan: DEMO_PLAN, tasks: ['C-01', 'C-02'].map((id) => makeTask({ id })), agencies: [] });
    await seed.close();

    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/sheets-fake/child-writer.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        FAKE_URL: fake.url,
        FAKE_KEY: fake.apiKey,
        FAKE_SPREADSHEET_ID: fake.spreadsheetId,
        DATA_DIR: dir,
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => String((await lines.next()).value);
    expect(await next()).toBe('ready');

    // Six updates during an outage, alternating two tasks: each builds on the one before.
    fake.down = true;
    const updates = ['C-01 in_progress', 'C-02 in_progress', 'C-01 blocked', 'C-02 blocked', 'C-01 done', 'C-02 done'];
    for (const update of updates) {
      child.stdin.write(`${update}\n`);
      expect(await next()).toBe(`${update.split(' ')[0]} queued`);
    }
    // Google comes back for exactly one call: the backlog's cells land, then it is down
    // again, so the log append fails; the process dies right there.
    fake.afterNext('values.batchUpdate', () => (fake.down = true));
    fake.down = false;
    await vi.waitFor(() => expect(fake.down).toBe(true), { timeout: 10_000 }); // the batchUpdate was answered
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', 'C-01', 'Trạng thái')).toBe('Hoàn thành');
    expect(logRowsOf(fake, 'C-01')).toEqual([]);

    fake.down = false;
    const restarted = await openGoogleStore(fake, dir);
    await restarted.flush();
    expect(restarted.writeQueue().unresolved).toEqual([]);
    for (const id of ['C-01', 'C-02']) {
      expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', id, 'Trạng thái')).toBe('Hoàn thành');
      expect(logRowsOf(fake, id).map((row) => row.slice(2, 5))).toEqual([
        ['Trạng thái', 'Chưa thực hiện', 'Đang thực hiện'],
        ['Trạng thái', 'Đang thực hiện', 'Vướng mắc'],
        ['Trạng thái', 'Vướng mắc', 'Hoàn thành'],
      ]);
    }
    await restarted.close();
  });
});
