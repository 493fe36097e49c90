import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp.js';
import { COORDINATOR, LAN, zaloHarness, type ZaloHarness } from '../support/zalo-emulator/harness.js';

/**
 * Extensions over Zalo (the real app, its channel polling the Zalo Bot API emulator): the notice
 * reaches the coordinator with numbered choices, and a number answers it.
 */
const tempDir = useTempDirs();
let harness: ZaloHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function running() {
  harness = await zaloHarness(tempDir());
  await harness.channel.start();
  return harness;
}

const task = (h: ZaloHarness, id: string) => h.app.store.snapshot().byId.get(id);

describe('an extension over Zalo', () => {
  it('the coordinator refuses by the number of «Từ chối», gives the reason, and Lan reads it', async () => {
    const h = await running();
    const [answer] = await h.say('xin gia hạn TN60-05 đến 31/1/2025 vì chờ ý kiến của Bộ', LAN);
    expect(answer).toContain('ĐÃ GỬI ĐỀ NGHỊ GIA HẠN TN60-05');
    const [notice] = h.emu.texts(COORDINATOR.id);
    expect(notice).toMatch(/^1\. Duyệt$/m);
    expect(notice).toMatch(/^2\. Từ chối$/m);

    const [asked] = await h.say('2', COORDINATOR);
    expect(asked).toContain('cho biết lý do không duyệt');
    await h.say('/tuchoi TN60-05 nhiệm vụ phải xong trong năm 2024', COORDINATOR);
    expect(task(h, 'TN60-05')).toMatchObject({ deadline: '2024-12-31', extensionCount: 0 });
    expect(h.emu.texts(LAN.id).some((text) => text.includes('Lý do: nhiệm vụ phải xong trong năm 2024'))).toBe(true);
  });

  it('the coordinator approves by replying 1', async () => {
    const h = await running();
    await h.say('/giahan TN60-05 31/1/2025 chờ kinh phí', LAN);
    const [approved] = await h.say('1', COORDINATOR);
    expect(approved).toContain('ĐÃ GIA HẠN TN60-05 ĐẾN 31/01/2025');
    expect(task(h, 'TN60-05')).toMatchObject({ deadline: '2025-01-31', originalDeadline: '2024-12-31' });
    expect(h.emu.texts(LAN.id).some((text) => text.includes('Hạn xử lý mới: 31/01/2025'))).toBe(true);
  });
});
