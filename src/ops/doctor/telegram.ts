import { z } from 'zod';
import { fail, ok, warn, type CheckResult } from './check.js';

/**
 * Telegram: the token answers getMe, and with a webhook configured, getWebhookInfo says
 * where Telegram posts and the last delivery error it met. Plain HTTP calls: the doctor
 * needs no bot framework. The token sits in the URL, so no URL is ever printed.
 */
export interface TelegramProbeConfig {
  token: string;
  apiRoot?: string | undefined;
  webhookUrl?: string | undefined;
}

const Envelope = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
});
const Me = z.object({ id: z.number(), username: z.string().optional(), first_name: z.string().optional() });
const WebhookInfo = z.object({
  url: z.string().default(''),
  pending_update_count: z.number().default(0),
  last_error_date: z.number().optional(),
  last_error_message: z.string().optional(),
});

export interface TelegramProbe {
  checks: CheckResult[];
  /** The Date header of Telegram's answer, to compare clocks. */
  serverDate: Date | null;
}

/** A delivery error older than this is history, not a fault. */
const RECENT_ERROR_S = 24 * 3600;

export async function probeTelegram(
  config: TelegramProbeConfig,
  now: Date,
  timeoutMs = 10_000,
): Promise<TelegramProbe> {
  const root = (config.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const scrub = (text: string) => text.split(config.token).join('[ẩn]');
  let serverDate: Date | null = null;
  const call = async (method: string) => {
    const response = await fetch(`${root}/bot${config.token}/${method}`, {
      method: 'POST',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const date = response.headers.get('date');
    if (date && !Number.isNaN(Date.parse(date))) serverDate ??= new Date(date);
    const body = Envelope.safeParse(await response.json().catch(() => null));
    return { status: response.status, body: body.success ? body.data : null };
  };

  const name = 'Telegram';
  let me;
  try {
    me = await call('getMe');
  } catch (error) {
    return {
      serverDate,
      checks: [
        fail(
          name,
          `không kết nối được máy chủ Telegram (${networkCode(error)}).`,
          'kiểm tra mạng ra Internet (HTTPS tới api.telegram.org), tường lửa, proxy, và TELEGRAM_API_ROOT nếu có đặt.',
        ),
      ],
    };
  }
  const info = me.body?.ok ? Me.safeParse(me.body.result) : null;
  if (!info?.success) {
    const code = me.body?.error_code ?? me.status;
    const refused = code === 401 || code === 404;
    return {
      serverDate,
      checks: [
        fail(
          name,
          refused
            ? `Telegram từ chối token (lỗi ${code}): token sai hoặc đã bị thu hồi.`
            : `getMe không thành công (lỗi ${code}${me.body?.description ? `: ${scrub(me.body.description)}` : ''}).`,
          refused
            ? 'lấy lại token của bot từ @BotFather (lệnh /token hoặc /revoke) và đặt TELEGRAM_BOT_TOKEN trong tệp .env.'
            : 'thử lại sau ít phút; nếu vẫn lỗi, kiểm tra TELEGRAM_API_ROOT.',
        ),
      ],
    };
  }
  const bot = info.data.username ? `@${info.data.username}` : (info.data.first_name ?? String(info.data.id));
  const checks = [ok(name, `token hợp lệ, bot ${bot} (id ${info.data.id}).`)];
  if (config.webhookUrl) checks.push(await webhookCheck(call, config.webhookUrl, now, scrub));
  return { checks, serverDate };
}

async function webhookCheck(
  call: (method: string) => Promise<{ status: number; body: z.infer<typeof Envelope> | null }>,
  expected: string,
  now: Date,
  scrub: (text: string) => string,
): Promise<CheckResult> {
  const name = 'Webhook Telegram';
  let answer;
  try {
    answer = await call('getWebhookInfo');
  } catch (error) {
    return fail(
      name,
      `không hỏi được Telegram về webhook (${networkCode(error)}).`,
      'kiểm tra mạng ra Internet rồi chạy lại doctor.',
    );
  }
  const info = answer.body?.ok ? WebhookInfo.safeParse(answer.body.result) : null;
  if (!info?.success)
    return fail(
      name,
      `getWebhookInfo không thành công (lỗi ${answer.body?.error_code ?? answer.status}).`,
      'thử lại sau ít phút.',
    );
  const { url, pending_update_count: pending, last_error_date: errorAt, last_error_message: errorText } = info.data;
  if (url === '') {
    return warn(
      name,
      `chưa đăng ký với Telegram (cấu hình: ${expected}).`,
      'khởi động bot («systemctl start dondoc»): bot tự đăng ký webhook khi chạy.',
    );
  }
  if (url !== expected) {
    return warn(
      name,
      `Telegram đang gửi tới ${url}, khác TELEGRAM_WEBHOOK_URL (${expected}).`,
      'khởi động lại bot để đăng ký lại, và kiểm tra không có chương trình khác dùng cùng token.',
    );
  }
  const recent = errorAt !== undefined && now.getTime() / 1000 - errorAt < RECENT_ERROR_S;
  if (errorText && recent) {
    const when = new Date((errorAt ?? 0) * 1000).toISOString().replace('T', ' ').slice(0, 16);
    return fail(
      name,
      `Telegram không gửi được tới ${url}: «${scrub(errorText)}» (lúc ${when} UTC; ${pending} cập nhật đang chờ).`,
      'kiểm tra tên miền trỏ đúng máy chủ, chứng chỉ TLS còn hạn, reverse proxy (nginx/Caddy) chuyển đường dẫn này tới cổng TELEGRAM_WEBHOOK_PORT, và bot đang chạy.',
    );
  }
  return ok(name, `Telegram gửi tới ${url}; ${pending} cập nhật đang chờ${errorText ? ', không có lỗi gần đây' : ''}.`);
}

/** "ECONNREFUSED", "ENOTFOUND"…, never the message (which holds the URL and the token). */
export function networkCode(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'hết thời gian chờ';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'lỗi mạng';
}
