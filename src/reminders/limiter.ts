import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

/**
 * The send queue between the planner and the notifier, so a weekly fan-out never meets a
 * 429: per channel, sends are spaced to stay under Telegram's ~30 messages a second; per
 * group chat at most 20 in any minute; per private chat one a second; sends to one chat go
 * one after another. The clock is injected so tests and the benchmark run in virtual time.
 */
/**
 * A monotonic timer that can also wait, not the wall `Clock` (src/domain/clock.ts): spacing
 * sends needs elapsed milliseconds and sleep, never the date.
 */
export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: LimiterClock = { now: () => performance.now(), sleep: (ms) => sleep(ms) };

/** Time that moves only when the limiter waits: a fan-out of minutes runs in milliseconds. */
export function virtualClock(start = 0): LimiterClock {
  let now = start;
  return {
    now: () => now,
    async sleep(ms) {
      now += Math.max(0, ms);
      await Promise.resolve();
    },
  };
}

export interface RateLimits {
  /** Minimum gap between two sends on one channel. */
  channelGapMs: number;
  groupPerMinute: number;
  privateGapMs: number;
  maxInFlight: number;
  /** Attempts of a send answered "too many requests" (after waiting what it asks). */
  attempts: number;
}

// 34 ms ≈ 29.4 a second: a whisker under the documented 30.
export const TELEGRAM_LIMITS: RateLimits = {
  channelGapMs: 34,
  groupPerMinute: 20,
  privateGapMs: 1000,
  maxInFlight: 16,
  attempts: 3,
};

export interface SendJob {
  channel: string;
  chat: string;
  group: boolean;
  run(): Promise<void>;
}

export interface SendQueue {
  /** Resolves when the job was sent; rejects with its last error. */
  send(job: SendJob): Promise<void>;
  /** Every send's start, in clock time (for the benchmark and tests). */
  readonly starts: Array<{ channel: string; chat: string; at: number }>;
}

// grammy's GrammyError carries parameters.retry_after; other adapters may say retryAfter (seconds).
const RetryAfter = z.union([
  z.object({ parameters: z.object({ retry_after: z.number() }) }).transform((e) => e.parameters.retry_after),
  z.object({ retryAfter: z.number() }).transform((e) => e.retryAfter),
]);
export const retryAfterMs = (error: unknown): number | null => {
  const parsed = RetryAfter.safeParse(error);
  return parsed.success ? parsed.data * 1000 : null;
};

interface Pending {
  job: SendJob;
  attempts: number;
  notBefore: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createSendQueue(options: { limits?: Partial<RateLimits>; clock?: LimiterClock } = {}): SendQueue {
  const limits: RateLimits = { ...TELEGRAM_LIMITS, ...options.limits };
  const clock = options.clock ?? realClock;
  const queues = new Map<string, Pending[]>();
  const history = new Map<string, number[]>();
  const channelLast = new Map<string, number>();
  const busy = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const starts: SendQueue['starts'] = [];
  let pumping = false;

  const chatKey = (job: SendJob) => `${job.channel}:${job.chat}`;
  const readyAt = (key: string, p: Pending): number => {
    const times = history.get(key) ?? [];
    let at = Math.max(p.notBefore, (channelLast.get(p.job.channel) ?? -Infinity) + limits.channelGapMs);
    const last = times[times.length - 1];
    if (last !== undefined) at = Math.max(at, last + limits.privateGapMs * (p.job.group ? 0 : 1));
    if (p.job.group && times.length >= limits.groupPerMinute)
      at = Math.max(at, (times[times.length - limits.groupPerMinute] ?? 0) + 60_000);
    return at;
  };

  const start = (key: string, p: Pending) => {
    const at = clock.now();
    starts.push({ channel: p.job.channel, chat: p.job.chat, at });
    channelLast.set(p.job.channel, at);
    const times = history.get(key) ?? [];
    times.push(at);
    if (times.length > limits.groupPerMinute) times.shift();
    history.set(key, times);
    busy.add(key);
    const running: Promise<void> = p.job
      .run()
      .then(
        () => p.resolve(),
        (error: unknown) => {
          const wait = retryAfterMs(error);
          if (wait === null || p.attempts + 1 >= limits.attempts) return p.reject(error);
          const list = queues.get(key) ?? [];
          list.unshift({ ...p, attempts: p.attempts + 1, notBefore: clock.now() + wait });
          queues.set(key, list);
        },
      )
      .finally(() => {
        busy.delete(key);
        inFlight.delete(running);
      });
    inFlight.add(running);
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        let best: { key: string; p: Pending; at: number } | null = null;
        for (const [key, list] of queues) {
          const p = list[0];
          if (!p) {
            queues.delete(key);
            continue;
          }
          if (busy.has(key)) continue;
          const at = readyAt(key, p);
          if (!best || at < best.at) best = { key, p, at };
        }
        if (!best || inFlight.size >= limits.maxInFlight) {
          if (inFlight.size === 0) {
            if (queues.size === 0) return;
            continue;
          }
          await Promise.race(inFlight);
          continue;
        }
        const wait = best.at - clock.now();
        if (wait > 0) {
          await clock.sleep(wait);
          continue; // something may have finished meanwhile: choose again
        }
        queues.get(best.key)?.shift();
        start(best.key, best.p);
      }
    } finally {
      pumping = false;
    }
  };

  return {
    starts,
    send(job) {
      return new Promise<void>((resolve, reject) => {
        const key = chatKey(job);
        const list = queues.get(key) ?? [];
        list.push({ job, attempts: 0, notBefore: -Infinity, resolve, reject });
        queues.set(key, list);
        void pump();
      });
    },
  };
}
