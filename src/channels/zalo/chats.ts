import { createPlainSession, type PlainSession } from '../plain-session.js';

/**
 * What the bot remembers of each Zalo chat, in memory: the plain-text session (the numbered
 * choices and pages of the last message shown, so "2" or "tiếp" mean what the user sees)
 * and whether the chat was already told that only text can be read. The least recently
 * used chats are forgotten past a cap; a restart forgets all, and a number typed then is
 * simply read as text.
 */
export interface ChatMemory {
  session: PlainSession;
  /** Set after "only text" was said; cleared by the next text message. */
  toldTextOnly: boolean;
}

export interface ChatMemories {
  of(chatId: string): ChatMemory;
}

export function chatMemories(cap = 10_000): ChatMemories {
  const chats = new Map<string, ChatMemory>();
  return {
    of(chatId) {
      const known = chats.get(chatId);
      // Re-inserted on each use: a Map iterates in insertion order, so the first is the stalest.
      if (known) chats.delete(chatId);
      const memory = known ?? { session: createPlainSession(), toldTextOnly: false };
      chats.set(chatId, memory);
      if (chats.size > cap) {
        const stalest = chats.keys().next();
        if (!stalest.done) chats.delete(stalest.value);
      }
      return memory;
    },
  };
}
