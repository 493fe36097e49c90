import { limit } from '@grammyjs/ratelimiter';
import type { Context, NextFunction } from 'grammy';
import type { Logger } from 'pino';

export interface FloodLimit {
  /** Window length; the counts start over at each window. */
  timeFrameMs: number;
  /** Updates a user may send per window. */
  limit: number;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { timeFrameMs: 10_000, limit: 15 };
export const FLOOD_NOTICE = 'Bạn gửi hơi nhanh, tôi xin phép chờ vài giây rồi mới trả lời tiếp nhé.';

/**
 * Per-user protection against floods (a stuck client, a script, a finger on a button):
 * past the limit, updates are dropped until the window ends, and the user is told so
 * once per window, politely.
 */
export function floodGuard(
  options: FloodLimit | false,
  logger: Logger,
): (ctx: Context, next: NextFunction) => Promise<void> {
  if (options === false) return (_ctx, next) => next();
  // The plugin calls onLimitExceeded without waiting; the notice is awaited here instead,
  // so it is sent before the update counts as handled.
  const notices = new WeakMap<Context, Promise<unknown>>();
  const limiter = limit<Context, never>({
    timeFrame: options.timeFrameMs,
    limit: options.limit,
    keyGenerator: (ctx) => (ctx.from ? String(ctx.from.id) : undefined),
    onLimitExceeded: (ctx) => {
      logger.info({ userId: ctx.from?.id }, 'Người dùng gửi quá nhanh; tạm bỏ qua tin nhắn.');
      const notice = ctx.callbackQuery ? ctx.answerCallbackQuery({ text: FLOOD_NOTICE }) : ctx.reply(FLOOD_NOTICE);
      notices.set(
        ctx,
        notice.catch(() => undefined),
      );
    },
  });
  return async (ctx, next) => {
    await limiter(ctx, next);
    await notices.get(ctx);
  };
}
