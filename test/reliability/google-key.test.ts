import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '#src/logger.js';
import { runCli } from '../support/cli.js';
import { conversationFor } from '../support/conversation.js';
import { initSheet, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { startSheetsFake } from '../support/sheets-fake/server.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
useSheetsFake();
const KEY = 'AIzaSyD-very-secret-key-0123456789abcde';

/** Every log line the store and the conversation write, as JSON text. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger('trace', { destination }), lines };
}

function outboxRows(dir: string): string {
  const db = new Database(join(dir, 'outbox.sqlite'), { readonly: true });
  try {
    return JSON.stringify(db.prepare('SELECT * FROM outbox').all());
  } finally {
    db.close();
  }
}

describe('the Google API key (GOOGLE_API_KEY) when a write fails', () => {
  for (const failure of ['network', 'http'] as const) {
    it(`is in no log line, outbox row or reply, and people read Vietnamese (${failure} failure)`, async () => {
      const fake = await startSheetsFake(KEY);
      try {
        await initSheet(fake);
        const dir = tempDir();
        const seed = await openGoogleStore(fake, dir);
        await seed.addPlan({
          plan: DEMO_PLAN,
          tasks: [makeTask({ id: 'TN60-07', lead: ['Sở Tư pháp'] })],
          agencies: [],
        });
        await seed.close();

        const { logger, lines } = capturedLogger();
        const store = await openGoogleStore(fake, dir, {
          logger,
          ackTimeoutMs: 50,
          drain: { minIntervalMs: 0, retryBaseMs: 60_000, retryMaxMs: 60_000 },
        });
        const { ask, state } = conversationFor(store, dir);
        // Every cell write fails, past all retries.
        if (failure === 'network') fake.dropNext(1_000, { api: 'values.batchUpdate' });
        else fake.failNext(1_000, 500, { api: 'values.batchUpdate' });

        const lan = {
          role: { kind: 'focal', agency: 'Sở Tư pháp' },
          channel: 'telegram',
          userId: '101',
          name: 'Chị Lan',
        } as const;
        const update = await ask('TN60-07 đang làm 50%', lan);
        expect(update.text.toLowerCase()).toContain('cập nhật tn60-07');
        await vi.waitFor(() => expect(store.writeQueue().lastError).not.toBeNull(), { timeout: 10_000 });
        const check = await ask('/kiemtra');

        const everything = [...lines, outboxRows(dir), update.text, check.text].join('\n');
        expect(everything).not.toContain(KEY);
        expect(everything).not.toMatch(/key=(?!\[ẩn\])/);
        expect(check.text).toContain(
          failure === 'network' ? 'Không kết nối được Google Sheets' : 'Google Sheets đang gặp sự cố',
        );
        expect(check.text).not.toMatch(/request to|Internal error|http:\/\//);
        // The log still names the task the failed write was for.
        expect(lines.join('\n')).toContain('Chưa ghi được vào bảng tính');
        state.close();
        await store.close();
      } finally {
        await fake.close();
      }
    });
  }

  it('is not in what `dondoc sheet init` prints when Google refuses, which is Vietnamese', async () => {
    const fake = await startSheetsFake(KEY);
    try {
      fake.failNext(100, 400);
      const result = await runCli(['sheet', 'init'], {
        env: {
          DATA_DIR: tempDir(),
          GOOGLE_SPREADSHEET_ID: fake.spreadsheetId,
          GOOGLE_API_ROOT: fake.url,
          GOOGLE_API_KEY: KEY,
        },
      });
      expect(result.code).toBe(1);
      expect(`${result.stdout}${result.stderr}`).not.toContain(KEY);
      expect(result.stderr).toContain('Không thiết lập được bảng tính: Google Sheets từ chối yêu cầu (lỗi 400)');
    } finally {
      await fake.close();
    }
  });

  it('keeps task IDs readable in log lines', () => {
    const { logger, lines } = capturedLogger();
    logger.warn({ key: 'TN60-07', apiKey: KEY }, 'thử');
    expect(lines.join('')).toContain('"key":"TN60-07"');
    expect(lines.join('')).not.toContain(KEY);
  });
});
