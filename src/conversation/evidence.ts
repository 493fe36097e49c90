import type { Logger } from 'pino';
import { MessageText, type IncomingMessage } from '#src/chat/message.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import type { Clock } from '#src/domain/clock.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { ALLOWED_EVIDENCE, appendEvidence, checkEvidence, extensionOf, fileLine } from '#src/domain/evidence.js';
import type { Task } from '#src/domain/task.js';
import { dateTimeToCell } from '#src/store/cells.js';
import type { FileStore, StoredFile } from '#src/store/file-store.js';
import type { TaskStore } from '#src/store/task-store.js';
import { understandMessage } from '#src/understanding/understand.js';
import { findTaskRef } from '#src/understanding/task-ref.js';
import { fixTypos } from '#src/understanding/typos.js';
import { fold } from '#src/domain/text.js';
import type { ChatCommand } from './command.js';
import { megabytes } from './documents.js';
import { slashIntents, type Conversation } from './engine.js';
import { logRefusal } from './refusals.js';
import { findTask, tasksConcerning } from './task-queries.js';

/**
 * Evidence sent in chat (issue #17): a document or a photo whose caption names a task («TN60-12
 * xong»), or sent right after the sender pressed «Cập nhật» for one. The file is checked (type,
 * size, its first bytes), kept (Drive folder or DATA_DIR/files/minh-chung/) and linked in the
 * task's Minh chứng cell through the outbox, all before the answer; then the caption is handled
 * as every other message (same understanding, rights, confirmation, outbox), so «xong» updates the status.
 *
 * Rule «evidence-needs-a-task»: a file is evidence when its caption names a task, or (rule
 * «evidence-follows-update») when the sender's last message was «/capnhat <mã>» (the Cập nhật
 * button, or a status picked after it) less than 30 minutes ago. Any other file is not evidence:
 * a coordinator's document is then a plan to import, as before, and everyone else is told how
 * to send evidence.
 */
export interface IncomingEvidence {
  /** The file name as sent (a photo has none: the channel names it). */
  name: string;
  /** Known before downloading (Telegram's file_size); null when the channel does not say. */
  size: number | null;
  /** Downloads the bytes; called only once the rule, the rights, the type and the size allow it. */
  fetch(): Promise<Uint8Array>;
}

/** Thrown by a download that found the file over the limit only once it started. */
export class FileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`File of ${bytes} bytes is over the evidence limit`);
  }
}

export interface EvidencePort {
  /** The answer, or null when the file is not evidence (the channel goes on as before). */
  receive(message: IncomingMessage, file: IncomingEvidence): Promise<Reply | null>;
}

export interface EvidenceDeps {
  conversation: Conversation;
  store: TaskStore;
  files: FileStore;
  agencies: () => AgencyLookup;
  commands: readonly ChatCommand[];
  clock: Clock;
  logger: Logger;
}

export const NEEDS_TASK =
  'Bạn gửi minh chứng cho nhiệm vụ nào? Gửi lại tệp kèm chú thích có mã nhiệm vụ, ví dụ «TN60-12 xong», hoặc bấm «Cập nhật» ở nhiệm vụ đó rồi gửi tệp.';
export const DOWNLOAD_FAILED = 'Tôi chưa tải được tệp này. Bạn gửi lại sau ít phút nhé.';
const FOCUS_MS = 30 * 60 * 1000;
const CAPNHAT = /^\/(?:capnhat|cn)(?:@\w+)?\s+(\S+)/i;

const ownerOf = (message: IncomingMessage) => `${message.sender.channel}:${message.sender.id}`;

export function refusedType(name: string, size: number): string | null {
  const check = checkEvidence(name, size);
  if (check.ok) return null;
  if (check.reason === 'size')
    return `Tệp «${name}» quá lớn (${megabytes(size)} MB): bot nhận tệp minh chứng tối đa 20 MB. Bạn nén hoặc chia nhỏ tệp rồi gửi lại nhé.`;
  return `Bot không nhận tệp «${name}» làm minh chứng: chỉ nhận ${ALLOWED_EVIDENCE}, tối đa 20 MB.`;
}

/** Evidence intake, and the conversation that notes each sender's update in hand. */
export function createEvidence(deps: EvidenceDeps): { conversation: Conversation; evidence: EvidencePort } {
  const focus = new Map<string, { ref: string; at: number }>();
  const slash = slashIntents(deps.commands);
  const now = () => deps.clock.now();

  const conversation: Conversation = {
    handle(message) {
      const pressed = CAPNHAT.exec(message.text.trim());
      if (pressed) focus.set(ownerOf(message), { ref: pressed[1] ?? '', at: now().toMillis() });
      else focus.delete(ownerOf(message));
      return deps.conversation.handle(message);
    },
  };

  const taskFor = (message: IncomingMessage, caption: string) => {
    const parsed = understandMessage(caption, { agencies: deps.agencies(), now, slash });
    if (parsed.taskRef !== null) return { ref: parsed.taskRef, named: true };
    // A caption that is no report («Ảnh hội nghị TN60-12») still names its task by its full ID.
    const written = findTaskRef(fixTypos(fold(caption)));
    if (written?.full) return { ref: written.ref, named: true };
    const held = focus.get(ownerOf(message));
    if (held && now().toMillis() - held.at <= FOCUS_MS) return { ref: held.ref, named: false };
    return null;
  };

  const mayAttach = (message: IncomingMessage, task: Task): boolean => {
    const role = message.sender.role;
    if (role.kind === 'coordinator') return true;
    if (role.kind !== 'focal') return false;
    const agencies = deps.agencies();
    // The lead's focal points, and the supporting agencies' for their part.
    return [...task.lead, ...task.coordinating].some((name) => agencies.canonical(name) === role.agency);
  };

  const keep = async (message: IncomingMessage, task: Task, name: string, caption: string, bytes: Uint8Array) => {
    const check = checkEvidence(name, bytes.byteLength, bytes);
    if (!check.ok) {
      if (check.reason === 'content')
        return `Tệp «${name}» không phải tệp ${extensionOf(name).toUpperCase()} hợp lệ (có thể đã hỏng hoặc bị đổi đuôi). Bạn kiểm tra lại rồi gửi nhé.`;
      return refusedType(name, bytes.byteLength) ?? NEEDS_TASK;
    }
    const by = senderLabel(message);
    const at = now();
    try {
      return await deps.files.keep({
        name,
        bytes,
        mime: check.mime,
        taskId: task.id,
        description:
          `Minh chứng ${task.id}, ${by} gửi qua ${message.sender.channel} lúc ${dateTimeToCell(at)}: ${caption}`.slice(
            0,
            900,
          ),
      });
    } catch (error) {
      deps.logger.error({ task: task.id, error: String(error) }, 'Không lưu được tệp minh chứng.');
      return 'Tôi chưa lưu được tệp minh chứng (kho lưu tệp đang lỗi). Bạn gửi lại sau ít phút nhé; chưa có gì được ghi vào bảng tính.';
    }
  };

  /** The Minh chứng cell with the file's line, through the outbox; what to tell the sender. */
  const link = async (message: IncomingMessage, task: Task, stored: StoredFile, caption: string): Promise<string> => {
    const by = senderLabel(message);
    const at = now();
    const line = fileLine({ name: stored.name, at: dateTimeToCell(at), by, url: stored.url });
    const result = await deps.store.updateTask({
      id: task.id,
      fields: { evidence: appendEvidence(task.evidence ?? '', [line]) },
      origin: { by, channel: message.sender.channel, message: `[Tệp ${stored.name}] ${caption}`.trim(), at },
    });
    if (result.status === 'queued' && result.delayed)
      return 'Đã ghi nhận; bot sẽ ghi vào ô Minh chứng khi kết nối lại với bảng tính.';
    if (result.status === 'applied' || result.status === 'queued')
      return 'Đã ghi vào ô Minh chứng của nhiệm vụ trong bảng tính.';
    if (result.status === 'missing') return `Nhiệm vụ ${task.id} không còn trong bảng tính.`;
    if (result.status === 'refused') return `Chưa ghi được vào bảng tính: ${result.reason}`;
    return 'Ô Minh chứng vừa được sửa trong bảng tính; bạn gửi lại tệp để bot ghi thêm.';
  };

  /** The task the file is for, once the sender may attach to it; otherwise the answer. */
  const resolve = (message: IncomingMessage, ref: string): Task | Reply => {
    const snapshot = deps.store.snapshot();
    const role = message.sender.role;
    const scope =
      role.kind === 'focal' ? tasksConcerning(snapshot, deps.agencies(), role.agency, now().toISODate() ?? '') : [];
    const found = findTask(snapshot, ref, scope);
    if (found.kind === 'missing')
      return reply(text(`Không tìm thấy nhiệm vụ «${ref}», nên tệp chưa được lưu. Mã nhiệm vụ có dạng TN60-05.`));
    if (found.kind === 'ambiguous')
      return reply(
        text(
          `Có ${found.tasks.length} nhiệm vụ số ${ref} (${found.tasks.map((t) => t.id).join(', ')}). Bạn gửi lại tệp kèm mã đầy đủ nhé.`,
        ),
      );
    const task = found.task;
    if (!mayAttach(message, task)) {
      logRefusal(deps.logger, message, 'minhchung', 'not_lead', { task: task.id });
      return reply(
        text(
          `Xin lỗi, chỉ đầu mối của cơ quan chủ trì, cơ quan phối hợp và điều phối viên mới gửi được minh chứng cho nhiệm vụ ${task.id}.`,
        ),
      );
    }
    if (snapshot.problems.some((p) => p.includes('thiếu cột') && p.includes('Minh chứng')))
      return reply(
        text(
          'Bảng tính chưa có cột «Minh chứng»: điều phối viên chạy «npx dondoc sheet init» rồi bạn gửi lại tệp nhé.',
        ),
      );
    return task;
  };

  const evidence: EvidencePort = {
    async receive(message, file) {
      const caption = MessageText.safeParse(message.text).data ?? '';
      const target = taskFor(message, caption);
      if (!target) return null;
      const task = resolve(message, target.ref);
      if ('blocks' in task) return task;
      const refused = refusedType(file.name, file.size ?? 0);
      if (refused) return reply(text(refused));
      let bytes: Uint8Array;
      try {
        bytes = await file.fetch();
      } catch (error) {
        if (error instanceof FileTooLarge) return reply(text(refusedType(file.name, error.bytes) ?? DOWNLOAD_FAILED));
        deps.logger.warn({ error: String(error) }, 'Không tải được tệp minh chứng.');
        return reply(text(DOWNLOAD_FAILED));
      }
      const stored = await keep(message, task, file.name, caption, bytes);
      if (typeof stored === 'string') return reply(text(stored));
      deps.logger.info(
        { task: task.id, file: stored.name, bytes: bytes.byteLength, where: deps.files.kind },
        'Đã lưu tệp minh chứng.',
      );
      const kept = [
        heading(`Đã lưu minh chứng cho ${task.id}`),
        text(
          `Tệp «${stored.name}» ${deps.files.kind === 'drive' ? 'đã lưu vào Google Drive' : 'đã lưu trên máy chủ'}: ${stored.url}`,
        ),
        text(await link(message, task, stored, caption)),
      ];
      const then = await followCaption(message, task, caption, target.named);
      return then ? { ...then, blocks: [...kept, ...then.blocks] } : reply(...kept);
    },
  };

  /** The caption handled as a message of its own when it reports progress («xong», «đang làm 60%»). */
  const followCaption = async (message: IncomingMessage, task: Task, caption: string, named: boolean) => {
    if (caption === '') return null;
    const said = named ? caption : `${task.id} ${caption}`;
    const parsed = understandMessage(said, { agencies: deps.agencies(), now, slash });
    if (parsed.intent !== 'status_update') return null;
    return conversation.handle({ ...message, text: said });
  };

  return { conversation, evidence };
}

function senderLabel(message: IncomingMessage): string {
  const { sender } = message;
  return sender.role.kind === 'focal' ? `${sender.name} (${sender.role.agency})` : sender.name;
}
