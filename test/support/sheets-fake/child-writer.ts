import { createInterface } from 'node:readline';
import { DateTime } from 'luxon';
import { openGoogleSheet } from '#src/store/google/google-sheet.js';
import { openOutbox } from '#src/store/outbox.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore } from '#src/store/task-store.js';

/**
 * A bot process for the crash test: opens the Google store on the fake named in its
 * environment, says "ready", and on each input line "<id> <status>" queues that status
 * update and prints the result. The parent kills it with SIGKILL whenever it likes.
 */
const env = (name: string) => process.env[name] ?? '';
const store = await openTaskStore(
  openGoogleSheet({
    spreadsheetId: env('FAKE_SPREADSHEET_ID'),
    apiRoot: env('FAKE_URL'),
    apiKey: env('FAKE_KEY'),
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 },
  }),
  loadTemplate(),
  {
    outbox: openOutbox(`${env('DATA_DIR')}/outbox.sqlite`, env('FAKE_SPREADSHEET_ID')),
    ensureTabs: false,
    refreshIntervalMs: 0,
    ackTimeoutMs: 30,
    drain: { minIntervalMs: 0, retryBaseMs: 5, retryMaxMs: 20 },
  },
);
process.stdout.write('ready\n');
const at = DateTime.fromISO('2024-05-10T09:30:00', { zone: 'Asia/Ho_Chi_Minh' });
for await (const line of createInterface({ input: process.stdin })) {
  const [id = '', status = 'done'] = line.trim().split(' ');
  const result = await store.updateTask({
    id,
    fields: { status: status as 'done' },
    origin: { by: 'child', channel: 'console', message: line, at },
  });
  process.stdout.write(`${id} ${result.status}\n`);
}
