import type { Config } from '#src/config.js';
import { BackupError, restoreBackup, takeBackup } from '#src/ops/backup.js';
import { formatBytes } from '#src/ops/doctor/local.js';

/** `dondoc backup [--out <thư mục>]`: a consistent copy of the bot's state, while it runs or not. */
export async function runBackupCommand(config: Config, options: { out?: string }): Promise<number> {
  try {
    const { folder, manifest } = await takeBackup(config, options.out ? { out: options.out } : {});
    const files = manifest.files.map((f) => `${f.name} (${formatBytes(f.bytes)})`).join(', ');
    process.stdout.write(`Đã sao lưu vào thư mục «${folder}»: ${files}. Khôi phục: npx dondoc restore ${folder}\n`);
    if (manifest.spreadsheet) {
      process.stdout.write(
        'Bảng tính Google không nằm trong bản sao lưu: Google tự giữ lịch sử phiên bản (Tệp › Nhật ký phiên bản).\n',
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  }
}

/** `dondoc restore <thư mục>`: puts a backup back while the bot is stopped. */
export async function runRestoreCommand(config: Config, folder: string | undefined): Promise<number> {
  if (!folder) {
    process.stderr.write('Dùng: dondoc restore <thư mục sao lưu>\n');
    return 2;
  }
  try {
    const { manifest, previous } = restoreBackup(config, folder);
    process.stdout.write(
      `Đã khôi phục bản sao lưu lúc ${manifest.createdAt} vào «${config.DATA_DIR}» (${manifest.files.map((f) => f.name).join(', ')}).` +
        `${previous ? ` Dữ liệu cũ được chuyển sang «${previous}».` : ''} Giờ có thể khởi động lại bot.\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof BackupError) return error.message;
  return `Lỗi: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')}`;
}
