import { readFileSync } from 'node:fs';
import { drive, type drive_v3 } from 'googleapis/build/src/apis/drive/index.js';
import { auth as googleAuth, sheets, type sheets_v4 } from 'googleapis/build/src/apis/sheets/index.js';
import { z } from 'zod';
import { isRetryable, statusOf } from './retry.js';

/**
 * The googleapis clients for one spreadsheet. Only the Sheets and Drive modules are loaded
 * (the googleapis index loads every Google API and costs seconds at start-up).
 */
export interface GoogleConnection {
  spreadsheetId: string;
  /** A service-account key file (GOOGLE_APPLICATION_CREDENTIALS). */
  keyFile?: string;
  /** A compatible server and its API key (GOOGLE_API_ROOT + GOOGLE_API_KEY): no token exchange. */
  apiRoot?: string;
  apiKey?: string;
  /** Per-call time-out; a call that takes longer is retried like a 5xx. */
  timeoutMs?: number;
  /** The HTTP layer's fetch (health and metrics observe each call through it). */
  fetch?: typeof fetch;
}

export interface GoogleClients {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  spreadsheetId: string;
  /** The service account's e-mail, which the sheet must be shared with; null with an API key. */
  serviceAccount: string | null;
}

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
];

const ServiceAccountKey = z.object({
  type: z.literal('service_account'),
  client_email: z.string().email(),
  private_key: z.string().min(1),
});

export function readServiceAccountKey(path: string): z.infer<typeof ServiceAccountKey> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Không đọc được tệp khóa «${path}»: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ServiceAccountKey.safeParse(json);
  if (!parsed.success) throw new Error(`Tệp «${path}» không phải khóa JSON của tài khoản dịch vụ Google.`);
  return parsed.data;
}

export function createGoogleClients(connection: GoogleConnection): GoogleClients {
  let auth: string | InstanceType<typeof googleAuth.GoogleAuth>;
  let serviceAccount: string | null = null;
  if (connection.apiKey) {
    auth = connection.apiKey;
  } else if (connection.keyFile) {
    const key = readServiceAccountKey(connection.keyFile);
    serviceAccount = key.client_email;
    auth = new googleAuth.GoogleAuth({
      credentials: { client_email: key.client_email, private_key: key.private_key },
      scopes: SCOPES,
    });
  } else {
    throw new Error('Cần GOOGLE_APPLICATION_CREDENTIALS, hoặc GOOGLE_API_ROOT cùng GOOGLE_API_KEY.');
  }
  // retry: false because retries are ours (see retry.ts); gaxios' would double them.
  const common = {
    auth,
    retry: false,
    timeout: connection.timeoutMs ?? 30_000,
    ...(connection.fetch ? { fetchImplementation: connection.fetch } : {}),
    ...(connection.apiRoot
      ? { rootUrl: connection.apiRoot.endsWith('/') ? connection.apiRoot : `${connection.apiRoot}/` }
      : {}),
  };
  return {
    sheets: sheets({ version: 'v4', ...common }),
    drive: drive({ version: 'v3', ...common }),
    spreadsheetId: connection.spreadsheetId,
    serviceAccount,
  };
}

/** One Vietnamese line for the failures a coordinator can fix (sharing, wrong id); null otherwise. */
export function accessProblem(
  error: unknown,
  clients: Pick<GoogleClients, 'spreadsheetId' | 'serviceAccount'>,
): string | null {
  const status = statusOf(error);
  const account = clients.serviceAccount ? `tài khoản dịch vụ ${clients.serviceAccount}` : 'tài khoản của bot';
  if (status === 403) {
    return `Bot không có quyền mở bảng tính ${clients.spreadsheetId}: hãy chia sẻ bảng tính cho ${account} với quyền Người chỉnh sửa (Editor).`;
  }
  if (status === 404) {
    return `Không tìm thấy bảng tính ${clients.spreadsheetId}: kiểm tra GOOGLE_SPREADSHEET_ID và việc chia sẻ bảng tính cho ${account}.`;
  }
  if (status === undefined && isRetryable(error)) {
    return 'Không kết nối được Google Sheets (không có phản hồi): kiểm tra mạng của máy chủ và GOOGLE_API_ROOT.';
  }
  return null;
}
