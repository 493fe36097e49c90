import { describe, expect, it } from 'vitest';
import { createZaloChannel } from '#src/channels/zalo/index.js';
import { createApp, type App } from '#src/app.js';
import { LAN, zaloHarness } from '../support/zalo-emulator/harness.js';
import { textUpdate } from '../support/zalo-emulator/updates.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

describe('a Zalo message taken in when the process dies', () => {
  it('is kept before the next poll and answered by the next process', async () => {
    const dir = tempDir();
    // The first process takes the message from the poll and dies while answering it.
    let dying: (() => void) | undefined;
    const h = await zaloHarness(dir, {
      wrap: (app: App) => ({
        ...app,
        conversation: { handle: () => new Promise((_resolve, reject) => (dying = () => reject(new Error('killed')))) },
      }),
    });
    await h.channel.start();
    void h.emu.push(textUpdate('TN60-05 xong', LAN, undefined, 'm-42'));
    await h.emu.waitFor(() => dying !== undefined);
    expect(h.emu.texts(LAN.id)).toEqual([]);

    // The next process: its own state and app over the same data folder, the same Zalo.
    const next = await createApp(h.app.config, h.logs.logger, h.app.clock);
    const channel = createZaloChannel(next, { pollTimeoutSeconds: 30, backoff: { minMs: 5, maxMs: 40 } });
    next.adapters.push(channel);
    await channel.start();
    await h.emu.waitFor(() => h.emu.texts(LAN.id).length > 0);
    expect(h.emu.texts(LAN.id).join('\n').toLowerCase()).toContain('đã cập nhật tn60-05');
    expect(next.store.snapshot().byId.get('TN60-05')?.status).toBe('done');
    // Handled once: the same message delivered again is dropped.
    await h.emu.push(textUpdate('TN60-05 xong', LAN, undefined, 'm-42'));
    expect(h.emu.texts(LAN.id)).toHaveLength(1);

    dying?.();
    await next.close();
    await h.close();
  });
});
