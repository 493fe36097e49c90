import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Transformer } from 'grammy';
import type { ChannelAdapter } from '#src/chat/port.js';
import type { Config } from '#src/config.js';
import type { PlanInboxPort } from '#src/conversation/documents.js';
import type { EvidencePort } from '#src/conversation/evidence.js';
import type { BotState } from '#src/state/bot-state.js';
import { createBot, type TelegramBotDeps } from './bot.js';
import type { FloodLimit } from './features/flood.js';
import { describe } from './outgoing.js';
import { startWebhookServer, type WebhookServer } from './webhook.js';

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export interface TelegramChannelOptions {
  /** Installed closest to the network (tests observe the calls). */
  transformers?: Transformer[];
  flood?: FloodLimit | false;
  /** Webhook mode: the interface to listen on (default: all). */
  host?: string;
}

/** What the Telegram channel is given by the composition root. */
export interface TelegramChannelDeps extends Pick<TelegramBotDeps, 'conversation' | 'roleOf' | 'logger' | 'commands'> {
  /** Plan import by chat (the app's documents); absent, files sent to the bot are ignored. */
  documents?: { inbox: PlanInboxPort };
  /** Documents and photos sent as evidence of a task; absent, only plans are read. */
  evidence?: EvidencePort;
  config: Pick<
    Config,
    | 'TELEGRAM_BOT_TOKEN'
    | 'TELEGRAM_API_ROOT'
    | 'TELEGRAM_WEBHOOK_URL'
    | 'TELEGRAM_WEBHOOK_PORT'
    | 'TELEGRAM_WEBHOOK_SECRET'
  >;
  state: Pick<BotState, 'telegramUpdates' | 'telegramButtons'>;
}

/**
 * The Telegram channel: long polling through grammY's runner by default, a webhook when
 * TELEGRAM_WEBHOOK_URL is set. Stopping finishes the updates in hand and confirms them
 * to Telegram, so a restart does not see them again.
 */
export function createTelegramChannel(
  app: TelegramChannelDeps,
  options: TelegramChannelOptions = {},
): ChannelAdapter & { webhookPort(): number | undefined } {
  const { config, logger } = app;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('TELEGRAM_BOT_TOKEN chưa được đặt.');
  const pollingErrors: Transformer = async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      if ((method === 'getUpdates' || method === 'getMe') && !signal?.aborted)
        logger.warn({ error: describe(error) }, 'Chưa kết nối được Telegram; sẽ thử lại.');
      throw error;
    }
  };
  const dondoc = createBot(
    {
      token,
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
      transformers: [...(options.transformers ?? []), pollingErrors],
    },
    {
      conversation: app.conversation,
      roleOf: (identity) => app.roleOf(identity),
      seen: app.state.telegramUpdates,
      buttons: app.state.telegramButtons,
      logger,
      commands: app.commands,
      ...(app.documents ? { inbox: app.documents.inbox } : {}),
      ...(app.evidence ? { evidence: app.evidence } : {}),
      ...(options.flood !== undefined ? { flood: options.flood } : {}),
    },
  );
  const { bot } = dondoc;
  let runner: RunnerHandle | undefined;
  let webhook: WebhookServer | undefined;
  let stopped = false;

  return {
    channel: 'telegram',
    async start() {
      try {
        await bot.init();
      } catch (error) {
        throw new Error(`Không kết nối được Telegram (kiểm tra TELEGRAM_BOT_TOKEN và mạng): ${describe(error)}`);
      }
      await dondoc.registerCommands();
      dondoc.replayInbox();
      const url = config.TELEGRAM_WEBHOOK_URL;
      if (url && config.TELEGRAM_WEBHOOK_SECRET) {
        webhook = await startWebhookServer(
          bot,
          {
            path: new URL(url).pathname,
            port: config.TELEGRAM_WEBHOOK_PORT,
            secretToken: config.TELEGRAM_WEBHOOK_SECRET,
            ...(options.host ? { host: options.host } : {}),
          },
          logger,
        );
        await bot.api.setWebhook(url, {
          secret_token: config.TELEGRAM_WEBHOOK_SECRET,
          allowed_updates: [...ALLOWED_UPDATES],
        });
        logger.info({ port: webhook.port }, `Telegram: @${bot.botInfo.username} nhận tin qua webhook.`);
        return;
      }
      // A webhook left from an earlier run would make getUpdates fail.
      await bot.api
        .deleteWebhook()
        .catch((error: unknown) => logger.warn({ error: describe(error) }, 'Không xóa được webhook Telegram cũ.'));
      runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
      runner.task()?.catch((error: unknown) => {
        if (!stopped) logger.error({ error: describe(error) }, 'Telegram ngừng nhận tin nhắn (long polling dừng).');
      });
      logger.info(`Telegram: @${bot.botInfo.username} nhận tin qua long polling.`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (webhook) await webhook.close();
      if (runner) {
        await runner.stop();
        await dondoc.idle();
        // The runner confirms updates only with its next getUpdates; do it now, so a
        // restart does not receive the last batch again.
        const last = dondoc.lastUpdateId();
        if (last !== undefined) {
          await bot.api
            .getUpdates({ offset: last + 1, limit: 1, timeout: 0 })
            .catch((error: unknown) =>
              logger.warn({ error: describe(error) }, 'Không xác nhận được vị trí cập nhật Telegram.'),
            );
        }
      }
      await dondoc.idle();
    },
    send: (chatId, reply) => dondoc.send(chatId, reply),
    sendImage: (chatId, png, caption) => dondoc.sendImage(chatId, png, caption),
    webhookPort: () => webhook?.port,
  };
}
