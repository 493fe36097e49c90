import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { renderPlain } from '#src/channels/plain-text.js';
import { createConversation } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { createAgencyLookupCache } from '#src/understanding/agency-lookup-cache.js';
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
    tasks: [makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] }), makeTask({ id: 'TN60-02', lead: ['Sở Y tế'], deadline: '2024-03-31' })],
    agencies: [],
  });
  return { fake, store };
}

describe('answering over a Google Sheet', () => {
  it('answers questions without a single API call', async () => {
    const { fake, store } = await seededStore();
    const conversation = createConversation({
      store,
      clock: fixedClock('2024-06-15T09:00:00'),
      commands: COMMANDS,
      agencies: createAgencyLookupCache(() => store.snapshot()),
      logger: createLogger('silent', { pretty: false }),
    });
    fake.resetCalls();
    const sender = { channel: 'console' as const, id: 't', name: 'Người thử', role: { kind: 'coordinator' as const } };
    const ask = async (text: string) => renderPlain(await conversation.handle({ text, sender, chat: { id: 't', kind: 'private' } }));
    expect(await ask('nhiệm vụ của Sở Tư pháp')).toContain('TN60-01');
    expect(await ask('nhiem vu cua so y te')).toContain('TN60-02');
    expect(await ask('/nhiemvu STP')).toContain('TN60-01');
    expect(fake.calls).toEqual([]);
    await store.close();
  });
});
