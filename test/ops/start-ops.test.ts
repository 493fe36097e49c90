import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../support/cli.js';
import { freePort } from '../support/telegram/ports.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

describe('npm start with HTTP_PORT and BACKUP_CRON', () => {
  it(
    'serves /healthz and /metrics, takes scheduled backups, and keeps a pid file while it runs',
    { timeout: 120_000 },
    async () => {
      const data = join(tempDir(), 'data');
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'start'], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DOTENV_CONFIG_PATH: '/dev/null',
          DATA_DIR: data,
          LOG_LEVEL: 'warn',
          HTTP_PORT: String(port),
          // Every second (node-cron takes a seconds field), keeping two.
          BACKUP_CRON: '* * * * * *',
          BACKUP_KEEP: '2',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      const get = async (path: string) => {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        return { status: response.status, text: await response.text() };
      };
      try {
        await vi.waitFor(async () => expect((await get('/healthz')).status).toBe(200), {
          timeout: 90_000,
          interval: 100,
        });
        expect(readFileSync(join(data, 'dondoc.pid'), 'utf8').trim()).toBe(String(child.pid));

        child.stdin.write('bot làm được gì\n');
        await vi.waitFor(() => expect(stdout).toContain('/trogiup'), { timeout: 30_000, interval: 50 });
        const metrics = await get('/metrics');
        expect(metrics.text).toContain('dondoc_updates_handled_total{channel="console",intent="help"} 1');

        // Whole backups only: one being written sits beside them as <name>.partial.
        const backups = () =>
          readdirSync(join(data, 'backups')).filter((name) => /^dondoc-backup-\d{8}-\d{6}$/.test(name));
        await vi.waitFor(() => expect(backups().length).toBe(2), { timeout: 30_000, interval: 100 });
        const [newest] = backups().sort().reverse();
        expect(existsSync(join(data, 'backups', newest ?? '', 'manifest.json'))).toBe(true);
      } finally {
        child.stdin.end();
      }
      expect(await exited).toBe(0);
      // node-cron warns on standard error when a run every second finds the last one still going.
      expect(stderr.split('\n').filter((line) => line !== '' && !line.includes('[NODE-CRON]'))).toEqual([]);
      expect(existsSync(join(data, 'dondoc.pid'))).toBe(false);
    },
  );
});
