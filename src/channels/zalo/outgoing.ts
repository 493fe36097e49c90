import type { Logger } from 'pino';
import type { Reply } from '#src/chat/reply.js';
import { renderPlain } from '#src/chat/plain-text.js';
import { describeError } from '#src/domain/errors.js';
import { ZaloApiError, type ZaloApi } from './api.js';
import { delayAfter, sleep, type Backoff } from './backoff.js';
import { splitText } from './split.js';

/** Sending to Zalo: plain text with numbered choices, cut into messages Zalo accepts. */
export interface ZaloOutgoing {
  /** Renders and sends a reply, in as many messages as it takes. */
  sendReply(chatId: string, reply: Reply): Promise<void>;
  sendText(chatId: string, text: string): Promise<void>;
  /** "typing…" while the answer is prepared; a failure costs nothing. */
  typing(chatId: string): Promise<void>;
}

/** A send refused for flooding or lost to the network is tried again, a few times only. */
const SEND_ATTEMPTS = 3;

export function createOutgoing(api: ZaloApi, logger: Logger, backoff: Backoff): ZaloOutgoing {
  const sendOne = async (chatId: string, text: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await api.sendMessage(chatId, text);
        return;
      } catch (error) {
        if (!(error instanceof ZaloApiError) || !error.retryable || attempt >= SEND_ATTEMPTS) throw error;
        logger.info({ chatId, attempt, error: error.message }, 'Zalo chưa nhận tin gửi đi; sẽ thử lại.');
        await sleep(delayAfter(attempt, backoff));
      }
    }
  };
  const sendText = async (chatId: string, text: string) => {
    const pieces = splitText(text);
    if (pieces.length === 0) {
      logger.debug({ chatId }, 'Câu trả lời rỗng, không gửi gì qua Zalo.');
      return;
    }
    for (const piece of pieces) await sendOne(chatId, piece);
  };
  return {
    sendText,
    sendReply: (chatId, reply) => sendText(chatId, renderPlain(reply)),
    async typing(chatId) {
      try {
        await api.sendChatAction(chatId, 'typing');
      } catch (error) {
        logger.debug({ chatId, error: describeError(error) }, 'Không gửi được trạng thái đang gõ qua Zalo.');
      }
    },
  };
}
