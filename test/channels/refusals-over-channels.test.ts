import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '#src/app.js';
import { buttonData, FOCAL, GUEST, telegramHarness } from '../support/telegram/harness.js';
import { privateText } from '../support/telegram/updates.js';
import { useTempDirs } from '../support/temp.js';
import { GUEST as ZALO_GUEST, LAN, zaloHarness, type ZaloHarness } from '../support/zalo-emulator/harness.js';

/**
 * Refusals reach the log the same way over the real channels: one structured line each
 * (who, channel, command, why), for the coordinator-only commands and someone else's «Hoàn tác».
 */
const tempDir = useTempDirs();
const apps: App[] = [];
const zalos: ZaloHarness[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const h of zalos.splice(0)) await h.close();
});

const COORDINATOR_ONLY = [
  '/xacnhan TN60-01',
  '/tralai TN60-01 thiếu hồ sơ',
  '/duyet 1',
  '/tuchoi 1',
  '/daumoi them Sở Tư pháp telegram:555',
  '/kiemtra',
];
const refusals = (lines: ReadonlyArray<Record<string, unknown>>) =>
  lines.filter((line) => typeof line.why === 'string').map((line) => [line.command, line.why, line.who, line.channel]);

describe('refusals over the channels', () => {
  it('logs each coordinator-only command a Telegram focal point tries, and someone else’s «Hoàn tác»', async () => {
    const h = await telegramHarness(tempDir());
    apps.push(h.app);
    for (const text of COORDINATOR_ONLY) await h.dondoc.bot.handleUpdate(privateText(text, FOCAL));
    expect(refusals(h.logs.lines)).toEqual(
      ['xacnhan', 'tralai', 'duyet', 'tuchoi', 'daumoi', 'kiemtra'].map((command) => [
        command,
        'coordinator_only',
        String(FOCAL.id),
        'telegram',
      ]),
    );
    // The focal point's report offers «Hoàn tác»; the message behind its button, typed by a guest.
    await h.dondoc.bot.handleUpdate(privateText('TN60-01 xong', FOCAL));
    const data = buttonData(h.rec.of('sendMessage').at(-1)?.payload ?? {}, 'Hoàn tác');
    const undo = h.app.state.telegramButtons.find(data.replace(/^b:/, ''))?.message ?? '';
    expect(undo).toMatch(/^\/hoantac \w{8}$/);
    await h.dondoc.bot.handleUpdate(privateText(undo, GUEST));
    expect(refusals(h.logs.lines).at(-1)).toEqual(['hoantac', 'not_yours', String(GUEST.id), 'telegram']);
    expect(h.app.store.snapshot().byId.get('TN60-01')?.status).toBe('done');
  });

  it('logs each coordinator-only command a Zalo focal point tries, and a «Hoàn tác» taken by another person', async () => {
    const h = await zaloHarness(tempDir());
    zalos.push(h);
    await h.channel.start();
    for (const text of COORDINATOR_ONLY)
      expect((await h.say(text, LAN))[0]).toMatch(/^Chỉ điều phối viên mới dùng được lệnh \/\w+\.$/);
    expect(refusals(h.logs.lines)).toEqual(
      ['xacnhan', 'tralai', 'duyet', 'tuchoi', 'daumoi', 'kiemtra'].map((command) => [
        command,
        'coordinator_only',
        LAN.id,
        'zalo',
      ]),
    );
    // Lan's report offers «1. Hoàn tác»; what that number stands for, typed by a guest.
    const [report] = await h.say('TN60-01 xong', LAN);
    expect(report).toContain('1. Hoàn tác');
    const undo =
      h.app.state
        .plainSessions('zalo')
        .load(LAN.id)
        ?.choices.find((choice) => choice.label === 'Hoàn tác')?.value ?? '';
    expect(undo).toMatch(/^\/hoantac \w{8}$/);
    expect((await h.say(undo, ZALO_GUEST))[0]).toContain('dành cho người đã gửi');
    expect(refusals(h.logs.lines).at(-1)).toEqual(['hoantac', 'not_yours', ZALO_GUEST.id, 'zalo']);
    expect(h.app.store.snapshot().byId.get('TN60-01')?.status).toBe('done');
  });
});
