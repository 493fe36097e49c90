import { Writable } from 'node:stream';
import pino from 'pino';
import { createZaloChannel, type ZaloChannel, type ZaloChannelOptions } from '#src/channels/zalo/index.js';
import { createConfig } from '#src/config.js';
import type { Agency } from '#src/domain/agency.js';
import { fixedClock } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { createApp, type App } from '#src/app.js';
import { DEMO_PLAN, makeTask } from '../tasks.js';
import { startZaloEmulator, type ZaloEmulator } from './server.js';
import { textUpdate, type ZaloChatRef, type ZaloUser } from './updates.js';

export const TOKEN = '1234567890:zalo-TEST_token-abcdefghijklmnop';
export const COORDINATOR: ZaloUser = { id: 'c0ordinat0r', name: 'Chị Hà (Sở Nội vụ)' };
export const LAN: ZaloUser = { id: 'a1b2c3lan', name: 'Chị Lan' };
export const GUEST: ZaloUser = { id: 'f9e8d7guest', name: 'Anh Minh' };
export const GROUP: ZaloChatRef = { id: 'group-kh60', type: 'GROUP' };

/** A log that keeps its lines (and the raw text) for assertions. */
export function capturedLogger() {
  const lines: Array<{ level: number; msg: string } & Record<string, unknown>> = [];
  let raw = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      raw += text;
      for (const line of text.split('\n'))
        if (line.trim() !== '') lines.push(JSON.parse(line) as (typeof lines)[number]);
      done();
    },
  });
  return {
    logger: pino({ level: 'debug' }, stream),
    lines,
    raw: () => raw,
    at: (level: number) => lines.filter((line) => line.level === level),
  };
}

/** 20 tasks of Sở Tư pháp (three Zalo pages of 7), and one with a very long content. */
export function sampleTasks(): Task[] {
  const tasks = Array.from({ length: 20 }, (_, i) => {
    const id = `TN60-${String(i + 1).padStart(2, '0')}`;
    return makeTask({
      id,
      order: String(i + 1),
      lead: ['Sở Tư pháp'],
      content: `Nhiệm vụ số ${i + 1} của Sở Tư pháp`,
      deadline: '2024-12-31',
    });
  });
  const long = Array.from(
    { length: 40 },
    (_, i) => `Bước ${i + 1}: rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực được giao.`,
  ).join(' ');
  tasks.push(makeTask({ id: 'TN60-30', order: '30', lead: ['Sở Y tế'], content: long, deadline: '2024-12-31' }));
  return tasks;
}

/** Lan is Sở Tư pháp's focal point, listed in the zalo column of the Cơ quan tab. */
export const AGENCIES: Agency[] = [
  {
    name: 'Sở Tư pháp',
    aliases: [],
    kind: 'department',
    memberKinds: [],
    successor: '',
    telegram: [],
    zalo: [LAN.id],
    groupChat: '',
  },
];

export interface ZaloHarnessOptions {
  env?: Record<string, string>;
  channel?: ZaloChannelOptions;
  secondMs?: number;
  /** Builds the channel over another app (a wrapped conversation, say). */
  wrap?: (app: App) => App;
}

export interface ZaloHarness {
  app: App;
  emu: ZaloEmulator;
  channel: ZaloChannel;
  logs: ReturnType<typeof capturedLogger>;
  /** Sends a text and waits until the bot has handled it; the texts it sent to that chat meanwhile. */
  say(text: string, from: ZaloUser, chat?: ZaloChatRef): Promise<string[]>;
  /** A new channel over the same app and state, as after a restart. */
  restart(): ZaloChannel;
  close(): Promise<void>;
}

/** The real app over a local sheet in `dir`, its Zalo channel talking to an emulator (not started). */
export async function zaloHarness(dir: string, options: ZaloHarnessOptions = {}): Promise<ZaloHarness> {
  const emu = await startZaloEmulator({ token: TOKEN, secondMs: options.secondMs ?? 1000 });
  const logs = capturedLogger();
  const config = createConfig({
    DATA_DIR: dir,
    ZALO_BOT_TOKEN: TOKEN,
    ZALO_API_ROOT: emu.root,
    COORDINATORS: `zalo:${COORDINATOR.id}`,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const app = await createApp(config, logs.logger, fixedClock('2024-06-15T09:00:00'));
  await app.store.addPlan({ plan: DEMO_PLAN, tasks: sampleTasks(), agencies: AGENCIES });
  const build = () =>
    createZaloChannel(options.wrap ? options.wrap(app) : app, {
      pollTimeoutSeconds: 30,
      backoff: { minMs: 5, maxMs: 40 },
      ...options.channel,
    });
  const channel = build();
  app.adapters.push(channel);
  return {
    app,
    emu,
    channel,
    logs,
    async say(text, from, chat) {
      const before = emu.texts(chat?.id ?? from.id).length;
      await emu.push(textUpdate(text, from, chat));
      return emu.texts(chat?.id ?? from.id).slice(before);
    },
    restart: build,
    async close() {
      await app.close();
      await emu.close();
    },
  };
}
