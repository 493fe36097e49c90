import type { ChannelAdapter } from '#src/chat/port.js';
import type { Config } from '#src/config.js';
import type { BotState } from '#src/state/bot-state.js';
import { MAX_EVIDENCE_BYTES } from '#src/domain/evidence.js';
import { FileTooLarge } from '#src/conversation/evidence.js';
import { createZaloApi, ZaloApiError, type ZaloApi } from './api.js';
import { DEFAULT_BACKOFF, type Backoff } from './backoff.js';
import { chatMemories } from './chats.js';
import { createUpdateHandler, describe, type HandlerDeps } from './handler.js';
import { createOutgoing } from './outgoing.js';
import { startPolling, UNAUTHORIZED, type Polling } from './polling.js';
import { startWebhookServer, type WebhookServer } from './webhook.js';

/**
 * A picture from the address in a Zalo event: http(s) only, at most 20 MB, two minutes at most.
 * The address is Zalo's content server, never the API's, so it holds no token.
 */
export async function downloadPicture(url: string): Promise<Uint8Array> {
  if (!/^https?:\/\//i.test(url)) throw new Error('Picture address is not http(s)');
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`Picture download answered HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_EVIDENCE_BYTES) throw new FileTooLarge(length);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) throw new FileTooLarge(bytes.byteLength);
  return bytes;
}

/** What the Zalo channel is given by the composition root. */
export interface ZaloChannelDeps extends Pick<HandlerDeps, 'conversation' | 'roleOf' | 'logger' | 'evidence'> {
  config: Pick<
    Config,
    'ZALO_BOT_TOKEN' | 'ZALO_API_ROOT' | 'ZALO_WEBHOOK_URL' | 'ZALO_WEBHOOK_PORT' | 'ZALO_WEBHOOK_SECRET'
  >;
  state: Pick<BotState, 'zaloSeen' | 'plainSessions'>;
}

export interface ZaloChannelOptions {
  /** Seconds Zalo holds a getUpdates open (default 30). */
  pollTimeoutSeconds?: number;
  /** Waits after failures, doubling (default 1 s up to 60 s). */
  backoff?: Backoff;
  /** Webhook mode: the port to listen on instead of ZALO_WEBHOOK_PORT (0 picks a free port). */
  webhookPort?: number;
  /** Webhook mode: the interface to listen on (default: all). */
  host?: string;
}

export interface ZaloChannel extends ChannelAdapter {
  /** The port the webhook server listens on, in webhook mode. */
  webhookPort(): number | undefined;
  /** Resolves when receiving has ended: stopped, or the token refused. */
  receiving(): Promise<void>;
}

/**
 * The Zalo channel: long polling by default, a webhook when ZALO_WEBHOOK_URL is set (Zalo
 * allows one or the other). Replies are plain text with numbered choices, so "1", "2",
 * "tiếp" and "trước" answer the last message shown in the chat, and notices sent through
 * `send` (a registration to approve, a task to confirm) can be answered the same way.
 */
export function createZaloChannel(app: ZaloChannelDeps, options: ZaloChannelOptions = {}): ZaloChannel {
  const { config, logger } = app;
  const token = config.ZALO_BOT_TOKEN;
  if (!token) throw new Error('ZALO_BOT_TOKEN chưa được đặt.');
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const api: ZaloApi = createZaloApi({ token, ...(config.ZALO_API_ROOT ? { apiRoot: config.ZALO_API_ROOT } : {}) });
  const chats = chatMemories(10_000, app.state.plainSessions('zalo'));
  const outgoing = createOutgoing(api, logger, backoff);
  let botNames: string[] = [];
  const handle = createUpdateHandler({
    conversation: app.conversation,
    roleOf: (identity) => app.roleOf(identity),
    seen: app.state.zaloSeen,
    chats,
    outgoing,
    logger,
    botNames: () => botNames,
    ...(app.evidence ? { evidence: app.evidence, download: downloadPicture } : {}),
  });

  let polling: Polling | undefined;
  let webhook: WebhookServer | undefined;
  // Webhook events are handled one after another, in the order they arrived.
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  let ended!: () => void;
  const receiving = new Promise<void>((resolve) => (ended = resolve));

  const identify = async () => {
    try {
      const me = await api.getMe();
      botNames = [me.display_name, me.name, me.account_name].filter(
        (name): name is string => name !== undefined && name.trim() !== '',
      );
      return botNames[0] ?? me.id;
    } catch (error) {
      if (error instanceof ZaloApiError && error.code === 401) throw new Error(UNAUTHORIZED);
      // Zalo unreachable at start: polling retries on its own; in groups, "/…" and "bot ơi" still work.
      logger.warn({ error: describe(error) }, 'Chưa hỏi được tên bot Zalo (getMe); bot vẫn chạy.');
      return undefined;
    }
  };

  return {
    channel: 'zalo',
    async start() {
      const name = await identify();
      // Messages taken in but never answered (the process died): answered first, in order.
      const pending = app.state.zaloSeen.unhandled();
      if (pending.length > 0)
        logger.info(
          { count: pending.length },
          'Đang trả lời các tin nhắn Zalo đã nhận nhưng chưa xử lý xong trước khi bot dừng.',
        );
      queue = pending.reduce<Promise<void>>((previous, raw) => previous.then(() => handle(raw)), queue);
      const who = name ? `bot «${name}»` : 'bot';
      const url = config.ZALO_WEBHOOK_URL;
      if (url && config.ZALO_WEBHOOK_SECRET) {
        webhook = await startWebhookServer(
          {
            path: new URL(url).pathname,
            port: options.webhookPort ?? config.ZALO_WEBHOOK_PORT,
            secretToken: config.ZALO_WEBHOOK_SECRET,
            ...(options.host ? { host: options.host } : {}),
            accept: (update) => {
              queue = queue.then(() => handle(update));
            },
          },
          logger,
        );
        try {
          await api.setWebhook(url, config.ZALO_WEBHOOK_SECRET);
        } catch (error) {
          await webhook.close();
          webhook = undefined;
          throw new Error(`Không đăng ký được webhook Zalo (kiểm tra ZALO_WEBHOOK_URL): ${describe(error)}`);
        }
        logger.info({ port: webhook.port }, `Zalo: ${who} nhận tin qua webhook.`);
        return;
      }
      // Polling and a webhook exclude each other: a webhook left from an earlier run would block getUpdates.
      await api
        .deleteWebhook()
        .catch((error: unknown) => logger.warn({ error: describe(error) }, 'Không xóa được webhook Zalo cũ.'));
      const replayed = queue;
      polling = startPolling({
        api,
        logger,
        handle: async (raw) => replayed.then(() => handle(raw)),
        timeoutSeconds: options.pollTimeoutSeconds ?? 30,
        backoff,
      });
      void polling.done.then(ended);
      logger.info(`Zalo: ${who} nhận tin qua long polling.`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (webhook) await webhook.close();
      if (polling) await polling.stop();
      await queue;
      ended();
    },
    async send(chatId, reply) {
      // A notice with choices or pages becomes what the chat's numbers refer to.
      if ((reply.choices?.length ?? 0) > 0 || reply.page) chats.of(chatId).session.remember(reply);
      await outgoing.sendReply(chatId, reply);
    },
    async sendImage(chatId, _png, caption) {
      // sendPhoto takes a public URL, and the bot has no image host: the caption goes as text.
      await outgoing.sendText(chatId, caption);
    },
    webhookPort: () => webhook?.port,
    receiving: () => receiving,
  };
}
