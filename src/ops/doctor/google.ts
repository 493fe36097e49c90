import type { Config } from '#src/config.js';
import { headerRow } from '#src/store/google/a1.js';
import { readServiceAccountKey } from '#src/store/google/client.js';
import { openGoogleSheetFromConfig } from '#src/store/google/from-config.js';
import { statusOf } from '#src/store/google/retry.js';
import { mapHeaders, type SheetTemplate } from '#src/store/template.js';
import { fail, ok, skip, warn, type CheckResult } from './check.js';

/**
 * The Google Sheet, step by step: the key file, the spreadsheet reachable (and, when it is
 * not, the service account to share it with), the tabs and header columns the template
 * wants, and write access (the header row of a bot-owned tab written back as it is).
 */
export async function checkGoogleSheet(config: Config, template: SheetTemplate): Promise<CheckResult[]> {
  const spreadsheetId = config.GOOGLE_SPREADSHEET_ID;
  if (!spreadsheetId)
    return [
      ok('Bảng tính', `dùng bảng tính cục bộ trong ${config.DATA_DIR}/dondoc.sqlite (chưa đặt GOOGLE_SPREADSHEET_ID).`),
    ];

  const checks: CheckResult[] = [];
  let account: string | null = null;
  const keyFile = config.GOOGLE_APPLICATION_CREDENTIALS;
  if (keyFile) {
    try {
      account = readServiceAccountKey(keyFile).client_email;
      checks.push(ok('Khóa Google', `tệp «${keyFile}» đọc được, tài khoản dịch vụ ${account}.`));
    } catch {
      checks.push(
        fail(
          'Khóa Google',
          `tệp «${keyFile}» không đọc được hoặc không phải khóa JSON của tài khoản dịch vụ (cần có client_email và private_key).`,
          'tải lại khóa JSON ở Google Cloud console (IAM › Service accounts › Keys › Add key), đặt đường dẫn vào GOOGLE_APPLICATION_CREDENTIALS và cho người dùng chạy bot quyền đọc tệp.',
        ),
      );
      if (!config.GOOGLE_API_KEY)
        return [...checks, skip('Bảng tính Google', 'chưa kiểm tra (cần khóa hợp lệ trước).')];
    }
  } else {
    checks.push(skip('Khóa Google', 'dùng GOOGLE_API_KEY với GOOGLE_API_ROOT, không cần tệp khóa.'));
  }

  const backend = openGoogleSheetFromConfig(config, {
    retry: { retries: 1, baseDelayMs: 200, maxDelayMs: 1_000 },
    timeoutMs: 15_000,
  });
  const shareWith = account ? `tài khoản dịch vụ ${account}` : 'tài khoản của bot';
  try {
    let tabs;
    try {
      tabs = await backend.readTabs(template.tabs.map((tab) => tab.name));
    } catch (error) {
      const status = statusOf(error);
      if (status === 403 || status === 401) {
        checks.push(
          fail(
            'Bảng tính Google',
            `bot không có quyền mở bảng tính ${spreadsheetId} (lỗi ${status}).`,
            `mở bảng tính, bấm «Chia sẻ» và thêm ${shareWith} với quyền Người chỉnh sửa (Editor).`,
          ),
        );
      } else if (status === 404) {
        checks.push(
          fail(
            'Bảng tính Google',
            `không tìm thấy bảng tính ${spreadsheetId} (lỗi 404).`,
            `kiểm tra GOOGLE_SPREADSHEET_ID (phần giữa /d/ và /edit trong đường dẫn bảng tính) và chia sẻ bảng tính cho ${shareWith} với quyền Người chỉnh sửa.`,
          ),
        );
      } else {
        checks.push(
          fail(
            'Bảng tính Google',
            status === undefined
              ? 'không kết nối được Google Sheets (không có phản hồi).'
              : `Google Sheets báo lỗi ${status}.`,
            'kiểm tra mạng ra Internet (HTTPS tới sheets.googleapis.com), đã bật Google Sheets API và Google Drive API cho dự án, rồi chạy lại doctor.',
          ),
        );
      }
      return checks;
    }
    checks.push(ok('Bảng tính Google', `mở được bảng tính ${spreadsheetId}.`));
    checks.push(layoutCheck(template, tabs));
    checks.push(await writeCheck(backend.clients, template, tabs, shareWith));
    return checks;
  } finally {
    await backend.close();
  }
}

function layoutCheck(template: SheetTemplate, tabs: ReadonlyArray<{ name: string; headers: string[] }>): CheckResult {
  const problems: string[] = [];
  for (const tab of template.tabs) {
    const headers = tabs.find((t) => t.name === tab.name)?.headers ?? [];
    if (headers.length === 0) {
      problems.push(`thiếu trang «${tab.name}»`);
      continue;
    }
    const found = mapHeaders(tab, headers);
    const missing = tab.columns.filter((column) => !found.has(column.key)).map((column) => column.header);
    if (missing.length > 0) problems.push(`trang «${tab.name}» thiếu cột ${missing.map((h) => `«${h}»`).join(', ')}`);
  }
  if (problems.length === 0) return ok('Trang và cột', `đủ ${template.tabs.length} trang và các cột theo mẫu.`);
  return fail(
    'Trang và cột',
    `${problems.join('; ')}.`,
    'chạy «npx dondoc sheet init» (chỉ thêm trang và cột còn thiếu, không xóa gì).',
  );
}

type Clients = ReturnType<typeof openGoogleSheetFromConfig>['clients'];

async function writeCheck(
  clients: Clients,
  template: SheetTemplate,
  tabs: ReadonlyArray<{ name: string; headers: string[] }>,
  shareWith: string,
): Promise<CheckResult> {
  const name = 'Quyền ghi bảng tính';
  // A tab the bot owns whole; its header row is written back exactly as it stands.
  const owned = (['summary', 'log'] as const).map((key) => template.tab(key).name);
  const target = owned.map((tabName) => tabs.find((t) => t.name === tabName)).find((t) => t && t.headers.length > 0);
  if (!target)
    return skip(name, 'chưa kiểm tra được: chưa có trang do bot quản lý (chạy «npx dondoc sheet init» trước).');
  try {
    await clients.sheets.spreadsheets.values.update({
      spreadsheetId: clients.spreadsheetId,
      range: headerRow(target.name),
      valueInputOption: 'RAW',
      requestBody: { values: [target.headers] },
    });
    return ok(name, `ghi được (thử ghi lại dòng tiêu đề trang «${target.name}», không đổi gì).`);
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401) {
      return fail(
        name,
        'bot chỉ có quyền xem bảng tính, không ghi được.',
        `trong «Chia sẻ» của bảng tính, đổi quyền của ${shareWith} thành Người chỉnh sửa (Editor).`,
      );
    }
    return warn(
      name,
      `chưa thử ghi được (${status === undefined ? 'không có phản hồi' : `lỗi ${status}`}).`,
      'chạy lại doctor sau ít phút.',
    );
  }
}
