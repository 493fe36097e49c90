import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import { createConfig } from '#src/config.js';
import type { Conversation } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createApp, type App } from '#src/app.js';
import { AGENCIES, capturedLogger, GUEST, sampleTasks, TOKEN } from '../support/telegram/harness.js';
import { freePort } from '../support/telegram/ports.js';
import { recorder } from '../support/telegram/recorder.js';
import { privateText } from '../support/telegram/updates.js';
import { DEMO_PLAN } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function appWith(env: Record<string, string>) {
  const logs = capturedLogger();
  const app = await createApp(
    createConfig({ DATA_DIR: tempDir(), TELEGRAM_BOT_TOKEN: TOKEN, ...env }),
    logs.logger,
    fixedClock('2024-06-15T09:00:00'),
  );
  await app.store.addPlan({ plan: DEMO_PLAN, tasks: sampleTasks(), agencies: AGENCIES });
  apps.push(app);
  return { app, logs };
}

describe('the Telegram channel, long polling', () => {
  it('finishes the update in hand on stop, then confirms the offset to Telegram', async () => {
    const { app } = await appWith({});
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Conversation = {
      handle: async (message) => {
        entered();
        await gate;
        return app.conversation.handle(message);
      },
    };
    const rec = recorder();
    const channel = createTelegramChannel(
      { ...app, conversation: slow },
      { transformers: [rec.transformer], flood: false },
    );
    await channel.start();
    expect(rec.of('setMyCommands')).toHaveLength(1);
    expect(rec.of('deleteWebhook')).toHaveLength(1);
    rec.deliver(privateText('/xem TN60-05', GUEST, { updateId: 9001 }));
    await inside;
    const stopping = channel.stop();
    // Let the stop run as far as it can on its own before the answer is allowed to finish.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    release();
    await stopping;
    const methods = rec.calls.map((call) => call.method);
    const answered = methods.indexOf('sendMessage');
    const confirm = rec.calls.findIndex(
      (call) => call.method === 'getUpdates' && call.payload.offset === 9002 && call.payload.timeout === 0,
    );
    expect(answered).toBeGreaterThan(-1);
    expect(confirm).toBeGreaterThan(answered);
    expect(String(rec.calls[answered]?.payload.text)).toContain('TN60-05');
  });
});

describe('the Telegram channel, webhook', () => {
  it('registers the webhook with its secret and refuses requests without it', async () => {
    const port = await freePort();
    const { app } = await appWith({
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.gov.vn/hook/telegram',
      TELEGRAM_WEBHOOK_PORT: String(port),
      TELEGRAM_WEBHOOK_SECRET: 'bi-mat-cua-bot-123',
    });
    const rec = recorder();
    const channel = createTelegramChannel(app, { transformers: [rec.transformer], flood: false, host: '127.0.0.1' });
    await channel.start();
    try {
      expect(rec.of('setWebhook')[0]?.payload).toMatchObject({
        url: 'https://bot.example.gov.vn/hook/telegram',
        secret_token: 'bi-mat-cua-bot-123',
      });
      const url = `http://127.0.0.1:${port}/hook/telegram`;
      const body = JSON.stringify(privateText('/xem TN60-05', GUEST));
      const post = (headers: Record<string, string>, to = url) =>
        fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'doan-sai-roi' })).status).toBe(401);
      expect(
        (await post({ 'X-Telegram-Bot-Api-Secret-Token': 'bi-mat-cua-bot-123' }, `http://127.0.0.1:${port}/khac`))
          .status,
      ).toBe(404);
      expect(rec.of('sendMessage')).toHaveLength(0);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'bi-mat-cua-bot-123' })).status).toBe(200);
      expect(String(rec.of('sendMessage')[0]?.payload.text)).toContain('TN60-05');
    } finally {
      await channel.stop();
    }
  });
});
