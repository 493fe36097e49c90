/**
 * Text keys for agency names: how a typed name is cut into words and folded ("Sở TT&TT" →
 * "so tt tt"), and the compact form in which spellings of one name meet. Pure and
 * dependency-free (bar `fold`) so the directory and the resolver agree on every key.
 */
import { fold } from '../text.js';

/**
 * Building a directory cuts every name and alias several times (merge, indexes, resolver), and
 * the same names come back with every snapshot: folded cuts of short texts, and folded words,
 * are remembered (bounded, cleared when full). Remembered arrays are shared, hence readonly.
 */
const MEMO_LIMIT = 20_000;
const MEMO_MAX_TEXT = 120;
const keyWordsMemo = new Map<string, readonly string[]>();
const foldedWords = new Map<string, string>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (key.length > MEMO_MAX_TEXT) return value;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

// Most names are already words between single spaces, where a plain split gives the same words.
const SPACED_WORDS = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;

/** Words as typed (NFC), split on anything that is not a letter, mark or digit ("TT&TT" → TT, TT). */
export function words(text: string): string[] {
  const nfc = text.normalize('NFC');
  return SPACED_WORDS.test(nfc) ? nfc.split(' ') : nfc.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Folding a word takes five regex passes, and names repeat the same few words ("ubnd", "xa", "trung"). */
function foldWord(word: string): string {
  return foldedWords.get(word) ?? remember(foldedWords, word, fold(word));
}

/** Folded words, parallel to `words(text)` (fold never empties a letter word). */
export function keyWords(text: string): readonly string[] {
  return keyWordsMemo.get(text) ?? remember(keyWordsMemo, text, words(text).map(foldWord));
}

/** `keyWords` for text already cut by `words`, so a caller needing both cuts the text once. */
export function foldWords(original: readonly string[]): string[] {
  return original.map(foldWord);
}

/** The lookup key of a name: "Sở TT&TT" → "so tt tt", "LĐ-TB&XH" → "ld tb xh". */
export function agencyKey(text: string): string {
  return keyWords(text).join(' ');
}

/** Key without spaces and without "và", so "Sở TTTT" = "Sở TT&TT" and "KH&ĐT" = "Kế hoạch Đầu tư" forms meet. */
export function compactKey(key: string): string {
  const hasVa = key === 'va' || key.startsWith('va ') || key.endsWith(' va') || key.includes(' va ');
  if (!hasVa) return key.replaceAll(' ', '');
  return key
    .split(' ')
    .filter((w) => w !== 'va')
    .join('');
}

/** Whether `ws` from `start` on begins with the words of `head`. */
export function wordsStartWith(ws: readonly string[], start: number, head: readonly string[]): boolean {
  for (let i = 0; i < head.length; i++) if (ws[start + i] !== head[i]) return false;
  return true;
}

/** Whether `ws` ends with the words of `tail`. */
export function wordsEndWith(ws: readonly string[], tail: readonly string[]): boolean {
  const offset = ws.length - tail.length;
  if (offset < 0) return false;
  for (let i = 0; i < tail.length; i++) if (ws[offset + i] !== tail[i]) return false;
  return true;
}
