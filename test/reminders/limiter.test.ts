import { describe, expect, it } from 'vitest';
import { createSendQueue, retryAfterMs, virtualClock, type LimiterClock } from '#src/reminders/limiter.js';

/** The send queue in virtual time: Telegram's limits checked on the schedule it produces. */
const maxInWindow = (times: number[], windowMs: number) => {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
};

describe('the send queue', () => {
  it('fans out to 500 chats at no more than 30 a second, close to the floor the limit allows', async () => {
    const clock = virtualClock();
    const queue = createSendQueue({ clock });
    const delivered: string[] = [];
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        queue.send({
          channel: 'telegram',
          chat: String(1000 + i),
          group: false,
          run: async () => void delivered.push(String(1000 + i)),
        }),
      ),
    );
    expect(delivered).toHaveLength(500);
    const times = queue.starts.map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    const floor = (500 / 30) * 1000;
    expect(clock.now()).toBeGreaterThanOrEqual(floor - 1000);
    expect(clock.now()).toBeLessThanOrEqual(floor * 1.05);
  });

  it('keeps a group chat to 20 messages a minute and a private chat to one a second, in order', async () => {
    const clock = virtualClock();
    const queue = createSendQueue({ clock });
    const order: number[] = [];
    const jobs = Array.from({ length: 45 }, (_, i) =>
      queue.send({ channel: 'telegram', chat: '-100777', group: true, run: async () => void order.push(i) }),
    );
    jobs.push(
      ...Array.from({ length: 5 }, () =>
        queue.send({ channel: 'telegram', chat: '42', group: false, run: async () => {} }),
      ),
    );
    await Promise.all(jobs);
    expect(order).toEqual(Array.from({ length: 45 }, (_, i) => i));
    const group = queue.starts.filter((s) => s.chat === '-100777').map((s) => s.at);
    expect(maxInWindow(group, 60_000)).toBe(20);
    expect((group[44] ?? 0) - (group[0] ?? 0)).toBeGreaterThanOrEqual(120_000);
    const single = queue.starts.filter((s) => s.chat === '42').map((s) => s.at);
    for (let i = 1; i < single.length; i++)
      expect((single[i] ?? 0) - (single[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('waits what a 429 asks and tries again; other errors reach the caller', async () => {
    const clock: LimiterClock = virtualClock();
    const queue = createSendQueue({ clock });
    let calls = 0;
    await queue.send({
      channel: 'telegram',
      chat: '1',
      group: false,
      run: async () => {
        calls++;
        if (calls === 1)
          throw Object.assign(new Error('Too Many Requests'), { error_code: 429, parameters: { retry_after: 7 } });
      },
    });
    expect(calls).toBe(2);
    expect((queue.starts[1]?.at ?? 0) - (queue.starts[0]?.at ?? 0)).toBeGreaterThanOrEqual(7000);
    await expect(
      queue.send({
        channel: 'telegram',
        chat: '2',
        group: false,
        run: async () => Promise.reject(new Error('chat not found')),
      }),
    ).rejects.toThrow('chat not found');
    expect(retryAfterMs({ retryAfter: 2 })).toBe(2000);
    expect(retryAfterMs(new Error('x'))).toBeNull();
  });
});
