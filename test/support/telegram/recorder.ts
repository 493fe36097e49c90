import type { Transformer } from '#src/channels/telegram/types.js';
import type { Update } from '#src/channels/telegram/types.js';
import { BOT_INFO } from './updates.js';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface Recorder {
  calls: ApiCall[];
  /** Installed closest to the network: records every call, answers with fake successes. */
  transformer: Transformer;
  /** Calls of one method, in order. */
  of(method: string): ApiCall[];
  /** Resolves with the first call after `from` that matches (integration tests over HTTP). */
  waitFor(predicate: (call: ApiCall) => boolean, from?: number): Promise<ApiCall>;
  clear(): void;
  /** Fake long polling: the next getUpdates returns this update (it waits until one comes). */
  deliver(update: Update): void;
}

export interface RecorderOptions {
  /** false: pass every call through to the real (test) server and only observe it. */
  fake?: boolean;
  /** Methods answered with a Telegram error, as telegram-test-api does for methods it lacks. */
  failing?: string[];
}

/**
 * grammY's recommended way to test a bot: an API transformer that sees every outgoing call.
 * With `fake`, nothing leaves the process: sendMessage gets a message back, the rest `true`.
 */
export function recorder(options: RecorderOptions = {}): Recorder {
  const fake = options.fake ?? true;
  const calls: ApiCall[] = [];
  const waiters: Array<{ predicate: (call: ApiCall) => boolean; from: number; resolve: (call: ApiCall) => void }> = [];
  let messageId = 100;
  const pending: Update[] = [];
  let wake: (() => void) | undefined;
  const record = (call: ApiCall) => {
    calls.push(call);
    const index = calls.length - 1;
    for (const waiter of [...waiters]) {
      if (index >= waiter.from && waiter.predicate(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  };
  // Transformers are generic over the method, so the fake answers, shaped per method
  // below, are cast (`as never`) to whichever response type the method expects.
  const transformer: Transformer = async (prev, method, payload, signal) => {
    const call = { method, payload: { ...(payload as Record<string, unknown>) } };
    if (options.failing?.includes(method)) {
      record(call);
      return { ok: false, error_code: 404, description: `Not Found: method ${method} is not supported` } as never;
    }
    if (!fake) {
      const result = await prev(method, payload, signal);
      if (method !== 'getUpdates') record(call);
      return result;
    }
    record(call);
    if (method === 'getMe') return { ok: true, result: BOT_INFO } as never;
    if (method === 'getUpdates') {
      // Long polling as Telegram does it: wait for an update, or for the runner to stop.
      if (pending.length === 0 && !signal?.aborted && call.payload.timeout !== 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          signal?.addEventListener('abort', () => resolve(), { once: true });
        });
      }
      if (signal?.aborted) throw new Error('aborted');
      return { ok: true, result: pending.splice(0) } as never;
    }
    if (method === 'sendMessage' || method === 'sendPhoto') {
      const chatId = Number(call.payload.chat_id);
      const result = {
        message_id: ++messageId,
        date: 0,
        chat: { id: chatId, type: chatId < 0 ? 'group' : 'private', title: 'Nhóm' },
        text: typeof call.payload.text === 'string' ? call.payload.text : '',
      };
      return { ok: true, result } as never;
    }
    return { ok: true, result: true } as never;
  };
  return {
    calls,
    transformer,
    of: (method) => calls.filter((call) => call.method === method),
    waitFor(predicate, from = 0) {
      const found = calls.slice(from).find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ predicate, from, resolve }));
    },
    clear: () => void calls.splice(0),
    deliver(update) {
      pending.push(update);
      wake?.();
      wake = undefined;
    },
  };
}
