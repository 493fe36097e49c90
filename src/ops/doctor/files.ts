import type { Config } from '#src/config.js';
import { openFileStoreFromConfig } from '#src/store/open-files.js';
import { fail, ok, type CheckResult } from './check.js';

/**
 * Where evidence files go (issue #17): the Drive folder of GOOGLE_DRIVE_FOLDER_ID can be opened
 * by the service account (one files.get, nothing written), or DATA_DIR/files/minh-chung/ is
 * writable.
 */
export async function checkEvidenceFiles(config: Config): Promise<CheckResult> {
  const name = 'Tệp minh chứng';
  try {
    const files = await openFileStoreFromConfig(config);
    const result = await files.check();
    if (result.ok) return ok(name, result.detail);
    return fail(
      name,
      result.detail,
      files.kind === 'drive'
        ? 'tạo thư mục trong một Drive dùng chung, chia sẻ cho tài khoản dịch vụ (client_email của tệp khóa) với quyền Người quản lý nội dung, rồi đặt mã thư mục vào GOOGLE_DRIVE_FOLDER_ID; hoặc để trống biến này để lưu tệp trên máy chủ.'
        : 'cho người dùng chạy bot quyền ghi vào thư mục dữ liệu (DATA_DIR).',
    );
  } catch (error) {
    return fail(
      name,
      `không mở được nơi lưu tệp minh chứng: ${error instanceof Error ? error.message : String(error)}`,
      'kiểm tra GOOGLE_DRIVE_FOLDER_ID và GOOGLE_APPLICATION_CREDENTIALS.',
    );
  }
}
