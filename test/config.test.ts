import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '#src/config.js';

describe('configuration', () => {
  it('runs on defaults with an empty environment', () => {
    const config = createConfig({});
    expect(config.DATA_DIR).toBe('data');
    expect(config.TZ).toBe('Asia/Ho_Chi_Minh');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('treats empty values as unset, as .env.example leaves them', () => {
    const config = createConfig({ TELEGRAM_BOT_TOKEN: '', GOOGLE_SPREADSHEET_ID: '  ', DATA_DIR: '' });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.GOOGLE_SPREADSHEET_ID).toBeUndefined();
    expect(config.DATA_DIR).toBe('data');
  });

  it('accepts a well-formed Telegram token', () => {
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    expect(createConfig({ TELEGRAM_BOT_TOKEN: token }).TELEGRAM_BOT_TOKEN).toBe(token);
  });

  it.each([
    ['TELEGRAM_BOT_TOKEN', 'abc'],
    ['TELEGRAM_API_ROOT', 'not a url'],
    ['ZALO_BOT_TOKEN', 'xyz'],
    ['GOOGLE_SPREADSHEET_ID', 'short'],
    ['GOOGLE_APPLICATION_CREDENTIALS', '/nonexistent/key.json'],
    ['TZ', 'Mars/Olympus'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when its value is wrong', (variable, value) => {
    let error: unknown;
    try {
      createConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('reads EXTENSION_LIMIT (default 2, 0 for coordinators only) and names it when it is not a count', () => {
    expect(createConfig({}).EXTENSION_LIMIT).toBe(2);
    expect(createConfig({ EXTENSION_LIMIT: '0' }).EXTENSION_LIMIT).toBe(0);
    expect(createConfig({ EXTENSION_LIMIT: ' 3 ' }).EXTENSION_LIMIT).toBe(3);
    for (const value of ['hai', '-1', '1.5', '21']) {
      expect(() => createConfig({ EXTENSION_LIMIT: value })).toThrow(
        'Cấu hình sai: EXTENSION_LIMIT phải là số lần gia hạn tối đa mà đầu mối được đề nghị cho một nhiệm vụ (0–20), ví dụ 2.',
      );
    }
  });

  it('asks for credentials when a spreadsheet id is set alone', () => {
    expect(() => createConfig({ GOOGLE_SPREADSHEET_ID: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms' })).toThrow(
      /GOOGLE_APPLICATION_CREDENTIALS/,
    );
    const config = createConfig({
      GOOGLE_SPREADSHEET_ID: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
      GOOGLE_API_ROOT: 'http://127.0.0.1:9999',
      GOOGLE_API_KEY: 'test-key',
    });
    expect(config.GOOGLE_API_ROOT).toBe('http://127.0.0.1:9999');
  });

  it('checks GOOGLE_DRIVE_FOLDER_ID: a folder id, uploaded with the service account', () => {
    expect(() => createConfig({ GOOGLE_DRIVE_FOLDER_ID: 'drive.google.com/drive/folders/x' })).toThrow(
      /GOOGLE_DRIVE_FOLDER_ID phải là mã thư mục/,
    );
    expect(() => createConfig({ GOOGLE_DRIVE_FOLDER_ID: '1AbCdEfGhIjKlMnOp' })).toThrow(
      /GOOGLE_APPLICATION_CREDENTIALS cần khi đã đặt GOOGLE_DRIVE_FOLDER_ID/,
    );
    const config = createConfig({
      GOOGLE_DRIVE_FOLDER_ID: '1AbCdEfGhIjKlMnOp',
      GOOGLE_API_ROOT: 'http://127.0.0.1:9999',
      GOOGLE_API_KEY: 'test-key',
    });
    expect(config.GOOGLE_DRIVE_FOLDER_ID).toBe('1AbCdEfGhIjKlMnOp');
  });
});
