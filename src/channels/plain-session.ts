import { fold } from '#src/domain/text.js';
import type { Choice, Reply } from '#src/chat/reply.js';

/**
 * What a plain-text chat remembers between messages: the numbered choices and the pages of
 * the last reply, so that "2", "tiếp" or "trước" mean what the user sees. One per chat.
 */
export interface PlainSession {
  /** The message to hand to the conversation for what the user typed. */
  interpret(text: string): string;
  /** Remember what the last reply offered. */
  remember(reply: Reply): void;
}

const NEXT = new Set(['tiep', 'tiep theo', 'trang sau', 'xem tiep', 'next', '>']);
const PREVIOUS = new Set(['truoc', 'trang truoc', 'quay lai', 'lui', 'back', '<']);

/** What a session starts from and where it writes what it remembers (Zalo keeps it across restarts). */
export interface SessionStore {
  initial: { choices: Choice[]; next?: string; previous?: string } | null;
  save(session: { choices: Choice[]; next?: string; previous?: string }): void;
}

export function createPlainSession(store?: SessionStore): PlainSession {
  let choices: Choice[] = store?.initial?.choices ?? [];
  let next: string | undefined = store?.initial?.next;
  let previous: string | undefined = store?.initial?.previous;
  return {
    interpret(text) {
      const trimmed = text.trim();
      if (/^\d{1,2}$/.test(trimmed)) {
        const picked = choices[Number(trimmed) - 1];
        if (picked) return picked.value;
      }
      const folded = fold(trimmed).replace(/[.!]+$/, '');
      if (next && NEXT.has(folded)) return next;
      if (previous && PREVIOUS.has(folded)) return previous;
      return trimmed;
    },
    remember(reply) {
      const hadSomething = choices.length > 0 || next !== undefined || previous !== undefined;
      choices = (reply.choices ?? []).map(({ label, value }) => ({ label, value }));
      next = reply.page?.next;
      previous = reply.page?.previous;
      const hasSomething = choices.length > 0 || next !== undefined || previous !== undefined;
      if (store && (hadSomething || hasSomething)) {
        store.save({
          choices,
          ...(next !== undefined ? { next } : {}),
          ...(previous !== undefined ? { previous } : {}),
        });
      }
    },
  };
}
