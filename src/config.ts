import { existsSync } from 'node:fs';
import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';

/**
 * The whole environment contract of DESIGN.md in one schema. Anything wrong stops start-up
 * with one line that names the variable and says what it expects.
 */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const url = (what: string) =>
  z
    .string()
    .trim()
    .url({ message: `phải là một địa chỉ URL đầy đủ (${what})` });

const DAYS_OFF_MESSAGE =
  'phải là danh sách ngày nghỉ YYYY-MM-DD hoặc khoảng YYYY-MM-DD..YYYY-MM-DD, cách nhau bởi dấu phẩy';

/** "2026-02-16,2027-02-03..2027-02-10" → every ISO date listed or in a range. */
export function expandDays(text: string): string[] {
  const days: string[] = [];
  const dayOf = (iso: string): number => {
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
    if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) throw new Error(DAYS_OFF_MESSAGE);
    return ms / 86_400_000;
  };
  for (const item of text.split(/[,\s]+/).filter((part) => part !== '')) {
    const [from = '', to = from, ...rest] = item.split('..');
    const first = dayOf(from);
    const last = dayOf(to);
    if (rest.length > 0 || last < first || last - first > 366) throw new Error(DAYS_OFF_MESSAGE);
    for (let day = first; day <= last; day++) days.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  return days;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function numberList(fallback: string, message: string) {
  return z.preprocess(
    (v) => blankToUndefined(v) ?? fallback,
    z
      .string()
      .regex(/^\d{1,2}(?:\s*,\s*\d{1,2})*$/, { message })
      .transform((v) => [...new Set(v.split(',').map((n) => Number(n.trim())))].sort((a, b) => b - a))
      .pipe(z.array(z.number().int().min(0).max(60, { message })).min(1)),
  );
}

function count(fallback: number, max: number, message: string) {
  return z.preprocess(
    blankToUndefined,
    z.coerce.number({ message }).int({ message }).min(0, { message }).max(max, { message }).default(fallback),
  );
}

function cron(fallback: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .default(fallback)
      .refine((v) => isValidCron(v), {
        message: `phải là biểu thức cron 5 trường (phút giờ ngày tháng thứ), ví dụ "${fallback}"`,
      }),
  );
}

const ConfigSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optional(
      z
        .string()
        .trim()
        .regex(/^\d{5,}:[A-Za-z0-9_-]{30,}$/, {
          message: 'phải có dạng <số>:<chuỗi ký tự> do BotFather cấp, ví dụ 123456789:AA...',
        }),
    ),
    TELEGRAM_API_ROOT: optional(url('ví dụ https://api.telegram.org')),
    ZALO_BOT_TOKEN: optional(
      z
        .string()
        .trim()
        .regex(/^\d+:[A-Za-z0-9_-]{10,}$/, { message: 'phải có dạng <số>:<chuỗi ký tự> do Zalo Bot Platform cấp' }),
    ),
    ZALO_API_ROOT: optional(url('ví dụ https://bot-api.zaloplatforms.com')),
    GOOGLE_SPREADSHEET_ID: optional(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{20,}$/, {
          message: 'phải là mã bảng tính trong đường dẫn docs.google.com/spreadsheets/d/<mã>/',
        }),
    ),
    GOOGLE_APPLICATION_CREDENTIALS: optional(
      z
        .string()
        .trim()
        .refine((path) => existsSync(path), {
          message: 'phải là đường dẫn tới tệp khóa JSON của tài khoản dịch vụ (không tìm thấy tệp)',
        }),
    ),
    GOOGLE_API_ROOT: optional(url('máy chủ tương thích Google API, ví dụ http://127.0.0.1:8080')),
    GOOGLE_API_KEY: optional(z.string().trim().min(1)),
    GOOGLE_DRIVE_FOLDER_ID: optional(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{10,}$/, {
          message: 'phải là mã thư mục trong đường dẫn drive.google.com/drive/folders/<mã>',
        }),
    ),
    TELEGRAM_WEBHOOK_URL: optional(
      url('địa chỉ HTTPS công khai mà Telegram gửi cập nhật tới, ví dụ https://bot.example.gov.vn/telegram'),
    ),
    TELEGRAM_WEBHOOK_PORT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined),
      z.coerce
        .number({ message: 'phải là số cổng, ví dụ 8080' })
        .int()
        .min(1)
        .max(65535, { message: 'phải là số cổng từ 1 đến 65535' })
        .default(8080),
    ),
    TELEGRAM_WEBHOOK_SECRET: optional(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{8,256}$/, { message: 'phải dài 8–256 ký tự, chỉ gồm chữ, số, _ và -' }),
    ),
    ZALO_WEBHOOK_URL: optional(url('địa chỉ HTTPS công khai mà Zalo gửi sự kiện tới')),
    ZALO_WEBHOOK_PORT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined),
      z.coerce
        .number({ message: 'phải là số cổng, ví dụ 8081' })
        .int()
        .min(1)
        .max(65535, { message: 'phải là số cổng từ 1 đến 65535' })
        .default(8081),
    ),
    ZALO_WEBHOOK_SECRET: optional(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{8,256}$/, { message: 'phải dài 8–256 ký tự, chỉ gồm chữ, số, _ và -' }),
    ),
    COORDINATORS: z.preprocess(
      (v) => (typeof v === 'string' ? v : ''),
      z
        .string()
        .transform((v) => v.split(/[,\s]+/).filter((item) => item !== ''))
        .pipe(
          z.array(
            z.string().regex(/^(?:telegram:(?:-?\d+|@[A-Za-z0-9_]{4,})|zalo:[A-Za-z0-9_-]+)$/, {
              message: 'phải là danh sách như telegram:123456789, telegram:@ten_dang_nhap, zalo:<mã người dùng>',
            }),
          ),
        ),
    ),
    DATA_DIR: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined),
      z.string().default('data'),
    ),
    TZ: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined),
      z
        .string()
        .default('Asia/Ho_Chi_Minh')
        .refine((zone) => isValidZone(zone), { message: 'phải là tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh' }),
    ),
    // Reminders and digests (src/reminders/); see .env.example and README «Reminders and digests».
    REMINDER_DAYS_BEFORE: numberList('7,3,1,0', 'phải là danh sách số ngày làm việc trước hạn, ví dụ 7,3,1,0'),
    REMINDER_OVERDUE_EVERY: count(
      3,
      60,
      'phải là số ngày làm việc giữa hai lần nhắc việc quá hạn (0 = không nhắc), ví dụ 3',
    ),
    REMINDER_ESCALATE_AFTER: count(
      3,
      50,
      'phải là số lần nhắc quá hạn chưa được phản hồi trước khi báo lên nhóm chat (0 = không báo), ví dụ 3',
    ),
    // Deadline extensions (src/conversation/extensions.ts): approved extensions a focal point may
    // ask for per task; beyond it only a coordinator extends (0 = only coordinators).
    EXTENSION_LIMIT: count(
      2,
      20,
      'phải là số lần gia hạn tối đa mà đầu mối được đề nghị cho một nhiệm vụ (0–20), ví dụ 2',
    ),
    REMINDER_CRON: cron('0 8 * * 1-5'),
    DIGEST_CRON: cron('0 8 * * 1'),
    DAYS_OFF: z.preprocess(
      (v) => (typeof v === 'string' ? v : ''),
      z.string().transform((v, ctx) => {
        try {
          return expandDays(v);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
          return z.NEVER;
        }
      }),
    ),
    // The official report (src/reports/): the issuing body of the heading, «CẤP TRÊN|CƠ QUAN BÁO CÁO».
    REPORT_ISSUER: optional(
      z
        .string()
        .trim()
        .regex(/^[^|]{2,120}(?:\|[^|]{2,120})?$/u, {
          message: 'phải là tên cơ quan ban hành, có thể kèm cơ quan cấp trên, ví dụ "UBND TỈNH THÁI NGUYÊN|SỞ NỘI VỤ"',
        }),
    ),
    // Health and metrics (src/ops/): /healthz and /metrics on this port; off when empty.
    HTTP_PORT: optional(
      z.coerce
        .number({ message: 'phải là số cổng, ví dụ 9090' })
        .int({ message: 'phải là số cổng từ 1 đến 65535' })
        .min(1, { message: 'phải là số cổng từ 1 đến 65535' })
        .max(65535, { message: 'phải là số cổng từ 1 đến 65535' }),
    ),
    HTTP_HOST: z.preprocess(blankToUndefined, z.string().default('127.0.0.1')),
    // Daily backups (src/ops/backup.ts): when, and how many to keep in DATA_DIR/backups.
    BACKUP_CRON: optional(
      z
        .string()
        .trim()
        .refine((v) => isValidCron(v), {
          message: 'phải là biểu thức cron 5 trường (phút giờ ngày tháng thứ), ví dụ "30 2 * * *"',
        }),
    ),
    BACKUP_KEEP: count(7, 365, 'phải là số bản sao lưu giữ lại (1–365), ví dụ 7').pipe(
      z.number().min(1, { message: 'phải là số bản sao lưu giữ lại (1–365), ví dụ 7' }),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          message: 'phải là một trong fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
  })
  .superRefine((env, ctx) => {
    if (
      env.GOOGLE_SPREADSHEET_ID &&
      !env.GOOGLE_APPLICATION_CREDENTIALS &&
      !(env.GOOGLE_API_ROOT && env.GOOGLE_API_KEY)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['GOOGLE_APPLICATION_CREDENTIALS'],
        message: 'cần khi đã đặt GOOGLE_SPREADSHEET_ID (hoặc đặt GOOGLE_API_ROOT cùng GOOGLE_API_KEY)',
      });
    }
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'cần khi đã đặt TELEGRAM_WEBHOOK_URL (để từ chối yêu cầu giả mạo)',
      });
    }
    if (env.ZALO_WEBHOOK_URL && !env.ZALO_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['ZALO_WEBHOOK_SECRET'],
        message: 'cần khi đã đặt ZALO_WEBHOOK_URL (để từ chối yêu cầu giả mạo)',
      });
    }
    if (
      env.GOOGLE_DRIVE_FOLDER_ID &&
      !env.GOOGLE_APPLICATION_CREDENTIALS &&
      !(env.GOOGLE_API_ROOT && env.GOOGLE_API_KEY)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['GOOGLE_APPLICATION_CREDENTIALS'],
        message: 'cần khi đã đặt GOOGLE_DRIVE_FOLDER_ID (tệp minh chứng được tải lên bằng tài khoản dịch vụ)',
      });
    }
    if (env.GOOGLE_API_KEY && !env.GOOGLE_API_ROOT) {
      ctx.addIssue({ code: 'custom', path: ['GOOGLE_API_ROOT'], message: 'cần khi đã đặt GOOGLE_API_KEY' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expectation: string,
  ) {
    super(`Cấu hình sai: ${variable} ${expectation}.`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws ConfigError naming the first wrong variable. */
export function createConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'môi trường');
  throw new ConfigError(variable, issue?.message ?? 'không hợp lệ');
}
