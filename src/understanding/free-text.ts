import { fold } from '#src/domain/text.js';
import { ADDRESSES_BOT, CUES, matchesAny, NOT_FOR_BOT, TO_A_COLLEAGUE } from './cues.js';
import { questionWithoutTask } from './list-question.js';
import { callsBot, corrected, uncalled } from './message-parts.js';
import { asksExtension } from './safety.js';
import { base, extensionSlots, isAsked, requestWithAgency, type SlotDeps } from './slots.js';
import { aboutTask } from './task-message.js';
import { findTaskRef } from './task-ref.js';
import type { Parsed } from './types.js';
import { fixTypos } from './typos.js';

/**
 * The rules' reading of free text, by cues, most specific first.
 * `message` is the message as normalised for reading; `original` as typed, for the note kept with an update.
 */
export function fromFreeText(message: string, deps: SlotDeps, original: string): Parsed {
  // "bot ơi, …", "@DonDocBot …" (normalised to "bot"): the call is not part of the question.
  const called = callsBot(message);
  const rest = uncalled(message);
  // A correction in a report is read as the later state (status-words.ts); elsewhere it names the agency.
  const text = findTaskRef(fixTypos(fold(rest))) ? rest : corrected(rest);
  const folded = fixTypos(fold(text));
  if (folded === '') return base('unknown');
  const notAboutTasks = helpOrChatter(text, folded, called);
  if (notAboutTasks) return notAboutTasks;
  // "?" anywhere, or a question word at the end ("… xong rồi hả bot", "… vẫn đang vướng à"; "ạ" is polite, not asking).
  const asked = isAsked(text);
  const ref = findTaskRef(folded);
  // "xin gia hạn TN60-05 đến 30/7": a request to extend a deadline, never an update.
  if (asksExtension(folded) && !asked) return requestWithAgency(extensionSlots(text, folded, deps), text, deps);
  if (ref) return aboutTask({ text, folded, original, ref, asked }, deps);
  return questionWithoutTask(text, folded, deps);
}

/** Help, or a message that asks nothing of the bot ("unknown"); null for anything else. */
function helpOrChatter(text: string, folded: string, called: boolean): Parsed | null {
  // A question about the bot itself ("bot này dùng ntn vậy mn") is help even in group chatter.
  // Not when it speaks to a room ("cảm ơn các đồng chí đã dự tập huấn sử dụng bot").
  if (
    /\bbot\b/.test(folded) &&
    matchesAny(CUES.help, folded) &&
    !/^(?:cam on|xin cam on|thanks?|tks)\b/.test(folded) &&
    !/\bdang ky\b/.test(folded)
  )
    return base('help');
  if (
    !called &&
    !ADDRESSES_BOT.test(folded) &&
    (matchesAny(NOT_FOR_BOT, folded) || TO_A_COLLEAGUE.some((p) => p.test(text)))
  )
    return base('unknown');
  if (matchesAny(CUES.howTo, folded)) return base('help');
  return null;
}
