import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openGoogleSheet, type GoogleSheet } from '#src/store/google/google-sheet.js';
import { openOutbox } from '#src/store/outbox.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore, type TaskStore, type TaskStoreOptions } from '#src/store/task-store.js';
import { startSheetsFake, type SheetsFake } from './server.js';

/** Millisecond delays so retry storms run fast; the logic under test is the same. */
export const FAST_RETRY = { retries: 8, baseDelayMs: 1, maxDelayMs: 4 };
export const FAST_DRAIN = { minIntervalMs: 0, retryBaseMs: 1, retryMaxMs: 5 };
export const template = loadTemplate();

/** A fresh fake per call, closed after the test. */
export function useSheetsFake(): () => Promise<SheetsFake> {
  const started: SheetsFake[] = [];
  afterEach(async () => {
    for (const fake of started.splice(0)) await fake.close();
  });
  return async () => {
    const fake = await startSheetsFake();
    started.push(fake);
    return fake;
  };
}

export function googleSheet(fake: SheetsFake): GoogleSheet {
  return openGoogleSheet({
    spreadsheetId: fake.spreadsheetId,
    apiRoot: fake.url,
    apiKey: fake.apiKey,
    retry: FAST_RETRY,
  });
}

/** The Google store as open-store.ts builds it, with test-speed timings. */
export async function openGoogleStore(
  fake: SheetsFake,
  dir: string,
  options: TaskStoreOptions = {},
): Promise<TaskStore> {
  return openTaskStore(googleSheet(fake), template, {
    outbox: openOutbox(join(dir, 'outbox.sqlite'), fake.spreadsheetId),
    ensureTabs: false,
    refreshIntervalMs: 0,
    drain: FAST_DRAIN,
    ackTimeoutMs: 20_000,
    ...options,
  });
}

/** `sheet init` on the fake. */
export async function initSheet(fake: SheetsFake) {
  const backend = googleSheet(fake);
  const report = await backend.ensureTabs(template);
  await backend.close();
  return report;
}

/** The log rows about one task, as the fake holds them. */
export function logRowsOf(fake: SheetsFake, taskId: string): string[][] {
  const [headers = [], ...rows] = fake.coordinator.rows('Nhật ký');
  const col = headers.indexOf('Mã');
  return rows.filter((row) => row[col] === taskId);
}
