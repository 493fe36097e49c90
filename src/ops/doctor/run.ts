import { ConfigError, createConfig, type Config } from '#src/config.js';
import { loadTemplate } from '#src/store/template.js';
import { fail, ok, skip, type CheckResult } from './check.js';
import { checkGoogleSheet } from './google.js';
import { checkEvidenceFiles } from './files.js';
import {
  checkClock,
  checkDataDir,
  checkDiskSpace,
  checkTimeZone,
  DEFAULT_DISK_LIMITS,
  type DiskLimits,
} from './local.js';
import { probeTelegram } from './telegram.js';
import { probeZalo } from './zalo.js';

export interface DoctorOptions {
  /** The machine's clock (tests shift it). */
  now?: () => Date;
  disk?: DiskLimits;
}

/**
 * `dondoc doctor`: every configured part, checked in order, one result per line. A wrong
 * configuration does not stop it: that is a failing line, and the checks that need no
 * configuration (time zone, data folder, disk) still run.
 */
export async function runDoctor(
  env: Record<string, string | undefined>,
  options: DoctorOptions = {},
): Promise<CheckResult[]> {
  const now = options.now ?? (() => new Date());
  const checks: CheckResult[] = [];
  let config: Config | null = null;
  try {
    config = createConfig(env);
    checks.push(ok('Cấu hình', 'các biến môi trường hợp lệ.'));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    checks.push(fail('Cấu hình', error.message, `sửa ${error.variable} trong tệp .env (xem .env.example).`));
  }
  checks.push(checkTimeZone(env.TZ));
  const dataDir = config?.DATA_DIR ?? (env.DATA_DIR?.trim() || 'data');
  const dataDirCheck = checkDataDir(dataDir);
  checks.push(dataDirCheck);
  checks.push(checkDiskSpace(dataDirCheck.status === 'ok' ? dataDir : '.', options.disk ?? DEFAULT_DISK_LIMITS));
  if (!config) return checks;

  let serverDate: { name: string; date: Date } | null = null;
  if (config.TELEGRAM_BOT_TOKEN) {
    const probe = await probeTelegram(
      { token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, webhookUrl: config.TELEGRAM_WEBHOOK_URL },
      now(),
    );
    checks.push(...probe.checks);
    if (probe.serverDate) serverDate = { name: 'Telegram', date: probe.serverDate };
  } else {
    checks.push(skip('Telegram', 'chưa cấu hình (TELEGRAM_BOT_TOKEN trống).'));
  }
  if (config.ZALO_BOT_TOKEN) {
    const probe = await probeZalo({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT });
    checks.push(...probe.checks);
    if (!serverDate && probe.serverDate) serverDate = { name: 'Zalo', date: probe.serverDate };
  } else {
    checks.push(skip('Zalo', 'chưa cấu hình (ZALO_BOT_TOKEN trống).'));
  }
  checks.push(...(await checkGoogleSheet(config, loadTemplate())));
  checks.push(await checkEvidenceFiles(config));
  checks.push(
    serverDate || config.TELEGRAM_BOT_TOKEN || config.ZALO_BOT_TOKEN
      ? checkClock(serverDate, now())
      : skip('Đồng hồ máy chủ', 'không so được (chưa cấu hình Telegram hay Zalo).'),
  );
  return checks;
}
