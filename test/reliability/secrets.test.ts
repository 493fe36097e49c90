import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ';
const TOKEN_SECRET = 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ';

/** Runs the bot until `pattern` shows in its logs, then stops it; returns everything it wrote. */
function runUntil(env: Record<string, string>, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/dev/null', LOG_LEVEL: 'debug', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const seen = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (pattern.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });
}

describe('secrets never reach logs or replies', () => {
  it('keeps the Telegram token out of the logs while Telegram is unreachable', async () => {
    const output = await runUntil(
      { DATA_DIR: tempDir(), TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9' },
      /Chưa kết nối được Telegram/,
    );
    expect(output).toContain('Chưa kết nối được Telegram');
    expect(output).not.toContain(TOKEN_SECRET);
  });

  it('keeps the Google API key out of the one line that says the sheet cannot be opened', async () => {
    const key = 'AIzaSyD-very-secret-key-0123456789';
    const result = await runCli(['start'], {
      env: {
        DATA_DIR: tempDir(),
        GOOGLE_SPREADSHEET_ID: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
        GOOGLE_API_ROOT: 'http://127.0.0.1:9',
        GOOGLE_API_KEY: key,
      },
    });
    expect(result.code).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toContain(key);
    expect(result.stderr).toContain('Không kết nối được Google Sheets');
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('{')).length,
    ).toBeLessThanOrEqual(1);
  });

  it('never echoes a configured token in a configuration error', async () => {
    const result = await runCli(['start'], {
      env: { DATA_DIR: tempDir(), ZALO_BOT_TOKEN: 'not-a-valid-token-but-secret-XYZ' },
    });
    expect(result.stderr).toContain('ZALO_BOT_TOKEN');
    expect(result.stderr).not.toContain('secret-XYZ');
  });
});
