import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Zalo Bot API emulator on 127.0.0.1, following the documented shapes: POST
 * /bot<TOKEN>/<method> with JSON, answered `{ok, result}` or `{ok:false, error_code,
 * description}`. getUpdates answers ONE update, or after `timeout` seconds an error 408;
 * sends are recorded and refused like the real API would (empty text, more than 2,000
 * characters). Failures can be injected; concurrent polls are counted.
 */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  status: number;
  ok: boolean;
}

export type Failure = { status: number; description?: string } | 'network';

export interface EmulatorOptions {
  token: string;
  /** Length of one "second" of getUpdates' timeout, in milliseconds (tests shorten it). */
  secondMs?: number;
  botInfo?: Record<string, unknown>;
}

export interface ZaloEmulator {
  /** The API root to put in ZALO_API_ROOT. */
  root: string;
  calls: RecordedCall[];
  of(method: string): RecordedCall[];
  /** Texts Zalo accepted, to one chat or to all. */
  texts(chatId?: string): string[];
  /** Queues an update; it resolves once a poll has taken it and the next poll has begun (the bot handled it). */
  push(update: unknown): Promise<void>;
  failNext(method: string, failure: Failure, times?: number): void;
  /** From now on the token is refused (401), the polls waiting included. */
  revokeToken(): void;
  webhook(): { url: string; secret: string } | null;
  setWebhookDirectly(url: string, secret: string): void;
  /** POSTs an event to the bot's webhook server the way Zalo would; the HTTP status. */
  deliver(target: string, body: unknown, secret?: string): Promise<number>;
  readonly polls: { started: number; active: number; maxActive: number; idle: number };
  /** Resolves when `predicate` holds, checked after every change of the emulator's state. */
  waitFor(predicate: () => boolean): Promise<void>;
  close(): Promise<void>;
}

interface Poll {
  seq: number;
  answer(status: number, payload: unknown): void;
}

const TEXT_LIMIT = 2000;

export async function startZaloEmulator(options: EmulatorOptions): Promise<ZaloEmulator> {
  const secondMs = options.secondMs ?? 1000;
  const botInfo = options.botInfo ?? {
    id: '7001',
    account_name: 'DonDocBot',
    account_type: 'BASIC',
    can_join_groups: true,
  };
  let token = options.token;
  const calls: RecordedCall[] = [];
  const queue: Array<{ update: unknown; taken: (seq: number) => void }> = [];
  const waiting: Poll[] = [];
  const failures = new Map<string, Failure[]>();
  const watchers: Array<{ predicate: () => boolean; resolve: () => void }> = [];
  const polls = { started: 0, active: 0, maxActive: 0, idle: 0 };
  let hook: { url: string; secret: string } | null = null;
  let messageIds = 0;

  const notify = () => {
    for (const watcher of [...watchers]) {
      if (!watcher.predicate()) continue;
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  };
  const reply = (res: ServerResponse, call: RecordedCall, status: number, payload: unknown) => {
    call.status = status;
    call.ok = (payload as { ok?: unknown }).ok === true;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    notify();
  };
  const error = (code: number, description: string) => ({ ok: false, error_code: code, description });

  const getUpdates = (res: ServerResponse, call: RecordedCall, body: Record<string, unknown>) => {
    if (hook) return reply(res, call, 400, error(400, 'Webhook is set; getUpdates is not available'));
    const seconds = Number(body.timeout ?? 30);
    polls.started += 1;
    polls.active += 1;
    polls.maxActive = Math.max(polls.maxActive, polls.active);
    let answered = false;
    const poll: Poll = {
      seq: polls.started,
      answer(status, payload) {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        waiting.splice(waiting.indexOf(poll), 1);
        polls.active -= 1;
        reply(res, call, status, payload);
      },
    };
    waiting.push(poll);
    const timer = setTimeout(
      () => {
        polls.idle += 1;
        // Zalo answers an idle long poll with an error 408 inside a 200, as its clients expect.
        poll.answer(200, error(408, 'Request timeout'));
      },
      (Number.isFinite(seconds) ? seconds : 30) * secondMs,
    );
    // The bot aborting its poll (stopping): the connection closes without an answer.
    res.on('close', () => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      waiting.splice(waiting.indexOf(poll), 1);
      polls.active -= 1;
      call.status = 0;
      notify();
    });
    const next = queue.shift();
    if (next) {
      poll.answer(200, { ok: true, result: next.update });
      next.taken(poll.seq);
    }
    notify();
  };

  const methods: Record<string, (res: ServerResponse, call: RecordedCall, body: Record<string, unknown>) => void> = {
    getMe: (res, call) => reply(res, call, 200, { ok: true, result: botInfo }),
    getUpdates,
    sendMessage(res, call, body) {
      const text = body.text;
      if (typeof body.chat_id !== 'string' || body.chat_id === '')
        return reply(res, call, 400, error(400, 'chat_id is required'));
      if (typeof text !== 'string' || text.length === 0 || text.length > TEXT_LIMIT) {
        return reply(res, call, 400, error(400, 'text must be between 1 and 2000 characters'));
      }
      reply(res, call, 200, { ok: true, result: { message_id: `m${++messageIds}`, date: Date.now() } });
    },
    sendPhoto(res, call, body) {
      if (typeof body.chat_id !== 'string' || typeof body.photo !== 'string' || !/^https?:\/\//.test(body.photo)) {
        return reply(res, call, 400, error(400, 'photo must be a URL'));
      }
      reply(res, call, 200, { ok: true, result: { message_id: `m${++messageIds}`, date: Date.now() } });
    },
    sendChatAction(res, call, body) {
      if (typeof body.chat_id !== 'string' || body.action !== 'typing')
        return reply(res, call, 400, error(400, 'bad chat action'));
      reply(res, call, 200, { ok: true, result: true });
    },
    setWebhook(res, call, body) {
      const { url, secret_token: secret } = body;
      if (typeof url !== 'string' || typeof secret !== 'string' || secret.length < 8 || secret.length > 256) {
        return reply(res, call, 400, error(400, 'url and secret_token (8-256 characters) are required'));
      }
      hook = { url, secret };
      reply(res, call, 200, { ok: true, result: { url, updated_at: Date.now() } });
    },
    deleteWebhook(res, call) {
      hook = null;
      reply(res, call, 200, { ok: true, result: { url: '', updated_at: Date.now() } });
    },
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
      const method = match?.[2] ?? '';
      let body: Record<string, unknown> = {};
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
      } catch {
        body = {};
      }
      const call: RecordedCall = { method, body, status: 0, ok: false };
      calls.push(call);
      if (req.method !== 'POST' || !match) return reply(res, call, 404, error(404, 'Not found'));
      if (match[1] !== token) return reply(res, call, 401, error(401, 'Unauthorized'));
      const injected = failures.get(method)?.shift();
      if (injected === 'network') {
        req.socket.destroy();
        notify();
        return;
      }
      if (injected)
        return reply(
          res,
          call,
          injected.status,
          error(injected.status, injected.description ?? `Injected ${injected.status}`),
        );
      const handler = methods[method];
      if (!handler) return reply(res, call, 404, error(404, 'Method not found'));
      handler(res, call, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitFor = (predicate: () => boolean) =>
    predicate() ? Promise.resolve() : new Promise<void>((resolve) => watchers.push({ predicate, resolve }));

  return {
    root,
    calls,
    of: (method) => calls.filter((call) => call.method === method),
    texts: (chatId) =>
      calls
        .filter((c) => c.method === 'sendMessage' && c.ok && (chatId === undefined || c.body.chat_id === chatId))
        .map((c) => String(c.body.text)),
    async push(update) {
      const seq = await new Promise<number>((taken) => {
        const poll = waiting[0];
        if (poll) {
          poll.answer(200, { ok: true, result: update });
          taken(poll.seq);
        } else {
          queue.push({ update, taken });
        }
      });
      // Polls follow one another: the next one begins once the bot has handled this update.
      await waitFor(() => polls.started > seq);
    },
    failNext(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    revokeToken() {
      token = `revoked-${token}`;
      for (const poll of [...waiting]) poll.answer(401, error(401, 'Unauthorized'));
    },
    webhook: () => hook,
    setWebhookDirectly(url, secret) {
      hook = { url, secret };
    },
    async deliver(target, body, secret) {
      const response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret !== undefined ? { 'x-bot-api-secret-token': secret } : {}),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    },
    polls,
    waitFor,
    async close() {
      for (const poll of [...waiting]) poll.answer(200, error(408, 'Request timeout'));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
