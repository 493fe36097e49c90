import { Composer, type Context } from 'grammy';
import type { Role } from '#src/chat/message.js';
import { text, type Reply } from '#src/chat/reply.js';
import { addressed, displayName, incomingMessage, TgTextMessage, type TgUser } from '../incoming.js';
import type { FeatureDeps } from './deps.js';

/**
 * Text messages: answered in private chats, and in groups only when addressed to the bot
 * (see `addressed`). /start also greets; the conversation answers it with the help.
 */
export function messagesFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', async (ctx) => {
    const parsed = TgTextMessage.safeParse(ctx.message);
    if (!parsed.success) {
      deps.logger.debug({ updateId: ctx.update.update_id }, 'Bỏ qua tin nhắn Telegram không đúng dạng.');
      return;
    }
    const message = parsed.data;
    if (message.from.is_bot) return;
    const forBot = addressed(message, { id: ctx.me.id, username: ctx.me.username });
    if (!forBot) return;
    await deps.flood(ctx, async () => {
      const incoming = incomingMessage(forBot.text, message.from, message.chat, deps.roleOf);
      let reply = await deps.conversation.handle(incoming);
      if (forBot.command === 'start')
        reply = { ...reply, blocks: [...greeting(message.from, incoming.sender.role), ...reply.blocks] };
      await deps.outgoing.send(
        ctx.api,
        reply,
        { chatId: incoming.chat.id, userId: incoming.sender.id },
        incoming.chat.kind === 'group' ? { replyTo: message.message_id } : {},
      );
    });
  });
  return composer;
}

/** Greets by name and says what the sender may do; the id is what coordinators write on the sheet. */
function greeting(user: TgUser, role: Role): Reply['blocks'] {
  const who =
    role.kind === 'coordinator'
      ? 'Bạn đang dùng với vai trò điều phối viên: xem và cập nhật được mọi nhiệm vụ.'
      : role.kind === 'focal'
        ? `Bạn là đầu mối của ${role.agency}: cập nhật được tiến độ các nhiệm vụ do cơ quan mình chủ trì.`
        : 'Bạn xem được mọi nhiệm vụ. Nếu bạn là đầu mối của một cơ quan, hãy đăng ký bằng /dangky <tên cơ quan> để cập nhật tiến độ.';
  return [
    text(
      `Xin chào ${displayName(user)}! Tôi là Đôn Đốc, trợ lý theo dõi và đôn đốc nhiệm vụ của các kế hoạch cấp tỉnh.\n${who}\n` +
        `(Mã Telegram của bạn: ${user.id}.)`,
    ),
  ];
}
