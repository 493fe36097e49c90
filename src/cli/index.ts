import 'dotenv/config';
import { parseArgs } from 'node:util';
import { ConfigError, createConfig, type Config } from '#src/config.js';
import { createLogger } from '#src/logger.js';
import { start } from './start.js';

/**
 * The `dondoc` command line. Subcommands arrive with their issues; each one validates the
 * configuration first, so a wrong variable always stops with one clear line.
 */
const USAGE = `Cách dùng: dondoc <lệnh> [tùy chọn]

Lệnh:
  start [--as "<cơ quan>"]       chạy bot (mặc định: bảng tính cục bộ, kênh dòng lệnh)
  import <tệp...> [--yes] [--json]  đọc kế hoạch, xem trước; --yes để ghi vào bảng tính
  explain ["<tin nhắn>"] [--json] [--why]  bot hiểu tin nhắn thế nào (không thực hiện); --why: điều gì quyết định; không có tin nhắn thì đọc từng dòng
  sheet init                     tạo hoặc sửa các trang của bảng tính theo mẫu
  remind [--at <thời điểm ISO>] [--dry-run] [--json]  chạy nhắc việc và bản tin tuần một lần (--dry-run: chỉ xem trước)
  report --period <2026-11|2026-Q4|2026-H1|2026-9M|2026> [--agency <cơ quan>] [--format docx|xlsx] [--out <tệp>]
                                 báo cáo định kỳ theo mẫu hành chính (Word hoặc Excel)
  doctor                         kiểm tra cài đặt: Telegram, Zalo, bảng tính Google, thư mục dữ liệu, múi giờ, đồng hồ, ổ đĩa
  backup [--out <thư mục>]       sao lưu dữ liệu của bot (chạy được cả khi bot đang chạy)
  restore <thư mục>              khôi phục một bản sao lưu (khi bot đã dừng)
`;

function loadConfig(): Config {
  try {
    return createConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  const [command = 'start', ...rest] = argv;
  switch (command) {
    case 'start': {
      const { values } = parseArgs({ args: rest, options: { as: { type: 'string' } }, allowPositionals: false });
      const config = loadConfig();
      await start(config, createLogger(config.LOG_LEVEL), values.as ? { as: values.as } : {});
      return;
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { yes: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
      const config = loadConfig();
      const { runImportCommand } = await import('./import.js');
      process.exitCode = await runImportCommand(config, createLogger(config.LOG_LEVEL), positionals, values);
      return;
    }
    case 'explain': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { json: { type: 'boolean', default: false }, why: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
      const config = loadConfig();
      const { runExplainCommand } = await import('./explain.js');
      process.exitCode = await runExplainCommand(config, createLogger(config.LOG_LEVEL), positionals, values);
      return;
    }
    case 'sheet': {
      const [action, ...args] = rest;
      if (action !== 'init' || args.length > 0) {
        process.stderr.write(`Dùng: dondoc sheet init\n`);
        process.exitCode = 2;
        return;
      }
      const config = loadConfig();
      const { runSheetInit } = await import('#src/store/sheet-init-command.js');
      process.exitCode = await runSheetInit(config, createLogger(config.LOG_LEVEL));
      return;
    }
    case 'remind': {
      const { values } = parseArgs({
        args: rest,
        options: {
          at: { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
        },
        allowPositionals: false,
      });
      const config = loadConfig();
      const { runRemindCommand } = await import('./remind.js');
      process.exitCode = await runRemindCommand(config, createLogger(config.LOG_LEVEL), {
        ...(values.at ? { at: values.at } : {}),
        dryRun: values['dry-run'],
        json: values.json,
      });
      return;
    }
    case 'doctor': {
      parseArgs({ args: rest, options: {}, allowPositionals: false });
      const { runDoctorCommand } = await import('./doctor.js');
      process.exitCode = await runDoctorCommand(process.env);
      return;
    }
    case 'report': {
      const { values } = parseArgs({
        args: rest,
        options: {
          period: { type: 'string' },
          agency: { type: 'string' },
          format: { type: 'string' },
          out: { type: 'string' },
        },
        allowPositionals: false,
      });
      const config = loadConfig();
      const { runReportCommand } = await import('./report.js');
      process.exitCode = await runReportCommand(config, createLogger(config.LOG_LEVEL), values);
      return;
    }
    case 'backup': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: false });
      const config = loadConfig();
      const { runBackupCommand } = await import('./backup.js');
      process.exitCode = await runBackupCommand(config, values.out ? { out: values.out } : {});
      return;
    }
    case 'restore': {
      const { positionals } = parseArgs({ args: rest, options: {}, allowPositionals: true });
      const config = loadConfig();
      const { runRestoreCommand } = await import('./backup.js');
      process.exitCode = await runRestoreCommand(config, positionals.length === 1 ? positionals[0] : undefined);
      return;
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return;
    default:
      process.stderr.write(`Không có lệnh «${command}».\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(2);
  }
  // node:util parseArgs: an option or argument the command does not take.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    process.stderr.write(
      `${option ? `Không dùng được tùy chọn «${option}» ở đây.` : 'Tùy chọn không hợp lệ.'} Gõ «npx dondoc --help» để xem cách dùng.\n`,
    );
    process.exit(2);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Lỗi: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
