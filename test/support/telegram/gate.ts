import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestServer } from './test-api.js';

/**
 * A thin HTTP gate in front of telegram-test-api for what the emulator does not model:
 * it accepts any token, knows no getWebhookInfo and dates its answers by the local clock.
 * The gate refuses every token but one (401, as Telegram does), answers getWebhookInfo from
 * the webhook the emulator holds (with a delivery error when one is injected), shifts the
 * Date header by `skewMs`, and passes every other call through unchanged.
 */
export interface TelegramGate {
  /** The API root to give the bot or the doctor. */
  url: string;
  skewMs: number;
  /** Telegram's last failed delivery to the webhook, as getWebhookInfo reports it. */
  webhookError: { message: string; date: Date } | null;
  close(): Promise<void>;
}

export async function startTelegramGate(server: TestServer, token: string): Promise<TelegramGate> {
  const target = server.config.apiURL;
  const gate: TelegramGate = { url: '', skewMs: 0, webhookError: null, close: async () => {} };
  const http = createServer((req, res) => {
    void (async () => {
      const date = new Date(Date.now() + gate.skewMs).toUTCString();
      const json = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', date });
        res.end(JSON.stringify(payload));
      };
      const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
      if (match && match[1] !== token) return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      if (match?.[2] === 'getWebhookInfo') {
        // The emulator keeps webhooks privately, by token; its typings hide the field.
        const hooks = (server as unknown as { webhooks: Record<string, { url?: string } | undefined> }).webhooks;
        const error = gate.webhookError;
        return json(200, {
          ok: true,
          result: {
            url: hooks[token]?.url ?? '',
            has_custom_certificate: false,
            pending_update_count: error ? 3 : 0,
            ...(error
              ? { last_error_date: Math.floor(error.date.getTime() / 1000), last_error_message: error.message }
              : {}),
          },
        });
      }
      const body = await readBody(req);
      const answer = await fetch(`${target}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }),
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', date });
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      res.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  gate.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  gate.close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return gate;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
