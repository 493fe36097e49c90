import type { PlainSessions, SavedSession } from '#src/state/plain-sessions.js';
import { createPlainSession, type PlainSession } from '../plain-session.js';

/**
 * What the bot remembers of each Zalo chat: the plain-text session (the numbered choices and
 * pages of the last message shown, so "2" or "tiếp" mean what the user sees), kept in the
 * state database so it survives a restart, and whether the chat was already told that only
 * text can be read. Past a cap the least recently used chats leave memory (not the database).
 */
export interface ChatMemory {
  session: PlainSession;
  /** Set after "only text" was said; cleared by the next text message. */
  toldTextOnly: boolean;
}

export interface ChatMemories {
  of(chatId: string): ChatMemory;
}

export function chatMemories(cap = 10_000, sessions?: PlainSessions): ChatMemories {
  const chats = new Map<string, ChatMemory>();
  return {
    of(chatId) {
      const known = chats.get(chatId);
      // Re-inserted on each use: a Map iterates in insertion order, so the first is the stalest.
      if (known) chats.delete(chatId);
      const memory = known ?? {
        session: createPlainSession(
          sessions && { initial: sessions.load(chatId), save: (saved) => saveQuietly(sessions, chatId, saved) },
        ),
        toldTextOnly: false,
      };
      chats.set(chatId, memory);
      if (chats.size > cap) {
        const stalest = chats.keys().next();
        if (!stalest.done) chats.delete(stalest.value);
      }
      return memory;
    },
  };
}

/**
 * The reply is already decided (and any update written) when its choices are saved: a failing
 * save must not turn into an apology for the message. It costs only the numbers after a restart.
 */
function saveQuietly(sessions: PlainSessions, chatId: string, saved: SavedSession): void {
  try {
    sessions.save(chatId, saved);
  } catch {
    // Nothing else to do: the choices still work until the bot restarts.
  }
}
