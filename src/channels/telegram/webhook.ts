import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { describe } from './outgoing.js';
import { listen } from '../http-listen.js';

const MAX_BODY_BYTES = 1 << 20;

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Receives updates over HTTPS (behind a reverse proxy) on one path. Requests without
 * Telegram's secret header are refused by grammY with 401; anything else is 404.
 */
export async function startWebhookServer(
  bot: Bot,
  options: { path: string; port: number; host?: string; secretToken: string },
  logger: Logger,
): Promise<WebhookServer> {
  // "return": answer Telegram before its timeout and finish the work, rather than have
  // Telegram send the same update again.
  const callback = webhookCallback(bot, 'http', {
    secretToken: options.secretToken,
    onTimeout: 'return',
    timeoutMilliseconds: 50_000,
  });
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== options.path) {
      res.writeHead(404).end();
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      res.writeHead(413).end();
      return;
    }
    callback(req, res).catch((error: unknown) => {
      logger.warn({ error: describe(error) }, 'Yêu cầu webhook Telegram không xử lý được.');
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });
  return listen(server, options.port, options.host);
}
