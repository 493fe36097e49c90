import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { Transformer } from '#src/channels/telegram/types.js';
import { GUEST, telegramHarness } from '../support/telegram/harness.js';
import { privateText } from '../support/telegram/updates.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

/** The network drops the next `count` calls of `method` (no answer at all). */
function dropping(method: string, count: number): Transformer & { dropped: () => number } {
  let dropped = 0;
  const transformer: Transformer = async (prev, called, payload, signal) => {
    if (called === method && dropped < count) {
      dropped += 1;
      throw new HttpError('Network request for sendMessage failed!', new Error('ECONNRESET'));
    }
    return prev(called, payload, signal);
  };
  return Object.assign(transformer, { dropped: () => dropped });
}

describe('a reply whose sendMessage gets no answer (network failure)', () => {
  it('is sent again and reaches the person', async () => {
    const network = dropping('sendMessage', 2);
    const h = await telegramHarness(tempDir(), { network: [network] });
    await h.dondoc.bot.handleUpdate(privateText('/trogiup', GUEST));
    expect(network.dropped()).toBe(2);
    expect(h.rec.of('sendMessage')).toHaveLength(1);
    expect(h.logs.lines.some((line) => String(line.msg).includes('Lỗi khi xử lý'))).toBe(false);
    await h.app.close();
  });

  it('gives up after a few tries with an apology attempt and a log line, never forever', async () => {
    const network = dropping('sendMessage', 100);
    const h = await telegramHarness(tempDir(), { network: [network] });
    await h.dondoc.bot.handleUpdate(privateText('/trogiup', GUEST));
    expect(network.dropped()).toBeLessThanOrEqual(8);
    expect(h.rec.of('sendMessage')).toHaveLength(0);
    expect(h.logs.lines.some((line) => String(line.msg).includes('Lỗi khi xử lý'))).toBe(true);
    await h.app.close();
  });
});
