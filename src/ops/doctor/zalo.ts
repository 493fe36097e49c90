import { createZaloApi, ZaloApiError } from '#src/channels/zalo/api.js';
import { fail, ok, type CheckResult } from './check.js';

export interface ZaloProbe {
  checks: CheckResult[];
  serverDate: Date | null;
}

/** Zalo: the token answers getMe (through the bot's own Zalo client). */
export async function probeZalo(config: { token: string; apiRoot?: string | undefined }): Promise<ZaloProbe> {
  let serverDate: Date | null = null;
  const api = createZaloApi({
    token: config.token,
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    requestTimeoutMs: 10_000,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const date = response.headers.get('date');
      if (date && !Number.isNaN(Date.parse(date))) serverDate ??= new Date(date);
      return response;
    },
  });
  const name = 'Zalo';
  try {
    const me = await api.getMe();
    const bot = me.account_name ?? me.display_name ?? me.name ?? me.id;
    return { serverDate, checks: [ok(name, `token hợp lệ, bot «${bot}» (id ${me.id}).`)] };
  } catch (error) {
    const code = error instanceof ZaloApiError ? error.code : 'network';
    if (code === 401 || code === 403 || code === 404) {
      return {
        serverDate,
        checks: [
          fail(
            name,
            `Zalo từ chối token (lỗi ${code}): token sai hoặc đã bị thu hồi.`,
            'lấy lại token trong tin nhắn của «Zalo Bot Manager» (hoặc tạo lại token ở Zalo Bot Platform) và đặt ZALO_BOT_TOKEN trong tệp .env.',
          ),
        ],
      };
    }
    if (code === 'network' || code === 'timeout') {
      return {
        serverDate,
        checks: [
          fail(
            name,
            `không kết nối được máy chủ Zalo (${code === 'timeout' ? 'hết thời gian chờ' : 'lỗi mạng'}).`,
            'kiểm tra mạng ra Internet (HTTPS tới bot-api.zaloplatforms.com) và ZALO_API_ROOT nếu có đặt.',
          ),
        ],
      };
    }
    return {
      serverDate,
      checks: [
        fail(
          name,
          `getMe không thành công (${typeof code === 'number' ? `lỗi ${code}` : code}).`,
          'thử lại sau ít phút; nếu vẫn lỗi, kiểm tra ZALO_API_ROOT.',
        ),
      ],
    };
  }
}
