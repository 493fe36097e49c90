import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { describeError } from '#src/domain/errors.js';
import { WebhookBody, type ZaloUpdate } from './incoming.js';
import { listen } from '../http-listen.js';

const MAX_BODY_BYTES = 1 << 20;
const SECRET_HEADER = 'x-bot-api-secret-token';

export interface WebhookOptions {
  /** The path of ZALO_WEBHOOK_URL; anything else is 404. */
  path: string;
  port: number;
  host?: string;
  secretToken: string;
  /** Takes the update in; answering does not wait for the reply to be sent. */
  accept(update: ZaloUpdate): void;
}

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Receives Zalo events over HTTPS (behind a reverse proxy). A request without Zalo's secret
 * header is refused with 401, a wrong secret with 403, a body that is not a Zalo event with
 * 400. A valid event is acknowledged at once and handled in order behind the others, so a
 * slow answer never makes Zalo send the event again.
 */
export async function startWebhookServer(options: WebhookOptions, logger: Logger): Promise<WebhookServer> {
  const expected = digest(options.secretToken);
  const server = createServer((req, res) => {
    void receive(req, res).catch((error: unknown) => {
      logger.warn({ error: describeError(error) }, 'Yêu cầu webhook Zalo không xử lý được.');
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== options.path) return void res.writeHead(404).end();
    const secret = req.headers[SECRET_HEADER];
    if (typeof secret !== 'string' || secret === '') return refuse(res, 401);
    // Compared as digests: constant time, whatever the lengths.
    if (!timingSafeEqual(digest(secret), expected)) return refuse(res, 403);
    const body = await readBody(req);
    if (body === null) return void res.writeHead(413).end();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return void res.writeHead(400).end();
    }
    const update = WebhookBody.safeParse(json);
    if (!update.success) {
      logger.warn('Webhook Zalo nhận một sự kiện không đúng định dạng.');
      return void res.writeHead(400).end();
    }
    options.accept(update.data);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"Success"}');
  }

  function refuse(res: ServerResponse, status: 401 | 403): void {
    logger.warn({ status }, 'Từ chối yêu cầu webhook Zalo không có mã bí mật đúng.');
    res.writeHead(status).end();
  }

  return listen(server, options.port, options.host);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The body as text, or null past the size limit. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
