import { afterEach, describe, expect, it, vi } from 'vitest';
import { initSheet, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
afterEach(() => vi.useRealTimers());

async function seededStore(options = {}) {
  const fake = await startFake();
  await initSheet(fake);
  const store = await openGoogleStore(fake, tempDir(), options);
  await store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] }),
      makeTask({ id: 'TN60-02', lead: ['Sở Y tế'], deadline: '2024-03-31' }),
    ],
    agencies: [],
  });
  return { fake, store };
}

describe('refreshing from a Google Sheet', () => {
  it('checks the version once per interval when idle (two Drive calls a minute), and re-reads only after a change', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { fake, store } = await seededStore({ refreshIntervalMs: 30_000 });
    fake.resetCalls();
    for (let tick = 1; tick <= 6; tick++) {
      await vi.advanceTimersByTimeAsync(30_000);
      await vi.waitFor(() => expect(fake.count()).toBe(tick));
    }
    expect(new Set(fake.calls.map((c) => c.api))).toEqual(new Set(['drive.files.get']));

    fake.coordinator.editCell('Nhiệm vụ', 'Mã', 'TN60-01', 'Trạng thái', 'Hoàn thành');
    fake.resetCalls();
    await vi.advanceTimersByTimeAsync(30_000);
    await vi.waitFor(() => expect(store.snapshot().byId.get('TN60-01')?.status).toBe('done'));
    expect(fake.calls.map((c) => c.api)).toEqual(['drive.files.get', 'values.batchGet']);
    await store.close();
    fake.resetCalls();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fake.calls).toEqual([]); // close() stopped the refresher
  });
});
