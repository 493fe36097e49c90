import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { chatChannels, createApp, type App } from '#src/app.js';
import type { Role } from '#src/chat/message.js';
import { runConsole } from '#src/channels/console/console-channel.js';
import type { Config } from '#src/config.js';
import { watchSheet } from '#src/conversation/sheet-watch.js';
import { importDemoPlansIfEmpty } from '#src/plans/import-to-store.js';
import type { ReminderScheduler } from '#src/reminders/scheduler.js';
import { startBackupSchedule } from '#src/ops/backup-schedule.js';
import { startOpsServer } from '#src/ops/http-server.js';
import { countReminderRun } from '#src/ops/instrument.js';
import { writePidFile } from '#src/ops/pid-file.js';

export interface StartOptions {
  /** `--as "<agency>"`: the console user is that agency's focal point instead of a coordinator. */
  as?: string;
  input?: Readable;
  interactive?: boolean;
}

/**
 * `npm start`: the bot on its configured channels, the console when no other is set. The
 * process's own concerns live here, beside the entry: signals, exit and the greeting.
 */
export async function start(config: Config, logger: Logger, options: StartOptions = {}): Promise<void> {
  const app = await createApp(config, logger);
  // While it runs, `dondoc restore` refuses to replace its files.
  const removePidFile = writePidFile(config.DATA_DIR);
  const ops = config.HTTP_PORT
    ? await startOpsServer(
        { metrics: app.ops.metrics, health: () => app.ops.health() },
        config.HTTP_PORT,
        config.HTTP_HOST,
      )
    : null;
  if (ops) logger.info(`Theo dõi: http://${config.HTTP_HOST}:${ops.port}/healthz và /metrics.`);
  const backups = startBackupSchedule(config, logger);
  // Reminders and digests run only with a chat channel to send them (not in the console-only default).
  let reminders: ReminderScheduler | null = null;
  let stopWatch = () => {};
  let stopping = false;
  const release = async () => {
    await reminders?.stop();
    await backups?.stop();
    stopWatch();
    await ops?.close();
    await app.close();
    removePidFile();
  };
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Đang dừng bot…');
    await release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    // Demo plans belong to the embedded default only, never to a real Google Sheet.
    const demo = app.store.backend.kind === 'local' ? await importDemoPlansIfEmpty(app.store, app.logger) : 0;
    const problems = app.store.snapshot().problems;
    if (problems.length > 0) {
      logger.warn(
        `Bảng tính có ${problems.length} chỗ bot chưa đọc được (ví dụ: ${problems[0]}). Điều phối viên gõ /kiemtra để xem.`,
      );
    }
    app.adapters.push(...(await chatChannels(app)));
    if (app.adapters.length > 0) {
      for (const adapter of app.adapters) await adapter.start();
      reminders = (await import('#src/reminders/scheduler.js')).startReminderScheduler(app, {
        onRun: countReminderRun(app.ops.metrics),
      });
      const watch = watchSheet({ ...app, coordinators: app.config.COORDINATORS });
      stopWatch = () => watch.stop();
      logger.info(`Bot đang chạy trên: ${app.adapters.map((a) => a.channel).join(', ')}. Nhấn Ctrl+C để dừng.`);
      await new Promise<never>(() => {}); // runs until a signal stops it
    }
    await runConsoleChannel(app, options, demo);
  } finally {
    await release();
  }
}

async function runConsoleChannel(app: App, options: StartOptions, demo: number): Promise<void> {
  let role: Role = { kind: 'coordinator' };
  if (options.as) {
    const found = app.agencies().resolve(options.as);
    if (found.kind !== 'match') {
      app.logger.error(`Không tìm thấy cơ quan «${options.as}» cho --as.`);
      process.exitCode = 2;
      return;
    }
    role = { kind: 'focal', agency: found.agency.name };
  }
  await runConsole({
    conversation: app.conversation,
    sender: {
      channel: 'console',
      id: 'console',
      name: role.kind === 'focal' ? `Đầu mối ${role.agency}` : 'Điều phối viên',
      role,
    },
    input: options.input ?? process.stdin,
    output: process.stdout,
    interactive: options.interactive ?? Boolean(process.stdin.isTTY),
    greeting: greeting(app, role, demo),
  });
}

/** The console's first words: what was loaded and who the user is. */
function greeting(app: App, role: Role, demo: number): string {
  const snapshot = app.store.snapshot();
  const who = role.kind === 'focal' ? `đầu mối của ${role.agency}` : 'điều phối viên';
  return [
    'Xin chào! Tôi là Đôn Đốc, trợ lý theo dõi nhiệm vụ của các kế hoạch.',
    demo > 0
      ? `Tôi vừa nạp ${demo} kế hoạch mẫu trong data/plans (${snapshot.tasks.length} nhiệm vụ).`
      : `Bảng tính đang có ${snapshot.plans.length} kế hoạch, ${snapshot.tasks.length} nhiệm vụ.`,
    `Bạn đang dùng với vai trò ${who}.`,
    'Thử hỏi: «nhiệm vụ của Sở Tư pháp», hoặc gõ /trogiup. Nhấn Ctrl+D để thoát.',
  ].join('\n');
}
