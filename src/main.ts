import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { COMMANDS } from '#commands/index.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import { runConsole } from './channels/console/console-channel.js';
import { createNotifier, type ChannelAdapter, type Notifier } from './channels/port.js';
import { createConversation, type Conversation } from './conversation/engine.js';
import type { Role } from './conversation/message.js';
import { roleOf, type Identity } from './conversation/roles.js';
import { watchSheet } from './conversation/sheet-watch.js';
import { importDemoPlansIfEmpty } from './plans/import-to-store.js';
import { openBotState, type BotState } from './state/bot-state.js';
import type { ReminderScheduler } from './reminders/scheduler.js';
import { openStoreFromConfig } from './store/open-store.js';
import type { TaskStore } from './store/task-store.js';
import type { AgencyLookup } from './understanding/agency-lookup.js';
import { createAgencyLookupCache } from './understanding/agency-lookup-cache.js';

/** Everything a running bot is made of; built once from the configuration. */
export interface App {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: TaskStore;
  state: BotState;
  agencies: () => AgencyLookup;
  conversation: Conversation;
  /** The chat channels running now; reminders and notices go through them. */
  adapters: ChannelAdapter[];
  notifier: Notifier;
  /** The sender's rights, from the configured coordinators and the Cơ quan tab. */
  roleOf(identity: Identity): Role;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger, clock: Clock = systemClock(config.TZ)): Promise<App> {
  const store = await openStoreFromConfig(config, logger);
  const state = openBotState(config.DATA_DIR);
  const agencies = createAgencyLookupCache(() => store.snapshot());
  const adapters: ChannelAdapter[] = [];
  const notifier = createNotifier(() => adapters);
  const conversation = createConversation({
    store,
    clock,
    commands: COMMANDS,
    agencies,
    logger,
    state,
    notifier,
    coordinators: config.COORDINATORS,
  });
  let closed = false;
  return {
    config,
    logger,
    clock,
    store,
    state,
    agencies,
    conversation,
    adapters,
    notifier,
    roleOf: (identity) => roleOf(identity, store.snapshot(), config.COORDINATORS, agencies()),
    async close() {
      if (closed) return;
      closed = true;
      for (const adapter of adapters) await adapter.stop();
      await store.close();
      state.close();
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
  // Reminders and digests run only with a chat channel to send them (not in the console-only default).
  let reminders: ReminderScheduler | null = null;
  let stopWatch = () => {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Đang dừng bot…');
    await reminders?.stop();
    stopWatch();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    // Demo plans belong to the embedded default only, never to a real Google Sheet.
    const demo = app.store.backend.kind === 'local' ? await importDemoPlansIfEmpty(app.store, app.logger) : 0;
    const problems = app.store.snapshot().problems;
    if (problems.length > 0) logger.warn(`Bảng tính có ${problems.length} chỗ bot chưa đọc được (ví dụ: ${problems[0]}). Điều phối viên gõ /kiemtra để xem.`);
    app.adapters.push(...(await chatChannels(app)));
    if (app.adapters.length > 0) {
      for (const adapter of app.adapters) await adapter.start();
      reminders = (await import('./reminders/scheduler.js')).startReminderScheduler(app);
      const watch = watchSheet(app);
      stopWatch = () => watch.stop();
      logger.info(`Bot đang chạy trên: ${app.adapters.map((a) => a.channel).join(', ')}. Nhấn Ctrl+C để dừng.`);
      await new Promise<never>(() => {}); // runs until a signal stops it
    }
    await runConsoleChannel(app, options, demo);
  } finally {
    await reminders?.stop();
    stopWatch();
    await app.close();
  }
}

/**
 * Telegram and Zalo, each when its token is set; loaded only then. Not started here: a
 * one-off job (`dondoc remind`) only sends through them.
 */
export async function chatChannels(app: App): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  if (app.config.TELEGRAM_BOT_TOKEN) {
    // Loaded only here: the console alone never pays for grammY.
    const { createTelegramChannel } = await import('./channels/telegram/channel.js');
    adapters.push(createTelegramChannel(app));
  }
  if (app.config.ZALO_BOT_TOKEN) {
    const { createZaloChannel } = await import('./channels/zalo/index.js');
    adapters.push(createZaloChannel(app));
  }
  return adapters;
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
  await runConsole({
    conversation: app.conversation,
    sender: { channel: 'console', id: 'console', name: role.kind === 'focal' ? `Đầu mối ${role.agency}` : 'Điều phối viên', role },
    input: options.input ?? process.stdin,
    output: process.stdout,
    interactive: options.interactive ?? Boolean(process.stdin.isTTY),
    greeting,
  });
}
