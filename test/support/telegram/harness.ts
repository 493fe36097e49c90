import { Writable } from 'node:stream';
import pino from 'pino';
import { COMMANDS } from '#commands/index.js';
import { createBot, type DondocBot } from '#src/channels/telegram/bot.js';
import type { Transformer } from '#src/channels/telegram/types.js';
import type { FloodLimit } from '#src/channels/telegram/features/flood.js';
import { createConfig } from '#src/config.js';
import type { Conversation } from '#src/conversation/engine.js';
import type { Agency } from '#src/domain/agency.js';
import { fixedClock, type Clock } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { createApp, type App } from '#src/app.js';
import { DEMO_PLAN, makeTask } from '../tasks.js';
import { recorder, type Recorder } from './recorder.js';
import { BOT_INFO } from './updates.js';

export const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
export const COORDINATOR = { id: 1001, username: 'dieuphoi', first_name: 'Hùng' };
export const FOCAL = { id: 2002, username: 'lan_stp', first_name: 'Lan' };
export const GUEST = { id: 3003, username: 'khach', first_name: 'Minh' };
export const GROUP = { id: -100500, title: 'Tổ công tác KH60' };

/** A log that keeps its lines for assertions. */
export function capturedLogger() {
  const lines: Array<{ level: number; msg: string } & Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') lines.push(JSON.parse(line) as (typeof lines)[number]);
      done();
    },
  });
  return {
    logger: pino({ level: 'debug' }, stream),
    lines,
    at: (level: number) => lines.filter((line) => line.level === level),
  };
}

/** 20 tasks of Sở Tư pháp (two Telegram pages), one with markup-like text, one overdue. */
export function sampleTasks(): Task[] {
  return Array.from({ length: 20 }, (_, i) => {
    const id = `TN60-${String(i + 1).padStart(2, '0')}`;
    return makeTask({
      id,
      order: String(i + 1),
      lead: ['Sở Tư pháp'],
      content: i === 0 ? 'Rà soát văn bản <b>quan trọng</b> & báo cáo UBND' : `Nhiệm vụ số ${i + 1} của Sở Tư pháp`,
      deadlineText: i === 1 ? '31/05/2024' : '',
      deadline: i === 1 ? '2024-05-31' : null,
    });
  });
}

export const AGENCIES: Agency[] = [
  {
    name: 'Sở Tư pháp',
    aliases: [],
    kind: 'department',
    memberKinds: [],
    successor: '',
    telegram: ['@lan_stp'],
    zalo: [],
    groupChat: '',
  },
];

export interface HarnessOptions {
  flood?: FloodLimit | false;
  /** The app's clock (default: fixed at 2024-06-15 09:00); tests move a manual one to expire buttons. */
  clock?: Clock;
  failing?: string[];
  wrap?: (conversation: Conversation) => Conversation;
  tasks?: Task[];
  /** Transformers above the recorder (between it and the bot), e.g. a flaky network. */
  network?: Transformer[];
}

export interface Harness {
  app: App;
  rec: Recorder;
  dondoc: DondocBot;
  logs: ReturnType<typeof capturedLogger>;
  /** A new bot over the same app and state, as after a restart. */
  restart: () => DondocBot;
}

/** The real app over a local sheet in `dir`, and a bot whose API calls are recorded. */
export async function telegramHarness(dir: string, options: HarnessOptions = {}): Promise<Harness> {
  const logs = capturedLogger();
  const config = createConfig({ DATA_DIR: dir, COORDINATORS: `telegram:${COORDINATOR.id}`, LOG_LEVEL: 'silent' });
  const app = await createApp(config, logs.logger, options.clock ?? fixedClock('2024-06-15T09:00:00'));
  await app.store.addPlan({ plan: DEMO_PLAN, tasks: options.tasks ?? sampleTasks(), agencies: AGENCIES });
  const rec = recorder({ ...(options.failing ? { failing: options.failing } : {}) });
  const build = () =>
    createBot(
      {
        token: TOKEN,
        botInfo: BOT_INFO,
        transformers: [rec.transformer, ...(options.network ?? [])],
        networkRetryDelaysMs: [1, 2, 4],
      },
      {
        conversation: options.wrap ? options.wrap(app.conversation) : app.conversation,
        roleOf: (identity) => app.roleOf(identity),
        seen: app.state.telegramUpdates,
        buttons: app.state.telegramButtons,
        logger: logs.logger,
        commands: COMMANDS,
        flood: options.flood ?? false,
      },
    );
  return { app, rec, dondoc: build(), logs, restart: build };
}

/** The inline keyboard of a recorded call, as rows of [text, callback data]. */
export function keyboardOf(payload: Record<string, unknown>): Array<Array<{ text: string; callback_data: string }>> {
  const markup = payload.reply_markup as
    { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined;
  return markup?.inline_keyboard ?? [];
}

export function buttonData(payload: Record<string, unknown>, label: string | RegExp): string {
  for (const row of keyboardOf(payload)) {
    for (const button of row)
      if (typeof label === 'string' ? button.text === label : label.test(button.text)) return button.callback_data;
  }
  throw new Error(`No button «${String(label)}» in ${JSON.stringify(payload.reply_markup)}`);
}
