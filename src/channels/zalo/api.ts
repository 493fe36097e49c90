import { z } from 'zod';

/**
 * A small client for the Zalo Bot API: POST `<root>/bot<TOKEN>/<method>` with a JSON body,
 * answered by `{ok, result, error_code, description}`. Only `ok` means success; every
 * answer is checked with zod. The token sits in the URL, so neither the URL nor the token
 * ever appears in an error message.
 */
export const DEFAULT_API_ROOT = 'https://bot-api.zaloplatforms.com';

/** Ids come as strings; a number is tolerated and turned into one. */
export const ZaloId = z.union([z.string().min(1), z.number().int()]).transform(String);

const Envelope = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
  description: z.string().optional(),
});

export const BotInfo = z.object({
  id: ZaloId,
  account_name: z.string().optional(),
  display_name: z.string().optional(),
  name: z.string().optional(),
});
export type BotInfo = z.infer<typeof BotInfo>;

const SentMessage = z.object({ message_id: ZaloId.optional(), date: z.number().optional() }).nullable().optional();
const Anything = z.unknown();

/** What went wrong with a call: Zalo's error code, or what kept the answer from arriving. */
export type ZaloFailure = number | 'network' | 'timeout' | 'aborted' | 'invalid';

export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: ZaloFailure,
    description: string,
  ) {
    super(
      `Zalo ${method}: ${typeof code === 'number' ? `lỗi ${code}` : code}${description ? ` (${description})` : ''}`,
    );
    this.name = 'ZaloApiError';
  }

  /** Worth trying again later: flood limits, Zalo's own failures, the network. */
  get retryable(): boolean {
    return (
      this.code === 429 ||
      this.code === 'network' ||
      this.code === 'timeout' ||
      (typeof this.code === 'number' && this.code >= 500)
    );
  }
}

export interface ZaloApiOptions {
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
  /** Each call but the long poll gives up after this long. */
  requestTimeoutMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ZaloApi {
  getMe(options?: CallOptions): Promise<BotInfo>;
  /** One update, or null when Zalo answers without one; the update is checked by the caller. */
  getUpdates(timeoutSeconds: number, options?: CallOptions): Promise<unknown>;
  sendMessage(chatId: string, text: string, options?: CallOptions): Promise<void>;
  sendPhoto(chatId: string, photoUrl: string, caption: string, options?: CallOptions): Promise<void>;
  sendChatAction(chatId: string, action: 'typing', options?: CallOptions): Promise<void>;
  setWebhook(url: string, secretToken: string, options?: CallOptions): Promise<void>;
  deleteWebhook(options?: CallOptions): Promise<void>;
}

export function createZaloApi(options: ZaloApiOptions): ZaloApi {
  const root = (options.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  // Descriptions come from the server; make sure the token cannot come back through them.
  const scrub = (text: string) => text.split(options.token).join('[ẩn]').slice(0, 200);

  async function call<T extends z.ZodType>(
    method: string,
    body: Record<string, unknown>,
    schema: T,
    opts: CallOptions = {},
  ): Promise<z.infer<T>> {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? requestTimeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let status: number;
    let raw: string;
    try {
      const response = await fetchImpl(`${root}/bot${options.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
      status = response.status;
      raw = await response.text();
    } catch (error) {
      if (opts.signal?.aborted) throw new ZaloApiError(method, 'aborted', '');
      if (timeout.aborted) throw new ZaloApiError(method, 'timeout', '');
      throw new ZaloApiError(method, 'network', networkCause(error));
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new ZaloApiError(method, status >= 200 && status < 300 ? 'invalid' : status, 'câu trả lời không phải JSON');
    }
    const envelope = Envelope.safeParse(json);
    if (!envelope.success)
      throw new ZaloApiError(
        method,
        status >= 200 && status < 300 ? 'invalid' : status,
        'câu trả lời không đúng định dạng',
      );
    const { ok, result, error_code: code, description } = envelope.data;
    if (!ok) throw new ZaloApiError(method, code ?? (status >= 400 ? status : 'invalid'), scrub(description ?? ''));
    const parsed = schema.safeParse(result);
    if (!parsed.success) throw new ZaloApiError(method, 'invalid', 'kết quả không đúng định dạng');
    return parsed.data;
  }

  return {
    getMe: (o) => call('getMe', {}, BotInfo, o),
    // The poll waits up to `timeout` seconds on Zalo's side; give the request that long and more.
    // The timeout travels as a string, as Zalo's own examples send it.
    getUpdates: (seconds, o) =>
      call('getUpdates', { timeout: String(seconds) }, Anything, { timeoutMs: (seconds + 10) * 1000, ...o }),
    sendMessage: async (chatId, text, o) => void (await call('sendMessage', { chat_id: chatId, text }, SentMessage, o)),
    sendPhoto: async (chatId, photo, caption, o) =>
      void (await call('sendPhoto', { chat_id: chatId, photo, caption }, SentMessage, o)),
    sendChatAction: async (chatId, action, o) =>
      void (await call('sendChatAction', { chat_id: chatId, action }, Anything, o)),
    setWebhook: async (url, secret, o) => void (await call('setWebhook', { url, secret_token: secret }, Anything, o)),
    deleteWebhook: async (o) => void (await call('deleteWebhook', {}, Anything, o)),
  };
}

/** "ECONNREFUSED", "ENOTFOUND"…: the cause's code, never its message (which may hold the address). */
function networkCause(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'không kết nối được';
}
