import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Update } from '#src/channels/telegram/types.js';
import { COMMANDS } from '#commands/index.js';
import { createBot } from '#src/channels/telegram/bot.js';
import { createConfig } from '#src/config.js';
import { fixedClock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { createApp } from '#src/app.js';
import { recorder } from '../test/support/telegram/recorder.js';
import { BOT_INFO, buttonPress, groupText, privateText } from '../test/support/telegram/updates.js';
import type { BenchRow } from './bench-row.js';
import { syntheticTasks } from './synthetic.js';

const UPDATES = 1_000;
const QUESTIONS = [
  'nhiệm vụ của Sở Tư pháp',
  'nhiem vu cua so y te',
  '/nhiemvu STP',
  '/xem BM0-105',
  '/quahan Sở Nội vụ',
  '/start',
];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * 1,000 updates through the whole Telegram stack in process (de-duplication in SQLite,
 * per-chat ordering, flood guard, conversation, HTML rendering, button tokens), with the
 * API calls recorded instead of sent: a mix of private questions, page-button presses and
 * group chatter the bot must ignore.
 */
export async function telegramBenchRows(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-telegram-'));
  const logger = createLogger('silent', { pretty: false });
  const app = await createApp(
    createConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }),
    logger,
    fixedClock('2024-06-15T09:00:00'),
  );
  try {
    const plan = { number: '', key: 'BM0', date: null, title: 'Kế hoạch thử tải', issuer: 'UBND tỉnh', sourceFile: '' };
    await app.store.addPlan({ plan, tasks: syntheticTasks(1_000), agencies: [] });
    const rec = recorder();
    const { bot } = createBot(
      { token: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw', botInfo: BOT_INFO, transformers: [rec.transformer] },
      {
        conversation: app.conversation,
        roleOf: (identity) => app.roleOf(identity),
        seen: app.state.telegramUpdates,
        buttons: app.state.telegramButtons,
        logger,
        commands: COMMANDS,
      },
    );
    const group = { id: -100900, title: 'Nhóm thử tải' };
    // The ▶ of the latest paged answer, pressed by the person it was sent to.
    const pagePress = (): Update | undefined => {
      const withPages = rec.calls.findLast(
        (call) => call.method === 'sendMessage' && JSON.stringify(call.payload.reply_markup ?? '').includes('▶'),
      );
      const markup = withPages?.payload.reply_markup as
        { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } | undefined;
      const data = markup?.inline_keyboard.flat().find((button) => button.text === '▶')?.callback_data;
      const chatId = Number(withPages?.payload.chat_id);
      return data ? buttonPress(data, { id: chatId, first_name: 'Người dùng' }, { id: chatId }, 7) : undefined;
    };
    const updateFor = (i: number): Update => {
      const user = { id: 50_000 + (i % 200), first_name: 'Người dùng', username: `nguoi_dung_${i % 200}` };
      const press = i % 10 === 3 ? pagePress() : undefined;
      if (press) return press;
      if (i % 10 === 7) return groupText('mai họp lúc mấy giờ nhỉ mọi người', user, group);
      return privateText(QUESTIONS[i % QUESTIONS.length] ?? '', user);
    };
    // Warm-up: the per-snapshot index and the prepared statements, measured apart by run.ts' own rows.
    for (let i = 0; i < 20; i++) await bot.handleUpdate(updateFor(i));
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const times: number[] = [];
    let edits = 0;
    for (let i = 0; i < UPDATES; i++) {
      const update = updateFor(i);
      const before = rec.calls.length;
      const started = performance.now();
      await bot.handleUpdate(update);
      times.push(performance.now() - started);
      edits += rec.calls.slice(before).filter((call) => call.method === 'editMessageText').length;
      // Keep the recorder from becoming the memory being measured.
      if (rec.calls.length > 50) rec.calls.splice(0, rec.calls.length - 10);
    }
    // The mix is only meaningful if presses really turn pages (rather than being refused).
    if (edits < UPDATES / 20)
      throw new Error(`Telegram bench: only ${edits} pages turned; the mix of updates is wrong.`);
    const memory = process.memoryUsage();
    times.sort((a, b) => a - b);
    const p99 = percentile(times, 99);
    return [
      {
        name: `Telegram update handled in process p50 (${UPDATES} updates, 1,000 tasks)`,
        value: percentile(times, 50),
        unit: 'ms',
        target: '—',
        met: null,
      },
      {
        name: `Telegram update handled in process p99 (${UPDATES} updates, 1,000 tasks)`,
        value: p99,
        unit: 'ms',
        target: '< 20 ms',
        met: p99 < 20,
      },
      {
        name: 'Telegram bench: heap used after the updates',
        value: memory.heapUsed / 2 ** 20,
        unit: 'MiB',
        target: '—',
        met: null,
      },
      {
        name: 'Telegram bench: RSS growth over the updates',
        value: Math.max(0, memory.rss - rssBefore) / 2 ** 20,
        unit: 'MiB',
        target: '—',
        met: null,
      },
    ];
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
