import type { Logger } from 'pino';
import type { Conversation } from '#src/conversation/engine.js';
import type { IncomingMessage, Role } from '#src/chat/message.js';
import { describeError } from '#src/domain/errors.js';
import type { Identity } from '#src/conversation/roles.js';
import type { ZaloSeen } from '#src/state/zalo-seen.js';
import { NEEDS_TASK, type EvidencePort } from '#src/conversation/evidence.js';
import { addressedText } from './addressing.js';
import type { ChatMemories } from './chats.js';
import { chatKind, EVENTS, NON_TEXT, ZaloUpdate, type ZaloMessage } from './incoming.js';
import type { ZaloOutgoing } from './outgoing.js';

export const TEXT_ONLY =
  'Hiện tôi chỉ đọc được tin nhắn chữ (và ảnh minh chứng kèm mã nhiệm vụ). Bạn vui lòng gõ câu hỏi hoặc báo cáo tiến độ bằng chữ nhé.';
export const APOLOGY = 'Xin lỗi, tôi gặp trục trặc khi xử lý tin nhắn này. Bạn thử lại sau ít phút nhé.';

export interface HandlerDeps {
  conversation: Conversation;
  roleOf(identity: Identity): Role;
  seen: ZaloSeen;
  chats: ChatMemories;
  outgoing: ZaloOutgoing;
  logger: Logger;
  /** The bot's names from getMe, for mentions in groups. */
  botNames(): readonly string[];
  /** Pictures sent as evidence of a task (issue #17); absent, a picture gets TEXT_ONLY. */
  evidence?: EvidencePort;
  /** Downloads a picture from the address Zalo gives (tests: the emulator's). */
  download?: (url: string) => Promise<Uint8Array>;
}

/**
 * Handles one Zalo update from polling or the webhook. Never throws: a malformed event
 * costs a log line, a failing answer an apology, and the bot goes on with the next.
 */
export function createUpdateHandler(deps: HandlerDeps): (raw: unknown) => Promise<void> {
  const { logger } = deps;

  const senderOf = (message: ZaloMessage): IncomingMessage['sender'] => ({
    channel: 'zalo',
    id: message.from.id,
    name: message.from.display_name?.trim() || message.from.id,
    role: deps.roleOf({ channel: 'zalo', userId: message.from.id }),
  });

  const answerText = async (message: ZaloMessage, text: string) => {
    const chatId = message.chat.id;
    const memory = deps.chats.of(chatId);
    memory.toldTextOnly = false;
    // Typing is shown while the answer is prepared, and always lands before it.
    const typing = deps.outgoing.typing(chatId);
    const incoming: IncomingMessage = {
      text: memory.session.interpret(text),
      sender: senderOf(message),
      chat: { id: chatId, kind: chatKind(message) },
    };
    const reply = await deps.conversation.handle(incoming);
    memory.session.remember(reply);
    await typing;
    await deps.outgoing.sendReply(chatId, reply);
  };

  /** A picture in a private chat: evidence when its caption names a task (or after «Cập nhật»). */
  const answerImage = async (message: ZaloMessage, evidence: EvidencePort): Promise<boolean> => {
    const url = message.photo_url ?? message.photo;
    if (!url || !deps.download) return false;
    const download = deps.download;
    const chatId = message.chat.id;
    const memory = deps.chats.of(chatId);
    const incoming: IncomingMessage = {
      text: message.caption?.trim() ?? '',
      sender: senderOf(message),
      chat: { id: chatId, kind: chatKind(message) },
    };
    const ext = /\.(png|jpe?g)(?:$|\?)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? 'jpg';
    const reply = await evidence.receive(incoming, {
      name: `anh-zalo-${message.message_id.slice(-12)}.${ext === 'jpeg' ? 'jpg' : ext}`,
      size: null,
      fetch: () => download(url),
    });
    if (reply) {
      memory.session.remember(reply);
      await deps.outgoing.sendReply(chatId, reply);
    } else {
      // A picture naming no task leaves the choices last shown as they were.
      await deps.outgoing.sendText(chatId, NEEDS_TASK);
    }
    return true;
  };

  const handle = async (update: ZaloUpdate) => {
    const { event_name: event, message } = update;
    if (event === EVENTS.unsupported) {
      logger.debug('Bỏ qua sự kiện Zalo không có nội dung (quyền riêng tư).');
      return;
    }
    if (!message || message.from.is_bot) return;
    const kind = chatKind(message);
    let text: string | null = null;
    if (event === EVENTS.text) {
      const typed = message.text?.trim() ?? '';
      // A private chat is all for the bot; "bot ơi, …" there loses its call all the same.
      const addressed = typed === '' ? null : addressedText(typed, deps.botNames());
      text = kind === 'private' && typed !== '' ? (addressed ?? typed) : addressed;
      if (text === null) return;
    } else if (!NON_TEXT.has(event) || kind !== 'private') {
      logger.debug({ event }, 'Bỏ qua sự kiện Zalo không cần trả lời.');
      return;
    }
    if (!deps.seen.firstTime(message.chat.id, message.message_id, update)) {
      logger.debug({ chatId: message.chat.id, messageId: message.message_id }, 'Bỏ qua tin nhắn Zalo đã xử lý.');
      return;
    }
    try {
      if (text !== null) {
        await answerText(message, text);
        return;
      }
      if (event === EVENTS.image && deps.evidence && (await answerImage(message, deps.evidence))) return;
      // A picture, a sticker, a voice note: said once, not after every sticker.
      const memory = deps.chats.of(message.chat.id);
      if (memory.toldTextOnly) return;
      memory.toldTextOnly = true;
      await deps.outgoing.sendText(message.chat.id, TEXT_ONLY);
    } catch (error) {
      logger.error({ chatId: message.chat.id, error: describeError(error) }, 'Lỗi khi trả lời một tin nhắn Zalo.');
      // Best effort: when Zalo itself is the problem the apology cannot arrive either.
      await deps.outgoing.sendText(message.chat.id, APOLOGY).catch(() => undefined);
    } finally {
      deps.seen.handled(message.chat.id, message.message_id);
    }
  };

  return async (raw) => {
    const parsed = ZaloUpdate.safeParse(raw);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.length }, 'Bỏ qua một sự kiện Zalo không đúng định dạng.');
      return;
    }
    try {
      await handle(parsed.data);
    } catch (error) {
      // The state database, say: nothing the user can be told about.
      logger.error({ error: describeError(error) }, 'Lỗi ngoài dự kiến với một sự kiện Zalo.');
    }
  };
}

/** The one error description (src/domain/errors.ts), under the name the channel uses. */
export { describeError as describe } from '#src/domain/errors.js';
