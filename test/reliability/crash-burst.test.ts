import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
const COUNT = 60;

describe('the bot killed with SIGKILL in the middle of a burst of status updates', () => {
  it('has every acknowledged update in the sheet exactly once after a restart', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const ids = Array.from({ length: COUNT }, (_, i) => `B-${String(i + 1).padStart(2, '0')}`);
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({ plan: DEMO_PLAN, tasks: ids.map((id) => makeTask({ id })), agencies: [] });
    await seed.close();
    // Slow, flaky Sheets: writes are in flight and some answers get lost when the kill comes.
    fake.latencyMs = 15;
    fake.failNext(3, 500, { applied: true, api: 'values.batchUpdate' });

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
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const acknowledged: string[] = [];
    const lines = createInterface({ input: child.stdout });
    await new Promise<void>((resolve) => {
      lines.on('line', (line) => {
        if (line === 'ready') {
          // The whole burst at once, as after a meeting.
          for (const id of ids) child.stdin.write(`${id} done\n`);
          return;
        }
        const [id, status] = line.split(' ');
        if (id && (status === 'applied' || status === 'queued')) acknowledged.push(id);
        if (acknowledged.length === COUNT / 2) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(COUNT / 2);

    // The restarted bot sends what was left in its outbox.
    fake.latencyMs = 0;
    const restarted = await openGoogleStore(fake, dir);
    await restarted.flush();
    await restarted.close();
    const [headers = [], ...rows] = fake.coordinator.rows('Nhiệm vụ');
    const status = headers.indexOf('Trạng thái');
    for (const id of acknowledged) {
      expect(rows.find((row) => row[0] === id)?.[status]).toBe('Hoàn thành');
      expect(logRowsOf(fake, id).filter((row) => row.includes('Trạng thái'))).toHaveLength(1);
    }
  });
});
