import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError, type Context, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { ChatCommand } from '#src/conversation/command.js';
import type { Conversation } from '#src/conversation/engine.js';
import type { Role } from '#src/chat/message.js';
import type { Reply } from '#src/chat/reply.js';
import type { Identity } from '#src/conversation/roles.js';
import type { TelegramButtons } from '#src/state/telegram-buttons.js';
import type { SeenUpdates } from '#src/state/telegram-updates.js';
import type { PlanInboxPort } from '#src/conversation/documents.js';
import type { EvidencePort } from '#src/conversation/evidence.js';
import { buttonsFeature } from './features/buttons.js';
import { documentsFeature, fileDownloader } from './features/documents.js';
import { DEFAULT_FLOOD_LIMIT, floodGuard, type FloodLimit } from './features/flood.js';
import { messagesFeature } from './features/messages.js';
import { networkRetry } from './network-retry.js';
import { createOutgoing, describe } from './outgoing.js';
import { graphemePrefix } from '#src/domain/text.js';

export interface TelegramBotConfig {
  token: string;
  /** TELEGRAM_API_ROOT: a local Bot API server, or the test server. */
  apiRoot?: string;
  /** Known bot identity: skips getMe (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** Installed closest to the network, below auto-retry (tests record calls here). */
  transformers?: Transformer[];
  /** Pauses before sending a reply again after a network failure (tests shorten them). */
  networkRetryDelaysMs?: number[];
}

export interface TelegramBotDeps {
  conversation: Conversation;
  roleOf: (identity: Identity) => Role;
  /** Update ids already handled, and what the buttons stand for (the bot's state). */
  seen: SeenUpdates;
  buttons: TelegramButtons;
  logger: Logger;
  /** Listed in Telegram's command menu, with their Vietnamese descriptions. */
  commands: readonly ChatCommand[];
  /** Per-user flood limit; false turns it off (benchmarks). */
  flood?: FloodLimit | false;
  /** Plan files sent by coordinators (import by chat); without it documents are ignored. */
  inbox?: PlanInboxPort;
  /** Documents and photos sent as evidence of a task (issue #17). */
  evidence?: EvidencePort;
}

/** The grammY bot and what the channel needs beside it. */
export interface DondocBot {
  bot: Bot;
  send(chatId: string, reply: Reply): Promise<void>;
  sendImage(chatId: string, png: Uint8Array, caption: string): Promise<void>;
  /** setMyCommands from the command list; a refusal costs one log line. */
  registerCommands(): Promise<void>;
  /** Resolves when every update taken in so far has been handled. */
  idle(): Promise<void>;
  /** The highest update id taken in, to confirm to Telegram on stop. */
  lastUpdateId(): number | undefined;
  /** Handles again the updates stored but never handled (the process died); after init. */
  replayInbox(): number;
}

export const APOLOGY = 'Xin lỗi, tôi gặp trục trặc khi xử lý tin nhắn này. Bạn thử lại sau ít phút nhé.';

/**
 * Builds the bot: de-duplication and per-chat ordering first, then one composer per
 * feature behind an error boundary, so one failing update costs an apology and a log
 * line and the bot goes on with the next.
 */
export function createBot(config: TelegramBotConfig, deps: TelegramBotDeps): DondocBot {
  const { logger } = deps;
  const bot = new Bot(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    client: { ...(config.apiRoot ? { apiRoot: config.apiRoot.replace(/\/+$/, '') } : {}) },
  });
  for (const transformer of config.transformers ?? []) bot.api.config.use(transformer);
  bot.api.config.use(networkRetry(logger, config.networkRetryDelaysMs));
  const { seen, buttons } = deps;
  // The inbox: a fetched batch is stored before the runner's next getUpdates confirms it.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === 'getUpdates' && result.ok && Array.isArray(result.result))
      seen.receive(bot.botInfo.id, result.result as Array<{ update_id: number }>);
    return result;
  });
  // Flood limits (429) are waited out; a few retries for Telegram's own hiccups, no more.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));

  const outgoing = createOutgoing(buttons, logger);

  let lastUpdateId: number | undefined;
  const inFlight = new Set<Promise<void>>();
  bot.use(async (ctx, next) => {
    const id = ctx.update.update_id;
    lastUpdateId = Math.max(lastUpdateId ?? id, id);
    if (!seen.firstTime(ctx.me.id, id, ctx.update)) {
      logger.debug({ updateId: id }, 'Bỏ qua cập nhật Telegram đã xử lý.');
      return;
    }
    const task = next();
    inFlight.add(task);
    try {
      await task;
    } finally {
      inFlight.delete(task);
      seen.handled(ctx.me.id, id);
    }
  });
  // Updates of one chat are answered in order; different chats in parallel.
  bot.use(sequentialize((ctx: Context) => (ctx.chat ?? ctx.from)?.id.toString()));

  const features = { ...deps, buttons, outgoing, flood: floodGuard(deps.flood ?? DEFAULT_FLOOD_LIMIT, logger) };
  const guarded = bot.errorBoundary((error) => apologize(error, logger));
  guarded.use(messagesFeature(features), buttonsFeature(features));
  if (deps.inbox || deps.evidence)
    guarded.use(
      documentsFeature({
        ...features,
        ...(deps.inbox ? { inbox: deps.inbox } : {}),
        ...(deps.evidence ? { evidence: deps.evidence } : {}),
        download: fileDownloader(config.token, config.apiRoot),
      }),
    );
  // Last resort, should anything escape the boundary (the state database, say).
  bot.catch((error) =>
    logger.error(
      { updateId: error.ctx.update.update_id, error: describe(error.error) },
      'Lỗi ngoài dự kiến với một cập nhật Telegram.',
    ),
  );

  return {
    bot,
    send: (chatId, reply) => outgoing.send(bot.api, reply, { chatId, userId: null }),
    sendImage: (chatId, png, caption) => outgoing.sendImage(bot.api, chatId, png, caption),
    async registerCommands() {
      const commands = deps.commands
        .filter((command) => /^[a-z0-9_]{1,32}$/.test(command.name))
        .map((command) => ({ command: command.name, description: graphemePrefix(command.description, 256) }));
      try {
        await bot.api.setMyCommands(commands);
      } catch (error) {
        logger.warn(
          { error: describe(error) },
          'Không đặt được danh sách lệnh Telegram (setMyCommands); bot vẫn chạy.',
        );
      }
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    lastUpdateId: () => lastUpdateId,
    replayInbox() {
      const pending = seen.unhandled(bot.botInfo.id);
      for (const update of pending) {
        // Started in order, so each chat's updates keep their order (sequentialize).
        const task = bot
          .handleUpdate(update as Parameters<Bot['handleUpdate']>[0])
          .catch((error: unknown) =>
            logger.error({ error: describe(error) }, 'Không xử lý lại được một cập nhật Telegram.'),
          );
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
      }
      if (pending.length > 0)
        logger.info(
          { count: pending.length },
          'Đang trả lời các tin nhắn Telegram đã nhận nhưng chưa xử lý xong trước khi bot dừng.',
        );
      return pending.length;
    },
  };
}

async function apologize(error: BotError, logger: Logger): Promise<void> {
  const { ctx } = error;
  logger.error(
    { updateId: ctx.update.update_id, chatId: ctx.chat?.id, error: describe(error.error) },
    'Lỗi khi xử lý một cập nhật Telegram.',
  );
  if (ctx.chat === undefined) return;
  // The apology is best effort: when Telegram itself is the problem it cannot arrive.
  await ctx.api.sendMessage(ctx.chat.id, APOLOGY).catch(() => undefined);
}
