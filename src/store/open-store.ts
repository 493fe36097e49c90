import { join } from 'node:path';
import type { Logger } from 'pino';
import { ConfigError, type Config } from '#src/config.js';
import { systemClock, type Clock } from '#src/domain/clock.js';
import { openLocalSheet } from './local/sqlite-sheet.js';
import { openOutbox } from './outbox.js';
import { loadTemplate } from './template.js';
import { openTaskStore, type TaskStore, type TaskStoreOptions } from './task-store.js';

/**
 * Chooses the sheet from the configuration: the Google Sheet when GOOGLE_SPREADSHEET_ID is
 * set, otherwise the local sheet in DATA_DIR.
 */
export function localSheetPath(config: Config): string {
  return join(config.DATA_DIR, 'dondoc.sqlite');
}

/** Status updates waiting for the Google Sheet; kept beside the local data so they survive restarts. */
export function outboxPath(config: Config): string {
  return join(config.DATA_DIR, 'outbox.sqlite');
}

export async function openStoreFromConfig(
  config: Config,
  logger: Logger,
  options: TaskStoreOptions = {},
  clock: Clock = systemClock(config.TZ),
  /** The Google client's HTTP layer (health and metrics observe calls through it). */
  connection: { fetch?: typeof fetch } = {},
): Promise<TaskStore> {
  if (config.GOOGLE_SPREADSHEET_ID)
    return openGoogleStore(config, config.GOOGLE_SPREADSHEET_ID, logger, options, clock, connection);
  return openTaskStore(openLocal(config), loadTemplate(), { logger, ...options });
}

async function openGoogleStore(
  config: Config,
  spreadsheetId: string,
  logger: Logger,
  options: TaskStoreOptions,
  clock: Clock,
  connection: { fetch?: typeof fetch },
): Promise<TaskStore> {
  // Loaded only here: the local sheet never pays for googleapis.
  const { openGoogleSheetFromConfig, accessProblem } = await import('./google/from-config.js');
  const backend = openGoogleSheetFromConfig(config, connection);
  let outbox;
  try {
    outbox = openOutbox(outboxPath(config), spreadsheetId, { clock });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError('DATA_DIR', `phải là thư mục ghi được (không mở được «${outboxPath(config)}»: ${reason})`);
  }
  try {
    const template = loadTemplate();
    const copyPath = join(config.DATA_DIR, 'sheet-copy.json');
    const store = await openTaskStore(backend, template, { outbox, logger, ensureTabs: false, copyPath, ...options });
    if (store.snapshot().problems.some((p) => p.startsWith('Bảng tính chưa có trang'))) {
      logger.warn('Bảng tính Google chưa đủ các trang theo mẫu: chạy «npx dondoc sheet init» để tạo.');
    }
    const { pending } = store.writeQueue();
    if (pending > 0) logger.info({ pending }, 'Còn thay đổi chưa ghi vào bảng tính từ lần chạy trước; đang gửi.');
    return store;
  } catch (error) {
    outbox.close();
    const problem = accessProblem(error, backend.clients);
    throw problem ? new Error(problem) : error;
  }
}

function openLocal(config: Config) {
  try {
    return openLocalSheet(localSheetPath(config));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      'DATA_DIR',
      `phải là thư mục ghi được (không mở được «${localSheetPath(config)}»: ${reason})`,
    );
  }
}
