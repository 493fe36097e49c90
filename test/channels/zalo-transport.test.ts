import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_ONLY } from '#src/channels/zalo/handler.js';
import { NEEDS_TASK } from '#src/conversation/evidence.js';
import { UNAUTHORIZED } from '#src/channels/zalo/polling.js';
import type { Conversation } from '#src/conversation/engine.js';
import { reply, text } from '#src/chat/reply.js';
import { useTempDirs } from '../support/temp.js';
import {
  GROUP,
  GUEST,
  LAN,
  TOKEN,
  zaloHarness,
  type ZaloHarness,
  type ZaloHarnessOptions,
} from '../support/zalo-emulator/harness.js';
import { eventUpdate, textUpdate } from '../support/zalo-emulator/updates.js';

/** Receiving from Zalo: polling and its failures, duplicates, the webhook, stopping. */
const tempDir = useTempDirs();
const harnesses: ZaloHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    // Whatever happened, the token never reached the log, nor did an API address.
    expect(h.logs.raw()).not.toContain(TOKEN);
    expect(h.logs.raw()).not.toContain(h.emu.root);
    await h.close();
  }
});

async function setup(options: ZaloHarnessOptions = {}, start = true) {
  const h = await zaloHarness(tempDir(), options);
  harnesses.push(h);
  if (start) await h.channel.start();
  return h;
}

describe('long polling', () => {
  it('handles the same message delivered twice once, even after a restart', async () => {
    const h = await setup();
    const update = textUpdate('nhiệm vụ của Sở Tư pháp', GUEST, undefined, 'dup-1');
    await h.emu.push(update);
    await h.emu.push(update);
    expect(h.emu.texts(GUEST.id)).toHaveLength(1);

    await h.channel.stop();
    const again = h.restart();
    h.app.adapters.push(again);
    await again.start();
    await h.emu.push(update);
    expect(h.emu.texts(GUEST.id)).toHaveLength(1);
    // The same message id in another chat is another message.
    await h.emu.push(textUpdate('/trogiup', LAN, undefined, 'dup-1'));
    expect(h.emu.texts(LAN.id)).toHaveLength(1);
  });

  it('never has two polls open at once, and polls again at once after an idle 408', async () => {
    const h = await setup({ secondMs: 5, channel: { pollTimeoutSeconds: 1 } });
    await h.emu.waitFor(() => h.emu.polls.idle >= 3);
    expect(h.emu.texts()).toEqual([]);
    for (const question of ['nhiệm vụ của Sở Tư pháp', 'tiếp', '/trogiup'])
      await h.emu.push(textUpdate(question, GUEST));
    await h.emu.waitFor(() => h.emu.polls.idle >= 6);
    expect(h.emu.texts(GUEST.id)).toHaveLength(3);
    expect(h.emu.polls.maxActive).toBe(1);
    // An idle poll is no failure: nothing was logged about it.
    expect(h.logs.lines.filter((line) => line.level >= 40)).toEqual([]);
  });

  it('backs off after 429, 500 and a dropped connection, warns once, then goes on', async () => {
    const h = await setup({}, false);
    h.emu.failNext('getUpdates', { status: 429, description: 'Too Many Requests' }, 2);
    h.emu.failNext('getUpdates', { status: 500 });
    h.emu.failNext('getUpdates', 'network');
    await h.channel.start();
    const [answer] = await h.say('/trogiup', GUEST);
    expect(answer).toContain('/nhiemvu');
    expect(
      h.emu
        .of('getUpdates')
        .slice(0, 5)
        .map((c) => c.status),
    ).toEqual([429, 429, 500, 0, 200]);
    const warnings = h.logs.at(40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ msg: 'Chưa lấy được tin nhắn từ Zalo; sẽ thử lại.', waitMs: 5 });
    expect(String(warnings[0]?.error)).toContain('429');
    expect(h.logs.lines.some((line) => line.msg === 'Đã nhận tin nhắn từ Zalo trở lại.')).toBe(true);
  });

  it('sends again a reply Zalo refused for flooding', async () => {
    const h = await setup();
    h.emu.failNext('sendMessage', { status: 429 });
    const [answer] = await h.say('/trogiup', GUEST);
    expect(answer).toContain('/nhiemvu');
    expect(h.emu.of('sendMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('stops on a revoked token (401) with one clear log line, without retrying', async () => {
    const h = await setup();
    await h.say('/trogiup', GUEST);
    h.emu.revokeToken();
    await h.channel.receiving();
    const polls = h.emu.of('getUpdates').length;
    expect(h.emu.of('getUpdates').at(-1)?.status).toBe(401);
    const errors = h.logs.lines.filter((line) => line.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.msg).toBe(UNAUTHORIZED);
    expect(errors[0]?.msg).toContain('ZALO_BOT_TOKEN');
    await h.channel.stop();
    expect(h.emu.of('getUpdates')).toHaveLength(polls);
  });

  it('refuses to start with a wrong token, saying so without the token', async () => {
    const wrong = '1234567890:wrong-token-0123456789';
    const h = await setup({ env: { ZALO_BOT_TOKEN: wrong } }, false);
    const started = h.channel.start();
    await expect(started).rejects.toThrow(UNAUTHORIZED);
    await started.catch((error: unknown) => expect(String(error)).not.toContain(wrong));
    expect(h.emu.of('getUpdates')).toHaveLength(0);
    expect(h.logs.raw()).not.toContain(wrong);
  });

  it('removes a webhook left from an earlier run before polling', async () => {
    const h = await setup({}, false);
    h.emu.setWebhookDirectly('https://old.example.gov.vn/zalo', 'old-secret-123');
    await h.channel.start();
    expect(h.emu.webhook()).toBeNull();
    expect(await h.say('/trogiup', GUEST)).toHaveLength(1);
  });

  it('on stop, finishes the message in hand and aborts the poll', async () => {
    let release!: () => void;
    let entered!: () => void;
    const inHand = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = await setup({
      wrap: (app) => {
        const slow: Conversation = {
          async handle(message) {
            entered();
            await gate;
            return app.conversation.handle(message);
          },
        };
        return { ...app, conversation: slow };
      },
    });
    void h.emu.push(textUpdate('/trogiup', GUEST));
    await inHand;
    let stopped = false;
    const stopping = h.channel.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(h.emu.texts(GUEST.id)).toHaveLength(1);
    const polls = h.emu.of('getUpdates').length;
    await h.emu.waitFor(() => h.emu.polls.active === 0);
    expect(h.emu.of('getUpdates')).toHaveLength(polls);
  });

  it('on stop while waiting, aborts the open poll at once', async () => {
    const h = await setup();
    await h.emu.waitFor(() => h.emu.polls.active === 1);
    await h.channel.stop();
    await h.emu.waitFor(() => h.emu.polls.active === 0);
    expect(h.emu.of('getUpdates')).toHaveLength(1);
    expect(h.emu.of('getUpdates')[0]?.status).toBe(0);
  });
});

describe('chats and events', () => {
  it('in a group answers commands, mentions and calls, and nothing else', async () => {
    const h = await setup();
    const quiet = ['hôm nay họp lúc mấy giờ, nhiệm vụ của Sở Tư pháp xong chưa', 'gửi @DonDocBotFan nhé', '1', 'tiếp'];
    for (const chatter of quiet) await h.emu.push(textUpdate(chatter, GUEST, GROUP));
    await h.emu.push(eventUpdate('sticker', GUEST, GROUP));
    expect(h.emu.of('sendMessage')).toHaveLength(0);
    expect(h.emu.of('sendChatAction')).toHaveLength(0);

    expect((await h.say('/nhiemvu Sở Tư pháp', GUEST, GROUP))[0]).toContain('TN60-01');
    expect((await h.say('@DonDocBot tiếp', GUEST, GROUP))[0]).toContain('TN60-08');
    expect((await h.say('bot ơi, việc TN60-03 là gì', GUEST, GROUP))[0]).toContain('NHIỆM VỤ TN60-03');
    expect((await h.say('Đôn Đốc ơi', GUEST, GROUP))[0]).toContain('/nhiemvu');
    expect(h.emu.texts(GROUP.id)).toHaveLength(4);
  });

  it('tells a private chat once that it reads text only, and ignores privacy events', async () => {
    const h = await setup();
    await h.emu.push(eventUpdate('unsupported', GUEST));
    expect(h.emu.of('sendMessage')).toHaveLength(0);
    // A picture naming no task: how to send evidence (zalo-evidence.test.ts); never downloaded.
    await h.emu.push(eventUpdate('image', GUEST));
    await h.emu.push(eventUpdate('sticker', GUEST));
    await h.emu.push(eventUpdate('voice', GUEST));
    expect(h.emu.texts(GUEST.id)).toEqual([NEEDS_TASK, TEXT_ONLY]);
    // After a text conversation, the next sticker gets the notice again.
    await h.say('/trogiup', GUEST);
    await h.emu.push(eventUpdate('sticker', GUEST));
    expect(h.emu.texts(GUEST.id).at(-1)).toBe(TEXT_ONLY);
    expect(h.logs.lines.filter((line) => line.level >= 40)).toEqual([]);
  });

  it('skips a malformed event with a warning and answers the next', async () => {
    const h = await setup();
    await h.emu.push({ event_name: 'message.text.received', message: { text: 'không có người gửi' } });
    expect(h.logs.at(40).map((line) => line.msg)).toEqual(['Bỏ qua một sự kiện Zalo không đúng định dạng.']);
    expect(await h.say('/trogiup', GUEST)).toHaveLength(1);
  });

  it('sends notices and digests through send and sendImage, as text', async () => {
    const h = await setup();
    const long = reply(
      ...Array.from({ length: 30 }, (_, i) => text(`Dòng ${i + 1}: ${'nội dung nhắc việc '.repeat(12)}`)),
    );
    await h.channel.send(LAN.id, long);
    const sent = h.emu.texts(LAN.id);
    expect(sent.length).toBeGreaterThan(2);
    for (const message of sent) expect(message.length).toBeLessThanOrEqual(2000);
    expect(sent.join('\n')).toContain('Dòng 30:');
    await h.channel.sendImage?.(LAN.id, new Uint8Array([137, 80, 78, 71]), 'Bản tin tuần: 12 nhiệm vụ quá hạn');
    expect(h.emu.texts(LAN.id).at(-1)).toBe('Bản tin tuần: 12 nhiệm vụ quá hạn');
    expect(h.emu.of('sendPhoto')).toHaveLength(0);
  });
});

describe('webhook mode', () => {
  const SECRET = 'zalo-webhook-secret-42';
  const env = { ZALO_WEBHOOK_URL: 'https://bot.example.gov.vn/zalo/hook', ZALO_WEBHOOK_SECRET: SECRET };

  it('registers the webhook, refuses requests without the right secret, and answers the right one once', async () => {
    const h = await setup({ env, channel: { webhookPort: 0, host: '127.0.0.1' } });
    expect(h.emu.webhook()).toEqual({ url: env.ZALO_WEBHOOK_URL, secret: SECRET });
    expect(h.emu.of('getUpdates')).toHaveLength(0);
    const target = `http://127.0.0.1:${h.channel.webhookPort()}/zalo/hook`;
    const update = textUpdate('nhiệm vụ của Sở Tư pháp', GUEST);

    expect(await h.emu.deliver(target, update)).toBe(401);
    expect(await h.emu.deliver(target, update, 'wrong-secret-000')).toBe(403);
    expect(await h.emu.deliver(target, { hello: 'world' }, SECRET)).toBe(400);
    expect(await h.emu.deliver(target, '{not json', SECRET)).toBe(400);
    expect(await h.emu.deliver(`http://127.0.0.1:${h.channel.webhookPort()}/other`, update, SECRET)).toBe(404);
    expect(h.emu.of('sendMessage')).toHaveLength(0);

    expect(await h.emu.deliver(target, update, SECRET)).toBe(200);
    expect(await h.emu.deliver(target, { ok: true, result: update }, SECRET)).toBe(200);
    expect(await h.emu.deliver(target, textUpdate('tiếp', GUEST), SECRET)).toBe(200);
    await h.emu.waitFor(() => h.emu.texts(GUEST.id).length >= 2);
    await h.channel.stop();
    const [first, second] = h.emu.texts(GUEST.id);
    expect(h.emu.texts(GUEST.id)).toHaveLength(2);
    expect(first).toContain('Trang 1/3');
    expect(second).toContain('Trang 2/3');
  });
});
