/**
 * What a failed call to the sheet may carry out of the store: a technical message with every
 * secret taken out (for the logs and the outbox database) and a short Vietnamese description
 * (for people: `/kiemtra`, notices). Nothing else travels: no request URL, no headers, no
 * response body, no cause chain.
 */
export class SheetCallError extends Error {
  override readonly name = 'SheetCallError';

  constructor(
    /** Already sanitised (see redactSecretsIn). */
    message: string,
    /** For people, in Vietnamese, never raw API text. */
    readonly description: string,
    /** The HTTP status, when the server answered. */
    readonly status: number | undefined,
    /** The network error code (ECONNREFUSED, ECONNRESET…) when it did not. */
    readonly code: string | undefined,
    /** True when the call was an HTTP request that got no answer at all. */
    readonly noAnswer: boolean,
  ) {
    super(message);
  }
}

const CENSOR = '[ẩn]';

/**
 * Takes secrets out of free text: query strings of URLs (Google puts `key=` there), known
 * secret parameters anywhere, bearer tokens and Authorization headers, Google API keys and
 * OAuth access tokens by their shape.
 */
export function redactSecretsIn(text: string): string {
  return text
    .replace(/\b(https?:\/\/[^\s?#'"<>]*)\?[^\s'"<>]*/gi, `$1?${CENSOR}`)
    .replace(
      /([?&;\s"'(]|^)((?:key|api_?key|access_token|refresh_token|id_token|token|client_secret|secret|password|sig)=)[^&\s'"<>)]+/gi,
      `$1$2${CENSOR}`,
    )
    .replace(
      /\b(authorization|x-goog-api-key|x-api-key|x-bot-api-secret-token)(["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s,'"}]+/gi,
      `$1$2${CENSOR}`,
    )
    .replace(/\bbearer\s+[A-Za-z0-9._~+/=-]+/gi, `Bearer ${CENSOR}`)
    .replace(/\bAIza[0-9A-Za-z_-]{20,}/g, CENSOR)
    .replace(/\bya29\.[0-9A-Za-z_.-]+/g, CENSOR)
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, CENSOR);
}

/** The technical message of any error, secrets taken out, on one line. */
export function safeMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return redactSecretsIn(raw).replace(/\s+/g, ' ').trim();
}

/** A failure that goes away by itself (Google down, over quota, no answer): wait, use the copy. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof SheetCallError)) return false;
  if (error.status === undefined) return error.noAnswer;
  return error.status === 429 || error.status === 408 || error.status >= 500;
}

/** The short Vietnamese description of a failed sheet call, for people. */
export function describeSheetError(error: unknown): string {
  if (error instanceof SheetCallError) return error.description;
  return 'Không ghi được vào bảng tính (lỗi không rõ, xem nhật ký của bot).';
}

/** Vietnamese for an HTTP status (or none) of the Sheets API. */
export function describeSheetStatus(status: number | undefined, noAnswer: boolean): string {
  if (status === undefined) {
    return noAnswer ? 'Không kết nối được Google Sheets (không có phản hồi).' : 'Lỗi khi làm việc với Google Sheets.';
  }
  if (status === 429) return 'Google Sheets đang giới hạn số lần gọi (vượt hạn mức), bot sẽ thử lại.';
  if (status === 408) return 'Google Sheets trả lời quá chậm (hết thời gian chờ).';
  if (status >= 500) return `Google Sheets đang gặp sự cố (lỗi máy chủ ${status}).`;
  if (status === 401 || status === 403) return 'Bot không có quyền mở hoặc ghi bảng tính (lỗi quyền truy cập).';
  if (status === 404) return 'Không tìm thấy bảng tính hoặc trang cần ghi.';
  if (status === 400)
    return 'Google Sheets từ chối yêu cầu (lỗi 400): có thể một trang hoặc cột của bảng tính đã bị xóa hay đổi tên.';
  return `Google Sheets báo lỗi ${status}.`;
}
