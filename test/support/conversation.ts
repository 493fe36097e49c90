import { join } from 'node:path';
import { COMMANDS } from '#commands/index.js';
import { renderPlain } from '#src/channels/plain-text.js';
import { createAgencyLookupCache } from '#src/understanding/agency-lookup-cache.js';
import { createConversation } from '#src/conversation/engine.js';
import type { Role } from '#src/conversation/message.js';
import type { Reply } from '#src/conversation/reply.js';
import { fixedClock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore, type TaskStore } from '#src/store/task-store.js';

/** A real conversation over a real SQLite sheet in `dir`, at a fixed instant. */
export async function conversationOver(dir: string, at = '2024-06-15T09:00:00') {
  const store: TaskStore = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate());
  const conversation = createConversation({
    store,
    clock: fixedClock(at),
    commands: COMMANDS,
    agencies: createAgencyLookupCache(() => store.snapshot()),
    logger: createLogger('silent', { pretty: false }),
  });
  const ask = async (text: string, role: Role = { kind: 'coordinator' }): Promise<{ reply: Reply; text: string }> => {
    const reply = await conversation.handle({
      text,
      sender: { channel: 'console', id: 'test', name: 'Người thử', role },
      chat: { id: 'test', kind: 'private' },
    });
    return { reply, text: renderPlain(reply) };
  };
  return { store, conversation, ask };
}
