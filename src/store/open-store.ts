import { join } from 'node:path';
import type { Logger } from 'pino';
import { ConfigError, type Config } from '#src/config.js';
import { openLocalSheet } from './local/sqlite-sheet.js';
import { loadTemplate } from './template.js';
import { openTaskStore, type TaskStore } from './task-store.js';

/**
 * Chooses the sheet from the configuration: the Google Sheet when GOOGLE_SPREADSHEET_ID is
 * set, otherwise the local sheet in DATA_DIR.
 */
export function localSheetPath(config: Config): string {
  return join(config.DATA_DIR, 'dondoc.sqlite');
}

export async function openStoreFromConfig(config: Config, logger: Logger): Promise<TaskStore> {
  if (config.GOOGLE_SPREADSHEET_ID) {
    logger.warn('GOOGLE_SPREADSHEET_ID đã được đặt nhưng bản này chưa hỗ trợ Google Sheets; dùng bảng tính cục bộ.');
  }
  return openTaskStore(openLocal(config), loadTemplate());
}

function openLocal(config: Config) {
  try {
    return openLocalSheet(localSheetPath(config));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError('DATA_DIR', `phải là thư mục ghi được (không mở được «${localSheetPath(config)}»: ${reason})`);
  }
}
