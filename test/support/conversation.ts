import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { importDemoPlansIfEmpty } from '#src/plans/import-to-store.js';
import { COMMANDS } from '#commands/index.js';
import { renderPlain } from '#src/chat/plain-text.js';
import { createConversation } from '#src/conversation/engine.js';
import type { Channel, Role } from '#src/chat/message.js';
import type { Reply } from '#src/chat/reply.js';
import { fixedClock, type Clock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { openBotState } from '#src/state/bot-state.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore, type TaskStore } from '#src/store/task-store.js';
import { createAgencyLookupCache } from '#src/domain/agencies/index.js';
import { recordingNotifier } from './notifier.js';

export interface AskAs {
  role?: Role;
  channel?: Channel;
  userId?: string;
  name?: string;
  chat?: { id: string; kind: 'private' | 'group'; title?: string };
}

/** The real conversation over `store`, with its own bot state in `dir` and a recording notifier. */
export function conversationFor(
  store: TaskStore,
  dir: string,
  options: { clock?: Clock; coordinators?: string[]; logger?: Logger } = {},
) {
  const clock = options.clock ?? fixedClock('2024-06-15T09:00:00');
  const state = openBotState(dir, clock);
  const notifier = recordingNotifier();
  const conversation = createConversation({
    store,
    clock,
    commands: COMMANDS,
    agencies: createAgencyLookupCache(() => store.snapshot()),
    logger: options.logger ?? createLogger('silent', { pretty: false }),
    state,
    notifier,
    coordinators: options.coordinators ?? [],
  });
  const ask = async (
    text: string,
    as: Role | AskAs = { kind: 'coordinator' },
  ): Promise<{ reply: Reply; text: string }> => {
    const who: AskAs = 'kind' in as ? { role: as } : as;
    const userId = who.userId ?? 'test';
    const reply = await conversation.handle({
      text,
      sender: {
        channel: who.channel ?? 'console',
        id: userId,
        name: who.name ?? 'Người thử',
        role: who.role ?? { kind: 'coordinator' },
      },
      chat: who.chat ?? { id: userId, kind: 'private' },
    });
    return { reply, text: renderPlain(reply) };
  };
  return { conversation, ask, state, notifier, clock };
}

/** A real conversation over a real SQLite sheet in `dir`, at a fixed instant. */
export async function conversationOver(dir: string, at = '2024-06-15T09:00:00', coordinators: string[] = []) {
  const store: TaskStore = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate());
  const built = conversationFor(store, dir, { clock: fixedClock(at), coordinators });
  return { store, ...built };
}

/**
 * The real conversation over the demo plans, set up once for a test file: call at the top level;
 * the returned function gives the set-up inside the tests.
 */
export function useDemoConversation(at: string): () => Awaited<ReturnType<typeof conversationOver>> {
  let dir = '';
  let setup: Awaited<ReturnType<typeof conversationOver>> | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-demo-'));
    setup = await conversationOver(dir, at);
    await importDemoPlansIfEmpty(setup.store, createLogger('silent', { pretty: false }));
  });
  afterAll(async () => {
    await setup?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!setup) throw new Error('useDemoConversation: the set-up has not run yet');
    return setup;
  };
}
