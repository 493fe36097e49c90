import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import type { Channel } from '#src/chat/message.js';
import type { Notifier } from '#src/chat/port.js';
import { writableAddress } from '#src/chat/address.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import type { TaskStore } from '#src/store/task-store.js';
import { whenRead } from './sheet-note.js';

/**
 * Coordinators hear about a sheet the bot cannot read, once when it starts and once when it
 * is over, and about a bot-owned tab created again, without having to ask /kiemtra.
 */
export interface SheetAlertDeps {
  store: TaskStore;
  notifier: Notifier;
  logger: Logger;
  coordinators: readonly string[];
}

interface Told {
  /** The trouble last told about ("reason|since"), or null when the sheet was fine. */
  unreadable: string | null;
  repairs: number;
  /** Header rows found below a title, as last told ("tab:row,…"). */
  moved: string;
}
const toldByStore = new WeakMap<TaskStore, Told>();

/** Coordinators the bot can write to first: numeric Telegram ids and Zalo ids, on running channels. */
export function reachableCoordinators(
  coordinators: readonly string[],
  notifier: Notifier,
): Array<{ channel: Channel; chatId: string }> {
  const running = new Set(notifier.channels());
  return coordinators.flatMap((entry) => {
    const address = writableAddress(entry);
    return address && running.has(address.channel) ? [address] : [];
  });
}

/** Sends what is new since the last call; returns how many messages went out. */
export async function alertCoordinators(deps: SheetAlertDeps, now: DateTime = DateTime.now()): Promise<number> {
  const health = deps.store.sheetHealth();
  const told = toldByStore.get(deps.store) ?? { unreadable: null, repairs: 0, moved: '' };
  toldByStore.set(deps.store, told);
  const messages: Reply[] = [];
  const trouble = health.unreadable ? `${health.unreadable}|${health.since ?? ''}` : null;
  if (trouble !== told.unreadable) {
    if (health.unreadable) {
      const from = health.answeringFrom
        ? `theo bản đọc được lúc ${whenRead(health.answeringFrom, now)}`
        : 'theo bản đọc được lần trước';
      messages.push(
        reply(
          heading('Bảng tính không đọc được'),
          text(health.unreadable),
          text(
            `Bot vẫn trả lời câu hỏi ${from}, nhưng chưa ghi cập nhật nào của đầu mối cho đến khi bảng được sửa (khôi phục hàng tiêu đề cột). Bot tự đọc lại sau khi sửa.`,
          ),
        ),
      );
    } else if (told.unreadable !== null) {
      messages.push(reply(text('Bảng tính đã đọc lại được; bot trả lời và ghi cập nhật như bình thường.')));
    }
    told.unreadable = trouble;
  }
  for (const repair of health.recreatedTabs.slice(told.repairs)) {
    messages.push(
      reply(
        heading(`Trang «${repair.tab}» đã bị xóa`),
        text(
          `Bot đã tạo lại trang «${repair.tab}» lúc ${whenRead(repair.at, now)} để ghi tiếp. Các dòng cũ của trang này không còn; nếu cần, khôi phục từ lịch sử phiên bản của Google Sheets.`,
        ),
      ),
    );
  }
  told.repairs = health.recreatedTabs.length;
  // A title row above the header is harmless (the header is found below it), but a coordinator
  // who added it should know the bot saw it and keeps working; told once per change.
  const moved = health.movedHeaders.map((m) => `${m.tab}:${m.row}`).join(',');
  if (moved !== told.moved && moved !== '') {
    const where = health.movedHeaders.map((m) => `«${m.tab}» ở hàng ${m.row}`).join(', ');
    messages.push(
      reply(
        heading('Hàng tiêu đề cột đã dời xuống'),
        text(
          `Bot thấy hàng tiêu đề cột của trang ${where} (phía trên có dòng chữ mới thêm). Bot vẫn đọc và ghi đúng cột, không cần sửa gì.`,
        ),
      ),
    );
  }
  told.moved = moved;

  let sent = 0;
  for (const message of messages) {
    for (const { channel, chatId } of reachableCoordinators(deps.coordinators, deps.notifier)) {
      try {
        await deps.notifier.send(channel, chatId, message);
        sent += 1;
      } catch (error) {
        deps.logger.warn({ channel, error: String(error) }, 'Không gửi được thông báo về bảng tính cho điều phối viên');
      }
    }
  }
  return sent;
}
