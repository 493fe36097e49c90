import { afterEach, describe, expect, it } from 'vitest';
import { APOLOGY } from '#src/channels/telegram/bot.js';
import { BUTTON_REFUSED } from '#src/channels/telegram/features/buttons.js';
import { FLOOD_NOTICE } from '#src/channels/telegram/features/flood.js';
import type { App } from '#src/app.js';
import { manualClock } from '#src/domain/clock.js';
import {
  buttonData,
  COORDINATOR,
  FOCAL,
  GROUP,
  GUEST,
  keyboardOf,
  sampleTasks,
  telegramHarness,
  type HarnessOptions,
} from '../support/telegram/harness.js';
import { buttonPress, groupText, privateText } from '../support/telegram/updates.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function setup(options: HarnessOptions = {}) {
  const harness = await telegramHarness(tempDir(), options);
  apps.push(harness.app);
  const handle = (update: Parameters<typeof harness.dondoc.bot.handleUpdate>[0]) =>
    harness.dondoc.bot.handleUpdate(update);
  const texts = () => harness.rec.of('sendMessage').map((call) => String(call.payload.text));
  return { ...harness, handle, texts };
}

describe('the Telegram bot answering messages', () => {
  it('answers a private question in HTML, with sheet text escaped', async () => {
    const { handle, rec, texts } = await setup();
    await handle(privateText('nhiệm vụ của Sở Tư pháp', GUEST));
    const [sent] = rec.of('sendMessage');
    expect(sent?.payload.parse_mode).toBe('HTML');
    expect(sent?.payload.chat_id).toBe(String(GUEST.id));
    const html = texts()[0] ?? '';
    expect(html).toContain('<b>TN60-01</b>');
    expect(html).toContain('Rà soát văn bản &lt;b&gt;quan trọng&lt;/b&gt; &amp; báo cáo UBND');
    expect(html).not.toContain('<b>quan trọng</b>');
    // The overdue task is marked, its deadline shown.
    expect(html).toMatch(/<b>TN60-02<\/b>[^\n]*31\/05\/2024[^\n]*quá hạn/);
    expect(html.length).toBeLessThanOrEqual(4096);
  });

  it('shows choices as an inline keyboard whose data is a short token', async () => {
    const { handle, rec } = await setup();
    await handle(privateText('/xem TN60-05', GUEST));
    const payload = rec.of('sendMessage')[0]?.payload ?? {};
    const data = buttonData(payload, 'Cập nhật tiến độ');
    expect(data).toMatch(/^b:[A-Za-z0-9_-]{16}$/);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(String(payload.text)).not.toContain('/capnhat');
  });

  it('turns the page in place when ▶ is pressed', async () => {
    const { handle, rec } = await setup();
    await handle(privateText('nhiệm vụ của Sở Tư pháp', GUEST));
    const first = rec.of('sendMessage')[0]?.payload ?? {};
    expect(
      keyboardOf(first)
        .flat()
        .map((b) => b.text),
    ).toEqual(['Trang 1/2', '▶']);
    rec.clear();
    await handle(buttonPress(buttonData(first, '▶'), GUEST, { id: GUEST.id }, 42));
    expect(rec.of('sendMessage')).toHaveLength(0);
    const [edit] = rec.of('editMessageText');
    expect(edit?.payload.message_id).toBe(42);
    expect(String(edit?.payload.text)).toContain('<b>TN60-20</b>');
    expect(String(edit?.payload.text)).not.toContain('<b>TN60-01</b>');
    expect(
      keyboardOf(edit?.payload ?? {})
        .flat()
        .map((b) => b.text),
    ).toEqual(['◀', 'Trang 2/2']);
    expect(rec.of('answerCallbackQuery')).toHaveLength(1);
  });

  it('gives a focal point a «Cập nhật» button for each open task it leads, two to a row, that leads to the status question', async () => {
    const tasks = sampleTasks().map((task, i) =>
      i === 2
        ? { ...task, status: 'done' as const }
        : i === 3
          ? { ...task, lead: ['Sở Y tế'], coordinating: ['Sở Tư pháp'] }
          : task,
    );
    const { handle, rec, texts } = await setup({ tasks });
    await handle(privateText('so tu phap con viec gi chua xong a', FOCAL));
    const payload = rec.of('sendMessage')[0]?.payload ?? {};
    const rows = keyboardOf(payload);
    const labels = rows.flat().map((b) => b.text);
    const updates = labels.filter((label) => label.startsWith('Cập nhật '));
    expect(updates).toHaveLength(14); // page 1: the 14 most urgent of the 18 open tasks it leads
    expect(updates[0]).toBe('Cập nhật TN60-02'); // the overdue task comes first, as in the list
    expect(rows.filter((row) => row[0]?.text.startsWith('Cập nhật ')).every((row) => row.length === 2)).toBe(true);
    expect(labels.slice(-2)).toEqual(['Trang 1/2', '▶']);
    // Page 2: the last 4 open tasks it leads and the one it supports (no button); the done one is not listed at all.
    rec.clear();
    await handle(buttonPress(buttonData(payload, '▶'), FOCAL, { id: FOCAL.id }, 42));
    const second = keyboardOf(rec.of('editMessageText')[0]?.payload ?? {})
      .flat()
      .map((b) => b.text);
    expect(String(rec.of('editMessageText')[0]?.payload.text)).not.toContain('<b>TN60-03</b>');
    expect(String(rec.of('editMessageText')[0]?.payload.text)).toContain('<b>TN60-04</b>');
    expect(second.filter((label) => label.startsWith('Cập nhật '))).toHaveLength(4);
    expect(second).not.toContain('Cập nhật TN60-03');
    expect(second).not.toContain('Cập nhật TN60-04');
    rec.clear();
    await handle(buttonPress(buttonData(payload, 'Cập nhật TN60-02'), FOCAL, { id: FOCAL.id }));
    expect(texts()[0]).toContain('TN60-02');
    expect(texts()[0]).toContain('Nhiệm vụ này đang ở trạng thái nào?');
    // A guest asking the same sees the list with page buttons only.
    rec.clear();
    await handle(privateText('so tu phap con viec gi chua xong a', GUEST));
    expect(
      keyboardOf(rec.of('sendMessage')[0]?.payload ?? {})
        .flat()
        .map((b) => b.text),
    ).toEqual(['Trang 1/2', '▶']);
  });

  it('refuses forged, foreign and expired buttons without doing anything', async () => {
    const clock = manualClock('2024-06-15T09:00:00');
    const { handle, rec, logs } = await setup({ clock });
    await handle(privateText('/xem TN60-05', COORDINATOR));
    const data = buttonData(rec.of('sendMessage')[0]?.payload ?? {}, 'Cập nhật tiến độ');
    rec.clear();
    await handle(buttonPress('b:AAAAAAAAAAAAAAAAAAAAAA', GUEST, { id: GUEST.id }));
    await handle(buttonPress('b:AAAAAAAAAAAAAAAA', GUEST, { id: GUEST.id }));
    await handle(buttonPress('/capnhat TN60-05 hoàn thành', GUEST, { id: GUEST.id }));
    await handle(buttonPress(data, GUEST, { id: GUEST.id })); // the coordinator's button, pressed in another chat
    clock.advance(15 * 24 * 3600_000);
    await handle(buttonPress(data, COORDINATOR, { id: COORDINATOR.id })); // expired
    const answers = rec.of('answerCallbackQuery');
    expect(answers).toHaveLength(5);
    for (const answer of answers) expect(answer.payload.text).toBe(BUTTON_REFUSED);
    expect(rec.of('sendMessage')).toHaveLength(0);
    expect(rec.of('editMessageText')).toHaveLength(0);
    expect(logs.lines.filter((line) => line.msg.includes('Từ chối'))).toHaveLength(5);
  });

  it('re-checks rights on every press: a guest and a coordinator pressing «Cập nhật» get different answers', async () => {
    const { handle, rec, texts } = await setup();
    const chat = { id: GROUP.id, title: GROUP.title };
    await handle(groupText('/xem@DonDocBot TN60-05', COORDINATOR, chat));
    const data = buttonData(rec.of('sendMessage')[0]?.payload ?? {}, 'Cập nhật tiến độ');
    rec.clear();
    await handle(buttonPress(data, GUEST, chat));
    expect(texts()[0]).toContain('Xin lỗi, chỉ đầu mối');
    rec.clear();
    await handle(buttonPress(data, COORDINATOR, chat));
    expect(texts()[0]).toContain('Nhiệm vụ này đang ở trạng thái nào?');
    expect(keyboardOf(rec.of('sendMessage')[0]?.payload ?? {}).map((row) => row[0]?.text)).toEqual([
      'Đang thực hiện',
      'Hoàn thành',
      'Vướng mắc',
    ]);
    rec.clear();
    // The focal point of the leading agency, known by @username on the Cơ quan tab, may too.
    await handle(buttonPress(data, FOCAL, chat));
    expect(texts()[0]).toContain('Nhiệm vụ này đang ở trạng thái nào?');
  });

  it('in a group answers commands, mentions and replies to itself, and nothing else', async () => {
    const { handle, texts, rec } = await setup();
    const chat = { id: GROUP.id, title: GROUP.title };
    await handle(groupText('hôm nay họp lúc mấy giờ nhỉ, nhiệm vụ của Sở Tư pháp xong chưa', GUEST, chat));
    await handle(groupText('/nhiemvu@OtherBot Sở Tư pháp', GUEST, chat));
    await handle(groupText('gửi @DonDocBotFan nhé', GUEST, chat));
    expect(rec.calls).toHaveLength(0);
    await handle(groupText('@DonDocBot nhiệm vụ của Sở Tư pháp', GUEST, chat));
    await handle(groupText('/nhiemvu@DonDocBot Sở Tư pháp', GUEST, chat));
    await handle(groupText('/xem TN60-03', GUEST, chat));
    await handle(groupText('còn TN60-04 là việc gì', GUEST, chat, { replyToBot: true }));
    expect(texts()).toHaveLength(4);
    expect(texts()[0]).toContain('<b>TN60-01</b>');
    expect(texts()[1]).toContain('<b>TN60-01</b>');
    expect(texts()[2]).toContain('TN60-03');
    expect(texts()[3]).toContain('TN60-04');
    // Answers thread to the question in a group.
    expect(rec.of('sendMessage')[0]?.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
  });

  it('subscribes a group with /theodoi, keeping its title', async () => {
    const { handle, texts, app } = await setup();
    await handle(groupText('/theodoi@DonDocBot', COORDINATOR, { id: GROUP.id, title: GROUP.title }));
    expect(texts()[0]).toContain('Đã đăng ký');
    expect(app.state.subscriptions.list()).toMatchObject([
      { channel: 'telegram', chatId: String(GROUP.id), title: GROUP.title },
    ]);
  });

  it('greets on /start and explains what it does', async () => {
    const { handle, texts } = await setup();
    await handle(privateText('/start', FOCAL));
    expect(texts()[0]).toContain('Xin chào Lan!');
    expect(texts()[0]).toContain('đầu mối của Sở Tư pháp');
    expect(texts()[0]).toContain(`Mã Telegram của bạn: ${FOCAL.id}`);
    expect(texts()[0]).toContain('/nhiemvu');
  });

  it('apologises for an update that fails and goes on with the next', async () => {
    const { handle, texts, logs } = await setup({
      wrap: (conversation) => ({
        handle: async (message) => {
          if (message.text.includes('hỏng')) throw new Error('boom');
          return conversation.handle(message);
        },
      }),
    });
    await handle(privateText('câu hỏi làm hỏng bot', GUEST));
    await handle(privateText('/xem TN60-05', GUEST));
    expect(texts()[0]).toBe(APOLOGY);
    expect(texts()[1]).toContain('TN60-05');
    expect(logs.at(50)).toHaveLength(1);
  });

  it('handles a repeated update once, even after a restart', async () => {
    const { handle, texts, restart } = await setup();
    const update = privateText('/xem TN60-05', GUEST, { updateId: 424242 });
    await handle(update);
    await handle(update);
    await restart().bot.handleUpdate(update);
    expect(texts()).toHaveLength(1);
  });

  it('tells a flooding user once, politely, and drops the excess', async () => {
    const { handle, texts } = await setup({ flood: { timeFrameMs: 3_600_000, limit: 2 } });
    for (let i = 0; i < 5; i++) await handle(privateText('/xem TN60-05', GUEST));
    expect(texts()).toHaveLength(3);
    expect(texts()[2]).toBe(FLOOD_NOTICE);
    // Someone else is not slowed down.
    await handle(privateText('/xem TN60-05', COORDINATOR));
    expect(texts()).toHaveLength(4);
  });
});

describe('the Telegram bot talking first', () => {
  it('lists its commands with their Vietnamese descriptions; a refusal costs one log line', async () => {
    const { dondoc, rec, logs } = await setup({ failing: ['setMyCommands'] });
    await dondoc.registerCommands();
    const commands = rec.of('setMyCommands')[0]?.payload.commands as Array<{ command: string; description: string }>;
    expect(commands.map((c) => c.command)).toContain('nhiemvu');
    expect(commands.find((c) => c.command === 'theodoi')?.description).toBe(
      'Cho nhóm chat nhận bản tin tổng hợp hằng tuần',
    );
    expect(logs.at(40).filter((line) => line.msg.includes('setMyCommands'))).toHaveLength(1);
  });

  it('sends notices with working buttons, and survives a picture it cannot send', async () => {
    const { dondoc, rec, logs, handle } = await setup({ failing: ['sendPhoto'] });
    await dondoc.send(String(FOCAL.id), {
      blocks: [{ type: 'text', text: 'Nhắc việc: TN60-05 sắp đến hạn.' }],
      choices: [{ label: 'Xem TN60-05', value: '/xem TN60-05' }],
    });
    const data = buttonData(rec.of('sendMessage')[0]?.payload ?? {}, 'Xem TN60-05');
    await handle(buttonPress(data, FOCAL, { id: FOCAL.id }));
    expect(String(rec.of('sendMessage')[1]?.payload.text)).toContain('Nhiệm vụ TN60-05');
    await expect(
      dondoc.sendImage(String(GROUP.id), new Uint8Array([137, 80, 78, 71]), 'Biểu đồ tuần'),
    ).resolves.toBeUndefined();
    expect(rec.of('sendPhoto')).toHaveLength(1);
    expect(logs.at(40).filter((line) => line.msg.includes('ảnh'))).toHaveLength(1);
  });
});
