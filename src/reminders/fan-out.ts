import type { Logger } from 'pino';
import type { Notifier } from '#src/chat/port.js';
import { describeError } from '#src/domain/errors.js';
import type { ReminderLog } from '#src/state/reminder-log.js';
import type { SendQueue } from './limiter.js';
import type { PlannedMessage } from './planner.js';

/**
 * Sends planned messages through the rate-limited queue and logs each one once it went
 * out. A message on a channel that is not running, or whose send failed, is not logged:
 * the next run plans it again (as the latest milestone only).
 */
export interface FanOutResult {
  message: PlannedMessage;
  status: 'sent' | 'skipped' | 'failed';
  reason?: string;
  /** The chart reached the chat (digests on channels that show pictures). */
  image: boolean;
}

export interface FanOutDeps {
  notifier: Notifier;
  log: ReminderLog;
  queue: SendQueue;
  /** ISO instant written in the log. */
  sentAt: string;
  /** The digest chart, rendered on first use. */
  chart?: { png: () => Uint8Array; caption: string };
  logger?: Logger;
}

export async function fanOut(messages: readonly PlannedMessage[], deps: FanOutDeps): Promise<FanOutResult[]> {
  const running = new Set<string>(deps.notifier.channels());
  let png: Uint8Array | null = null;
  const chart = () => (png ??= deps.chart?.png() ?? new Uint8Array());
  return Promise.all(
    messages.map(async (message): Promise<FanOutResult> => {
      const { channel, chatId } = message.to;
      if (!running.has(channel))
        return { message, status: 'skipped', reason: `kênh ${channel} chưa chạy`, image: false };
      const base = { channel, chat: chatId, group: message.group };
      try {
        await deps.queue.send({ ...base, run: () => deps.notifier.send(channel, chatId, message.reply) });
      } catch (error) {
        const reason = describeError(error);
        deps.logger?.warn({ channel, chatId, kind: message.kind, error: reason }, 'Không gửi được tin nhắc việc');
        return { message, status: 'failed', reason, image: false };
      }
      deps.log.record(message.log.map((key) => ({ ...key, sentAt: deps.sentAt })));
      let image = false;
      if (message.chart && deps.chart) {
        const caption = deps.chart.caption;
        try {
          await deps.queue.send({
            ...base,
            run: async () => void (image = await deps.notifier.sendImage(channel, chatId, chart(), caption)),
          });
        } catch (error) {
          deps.logger?.warn({ channel, chatId, error: describeError(error) }, 'Không gửi được biểu đồ');
        }
      }
      return { message, status: 'sent', image };
    }),
  );
}
