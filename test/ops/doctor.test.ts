import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exitCodeOf, formatCheck, type CheckResult } from '#src/ops/doctor/check.js';
import { runDoctor, type DoctorOptions } from '#src/ops/doctor/run.js';
import { runCli } from '../support/cli.js';
import { initSheet } from '../support/sheets-fake/harness.js';
import { startSheetsFake, type SheetsFake } from '../support/sheets-fake/server.js';
import { startTelegramGate, type TelegramGate } from '../support/telegram/gate.js';
import { TOKEN as TELEGRAM_TOKEN } from '../support/telegram/harness.js';
import { startTestApi, type TestServer } from '../support/telegram/test-api.js';
import { startZaloEmulator, type ZaloEmulator } from '../support/zalo-emulator/server.js';
import { useTempDirs } from '../support/temp.js';
import { startDriveFake } from '../support/drive-fake.js';

const tempDir = useTempDirs();
const ZALO_TOKEN = '1234567890:zalo-TEST_token-abcdefghijklmnop';
const ACCOUNT = 'dondoc-bot@so-noi-vu-123.iam.gserviceaccount.com';

let telegram: TestServer;
let gate: TelegramGate;
let zalo: ZaloEmulator;
let sheets: SheetsFake;
let dir: string;

beforeEach(async () => {
  telegram = await startTestApi();
  gate = await startTelegramGate(telegram, TELEGRAM_TOKEN);
  zalo = await startZaloEmulator({ token: ZALO_TOKEN });
  sheets = await startSheetsFake();
  await initSheet(sheets);
  dir = tempDir();
});

afterEach(async () => {
  await gate.close();
  await telegram.stop();
  await zalo.close();
  await sheets.close();
});

/** A key file shaped like Google's (the fake is reached with an API key; the key file gives the e-mail). */
function keyFile(content?: string): string {
  const path = join(dir, content === undefined ? 'key.json' : 'other-key.json');
  writeFileSync(
    path,
    content ??
      JSON.stringify({
        type: 'service_account',
        client_email: ACCOUNT,
        private_key: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n',
      }),
  );
  return path;
}

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATA_DIR: join(dir, 'data'),
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: gate.url,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.root,
    GOOGLE_SPREADSHEET_ID: sheets.spreadsheetId,
    GOOGLE_API_ROOT: sheets.url,
    GOOGLE_API_KEY: sheets.apiKey,
    GOOGLE_APPLICATION_CREDENTIALS: keyFile(),
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}

async function doctor(overrides: Record<string, string> = {}, options: DoctorOptions = {}) {
  const checks = await runDoctor(env(overrides), options);
  return {
    checks,
    lines: checks.map(formatCheck),
    code: exitCodeOf(checks),
    of: (name: string) => checks.find((c) => c.name === name),
  };
}

const failing = (checks: CheckResult[]) => checks.filter((c) => c.status === 'fail').map((c) => c.name);

describe('dondoc doctor', () => {
  it('passes every check of a good installation, one line each, and exits 0', async () => {
    const { checks, lines, code } = await doctor();
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['Cấu hình', 'ok'],
      ['Múi giờ', 'ok'],
      ['Thư mục dữ liệu', 'ok'],
      ['Dung lượng đĩa', 'ok'],
      ['Telegram', 'ok'],
      ['Zalo', 'ok'],
      ['Khóa Google', 'ok'],
      ['Bảng tính Google', 'ok'],
      ['Trang và cột', 'ok'],
      ['Quyền ghi bảng tính', 'ok'],
      ['Tệp minh chứng', 'ok'],
      ['Đồng hồ máy chủ', 'ok'],
    ]);
    expect(code).toBe(0);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines.find((l) => l.includes('Telegram:'))).toContain('@TestNameBot');
    expect(lines.find((l) => l.includes('Zalo:'))).toContain('DonDocBot');
    // The write check writes the header row back as it was.
    expect(sheets.coordinator.rows('Tổng hợp')[0]).toEqual((await initSheetHeaders())['Tổng hợp']);
  });

  it('checks the Drive folder for evidence files: opened by the service account, or the fix', async () => {
    const drive = await startDriveFake({ apiKey: sheets.apiKey, upstream: sheets.url });
    try {
      const good = await doctor({ GOOGLE_API_ROOT: drive.url, GOOGLE_DRIVE_FOLDER_ID: drive.folderId });
      expect(good.of('Tệp minh chứng')).toEqual({
        status: 'ok',
        name: 'Tệp minh chứng',
        detail: 'tệp minh chứng lưu vào thư mục Drive «Minh chứng KH».',
      });
      const wrong = await doctor({ GOOGLE_API_ROOT: drive.url, GOOGLE_DRIVE_FOLDER_ID: 'not-shared-folder-123' });
      expect(wrong.of('Tệp minh chứng')?.status).toBe('fail');
      expect(wrong.of('Tệp minh chứng')?.detail).toContain('hãy chia sẻ thư mục');
      expect(wrong.of('Tệp minh chứng')?.fix).toContain('GOOGLE_DRIVE_FOLDER_ID');
      expect(wrong.code).toBe(1);
    } finally {
      await drive.close();
    }
  });

  it('names a Telegram token that is refused, with BotFather as the fix, and never prints the token', async () => {
    const { of, code, lines } = await doctor({
      TELEGRAM_BOT_TOKEN: '999999999:AAwrongTokenForAnotherBot_0123456789ab',
    });
    expect(of('Telegram')).toMatchObject({ status: 'fail' });
    expect(of('Telegram')?.detail).toContain('401');
    expect(of('Telegram')?.fix).toContain('@BotFather');
    expect(code).toBe(1);
    expect(lines.join('\n')).not.toContain('AAwrongToken');
  });

  it("reports the webhook: not registered yet (a warning), then Telegram's last delivery error (a failure)", async () => {
    const url = 'https://bot.so-noi-vu.gov.vn/telegram';
    const hook = { TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_SECRET: 'webhook-secret-123' };
    const before = await doctor(hook);
    expect(before.of('Webhook Telegram')).toMatchObject({ status: 'warn' });
    expect(before.code).toBe(0);

    const set = await fetch(`${gate.url}/bot${TELEGRAM_TOKEN}/setWebhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url }),
    });
    expect(set.status).toBe(200);
    expect((await doctor(hook)).of('Webhook Telegram')).toMatchObject({ status: 'ok' });

    gate.webhookError = {
      message: 'Wrong response from the webhook: 502 Bad Gateway',
      date: new Date(Date.now() - 60_000),
    };
    const after = await doctor(hook);
    expect(after.of('Webhook Telegram')?.status).toBe('fail');
    expect(after.of('Webhook Telegram')?.detail).toContain('502 Bad Gateway');
    expect(after.of('Webhook Telegram')?.fix).toContain('reverse proxy');
    expect(after.code).toBe(1);
  });

  it('names a Zalo token that is refused', async () => {
    zalo.revokeToken();
    const { of, code } = await doctor();
    expect(of('Zalo')).toMatchObject({ status: 'fail' });
    expect(of('Zalo')?.fix).toContain('ZALO_BOT_TOKEN');
    expect(code).toBe(1);
  });

  it("gives the service account's e-mail to share the sheet with when Google refuses access", async () => {
    sheets.denyAccess = true;
    const { of, lines, code } = await doctor();
    expect(of('Bảng tính Google')?.status).toBe('fail');
    expect(of('Bảng tính Google')?.fix).toContain(ACCOUNT);
    expect(lines.find((l) => l.includes('Bảng tính Google'))).toMatch(/Chia sẻ.*Editor/);
    expect(code).toBe(1);
  });

  it('says when the spreadsheet id is wrong', async () => {
    const { of } = await doctor({ GOOGLE_SPREADSHEET_ID: 'another-sheet-0123456789abcdefXYZ' });
    expect(of('Bảng tính Google')?.detail).toContain('404');
    expect(of('Bảng tính Google')?.fix).toContain('GOOGLE_SPREADSHEET_ID');
  });

  it('lists a missing tab and a missing column, with sheet init as the fix', async () => {
    sheets.sheet.tabs.splice(
      sheets.sheet.tabs.findIndex((t) => t.properties.title === 'Kế hoạch'),
      1,
    );
    sheets.coordinator.renameHeader('Nhiệm vụ', 'Hạn xử lý', 'Hạn chót (cũ)');
    const { of, code } = await doctor();
    expect(of('Trang và cột')?.status).toBe('fail');
    expect(of('Trang và cột')?.detail).toContain('thiếu trang «Kế hoạch»');
    expect(of('Trang và cột')?.detail).toContain('«Hạn xử lý»');
    expect(of('Trang và cột')?.fix).toContain('npx dondoc sheet init');
    expect(code).toBe(1);
  });

  it('finds a sheet shared as viewer only', async () => {
    sheets.readOnly = true;
    const { of, code } = await doctor();
    expect(of('Bảng tính Google')?.status).toBe('ok');
    expect(of('Quyền ghi bảng tính')?.status).toBe('fail');
    expect(of('Quyền ghi bảng tính')?.fix).toContain(ACCOUNT);
    expect(code).toBe(1);
  });

  it('refuses a key file that is not a service-account key', async () => {
    const { of } = await doctor({ GOOGLE_APPLICATION_CREDENTIALS: keyFile('{"installed": {"client_id": "x"}}') });
    expect(of('Khóa Google')?.status).toBe('fail');
    expect(of('Khóa Google')?.detail).toContain('client_email');
  });

  it('finds a data folder the bot cannot write', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { of, code } = await doctor({ DATA_DIR: join(blocker, 'data') });
    expect(of('Thư mục dữ liệu')?.status).toBe('fail');
    expect(of('Thư mục dữ liệu')?.fix).toContain('DATA_DIR');
    expect(code).toBe(1);
  });

  it('reports a bad time zone and still checks what needs no configuration', async () => {
    const { of, checks, code } = await doctor({ TZ: 'Asia/Hanoi_City' });
    expect(of('Cấu hình')?.detail).toContain('TZ');
    expect(of('Múi giờ')?.status).toBe('fail');
    expect(of('Thư mục dữ liệu')?.status).toBe('ok');
    expect(failing(checks)).toEqual(['Cấu hình', 'Múi giờ']);
    expect(code).toBe(1);
  });

  it("warns when the clock is more than a minute off Telegram's", async () => {
    gate.skewMs = -5 * 60_000;
    const { of, code } = await doctor();
    expect(of('Đồng hồ máy chủ')).toMatchObject({ status: 'warn' });
    expect(of('Đồng hồ máy chủ')?.detail).toContain('5 phút');
    expect(of('Đồng hồ máy chủ')?.fix).toContain('timedatectl');
    expect(code).toBe(0);
  });

  it('fails when the disk is nearly full', async () => {
    const { of, code } = await doctor(
      {},
      { disk: { warnBytes: Number.MAX_SAFE_INTEGER, failBytes: Number.MAX_SAFE_INTEGER } },
    );
    expect(of('Dung lượng đĩa')?.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('runs as `npx dondoc doctor`: one line per check and the exit code', { timeout: 90_000 }, async () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'x');
    const bad = await runCli(['doctor'], { env: { DATA_DIR: join(blocker, 'data'), LOG_LEVEL: 'silent' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/\[ LỖI \] Thư mục dữ liệu: .* Cách sửa: /);
    expect(bad.stdout).toContain('[ OK ] Múi giờ: Asia/Ho_Chi_Minh');
    expect(bad.stdout).toContain('[ -- ] Telegram: chưa cấu hình');
    expect(bad.stdout).toMatch(/\[ LỖI \] Tệp minh chứng: không ghi được vào .* Cách sửa: /);
    expect(bad.stdout.trim().split('\n')).toHaveLength(11);
  });
});

async function initSheetHeaders(): Promise<Record<string, string[]>> {
  const { template } = await import('../support/sheets-fake/harness.js');
  return Object.fromEntries(template.tabs.map((tab) => [tab.name, tab.columns.map((c) => c.header)]));
}
