import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { describeSheetStatus, safeMessage, SheetCallError } from '../sheet-error.js';

/**
 * Our own retry loop instead of gaxios' (which retries only GET/PUT, has no jitter and a
 * fixed one-second scale): exponential backoff with full jitter on 429, 408, 5xx and
 * calls that got no answer. Delays are options so tests run in milliseconds.
 */
export interface RetryOptions {
  /** Attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 6, baseDelayMs: 500, maxDelayMs: 32_000 };

/** The parts of a GaxiosError we look at; anything else is not an HTTP failure. */
const HttpFailure = z.object({
  status: z.number().optional(),
  response: z.object({ status: z.number() }).optional(),
  code: z.union([z.string(), z.number()]).optional(),
  config: z.object({}).passthrough(),
});

export function statusOf(error: unknown): number | undefined {
  if (error instanceof SheetCallError) return error.status;
  const parsed = HttpFailure.safeParse(error);
  if (!parsed.success) return undefined;
  return parsed.data.response?.status ?? parsed.data.status;
}

/** True for an HTTP call that failed without any answer (refused, reset, timed out). */
function noAnswer(error: unknown): boolean {
  if (error instanceof SheetCallError) return error.noAnswer;
  const parsed = HttpFailure.safeParse(error);
  return parsed.success && statusOf(error) === undefined;
}

export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return noAnswer(error);
  return status === 429 || status === 408 || status >= 500;
}

/** Whether a failed write may nevertheless have been carried out by the server. */
export function mayHaveApplied(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429 || status === 408) return false;
  if (status === undefined) {
    const code = error instanceof SheetCallError ? error.code : HttpFailure.safeParse(error).data?.code;
    return code !== 'ECONNREFUSED';
  }
  return status >= 500;
}

export function backoffDelay(attempt: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(Math.random() * ceiling);
}

/**
 * The one way an error leaves the Google client: failed requests name their URL (with an API
 * key, the key sits in its query) and carry the request's headers, so only a sanitised
 * message, the status and the network code go on, with a Vietnamese description for people.
 */
export function sanitizeGoogleError(error: unknown): SheetCallError {
  if (error instanceof SheetCallError) return error;
  const parsed = HttpFailure.safeParse(error);
  const status = statusOf(error);
  const unanswered = parsed.success && status === undefined;
  const code = parsed.success && parsed.data.code !== undefined ? String(parsed.data.code) : undefined;
  return new SheetCallError(safeMessage(error), describeSheetStatus(status, unanswered), status, code, unanswered);
}

/** Calls `fn` until it succeeds or fails in a way a retry cannot fix. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.retries || !isRetryable(error)) throw error;
      await sleep(backoffDelay(attempt, options));
    }
  }
}

export { sleep };
