import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { COMMANDS } from '#commands/index.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import { createAgencyLookupCache } from './understanding/agency-lookup-cache.js';
import { createConversation, type Conversation } from './conversation/engine.js';
import type { AgencyLookup } from './understanding/agency-lookup.js';
import type { Role } from './conversation/message.js';
import { runConsole } from './channels/console/console-channel.js';
import { openStoreFromConfig } from './store/open-store.js';
import type { TaskStore } from './store/task-store.js';
import { importDemoPlansIfEmpty } from './plans/import-to-store.js';

/** Everything a running bot is made of; built once from the configuration. */
export interface App {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: TaskStore;
  agencies: () => AgencyLookup;
  conversation: Conversation;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger, clock: Clock = systemClock(config.TZ)): Promise<App> {
  const store = await openStoreFromConfig(config, logger);
  const agencies = createAgencyLookupCache(() => store.snapshot());
  const conversation = createConversation({ store, clock, commands: COMMANDS, agencies, logger });
  let closed = false;
  return {
    config,
    logger,
    clock,
    store,
    agencies,
    conversation,
    async close() {
      if (closed) return;
      closed = true;
      await store.close();
    },
  };
}

export interface StartOptions {
  /** `--as "<agency>"`: the console user is that agency's focal point instead of a coordinator. */
  as?: string;
  input?: Readable;
  interactive?: boolean;
}

/** `npm start`: the bot on its configured channels, the console when no other is set. */
export async function start(config: Config, logger: Logger, options: StartOptions = {}): Promise<void> {
  const app = await createApp(config, logger);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'Đang dừng bot…');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    // Demo plans belong to the embedded default only, never to a real Google Sheet.
    const demo = app.store.backend.kind === 'local' ? await importDemoPlansIfEmpty(app.store, app.logger) : 0;
    for (const channel of ['TELEGRAM_BOT_TOKEN', 'ZALO_BOT_TOKEN'] as const) {
      if (config[channel]) logger.warn(`${channel} đã được đặt nhưng kênh này chưa có trong bản này; chạy kênh dòng lệnh.`);
    }
    let role: Role = { kind: 'coordinator' };
    if (options.as) {
      const found = app.agencies().resolve(options.as);
      if (found.kind !== 'match') {
        logger.error(`Không tìm thấy cơ quan «${options.as}» cho --as.`);
        process.exitCode = 2;
        return;
      }
      role = { kind: 'focal', agency: found.agency.name };
    }
    const snapshot = app.store.snapshot();
    const who = role.kind === 'focal' ? `đầu mối của ${role.agency}` : 'điều phối viên';
    const greeting = [
      'Xin chào! Tôi là Đôn Đốc, trợ lý theo dõi nhiệm vụ của các kế hoạch.',
      demo > 0
        ? `Tôi vừa nạp ${demo} kế hoạch mẫu trong data/plans (${snapshot.tasks.length} nhiệm vụ).`
        : `Bảng tính đang có ${snapshot.plans.length} kế hoạch, ${snapshot.tasks.length} nhiệm vụ.`,
      `Bạn đang dùng với vai trò ${who}.`,
      'Thử hỏi: «nhiệm vụ của Sở Tư pháp», hoặc gõ /trogiup. Nhấn Ctrl+D để thoát.',
    ].join('\n');
    const input = options.input ?? process.stdin;
    await runConsole({
      conversation: app.conversation,
      sender: { channel: 'console', id: 'console', name: 'Bàn phím', role },
      input,
      output: process.stdout,
      interactive: options.interactive ?? Boolean(process.stdin.isTTY),
      greeting,
    });
  } finally {
    await app.close();
  }
}
