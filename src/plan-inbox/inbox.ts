import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import type { IncomingMessage } from '#src/chat/message.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { MAX_CHAT_FILE_BYTES, megabytes, type IncomingFile, type PlanInboxPort } from '#src/conversation/documents.js';
import type { Clock } from '#src/domain/clock.js';
import { planImport, writeImport } from '#src/plans/import-to-store.js';
import { MAX_PLAN_BYTES } from '#src/plans/read.js';
import type { TaskStore } from '#src/store/task-store.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { DAY_MS, dropIncoming, keepOriginal, newToken, pruneIncoming, saveIncoming } from './files.js';
import { chatPreview } from './preview-text.js';

/**
 * Plans sent in chat by a coordinator: read with the command line's importer, answered with
 * its preview and «Nhập vào bảng» / «Hủy». Confirming writes the rows exactly as `dondoc
 * import --yes` does (planned again at that moment, so a plan imported meanwhile adds nothing)
 * and keeps the original under DATA_DIR/files/. A preview not confirmed within a day is forgotten.
 */
export interface PlanInboxDeps {
  store: TaskStore;
  agencies: () => AgencyLookup;
  clock: Clock;
  dataDir: string;
  logger: Logger;
}

interface Pending {
  path: string;
  /** A file sent in chat lives under files/incoming/<token>; a console path is the user's own. */
  incoming: boolean;
  at: number;
}

export const NOT_COORDINATOR =
  'Xin lỗi, chỉ điều phối viên mới nhập được kế hoạch vào bảng tính. Bạn gửi tệp kế hoạch cho điều phối viên giúp tôi nhé.';
const EXPIRED = 'Bản xem trước này đã hết hạn (quá một ngày) hoặc đã được xử lý. Bạn gửi lại tệp kế hoạch nhé.';

const isCoordinator = (message: IncomingMessage) => message.sender.role.kind === 'coordinator';

function tooLarge(size: number): string | null {
  if (size > MAX_CHAT_FILE_BYTES) return `Tệp quá lớn (${megabytes(size)} MB): bot chỉ nhận tệp kế hoạch tối đa 20 MB.`;
  return null;
}

/** Reads the file with the importer and answers with its preview; a plan with new rows waits for confirmation. */
async function preview(
  deps: PlanInboxDeps,
  pending: Map<string, Pending>,
  token: string,
  path: string,
  incoming: boolean,
): Promise<Reply> {
  const drop = () => (incoming ? dropIncoming(deps.dataDir, token) : Promise.resolve());
  const attempt = await planImport(deps.store, deps.agencies(), path);
  if (!attempt.ok) {
    await drop();
    const size = (await stat(path).catch(() => null))?.size ?? 0;
    // The importer's own limit is below the chat's: say which one refused.
    const note =
      size > MAX_PLAN_BYTES ? ' (Trình nhập kế hoạch hiện chỉ đọc tệp tối đa 10 MB, dù chat nhận tới 20 MB.)' : '';
    return reply(text(`${attempt.error}${note}`));
  }
  const { planned } = attempt;
  if (planned.extracted.tasks.length === 0) {
    await drop();
    return reply(
      text(
        `Không tìm thấy nhiệm vụ nào trong tệp «${basename(path)}»: bot cần bảng phân công nhiệm vụ, hoặc mục «Tổ chức thực hiện» giao việc cho từng cơ quan.`,
      ),
    );
  }
  if (planned.diff.added.length === 0) {
    await drop();
    return reply(
      heading('Xem trước kế hoạch'),
      text(chatPreview(planned)),
      text(`Kế hoạch ${planned.extracted.plan.key} đã có trong bảng tính: không có dòng mới để nhập.`),
    );
  }
  pending.set(token, { path, incoming, at: deps.clock.now().toMillis() });
  return {
    blocks: [
      heading('Xem trước kế hoạch'),
      text(chatPreview(planned)),
      text(
        `Chọn «Nhập vào bảng» để ghi ${planned.diff.added.length} dòng mới vào bảng tính (bản xem trước giữ trong một ngày).`,
      ),
    ],
    choices: [
      { label: 'Nhập vào bảng', value: `/nhap xacnhan ${token}`, short: true },
      { label: 'Hủy', value: `/nhap huy ${token}`, short: true },
    ],
  };
}

export function createPlanInbox(deps: PlanInboxDeps): PlanInboxPort {
  const pending = new Map<string, Pending>();
  const now = () => deps.clock.now().toMillis();
  const forget = async (token: string) => {
    const entry = pending.get(token);
    pending.delete(token);
    if (entry?.incoming) await dropIncoming(deps.dataDir, token);
  };
  const prune = async () => {
    for (const [token, entry] of pending) if (now() - entry.at > DAY_MS) await forget(token);
    // Files on disk are aged by their real modification time, not the bot's clock.
    await pruneIncoming(deps.dataDir, Date.now());
  };

  return {
    async receiveFile(file: IncomingFile, message) {
      if (!isCoordinator(message)) return reply(text(NOT_COORDINATOR));
      await prune();
      const large = tooLarge(file.bytes.byteLength);
      if (large) return reply(text(large));
      const token = newToken();
      const path = await saveIncoming(deps.dataDir, token, file.name, file.bytes);
      deps.logger.info(
        { file: basename(path), bytes: file.bytes.byteLength, channel: message.sender.channel },
        'Nhận tệp kế hoạch qua chat.',
      );
      return preview(deps, pending, token, path, true);
    },
    async receivePath(path, message) {
      if (!isCoordinator(message)) return reply(text(NOT_COORDINATOR));
      await prune();
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) return reply(text(`Không tìm thấy tệp «${path}» (hoặc không có quyền đọc).`));
      const large = tooLarge(info.size);
      if (large) return reply(text(large));
      return preview(deps, pending, newToken(), path, false);
    },
    async confirm(token, message) {
      if (!isCoordinator(message)) return reply(text(NOT_COORDINATOR));
      await prune();
      const entry = pending.get(token);
      if (!entry) return reply(text(EXPIRED));
      pending.delete(token);
      try {
        const attempt = await planImport(deps.store, deps.agencies(), entry.path);
        if (!attempt.ok) return reply(text(attempt.error));
        const added = await writeImport(deps.store, attempt.planned);
        const kept = await keepOriginal(deps.dataDir, entry.path);
        const key = attempt.planned.extracted.plan.key;
        deps.logger.info({ plan: key, added, by: message.sender.id }, 'Nhập kế hoạch qua chat.');
        return reply(
          text(
            added > 0
              ? `Đã ghi ${added} dòng mới của kế hoạch ${key} vào bảng tính. Tệp gốc lưu tại ${join(deps.dataDir, kept)}.`
              : `Kế hoạch ${key} đã có trong bảng tính, không ghi thêm dòng nào.`,
          ),
        );
      } finally {
        if (entry.incoming) await dropIncoming(deps.dataDir, token);
      }
    },
    async cancel(token, message) {
      if (!isCoordinator(message)) return reply(text(NOT_COORDINATOR));
      const had = pending.has(token);
      await forget(token);
      return reply(text(had ? 'Đã hủy: không ghi gì vào bảng tính.' : EXPIRED));
    },
  };
}
