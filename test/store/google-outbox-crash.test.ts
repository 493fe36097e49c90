import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { openOutbox } from '#src/store/outbox.js';
import { ROOT } from '../support/cli.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();

describe('the outbox across a killed process', () => {
  it('applies queued writes exactly once after a SIGKILL and a restart', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const ids = ['K-01', 'K-02', 'K-03'];
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({ plan: DEMO_PLAN, tasks: ids.map((id) => makeTask({ id })), agencies: [] });
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

    // K-01's cells reach the sheet but the answer is lost, and then the API goes down:
    // the child never learns, its log row is not written.
    fake.failNext(1, 500, { applied: true, api: 'values.batchUpdate' });
    fake.afterNext('values.batchUpdate', () => (fake.down = true));
    child.stdin.write('K-01 done\n');
    expect(await next()).toBe('K-01 queued');
    await vi.waitFor(() => expect(fake.down).toBe(true));
    child.stdin.write('K-02 blocked\n');
    expect(await next()).toBe('K-02 queued');
    child.stdin.write('K-03 in_progress\n');
    expect(await next()).toBe('K-03 queued');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', 'K-01', 'Trạng thái')).toBe('Hoàn thành');
    expect(logRowsOf(fake, 'K-01')).toEqual([]);
    const left = openOutbox(join(dir, 'outbox.sqlite'), fake.spreadsheetId);
    expect(left.pending().map((e) => e.change.update.key)).toEqual(ids);
    left.close();

    fake.down = false;
    const restarted = await openGoogleStore(fake, dir);
    await restarted.flush();
    expect(ids.map((id) => fake.coordinator.cell('Nhiệm vụ', 'Mã', id, 'Trạng thái'))).toEqual([
      'Hoàn thành',
      'Vướng mắc',
      'Đang thực hiện',
    ]);
    for (const id of ids) expect(logRowsOf(fake, id)).toHaveLength(1);
    expect(restarted.writeQueue()).toEqual({ pending: 0, pendingIds: [], unresolved: [], lastError: null });
    expect(restarted.snapshot().byId.get('K-02')?.status).toBe('blocked');
    await restarted.close();

    // A second restart finds nothing left to send.
    fake.resetCalls();
    const again = await openGoogleStore(fake, dir);
    await again.flush();
    expect(fake.count((c) => c.api === 'values.append' || c.api === 'values.batchUpdate')).toBe(0);
    await again.close();
  });
});
