import type { Transformer } from '#src/channels/telegram/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import { createConfig } from '#src/config.js';
import type { Agency } from '#src/domain/agency.js';
import { fixedClock } from '#src/domain/clock.js';
import { createApp, type App } from '#src/app.js';
import { capturedLogger, COORDINATOR, FOCAL, TOKEN } from '../support/telegram/harness.js';
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

/** Hoa, Sở Y tế's focal point, listed by user id so that the bot can write to her first. */
const HOA = { id: 4004, username: 'hoa_syt', first_name: 'Hoa' };

const agency = (name: string, telegram: string[]): Agency => ({
  name,
  aliases: [],
  kind: 'department',
  memberKinds: [],
  successor: '',
  telegram,
  zalo: [],
  groupChat: '',
});

/**
 * «Nhắc phối hợp» over the real grammY client and telegram-test-api: Lan (Sở Tư pháp, the lead)
 * opens TN60-12 and presses the button; Hoa (Sở Y tế, supporting) gets the request and answers
 * with its own button; a second press the same day is refused with the reason.
 */
describe('«Nhắc phối hợp» pressed on Telegram', () => {
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
    });
    app = await createApp(config, capturedLogger().logger, fixedClock('2024-06-15T09:00:00'));
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [
        makeTask({
          id: 'TN60-12',
          content: 'Rà soát thủ tục hành chính lĩnh vực y tế',
          lead: ['Sở Tư pháp'],
          coordinating: ['Sở Y tế', 'Sở Xây dựng'],
          deadline: '2024-06-30',
          status: 'in_progress',
        }),
      ],
      agencies: [
        agency('Sở Tư pháp', ['@lan_stp', String(FOCAL.id)]),
        agency('Sở Y tế', [String(HOA.id)]),
        agency('Sở Xây dựng', []),
      ],
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
  const lastTo = (chatId: number) =>
    botMessages(server)
      .filter((m) => m.chatId === String(chatId))
      .at(-1);

  it('sends the request to the supporting agency once, and the supporter’s answer reaches the lead', async () => {
    const lan = client(FOCAL);
    let mark = seen.calls.length;
    await lan.sendCommand(lan.makeCommand('/xem TN60-12'));
    await seen.waitFor(sentTo(FOCAL.id), mark);
    const detail = lastTo(FOCAL.id);
    expect(detail?.text).toContain('Tiến độ phối hợp:');
    expect(detail?.text).toContain('• Sở Y tế: chưa báo cáo');
    expect(detail?.buttons).toEqual(['Cập nhật tiến độ', 'Nhắc phối hợp']);

    mark = seen.calls.length;
    const press = () =>
      lan.sendCallback(
        lan.makeCallbackQuery(detail?.callbackData('Nhắc phối hợp') ?? '', {
          message: { message_id: detail?.messageId },
        }),
      );
    await press();
    const answer = await seen.waitFor(sentTo(FOCAL.id), mark);
    expect(String(answer.payload.text)).toContain('Đã gửi lời đề nghị phối hợp tới đầu mối của: Sở Y tế.');
    expect(String(answer.payload.text)).toContain('Chưa có đầu mối nhận tin qua bot: Sở Xây dựng.');
    await seen.waitFor(sentTo(HOA.id), mark);
    const request = lastTo(HOA.id);
    expect(request?.text).toContain('Đề nghị phối hợp nhiệm vụ TN60-12');
    expect(request?.text).toContain('Hạn xử lý: 30/06/2024');
    expect(request?.text).toContain('Người đề nghị: Lan (Sở Tư pháp)');
    expect(request?.buttons).toEqual(['Đã xong phần việc', 'Đang thực hiện', 'Xem TN60-12']);

    // The same button again, the same day: the reason, and nothing more to Hoa.
    mark = seen.calls.length;
    await press();
    const again = await seen.waitFor(sentTo(FOCAL.id), mark);
    expect(String(again.payload.text)).toContain('đã được nhắc hôm nay lúc 09:00 (Lan (Sở Tư pháp) gửi)');
    expect(seen.calls.slice(mark).filter(sentTo(HOA.id))).toHaveLength(0);

    // Hoa answers with her button: her part is recorded, the status stays, Lan is told.
    const hoa = client(HOA);
    mark = seen.calls.length;
    await hoa.sendCallback(
      hoa.makeCallbackQuery(request?.callbackData('Đã xong phần việc') ?? '', {
        message: { message_id: request?.messageId },
      }),
    );
    const recorded = await seen.waitFor(sentTo(HOA.id), mark);
    expect(String(recorded.payload.text)).toContain('Sở Y tế: Hoàn thành (15/06/2024)');
    const told = await seen.waitFor(sentTo(FOCAL.id), mark);
    expect(String(told.payload.text)).toContain('Sở Y tế báo phần phối hợp nhiệm vụ TN60-12');
    expect(app.store.snapshot().byId.get('TN60-12')).toMatchObject({
      status: 'in_progress',
      supportProgress: 'Sở Y tế: Hoàn thành (15/06/2024)',
    });
  });
});
