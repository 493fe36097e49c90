import { Composer, type Context } from 'grammy';
import { CallbackData } from '../keyboard.js';
import { incomingMessage, TgChat, TgUser } from '../incoming.js';
import type { FeatureDeps } from './deps.js';

export const BUTTON_REFUSED = 'Nút này đã hết hạn hoặc không dùng được ở đây. Bạn gửi lại câu hỏi giúp tôi nhé.';

/**
 * Button presses. The button carries only a token; the message it stands for comes from
 * the bot's state, and only for the chat it was shown in. It is handled as the person who
 * pressed, with their rights looked up again. Page buttons turn the page in place.
 */
export function buttonsFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const data = CallbackData.safeParse(query.data);
    const from = TgUser.safeParse(query.from);
    const chat = TgChat.safeParse(query.message?.chat);
    const refuse = async (why: string) => {
      deps.logger.warn(
        { updateId: ctx.update.update_id, userId: query.from.id, chatId: query.message?.chat.id, why },
        'Từ chối một lần bấm nút Telegram.',
      );
      await ctx.answerCallbackQuery({ text: BUTTON_REFUSED });
    };
    if (!data.success || !from.success) return refuse('dữ liệu nút không hợp lệ');
    if (data.data.kind === 'noop') return void (await ctx.answerCallbackQuery());
    if (!chat.success || query.message === undefined) return refuse('nút không nằm trong một cuộc trò chuyện');
    const stored = deps.buttons.find(data.data.token);
    if (!stored) return refuse('mã nút không có hoặc đã hết hạn');
    if (stored.chatId !== String(chat.data.id)) return refuse('nút của cuộc trò chuyện khác');
    const messageId = query.message.message_id;
    await deps.flood(ctx, async () => {
      await ctx.answerCallbackQuery();
      const incoming = incomingMessage(stored.message, from.data, chat.data, deps.roleOf);
      const reply = await deps.conversation.handle(incoming);
      const target = { chatId: stored.chatId, userId: incoming.sender.id };
      if (stored.kind === 'page') await deps.outgoing.edit(ctx.api, reply, target, messageId);
      else await deps.outgoing.send(ctx.api, reply, target);
    });
  });
  return composer;
}
