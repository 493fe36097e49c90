import type { Transformer } from '#src/channels/telegram/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import { createConfig } from '#src/config.js';
import { fixedClock } from '#src/domain/clock.js';
import { createApp, type App } from '#src/app.js';
import { AGENCIES, capturedLogger, COORDINATOR, FOCAL, TOKEN } from '../support/telegram/harness.js';
import { recorder, type ApiCall } from '../support/telegram/recorder.js';
import { botMessages, startTestApi, type TestServer } from '../support/telegram/test-api.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

/** The emulator answers getUpdates at once; an empty answer is followed by a short pause. */
const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (method === 'getUpdates' && result.ok && Array.isArray(result.result) && result.result.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return result;
};

/**
 * An extension over the real grammY client and telegram-test-api: Lan (@lan_stp, Sở Tư pháp)
 * asks, the coordinator presses «Duyệt» on the notice; EXTENSION_LIMIT=1 from the environment
 * then stops Lan's second request.
 */
describe('an extension asked and approved on Telegram', () => {
  let server: TestServer;
  let app: App;
  const seen = recorder({ fake: false });

  beforeAll(async () => {
    server = await startTestApi();
    const config = createConfig({
      DATA_DIR: tempDir(),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      COORDINATORS: `telegram:${COORDINATOR.id}`,
      EXTENSION_LIMIT: '1',
    });
    app = await createApp(config, capturedLogger().logger, fixedClock('2024-06-15T09:00:00'));
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'], deadline: '2024-06-30' })],
      agencies: AGENCIES,
    });
    const channel = createTelegramChannel(app, { transformers: [seen.transformer, idlePolling] });
    app.adapters.push(channel);
    await channel.start();
  });

  afterAll(async () => {
    await app?.close();
    await server?.stop();
  });

  const sentTo = (chatId: number) => (call: ApiCall) =>
    call.method === 'sendMessage' && call.payload.chat_id === String(chatId);
  const client = (who: typeof FOCAL) =>
    server.getClient(TOKEN, { userId: who.id, chatId: who.id, userName: who.username, firstName: who.first_name });

  it('sends the request to the coordinator with buttons; «Duyệt» moves the deadline and tells Lan', async () => {
    const lan = client(FOCAL);
    let mark = seen.calls.length;
    await lan.sendCommand(lan.makeCommand('/giahan TN60-05 31/7/2024 chờ kinh phí'));
    const answer = await seen.waitFor(sentTo(FOCAL.id), mark);
    expect(String(answer.payload.text)).toContain('Đã gửi đề nghị gia hạn TN60-05');
    await seen.waitFor(sentTo(COORDINATOR.id), mark);
    const notice = botMessages(server).find((m) => m.chatId === String(COORDINATOR.id));
    expect(notice?.text).toContain('xin gia hạn TN60-05');
    expect(notice?.buttons).toEqual(['Duyệt', 'Từ chối']);

    // Lan cannot press the coordinator's button: it was shown in another chat, to another person.
    mark = seen.calls.length;
    await lan.sendCallback(
      lan.makeCallbackQuery(notice?.callbackData('Duyệt') ?? '', { message: { message_id: notice?.messageId } }),
    );
    await seen.waitFor((call) => call.method === 'answerCallbackQuery', mark);
    expect(app.store.snapshot().byId.get('TN60-05')?.deadline).toBe('2024-06-30');

    const coordinator = client(COORDINATOR);
    mark = seen.calls.length;
    await coordinator.sendCallback(
      coordinator.makeCallbackQuery(notice?.callbackData('Duyệt') ?? '', {
        message: { message_id: notice?.messageId },
      }),
    );
    const told = await seen.waitFor(sentTo(FOCAL.id), mark);
    expect(String(told.payload.text)).toContain('Đề nghị gia hạn TN60-05 đã được duyệt');
    expect(String(told.payload.text)).toContain('Hạn xử lý mới: 31/07/2024');
    const done = await seen.waitFor(sentTo(COORDINATOR.id), mark);
    expect(String(done.payload.text)).toContain('Đã gia hạn TN60-05 đến 31/07/2024');
    expect(app.store.snapshot().byId.get('TN60-05')).toMatchObject({
      deadline: '2024-07-31',
      originalDeadline: '2024-06-30',
      extensionCount: 1,
    });
  });

  it('with EXTENSION_LIMIT=1, answers Lan’s second request politely and asks nobody', async () => {
    const lan = client(FOCAL);
    const mark = seen.calls.length;
    await lan.sendMessage(lan.makeMessage('xin gia hạn TN60-05 đến 31/8/2024 vì chờ ý kiến của Bộ'));
    const answer = await seen.waitFor(sentTo(FOCAL.id), mark);
    expect(String(answer.payload.text)).toContain('đã được gia hạn 1 lần, là số lần tối đa');
    expect(seen.calls.slice(mark).filter(sentTo(COORDINATOR.id))).toHaveLength(0);
  });
});
