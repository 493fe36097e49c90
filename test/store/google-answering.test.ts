import { describe, expect, it } from 'vitest';
import { conversationFor } from '../support/conversation.js';
import { initSheet, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();

async function seededStore() {
  const fake = await startFake();
  await initSheet(fake);
  const store = await openGoogleStore(fake, tempDir());
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

describe('answering over a Google Sheet', () => {
  it('answers questions without a single API call', async () => {
    const { fake, store } = await seededStore();
    const { ask: askAs, state } = conversationFor(store, tempDir());
    fake.resetCalls();
    const ask = async (text: string) => (await askAs(text)).text;
    expect(await ask('nhiệm vụ của Sở Tư pháp')).toContain('TN60-01');
    expect(await ask('nhiem vu cua so y te')).toContain('TN60-02');
    expect(await ask('/nhiemvu STP')).toContain('TN60-01');
    expect(fake.calls).toEqual([]);
    state.close();
    await store.close();
  });
});
