import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, warn, type CheckResult } from './check.js';

/** The data folder can be created and written: state, queues and the local sheet live there. */
export function checkDataDir(dataDir: string): CheckResult {
  const name = 'Thư mục dữ liệu';
  const probe = join(dataDir, `.doctor-${process.pid}.tmp`);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(probe, 'dondoc doctor\n');
    rmSync(probe, { force: true });
    return ok(name, `ghi được vào «${dataDir}».`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail(
      name,
      `không ghi được vào «${dataDir}» (${typeof code === 'string' ? code : 'lỗi không rõ'}).`,
      `tạo thư mục và cho người dùng chạy bot quyền ghi (ví dụ «sudo chown -R dondoc: ${dataDir}»), hoặc đặt DATA_DIR là một thư mục ghi được.`,
    );
  }
}

/** An IANA zone name that this Node.js knows. */
export function checkTimeZone(zone: string | undefined): CheckResult {
  const name = 'Múi giờ';
  const value = zone?.trim() || 'Asia/Ho_Chi_Minh';
  try {
    const now = new Intl.DateTimeFormat('vi-VN', {
      timeZone: value,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(new Date());
    return ok(name, `${value} (bây giờ là ${now}).`);
  } catch {
    return fail(
      name,
      `«${value}» không phải tên múi giờ hợp lệ.`,
      'đặt TZ=Asia/Ho_Chi_Minh (hoặc một tên múi giờ IANA khác) trong tệp .env.',
    );
  }
}

export interface DiskLimits {
  /** Below this, a warning. */
  warnBytes: number;
  /** Below this, a failure: SQLite cannot commit an update on a full disk. */
  failBytes: number;
}

export const DEFAULT_DISK_LIMITS: DiskLimits = { warnBytes: 1024 ** 3, failBytes: 100 * 1024 ** 2 };

export function checkDiskSpace(dataDir: string, limits: DiskLimits = DEFAULT_DISK_LIMITS): CheckResult {
  const name = 'Dung lượng đĩa';
  let free: number;
  try {
    const stats = statfsSync(dataDir);
    free = stats.bavail * stats.bsize;
  } catch {
    return warn(
      name,
      `không đo được dung lượng trống ở «${dataDir}».`,
      'kiểm tra thư mục dữ liệu (dòng «Thư mục dữ liệu» ở trên).',
    );
  }
  const text = `còn trống ${formatBytes(free)} ở «${dataDir}»`;
  const fix = 'xóa bớt tệp cũ (bản sao lưu cũ, nhật ký) hoặc mở rộng ổ đĩa.';
  if (free < limits.failBytes) return fail(name, `${text}, quá ít để bot ghi dữ liệu.`, fix);
  if (free < limits.warnBytes) return warn(name, `${text}, sắp hết.`, fix);
  return ok(name, `${text}.`);
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: unit >= 3 ? 1 : 0 })} ${units[unit]}`;
}

/**
 * The machine's clock against a server's Date header (Telegram's, or Zalo's): reminders go
 * out by this clock, and Google refuses a service account's tokens when it is far off.
 */
export function checkClock(server: { name: string; date: Date } | null, now: Date, toleranceMs = 60_000): CheckResult {
  const name = 'Đồng hồ máy chủ';
  if (!server)
    return warn(
      name,
      'không có máy chủ nào trả lời để so giờ.',
      'xem các dòng Telegram/Zalo ở trên; bật đồng bộ giờ (timedatectl set-ntp true).',
    );
  // The Date header has whole seconds: a skew under a second is noise.
  const skew = now.getTime() - server.date.getTime();
  const seconds = Math.round(Math.abs(skew) / 1000);
  if (Math.abs(skew) <= toleranceMs) return ok(name, `khớp với giờ của máy chủ ${server.name} (lệch ${seconds} giây).`);
  return warn(
    name,
    `lệch ${formatDuration(seconds)} so với máy chủ ${server.name} (máy này ${skew > 0 ? 'nhanh' : 'chậm'} hơn).`,
    'bật đồng bộ giờ: «sudo timedatectl set-ntp true» (hoặc cài chrony), rồi chạy lại doctor.',
  );
}

function formatDuration(seconds: number): string {
  if (seconds < 120) return `${seconds} giây`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} phút`;
  return `${Math.round(seconds / 3600)} giờ`;
}
