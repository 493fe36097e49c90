import { HttpError } from 'grammy';
import type { Logger } from 'pino';
import { describeError } from '#src/domain/errors.js';
import type { Transformer } from './types.js';

/** What the bot sends to people: worth a few more tries when the network drops a call. */
const SENDS = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'editMessageText', 'answerCallbackQuery']);
export const NETWORK_RETRY_DELAYS_MS = [500, 1_500, 4_000];

/**
 * A reply whose call got no answer at all (reset, refused, timed out: grammY's HttpError)
 * is sent again a few times with a growing pause, instead of being lost. Telegram's own
 * answers (flood limits, 5xx) are auto-retry's business. A reply Telegram did receive but
 * whose answer was lost may then show twice: better twice than never.
 */
export function networkRetry(logger: Logger, delaysMs: readonly number[] = NETWORK_RETRY_DELAYS_MS): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const delay = delaysMs[attempt];
        if (!(error instanceof HttpError) || !SENDS.has(method) || delay === undefined || signal?.aborted) throw error;
        logger.info(
          { method, attempt: attempt + 1, error: describeError(error) },
          'Telegram không phản hồi khi gửi tin; sẽ gửi lại.',
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
