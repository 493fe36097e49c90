import { fold } from '#src/domain/text.js';
import type { Choice, Reply } from '#src/conversation/reply.js';

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

export function createPlainSession(): PlainSession {
  let choices: Choice[] = [];
  let next: string | undefined;
  let previous: string | undefined;
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
      choices = reply.choices ?? [];
      next = reply.page?.next;
      previous = reply.page?.previous;
    },
  };
}
