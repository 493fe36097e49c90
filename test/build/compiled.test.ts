import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
// Beside dist/, at the same depth, so that files found by relative path (sheets-templates/,
// data/plans/) are found as they are from dist/.
const out = `dist-test-${process.pid}`;
afterAll(() => {
  rmSync(join(ROOT, out), { recursive: true, force: true });
  rmSync(join(ROOT, `${out}.tsc`), { recursive: true, force: true });
});

function run(
  command: string,
  args: string[],
  input: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/dev/null', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm run build', () => {
  // One test: the build is the slow part (tsc over the whole source), done once.
  it(
    'compiles to a dist/ that plain Node.js starts, and the bot answers on the console',
    { timeout: 300_000 },
    async () => {
      const build = await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out], '');
      expect(build.stderr).toBe('');
      expect(build.code).toBe(0);
      expect(existsSync(join(ROOT, out, 'cli/index.js'))).toBe(true);
      expect(existsSync(join(ROOT, out, 'understanding/model/intent-model.json'))).toBe(true);

      // No tsx: plain node on the compiled entry, the embedded default on a fresh data folder.
      const bot = await run(process.execPath, [`${out}/cli/index.js`, 'start'], 'nhiệm vụ của Sở Tư pháp\n', {
        DATA_DIR: tempDir(),
        LOG_LEVEL: 'warn',
      });
      expect(bot.stderr).toBe('');
      expect(bot.code).toBe(0);
      expect(bot.stdout).toContain('NHIỆM VỤ CỦA SỞ TƯ PHÁP');
      expect(bot.stdout).toMatch(/TN24-11: .*\| Chưa thực hiện/);
    },
  );
});
