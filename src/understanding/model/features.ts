import { fold } from '#src/domain/text.js';
import { normalizeMessage } from '../normalize.js';
import { findTaskRef } from '../task-ref.js';
import { fixTypos } from '../typos.js';

/**
 * What the intent model reads of a message: the text folded (no diacritics, đ → d, lower
 * case, chat typos fixed), a task reference replaced by one placeholder word and every digit
 * by 0, so that the model learns "a task and a status word", never one plan's code or a date.
 * Features are character n-grams of 2–5 inside words (padded with a space on each side), word
 * unigrams and bigrams, and a few shape marks. Each feature is hashed to a bucket.
 */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;
const MIN_GRAM = 2;
const MAX_GRAM = 5;
/** The placeholder word for a task reference. */
const REF_WORD = 'zref';

/** The folded, placeholder form of a message, as the model sees it. */
export function modelText(message: string): string {
  const folded = fixTypos(fold(normalizeMessage(message)));
  const ref = findTaskRef(folded);
  const withRef = ref ? `${folded.slice(0, ref.start)} ${REF_WORD} ${folded.slice(ref.end)}` : folded;
  return withRef.replace(/\d/g, '0').replace(/\s+/g, ' ').trim();
}

/** The feature names of a message (deduplicated), before hashing. */
export function featureNames(message: string): string[] {
  const text = modelText(message);
  const words = text === '' ? [] : text.split(' ');
  const names = new Set<string>();
  for (const word of words) {
    names.add(`w:${word}`);
    const padded = ` ${word} `;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let i = 0; i + n <= padded.length; i++) names.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  for (let i = 0; i + 1 < words.length; i++) names.add(`b:${words[i]} ${words[i + 1]}`);
  if (words.length > 0) {
    names.add(`first:${words[0]}`);
    names.add(`last:${words[words.length - 1]}`);
  }
  // Shape: a question mark, the length in words (bucketed), a slash command.
  if (message.includes('?')) names.add('shape:question-mark');
  names.add(`shape:len${Math.min(6, Math.ceil(words.length / 4))}`);
  if (/^\s*\//.test(message)) names.add('shape:slash');
  return [...names];
}

/** FNV-1a over the UTF-16 code units, folded to HASH_BITS. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** A message as sorted, distinct feature buckets (each with value 1/√n when used). */
export function featureIds(message: string, extra: readonly string[] = []): Uint32Array {
  const ids = new Set<number>();
  for (const name of featureNames(message)) ids.add(hashFeature(name));
  for (const name of extra) ids.add(hashFeature(name));
  return Uint32Array.from([...ids].sort((a, b) => a - b));
}
