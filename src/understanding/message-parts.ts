import { fold } from '#src/domain/text.js';
import { CUES } from './cues.js';
import { findTaskRef } from './task-ref.js';
import { fixTypos } from './typos.js';

/**
 * The parts of a message around what it asks: a page suffix («… trang 3»), a second question,
 * the bot called by name at its start, a correction («à không, … mới đúng»).
 */

/** The message without its page suffix: what to send again for another page. */
export function withoutPage(message: string): string {
  return pageOf(message.trim()).rest;
}

export function pageOf(text: string): { rest: string; page: number } {
  const m = /^(.*?)\s+trang\s*(\d{1,4})\s*$/iu.exec(text);
  return m?.[1] ? { rest: m[1].trim(), page: Number(m[2]) } : { rest: text, page: 1 };
}

const SECOND_QUESTION =
  /(?:[,.;]?\s+(?:à mà|với lại|tiện (?:cho )?(?:em|mình|tôi|chị|anh)?\s*hỏi|(?:rồi |và )?cho (?:em|mình|tôi|chị|anh) hỏi (?:thêm|luôn)|bot ơi bot)|[,.;]\s*xong thì)(?![\p{L}])/iu;

/** The text up to a second question, when what comes before it already asks or reports something. */
export function firstQuestion(text: string): string {
  const m = SECOND_QUESTION.exec(text);
  if (!m || m.index === 0) return text;
  const head = text.slice(0, m.index);
  const folded = fixTypos(fold(head));
  const asks = /\?/.test(head) || CUES.question.test(folded) || findTaskRef(folded) !== null;
  return asks && folded.split(' ').length >= 3 ? head : text;
}

const CALLED = /^\s*bot(?:\s+(?:ơi|oi)(?![\p{L}])[\s,:!.]*|\s*[,:!.]+\s*)/iu;

/** Whether the message starts by calling the bot ("bot ơi, …"; "@DonDocBot …" is normalised to "bot"). */
export function callsBot(message: string): boolean {
  return CALLED.test(message);
}

/** The message without the bot's name or handle at its start. */
export function uncalled(message: string): string {
  const called = CALLED.exec(message);
  return called && called[0].length < message.length ? message.slice(called[0].length) : message;
}

/** "việc quá hạn của Sở KH&CN, à không, Sở TT&TT mới đúng": the correction is read first. */
export function corrected(text: string): string {
  const m = /^(.*?)[,.;]?\s+(?:à|a)\s+(?:không|khong|nhầm|nham)(?![\p{L}])[\s,:]*(.+)$/iu.exec(text);
  return m?.[1] && m[2] ? `${m[2]}, ${m[1]}` : text;
}
