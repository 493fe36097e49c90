/**
 * One line of `dondoc doctor`: what was checked, how it went, and for a failure or a warning
 * the fix, all in Vietnamese for the person installing the bot.
 */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  status: CheckStatus;
  /** The part checked: «Telegram», «Bảng tính Google», … */
  name: string;
  /** What was found. */
  detail: string;
  /** What to do about it (failures and warnings). */
  fix?: string;
}

export const ok = (name: string, detail: string): CheckResult => ({ status: 'ok', name, detail });
export const skip = (name: string, detail: string): CheckResult => ({ status: 'skip', name, detail });
export const fail = (name: string, detail: string, fix: string): CheckResult => ({ status: 'fail', name, detail, fix });
export const warn = (name: string, detail: string, fix: string): CheckResult => ({ status: 'warn', name, detail, fix });

const MARK: Record<CheckStatus, string> = { ok: '[ OK ]', warn: '[CHÚ Ý]', fail: '[ LỖI ]', skip: '[ -- ]' };

/** One line per check; the fix follows on the same line. */
export function formatCheck(check: CheckResult): string {
  const line = `${MARK[check.status]} ${check.name}: ${check.detail}`.replace(/\s*\n\s*/g, ' ');
  return check.fix ? `${line} Cách sửa: ${check.fix.replace(/\s*\n\s*/g, ' ')}` : line;
}

/** Exit code of the doctor: 0 only when no check failed (warnings are shown but pass). */
export function exitCodeOf(checks: readonly CheckResult[]): number {
  return checks.some((check) => check.status === 'fail') ? 1 : 0;
}
