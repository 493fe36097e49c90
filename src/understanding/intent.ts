import { fold } from '#src/domain/text.js';

/**
 * First-pass understanding of a message: slash commands, help requests and "tasks of an
 * agency" questions. Anything else is "unknown" and is answered kindly, never acted on.
 */
export type Understood =
  | { intent: 'command'; command: string; args: string }
  | { intent: 'help' }
  | { intent: 'tasks_of_agency'; agencyText: string }
  | { intent: 'unknown' };

const HELP = [
  /^(help|giup|tro giup|huong dan|menu)( .*)?$/,
  /\bbot (lam|co the lam) (duoc )?(gi|nhung gi)\b/,
  /\b(dung|su dung) (bot|the nao|nhu the nao)\b/,
  /\b(lam sao|cach) (de )?(hoi|dung)\b/,
];

// "nhiệm vụ của X", "nv của X", "X có nhiệm vụ gì", "việc của X"
const TASKS_OF = /^(?:(?:cac |xem |cho (?:toi |em )?xem )?(?:nhiem vu|nv|cong viec|viec)(?: cua| cho)? )(.+)$/;
const TASKS_OF_SUFFIX = /^(.+?) (?:co |con )?(?:nhung |cac )?(?:nhiem vu|viec|cong viec) (?:gi|nao)\b/;

export function understand(raw: string): Understood {
  const message = raw.trim();
  const slash = /^\/([\p{L}\d_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(message);
  if (slash) return { intent: 'command', command: fold(slash[1] ?? ''), args: (slash[2] ?? '').trim() };

  const folded = fold(message).replace(/[?!.]+$/, '').trim();
  if (folded === '') return { intent: 'unknown' };
  if (HELP.some((pattern) => pattern.test(folded))) return { intent: 'help' };

  const of = TASKS_OF.exec(folded) ?? TASKS_OF_SUFFIX.exec(folded);
  if (of?.[1]) return { intent: 'tasks_of_agency', agencyText: stripPoliteness(originalTail(message, of[1])) };
  return { intent: 'unknown' };
}

/**
 * The agency part in the user's own spelling: skip as many words of the original as the
 * folded prefix had (folding keeps words apart), so replies quote what the user typed.
 */
function originalTail(message: string, foldedPart: string): string {
  const folded = fold(message);
  const prefixWords = folded.slice(0, folded.lastIndexOf(foldedPart)).split(' ').filter(Boolean).length;
  const words = message.replace(/[?!.]+$/, '').split(/[\s,:;]+/).filter(Boolean);
  const part = words.slice(prefixWords, prefixWords + foldedPart.split(' ').length).join(' ');
  return part === '' ? foldedPart : part;
}

function stripPoliteness(text: string): string {
  return text.replace(/\s+(ạ|a|nhé|nhe|nha|với|voi|ha|đi|di)$/iu, '').trim();
}
