import type { Logger } from 'pino';
import type { Notifier } from '#src/chat/port.js';
import { fold } from '#src/domain/text.js';
import type { BotState } from '#src/state/bot-state.js';
import type { TaskStore } from '#src/store/task-store.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { alertCoordinators } from './sheet-alerts.js';
import { checkExtensionDecisions } from './extension-sheet.js';
import { systemClock, type Clock } from '#src/domain/clock.js';

/**
 * What the sheet tells people after the fact: an update that waited for Google has landed
 * (or was refused), and a coordinator confirmed or sent back a task by typing in the Xác
 * nhận cell rather than pressing a button.
 */
export interface SheetWatchDeps {
  store: TaskStore;
  state: BotState;
  notifier: Notifier;
  logger: Logger;
  /** Configured coordinators: told once when the sheet cannot be read or a tab was recreated. */
  coordinators?: readonly string[];
  /** Stamps what the watch writes (an extension approved in the sheet); the system clock by default. */
  clock?: Clock;
}

export async function checkSheetOnce(deps: SheetWatchDeps): Promise<number> {
  const { store, state, notifier, logger } = deps;
  let told = 0;
  const tell = async (channel: Parameters<Notifier['send']>[0], chatId: string, message: Reply) => {
    if (channel === 'console' || !notifier.channels().includes(channel)) return;
    try {
      await notifier.send(channel, chatId, message);
      told += 1;
    } catch (error) {
      logger.warn({ channel, error: String(error) }, 'Không gửi được thông báo về bảng tính');
    }
  };

  if (deps.coordinators) told += await alertCoordinators({ store, notifier, logger, coordinators: deps.coordinators });
  const queue = store.writeQueue();
  const waiting = new Set(queue.pendingIds);
  const refused = new Set(queue.unresolved.map((entry) => entry.id));
  for (const w of state.waitingWrites.all()) {
    if (waiting.has(w.outboxId)) continue;
    state.waitingWrites.remove(w.outboxId);
    await tell(
      w.channel,
      w.chatId,
      refused.has(w.outboxId)
        ? reply(
            text(
              `Cập nhật ${w.taskId} bạn gửi lúc mất kết nối không ghi được: trong lúc đó bảng tính đã được sửa ở cùng ô. Bạn xem lại (/xem ${w.taskId}) rồi gửi lại nếu cần.`,
            ),
          )
        : reply(text(`Cập nhật ${w.taskId} bạn gửi lúc mất kết nối đã vào bảng tính.`)),
    );
  }

  const snapshot = store.snapshot();
  for (const pending of state.confirmations.all()) {
    const task = snapshot.byId.get(pending.taskId.toUpperCase());
    const cell = task?.confirmation.trim() ?? '';
    if (!task || cell === '') continue;
    const folded = fold(cell);
    if (/\b(?:tra lai|tra ve|chua dat|khong dat)\b/.test(folded)) {
      state.confirmations.settle(task.id);
      await tell(
        pending.channel,
        pending.chatId,
        reply(heading(`${task.id} được trả lại`), text(`Điều phối viên ghi: «${cell}».`)),
      );
    } else if (/\b(?:da xac nhan|xac nhan|dong y|dat)\b/.test(folded)) {
      state.confirmations.settle(task.id);
      await tell(
        pending.channel,
        pending.chatId,
        reply(heading(`${task.id} đã được xác nhận hoàn thành`), text('Cảm ơn đơn vị đã hoàn thành nhiệm vụ.')),
      );
    }
  }
  // Extension requests a coordinator decided by typing in the sheet.
  told += await checkExtensionDecisions({ ...deps, clock: deps.clock ?? systemClock() });
  return told;
}

/** Checks every `intervalMs` (after the store's own refresh has read the sheet). */
export function watchSheet(deps: SheetWatchDeps, intervalMs = 30_000): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deps.store
      .refresh()
      .then(() => checkSheetOnce(deps))
      .catch((error: unknown) => deps.logger.warn({ error: String(error) }, 'Không kiểm tra được bảng tính'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
