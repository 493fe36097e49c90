import { fold } from '#src/domain/text.js';
import { withAgency } from './agency-slot.js';
import { CUES, matchesAny } from './cues.js';
import { DEFAULT_DUE_DAYS } from './task-list-slots.js';
import { findPeriod, nextDays } from './period.js';
import { base, extensionSlots, type SlotDeps } from './slots.js';
import { findStatus } from './status-words.js';
import { findTaskRef } from './task-ref.js';
import type { Intent, Parsed } from './types.js';
import { fixTypos } from './typos.js';
import { noteAfter } from './update-slots.js';

export interface CommandDeps extends SlotDeps {
  /** Slash names without diacritics → the intent each command answers (from commands/). */
  slash: ReadonlyMap<string, Intent>;
}

/** Command names typed without the slash: long enough to be no ordinary word ("sapden 10", "quahan stp"). */
const BARE_COMMANDS = new Set([
  'nhiemvu',
  'quahan',
  'trehan',
  'sapden',
  'denhan',
  'capnhat',
  'baocao',
  'thongke',
  'dangky',
  'dangki',
  'theodoi',
  'trogiup',
  'huongdan',
]);

/**
 * A command as people type it: "/nhiemvu stp", "/nhiem vu stp" and "/quá hạn" (the name in words),
 * "bot ơi /nhiemvu …", or a long command name without the slash ("sapden 20").
 */
export function commandIn(text: string, slash: ReadonlyMap<string, Intent>): { name: string; args: string } | null {
  const m = /^(?:(?:@\w*bot|bot)(?:\s+ơi)?[\s,:]*)?(\/)?((?:[\p{L}\d_]+)(?:@[\w.]+)?(?:\s+[\s\S]*)?)$/iu.exec(text);
  if (!m?.[2]) return null;
  // "/xem@DonDocBot TN60-05": the bot's handle after the name is not part of it.
  const words = m[2].split(/\s+/).map((word, i) => (i === 0 ? word.replace(/@[\w.]+$/, '') : word));
  const names = (n: number) => fold(words.slice(0, n).join('')).replace(/\s+/g, '');
  if (m[1]) {
    // The longest run of one to three words that names a command; else the first word, unknown.
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      if (slash.has(names(n))) return { name: names(n), args: words.slice(n).join(' ').trim() };
    }
    return { name: names(1), args: words.slice(1).join(' ').trim() };
  }
  // Typed in plain letters only: "nhiệmvụ của sởnộivụ" is words run together, not the command.
  const typed = words[0] ?? '';
  if (typed !== typed.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || /đ/i.test(typed)) return null;
  if (!BARE_COMMANDS.has(names(1)) || !slash.has(names(1))) return null;
  return { name: names(1), args: words.slice(1).join(' ').trim() };
}

/** A slash command read by its name: its intent and the fields its arguments give. */
export function fromCommand(name: string, args: string, deps: CommandDeps): Parsed {
  const intent = deps.slash.get(name);
  if (!intent) return { ...base('unknown'), command: name, args };
  const rest = args;
  const parsed: Parsed = { ...base(intent), command: name, args };
  const folded = fixTypos(fold(rest));
  // "/capnhat dùng ntn": a question about the command, not a use of it.
  // (Not for /xem, whose words may be a task's content: "/xem hướng dẫn triển khai".)
  if (
    intent !== 'help' &&
    intent !== 'task_detail' &&
    (matchesAny(CUES.howTo, folded) || matchesAny(CUES.help, folded)) &&
    !findTaskRef(folded)
  )
    return { ...base('help'), command: name, args };
  switch (intent) {
    case 'tasks_of_agency':
    case 'overdue':
    case 'stats':
    case 'register':
      return withAgency(parsed, rest, deps.agencies, true);
    case 'due_soon': {
      const days = /^(\d{1,3})\b(?!\s*(?:thang|tuan|nam|quy))/.exec(folded);
      const period = days
        ? nextDays(deps.now(), Number(days[1]))
        : (findPeriod(folded, deps.now()) ?? nextDays(deps.now(), DEFAULT_DUE_DAYS));
      return withAgency({ ...parsed, period }, days ? rest.replace(/^\s*\d+/, '') : rest, deps.agencies, false);
    }
    case 'extension_request':
      return { ...extensionSlots(rest, folded, deps), command: name, args };
    case 'task_detail':
    case 'status_update': {
      const ref =
        findTaskRef(folded) ??
        (/^\d{1,3}$/.test(folded.split(' ')[0] ?? '')
          ? { ref: folded.split(' ')[0] ?? '', start: 0, end: (folded.split(' ')[0] ?? '').length, full: false }
          : null);
      // "/xem dân vận khéo": no ID, words of the content to look for.
      if (!ref) return intent === 'task_detail' ? { ...parsed, query: rest.trim() } : parsed;
      const withRef = { ...parsed, taskRef: ref.ref };
      if (intent === 'task_detail') return withRef;
      const { status, progress, uncertain } = findStatus(folded, ref.end);
      return { ...withRef, status, progress, uncertain: uncertain ?? false, note: noteAfter(rest) };
    }
    default:
      return parsed;
  }
}
