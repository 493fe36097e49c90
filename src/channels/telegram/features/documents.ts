import { Composer, type Context } from 'grammy';
import { z } from 'zod';
import { text } from '#src/chat/reply.js';
import { MAX_CHAT_FILE_BYTES, megabytes, type PlanInboxPort } from '#src/conversation/documents.js';
import { incomingMessage, TgChat, TgUser } from '../incoming.js';
import { describe } from '../outgoing.js';
import type { FeatureDeps } from './deps.js';

/**
 * Plan files sent to the bot in a private chat. Only a coordinator's file is downloaded
 * (getFile, then the file address of the Bot API); everyone else gets a polite refusal. The
 * file goes to the plan inbox, whose preview comes back with «Nhập vào bảng» / «Hủy».
 */
export interface DocumentsDeps extends FeatureDeps {
  inbox: PlanInboxPort;
  /** Fetches a file by its file_path from the Bot API's file address. */
  download: (filePath: string) => Promise<Uint8Array>;
}

const TgDocumentMessage = z.object({
  message_id: z.number().int(),
  from: TgUser,
  chat: TgChat,
  document: z.object({
    file_id: z.string().min(1),
    file_name: z.string().optional(),
    file_size: z.number().int().optional(),
  }),
});

const NOT_COORDINATOR =
  'Xin lỗi, chỉ điều phối viên mới gửi được kế hoạch cho bot để nhập vào bảng tính. Bạn gửi tệp cho điều phối viên giúp tôi nhé.';
const DOWNLOAD_FAILED = 'Tôi chưa tải được tệp này từ Telegram. Bạn gửi lại sau ít phút nhé.';

export function documentsFeature(deps: DocumentsDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:document', async (ctx) => {
    const parsed = TgDocumentMessage.safeParse(ctx.message);
    if (!parsed.success || parsed.data.from.is_bot) return;
    const { from, chat, document } = parsed.data;
    // In groups the bot reads files only when asked; plans are sent in a private chat.
    if (chat.type !== 'private') return;
    await deps.flood(ctx, async () => {
      const incoming = incomingMessage('', from, chat, deps.roleOf);
      const target = { chatId: incoming.chat.id, userId: incoming.sender.id };
      const say = (line: string) => deps.outgoing.send(ctx.api, { blocks: [text(line)] }, target);
      if (incoming.sender.role.kind !== 'coordinator') {
        deps.logger.info({ userId: from.id }, 'Từ chối tệp kế hoạch của người không phải điều phối viên.');
        return say(NOT_COORDINATOR);
      }
      const name = document.file_name ?? 'ke-hoach';
      if ((document.file_size ?? 0) > MAX_CHAT_FILE_BYTES) {
        return say(`Tệp quá lớn (${megabytes(document.file_size ?? 0)} MB): bot chỉ nhận tệp kế hoạch tối đa 20 MB.`);
      }
      let bytes: Uint8Array;
      try {
        const file = await ctx.api.getFile(document.file_id);
        if (!file.file_path) throw new Error('getFile returned no file_path');
        bytes = await deps.download(file.file_path);
      } catch (error) {
        deps.logger.warn({ error: describe(error) }, 'Không tải được tệp từ Telegram.');
        return say(DOWNLOAD_FAILED);
      }
      const answer = await deps.inbox.receiveFile({ name, bytes }, incoming);
      await deps.outgoing.send(ctx.api, answer, target);
    });
  });
  return composer;
}

/** Downloads from `<apiRoot>/file/bot<token>/<path>`; the address holds the token and is never logged. */
export function fileDownloader(
  token: string,
  apiRoot = 'https://api.telegram.org',
): (filePath: string) => Promise<Uint8Array> {
  return async (filePath) => {
    const response = await fetch(`${apiRoot.replace(/\/+$/, '')}/file/bot${token}/${filePath}`, {
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`File download answered HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_CHAT_FILE_BYTES) throw new Error('File larger than 20 MB');
    return new Uint8Array(await response.arrayBuffer());
  };
}
