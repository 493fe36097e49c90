import { Composer, type Context } from 'grammy';
import { z } from 'zod';
import { text, type Reply } from '#src/chat/reply.js';
import { MAX_CHAT_FILE_BYTES, megabytes, type PlanInboxPort } from '#src/conversation/documents.js';
import { DOWNLOAD_FAILED, NEEDS_TASK, type EvidencePort } from '#src/conversation/evidence.js';
import { incomingMessage, TgChat, TgUser } from '../incoming.js';
import { describe } from '../outgoing.js';
import type { FeatureDeps } from './deps.js';

/**
 * Files sent to the bot in a private chat. Evidence first (rule «evidence-needs-a-task», see
 * src/conversation/evidence.ts): a document or photo whose caption names a task, or sent right
 * after «Cập nhật», is kept and linked to the task. Any other document is a plan to import:
 * only a coordinator's is downloaded (getFile, then the file address of the Bot API) and goes
 * to the plan inbox, whose preview comes back with «Nhập vào bảng» / «Hủy»; everyone else gets
 * a polite refusal that says how to send evidence.
 */
export interface DocumentsDeps extends FeatureDeps {
  inbox?: PlanInboxPort;
  evidence?: EvidencePort;
  /** Fetches a file by its file_path from the Bot API's file address. */
  download: (filePath: string) => Promise<Uint8Array>;
}

const TgDocumentMessage = z.object({
  message_id: z.number().int(),
  from: TgUser,
  chat: TgChat,
  caption: z.string().optional(),
  document: z.object({
    file_id: z.string().min(1),
    file_name: z.string().optional(),
    file_size: z.number().int().optional(),
  }),
});

const TgPhotoMessage = z.object({
  message_id: z.number().int(),
  date: z.number().int(),
  from: TgUser,
  chat: TgChat,
  caption: z.string().optional(),
  photo: z
    .array(z.object({ file_id: z.string().min(1), file_size: z.number().int().optional(), width: z.number() }))
    .min(1),
});

const NOT_COORDINATOR =
  'Xin lỗi, chỉ điều phối viên mới gửi được kế hoạch cho bot để nhập vào bảng tính. Bạn gửi tệp cho điều phối viên giúp tôi nhé.';
const EVIDENCE_HINT =
  ' Nếu đây là minh chứng của một nhiệm vụ, bạn gửi lại tệp kèm chú thích có mã nhiệm vụ, ví dụ «TN60-12 xong».';

export function documentsFeature(deps: DocumentsDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const fetchFile = async (ctx: Context, fileId: string) => {
    const file = await ctx.api.getFile(fileId);
    if (!file.file_path) throw new Error('getFile returned no file_path');
    return deps.download(file.file_path);
  };
  composer.on('message:document', async (ctx) => {
    const parsed = TgDocumentMessage.safeParse(ctx.message);
    if (!parsed.success || parsed.data.from.is_bot) return;
    const { from, chat, document, caption } = parsed.data;
    // In groups the bot reads files only when asked; plans and evidence are sent in a private chat.
    if (chat.type !== 'private') return;
    await deps.flood(ctx, async () => {
      const incoming = incomingMessage(caption ?? '', from, chat, deps.roleOf);
      const target = { chatId: incoming.chat.id, userId: incoming.sender.id };
      const send = (answer: Reply) => deps.outgoing.send(ctx.api, answer, target);
      const say = (line: string) => send({ blocks: [text(line)] });
      const name = document.file_name ?? 'tep';
      if (deps.evidence) {
        const answer = await deps.evidence.receive(incoming, {
          name,
          size: document.file_size ?? null,
          fetch: () => fetchFile(ctx, document.file_id),
        });
        if (answer) return send(answer);
      }
      if (incoming.sender.role.kind !== 'coordinator' || !deps.inbox) {
        deps.logger.info({ userId: from.id }, 'Từ chối tệp kế hoạch của người không phải điều phối viên.');
        return say(deps.evidence ? NOT_COORDINATOR + EVIDENCE_HINT : NOT_COORDINATOR);
      }
      if ((document.file_size ?? 0) > MAX_CHAT_FILE_BYTES) {
        return say(`Tệp quá lớn (${megabytes(document.file_size ?? 0)} MB): bot chỉ nhận tệp kế hoạch tối đa 20 MB.`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await fetchFile(ctx, document.file_id);
      } catch (error) {
        deps.logger.warn({ error: describe(error) }, 'Không tải được tệp từ Telegram.');
        return say(DOWNLOAD_FAILED);
      }
      await send(await deps.inbox.receiveFile({ name, bytes }, incoming));
    });
  });
  composer.on('message:photo', async (ctx) => {
    const parsed = TgPhotoMessage.safeParse(ctx.message);
    if (!parsed.success || parsed.data.from.is_bot || parsed.data.chat.type !== 'private' || !deps.evidence) return;
    const { from, chat, photo, caption, date, message_id: id } = parsed.data;
    const evidence = deps.evidence;
    await deps.flood(ctx, async () => {
      const incoming = incomingMessage(caption ?? '', from, chat, deps.roleOf);
      const target = { chatId: incoming.chat.id, userId: incoming.sender.id };
      // The largest size Telegram made of the picture; Telegram sends photos as JPEG.
      const best = [...photo].sort((a, b) => b.width - a.width)[0] ?? photo[0];
      if (!best) return;
      const name = `anh-${new Date(date * 1000).toISOString().slice(0, 10)}-${id}.jpg`;
      const answer = await evidence.receive(incoming, {
        name,
        size: best.file_size ?? null,
        fetch: () => fetchFile(ctx, best.file_id),
      });
      await deps.outgoing.send(ctx.api, answer ?? { blocks: [text(NEEDS_TASK)] }, target);
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
