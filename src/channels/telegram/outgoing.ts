import { GrammyError, InputFile, type Api } from 'grammy';
import type { Logger } from 'pino';
import type { Reply } from '#src/chat/reply.js';
import { describeError } from '#src/domain/errors.js';
import type { TelegramButtons } from '#src/state/telegram-buttons.js';
import { inlineKeyboard, type KeyboardTarget } from './keyboard.js';
import { renderReply, type RenderedMessage } from './render.js';
import { graphemePrefix } from '#src/domain/text.js';

const CAPTION_LIMIT = 1024;
const FORMAT = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

/** Sends rendered replies: the bot's answers and the notices other parts of the bot send. */
export interface Outgoing {
  send(api: Api, reply: Reply, target: KeyboardTarget, options?: { replyTo?: number }): Promise<void>;
  /** Shows `reply` in place of message `messageId` (page buttons); sends anew if it cannot. */
  edit(api: Api, reply: Reply, target: KeyboardTarget, messageId: number): Promise<void>;
  /** A picture with its caption; a failure costs a log line, never the caller. */
  sendImage(api: Api, chatId: string, png: Uint8Array, caption: string): Promise<void>;
}

export function createOutgoing(buttons: TelegramButtons, logger: Logger): Outgoing {
  const markup = (message: RenderedMessage, target: KeyboardTarget) => {
    const keyboard = inlineKeyboard(message.buttons, buttons, target);
    return keyboard ? { reply_markup: keyboard } : {};
  };
  const sendAll = async (api: Api, messages: RenderedMessage[], target: KeyboardTarget, replyTo?: number) => {
    for (const [i, message] of messages.entries()) {
      await api.sendMessage(target.chatId, message.html, {
        ...FORMAT,
        ...markup(message, target),
        // In a group the answer threads to the question, so several people can ask at once.
        ...(i === 0 && replyTo !== undefined
          ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
          : {}),
      });
    }
  };
  return {
    async send(api, reply, target, options = {}) {
      await sendAll(api, renderReply(reply), target, options.replyTo);
      // Files (the official report) follow the text as documents.
      for (const file of reply.files ?? []) {
        await api.sendDocument(target.chatId, new InputFile(Buffer.from(file.bytes), file.name), {
          ...(file.caption ? { caption: graphemePrefix(file.caption, CAPTION_LIMIT) } : {}),
        });
      }
    },
    async edit(api, reply, target, messageId) {
      const [first, ...rest] = renderReply(reply);
      if (!first) return;
      try {
        await api.editMessageText(target.chatId, messageId, first.html, { ...FORMAT, ...markup(first, target) });
      } catch (error) {
        // Pressing the page already shown: nothing to change, nothing to say.
        if (error instanceof GrammyError && /not modified/i.test(error.description)) return;
        logger.info(
          { chatId: target.chatId, error: describeError(error) },
          'Không sửa được tin nhắn Telegram; gửi tin mới.',
        );
        await sendAll(api, [first, ...rest], target);
        return;
      }
      await sendAll(api, rest, target);
    },
    async sendImage(api, chatId, png, caption) {
      try {
        await api.sendPhoto(chatId, new InputFile(Buffer.from(png), 'bieu-do.png'), {
          caption: graphemePrefix(caption, CAPTION_LIMIT),
        });
      } catch (error) {
        logger.warn({ chatId, error: describeError(error) }, 'Không gửi được ảnh qua Telegram.');
      }
    },
  };
}

/** The one error description (src/domain/errors.ts), under the name the channel uses. */
export { describeError as describe } from '#src/domain/errors.js';
