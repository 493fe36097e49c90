import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

describe('the console channel, as a real child process', () => {
  it('prints the help for "bot làm được gì" and exits 0 at the end of input', async () => {
    const result = await runCli(['start'], { input: 'bot làm được gì\n', env: { DATA_DIR: tempDir() } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('/nhiemvu');
    expect(result.stdout).toContain('/trogiup');
    expect(result.stdout).toContain('nhiệm vụ của Sở Tư pháp');
    // Standard output carries replies only: no greeting, no log lines.
    expect(result.stdout).not.toContain('Xin chào');
    expect(result.stdout).not.toContain('"level"');
  });

  it('answers one reply per line, from the demo plans imported on first start', async () => {
    const dataDir = tempDir();
    const result = await runCli(['start'], {
      input: 'nhiệm vụ của Sở Tư pháp\nalo alo\n/nhiemvu\n',
      env: { DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    });
    expect(result.code).toBe(0);
    const replies = result.stdout.trim().split(/\n\n(?=\S)/);
    expect(result.stdout).toMatch(/NHIỆM VỤ CỦA SỞ TƯ PHÁP/);
    expect(result.stdout).toMatch(/Chủ trì \(\d+\)/);
    expect(result.stdout).toMatch(/Giao chung cho «Các sở, ban, ngành/);
    expect(result.stdout).toContain('Xin lỗi, tôi chưa hiểu');
    expect(result.stdout).toContain('Bạn muốn xem nhiệm vụ của cơ quan nào?');
    expect(replies.length).toBeGreaterThanOrEqual(3);
    expect(result.stderr).toMatch(/kế hoạch mẫu|demo/i);
  });

  it('keeps the sheet across restarts and imports the demo plans only once', async () => {
    const dataDir = tempDir();
    const first = await runCli(['start'], { input: 'nhiệm vụ của Sở Nội vụ\n', env: { DATA_DIR: dataDir } });
    const second = await runCli(['start'], { input: 'nhiệm vụ của Sở Nội vụ\n', env: { DATA_DIR: dataDir } });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stderr).toMatch(/Đã nạp/);
    expect(second.stderr).not.toMatch(/Đã nạp/);
  });

  it('makes the user a focal point with --as', async () => {
    const result = await runCli(['start', '--as', 'Sở Tư pháp'], { input: '/nhiemvu\n', env: { DATA_DIR: tempDir() } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/NHIỆM VỤ CỦA SỞ TƯ PHÁP/);
  });

  it('greets in a terminal and waits for a message', async () => {
    // `script` gives the child a real pseudo-terminal, as when a person runs npm start.
    const dataDir = tempDir();
    const child = spawn('script', ['-qfec', `${process.execPath} --import tsx src/cli/index.ts start`, '/dev/null'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: dataDir,
        DOTENV_CONFIG_PATH: '/dev/null',
        LOG_LEVEL: 'warn',
        TERM: 'dumb',
      },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 300 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 50));
      return pattern.test(output);
    };
    expect(await waitFor(/Xin chào/)).toBe(true);
    expect(await waitFor(/> $/m)).toBe(true);
    // Ctrl+D right after a question: the answer still comes, then the bot exits.
    child.stdin.write('hướng dẫn\r\u0004');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(output).toContain('ĐÔN ĐỐC GIÚP');
    expect(code).toBe(0);
  });
});

describe('configuration errors at start', () => {
  it('stops with one line naming TELEGRAM_BOT_TOKEN', async () => {
    const result = await runCli(['start'], { env: { DATA_DIR: tempDir(), TELEGRAM_BOT_TOKEN: 'abc' } });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('TELEGRAM_BOT_TOKEN');
    expect(result.stdout).toBe('');
  });

  it('stops with one line naming DATA_DIR when it cannot be used', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const result = await runCli(['start'], { env: { DATA_DIR: file } });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('DATA_DIR');
  });
});

describe('command line mistakes', () => {
  it('answers an unknown option and an unknown command with one Vietnamese line and exit code 2', async () => {
    const option = await runCli(['import', '--foo', 'x.txt'], { env: { DATA_DIR: tempDir() } });
    expect(option.code).toBe(2);
    expect(option.stderr.trim()).toBe(
      'Không dùng được tùy chọn «--foo» ở đây. Gõ «npx dondoc --help» để xem cách dùng.',
    );
    const command = await runCli(['lamgi'], { env: { DATA_DIR: tempDir() } });
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Không có lệnh «lamgi»');
  });
});
