import { describeSheetStatus } from '#src/store/sheet-error.js';
import type { OutboxReading } from './metrics.js';

/**
 * What /healthz answers: healthy while the store answers and the outbox drains. Google's
 * side is judged from the calls the bot makes anyway (never an extra call per probe): the
 * last call that failed in a way waiting does not fix, until one goes through.
 */
export interface GoogleCallTracker {
  /** Feed every Google API call's status (undefined: no answer). */
  record(status: number | undefined): void;
  /** Why Google is failing now (Vietnamese), or null. */
  problem(): string | null;
}

export function trackGoogleCalls(): GoogleCallTracker {
  let problem: string | null = null;
  return {
    record(status) {
      if (status !== undefined && status >= 200 && status < 300) problem = null;
      else if (status === undefined || status >= 500 || status === 401 || status === 403 || status === 404) {
        problem = describeSheetStatus(status, status === undefined);
      }
    },
    problem: () => problem,
  };
}

export interface HealthSources {
  /** Why the store does not answer as it should (Vietnamese); empty when it does. */
  store(): Promise<string[]>;
  outbox(): OutboxReading;
  /** A change waiting longer than this means the outbox does not drain. */
  outboxStallSeconds: number;
}

export interface HealthReport {
  healthy: boolean;
  /** Vietnamese, one per problem; empty when healthy. */
  reasons: string[];
}

export async function checkHealth(sources: HealthSources): Promise<HealthReport> {
  const reasons: string[] = [];
  try {
    reasons.push(...(await sources.store()));
  } catch (error) {
    reasons.push(`Kho dữ liệu không trả lời (${error instanceof Error ? error.message : String(error)}).`);
  }
  const outbox = sources.outbox();
  if (outbox.depth > 0 && outbox.oldestAgeSeconds > sources.outboxStallSeconds) {
    reasons.push(
      `${outbox.depth} thay đổi chờ ghi vào bảng tính, lâu nhất đã ${Math.round(outbox.oldestAgeSeconds / 60)} phút.`,
    );
  }
  return { healthy: reasons.length === 0, reasons };
}
