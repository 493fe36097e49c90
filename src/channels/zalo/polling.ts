import type { Logger } from 'pino';
import { ZaloApiError, type ZaloApi } from './api.js';
import { delayAfter, sleep, type Backoff } from './backoff.js';
import { describe } from './handler.js';

export const UNAUTHORIZED =
  'Zalo từ chối mã bot (lỗi 401): ZALO_BOT_TOKEN sai hoặc đã bị thu hồi. Kênh Zalo ngừng nhận tin; hãy lấy mã mới trong Zalo Bot Manager rồi khởi động lại bot.';

export interface PollingOptions {
  api: ZaloApi;
  logger: Logger;
  handle(raw: unknown): Promise<void>;
  /** How long Zalo holds each getUpdates open when nothing arrives. */
  timeoutSeconds: number;
  backoff: Backoff;
}

export interface Polling {
  /** Resolves when polling has ended: stopped, or the token refused. */
  done: Promise<void>;
  /** Aborts the poll in flight and waits for the update in hand. */
  stop(): Promise<void>;
}

/**
 * Long polling, one getUpdates at a time: each answer carries at most one update, handled
 * before the next poll, so updates are handled in order and polls never overlap. An idle
 * poll (408) is followed by the next at once; flood limits (429), Zalo's failures and
 * network errors by a growing wait; a refused token (401) ends polling with one log line.
 */
export function startPolling(options: PollingOptions): Polling {
  const { api, logger, backoff } = options;
  const controller = new AbortController();
  const { signal } = controller;

  const loop = async () => {
    let failures = 0;
    while (!signal.aborted) {
      let update: unknown;
      try {
        update = await api.getUpdates(options.timeoutSeconds, { signal });
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof ZaloApiError && error.code === 408) continue;
        if (error instanceof ZaloApiError && error.code === 401) {
          logger.error(UNAUTHORIZED);
          break;
        }
        failures += 1;
        const waitMs = delayAfter(failures, backoff);
        // One warning per outage, not one per attempt.
        const log = failures === 1 ? logger.warn.bind(logger) : logger.debug.bind(logger);
        log({ error: describe(error), waitMs }, 'Chưa lấy được tin nhắn từ Zalo; sẽ thử lại.');
        await sleep(waitMs, signal);
        continue;
      }
      if (failures > 0) logger.info('Đã nhận tin nhắn từ Zalo trở lại.');
      failures = 0;
      // The update in hand is finished even when stop() comes meanwhile.
      if (!isEmpty(update)) await options.handle(update);
    }
  };

  const done = loop().catch((error: unknown) => {
    logger.error({ error: describe(error) }, 'Kênh Zalo ngừng nhận tin nhắn (long polling dừng).');
  });
  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}

/** An answer without an update (null, or an empty object): nothing to handle, nothing to warn about. */
function isEmpty(update: unknown): boolean {
  return (
    update === null ||
    update === undefined ||
    (typeof update === 'object' && !Array.isArray(update) && Object.keys(update).length === 0)
  );
}
