import type { Transformer } from '#src/channels/telegram/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import { BUTTON_REFUSED } from '#src/channels/telegram/features/buttons.js';
import { createConfig } from '#src/config.js';
import { fixedClock } from '#src/domain/clock.js';
import { createApp, type App } from '#src/app.js';
import { AGENCIES, capturedLogger, COORDINATOR, GUEST, sampleTasks, TOKEN } from '../support/telegram/harness.js';
import { recorder, type ApiCall } from '../support/telegram/recorder.js';
import { botMessages, startTestApi, type TestServer } from '../support/telegram/test-api.js';
import { DEMO_PLAN } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

/**
 * The real bot (real app, real local sheet, grammY runner over HTTP) against
 * telegram-test-api on 127.0.0.1. The emulator answers getUpdates at once instead of
 * holding it; an empty answer is followed by a short pause so the loop stays idle.
 */
const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (method === 'getUpdates' && result.ok && Array.isArray(result.result) && result.result.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return result;
};

describe('the Telegram bot over HTTP against telegram-test-api', () => {
  let server: TestServer;
  let app: App;
  const seen = recorder({ fake: false });
  const logs = capturedLogger();

  beforeAll(async () => {
    server = await startTestApi();
    const config = createConfig({
      DATA_DIR: tempDir(),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      COORDINATORS: `telegram:${COORDINATOR.id}`,
    });
    app = await createApp(config, logs.logger, fixedClock('2024-06-15T09:00:00'));
    await app.store.addPlan({ plan: DEMO_PLAN, tasks: sampleTasks(), agencies: AGENCIES });
    const channel = createTelegramChannel(app, { transformers: [seen.transformer, idlePolling] });
    app.adapters.push(channel);
    await channel.start();
  });

  afterAll(async () => {
    await app?.close();
    await server?.stop();
  });

  const stored = (messageId: number) => botMessages(server).find((message) => message.messageId === messageId);
  const lastSent = () => botMessages(server).at(-1);
  const sentTo = (chatId: number) => (call: ApiCall) =>
    call.method === 'sendMessage' && call.payload.chat_id === String(chatId);

  it('started although the emulator refuses setMyCommands, with one log line for it', () => {
    expect(logs.lines.filter((line) => String(line.msg).includes('setMyCommands'))).toHaveLength(1);
    expect(logs.lines.some((line) => String(line.msg).includes('long polling'))).toBe(true);
  });

  it('answers a private question, turns the page with its buttons and opens a task', async () => {
    const client = server.getClient(TOKEN, {
      userId: GUEST.id,
      chatId: GUEST.id,
      userName: GUEST.username,
      firstName: GUEST.first_name,
    });
    let mark = seen.calls.length;
    await client.sendMessage(client.makeMessage('nhiệm vụ của Sở Tư pháp'));
    const answer = await seen.waitFor(sentTo(GUEST.id), mark);
    // What reached the emulator over HTTP: the HTML answer and its page buttons.
    const history = await client.getUpdatesHistory();
    const listed = lastSent();
    expect(history.length).toBeGreaterThan(1);
    expect(listed?.text).toBe(answer.payload.text);
    expect(listed?.text).toContain('<b>TN60-01</b>');
    expect(listed?.text).toContain('&lt;b&gt;quan trọng&lt;/b&gt; &amp;');
    expect(listed?.buttons).toEqual(['Trang 1/2', '▶']);

    mark = seen.calls.length;
    const messageId = listed?.messageId ?? 0;
    await client.sendCallback(
      client.makeCallbackQuery(listed?.callbackData('▶') ?? '', { message: { message_id: messageId } }),
    );
    const edit = await seen.waitFor((call) => call.method === 'editMessageText', mark);
    expect(edit.payload.message_id).toBe(messageId);
    expect(stored(messageId)?.text).toContain('<b>TN60-20</b>');
    expect(stored(messageId)?.text).not.toContain('<b>TN60-01</b>');
    expect(stored(messageId)?.buttons).toEqual(['◀', 'Trang 2/2']);
    expect(seen.calls.slice(mark).filter((call) => call.method === 'sendMessage')).toHaveLength(0);

    mark = seen.calls.length;
    await client.sendCommand(client.makeCommand('/xem TN60-05'));
    const detail = await seen.waitFor(sentTo(GUEST.id), mark);
    expect(String(detail.payload.text)).toContain('<b>Nhiệm vụ TN60-05</b>');
    expect(lastSent()?.buttons).toEqual(['Cập nhật tiến độ']);
  });

  it('refuses a forged button press and goes on answering', async () => {
    const client = server.getClient(TOKEN, {
      userId: GUEST.id,
      chatId: GUEST.id,
      userName: GUEST.username,
      firstName: GUEST.first_name,
    });
    const mark = seen.calls.length;
    await client.sendCallback(client.makeCallbackQuery('b:AAAAAAAAAAAAAAAA', { message: { message_id: 1 } }));
    const refusal = await seen.waitFor((call) => call.method === 'answerCallbackQuery', mark);
    expect(refusal.payload.text).toBe(BUTTON_REFUSED);
    await client.sendMessage(client.makeMessage('TN60-03 là việc gì'));
    const next = await seen.waitFor(sentTo(GUEST.id), mark);
    expect(String(next.payload.text)).toContain('TN60-03');
    expect(
      seen.calls.slice(mark).filter((call) => call.method === 'sendMessage' || call.method === 'editMessageText'),
    ).toHaveLength(1);
  });

  it('lets a group subscribe with /theodoi and stays quiet in its talk', async () => {
    const group = { id: -100777, title: 'Tổ công tác KH60' };
    const client = server.getClient(TOKEN, {
      userId: COORDINATOR.id,
      chatId: group.id,
      type: 'supergroup',
      chatTitle: group.title,
      userName: COORDINATOR.username,
      firstName: COORDINATOR.first_name,
    });
    const mark = seen.calls.length;
    await client.sendMessage(client.makeMessage('chào cả nhà, chiều nay họp nhé'));
    await client.sendCommand(client.makeCommand('/theodoi'));
    const answer = await seen.waitFor(sentTo(group.id), mark);
    expect(String(answer.payload.text)).toContain('Đã đăng ký');
    // Updates of one chat are answered in order: the chatter came first and got nothing.
    expect(seen.calls.slice(mark).filter(sentTo(group.id))).toHaveLength(1);
    expect(app.state.subscriptions.list()).toMatchObject([
      { channel: 'telegram', chatId: String(group.id), title: group.title },
    ]);
  });
});
