import type { Logger } from 'pino';
import { schedule } from 'node-cron';
import type { Config } from '#src/config.js';
import { defaultBackupDir, pruneBackups, takeBackup } from './backup.js';

/**
 * BACKUP_CRON: a backup into DATA_DIR/backups at those times (in TZ), keeping the newest
 * BACKUP_KEEP. A failed backup is a log line; the bot goes on.
 */
export function startBackupSchedule(config: Config, logger: Logger): { stop(): Promise<void> } | null {
  const expression = config.BACKUP_CRON;
  if (!expression) return null;
  const task = schedule(
    expression,
    async () => {
      try {
        const { folder } = await takeBackup(config);
        const removed = pruneBackups(defaultBackupDir(config), config.BACKUP_KEEP);
        logger.info({ folder, removed: removed.length }, 'Đã sao lưu dữ liệu của bot.');
      } catch (error) {
        logger.error(
          { error: error instanceof Error ? error.message : String(error) },
          'Sao lưu tự động không thành công.',
        );
      }
    },
    { timezone: config.TZ, name: 'dondoc-backup', noOverlap: true },
  );
  logger.info(
    `Sao lưu tự động: lịch «${expression}» (${config.TZ}), giữ ${config.BACKUP_KEEP} bản trong ${defaultBackupDir(config)}.`,
  );
  return { stop: async () => void (await task.stop()) };
}
