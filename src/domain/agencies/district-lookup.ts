/**
 * The list of districts (districts.ts) indexed for lookup by folded name: the longest listed name
 * at a position (also typed run together, "k bang"), the one listed name a typo is near, and which
 * of the districts sharing a name is meant.
 *
 * A name held by districts of several provinces ("Châu Thành", "Phú Ninh"/"Phù Ninh") is
 * resolved, in this order, by: the diacritics as typed; a province named right after it ("huyện
 * Châu Thành tỉnh An Giang"); the unit typed ("thành phố Tân Uyên"); the caller's preferred
 * provinces (the directory's: see DirectoryOptions.provinces); and last the order of the list
 * (the demo plans' provinces first).
 *
 * The indexes are built once, at load; every lookup is a few map hits.
 */
import { DISTRICTS, type District, type DistrictUnit } from './districts.js';
import { swapDistance } from './edit-distance.js';
import { keyWords, words } from './name-keys.js';
import { PROVINCE_KEYS, provinceKey } from './province-names.js';

export interface Known {
  district: District;
  province: string;
  /** The proper name's words in lower case, to compare with what was typed. */
  lower: string;
  order: number;
}

export interface KnownName {
  key: string;
  words: number;
  candidates: Known[];
  /** The folded name is a province's ("Quảng Ninh", "Hòa Bình", "Thái Nguyên"). */
  province: boolean;
  common: boolean;
}

export const lowerWords = (text: string | readonly string[]): string =>
  (typeof text === 'string' ? words(text) : text).map((w) => w.toLocaleLowerCase('vi')).join(' ');

/**
 * Whether words typed with diacritics agree with a listed spelling: each word is typed either
 * without marks or exactly ("Phú Binh" fits Phú Bình; "cứ Chỉ" does not fit Củ Chi).
 */
export function sameMarks(typed: readonly string[], folded: readonly string[], known: KnownName): boolean {
  if (typed.every((w, i) => iForY(w.toLocaleLowerCase('vi')) === iForY(folded[i] ?? ''))) return true;
  return known.candidates.some((c) => {
    const proper = c.lower.split(' ');
    return typed.every((w, i) => {
      const lower = iForY(w.toLocaleLowerCase('vi'));
      return lower === iForY(folded[i] ?? '') || lower === iForY(proper[i] ?? '');
    });
  });
}

const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/** "Hỷ" and "Hỉ", "Kỳ" and "Kì": after a consonant, final y and i are two spellings of one sound. */
export function iForY(word: string): string {
  return word.replace(/([bcdghklmnpqrstvxđ])([yýỳỷỹỵ])$/u, (_, c: string, y: string) => c + (Y_TO_I[y] ?? y));
}

const byKey = new Map<string, KnownName>();
const byCompact = new Map<string, KnownName>();
const maxWordsByFirst = new Map<string, number>();
for (const [order, district] of DISTRICTS.entries()) {
  const ws = keyWords(district.name);
  const key = ws.join(' ');
  let known = byKey.get(key);
  if (!known) {
    known = { key, words: ws.length, candidates: [], province: PROVINCE_KEYS.has(key), common: false };
    byKey.set(key, known);
    byCompact.set(ws.join(''), known);
    // The other spelling of a final y/i ("dong hi" for Đồng Hỷ), unless it is another name.
    const variant = ws.map(iForY).join(' ');
    if (variant !== key && !byKey.has(variant)) {
      byKey.set(variant, known);
      const head = variant.split(' ')[0] ?? '';
      maxWordsByFirst.set(head, Math.max(maxWordsByFirst.get(head) ?? 0, ws.length));
    }
    const first = ws[0] ?? '';
    maxWordsByFirst.set(first, Math.max(maxWordsByFirst.get(first) ?? 0, ws.length));
  }
  known.common ||= district.common;
  known.candidates.push({
    district,
    province: provinceKey(district.province),
    lower: lowerWords(district.name),
    order,
  });
}
const MAX_COMPACT_WORDS = Math.max(...[...byKey.values()].map((k) => k.words));
const compactKeys = [...byCompact.keys()];

/** The longest listed district name starting at `at`: folded words, or (`compact`) the words run together ("k bang"). */
export function knownAt(ws: readonly string[], at: number, compact: boolean): { known: KnownName; n: number } | null {
  const longest = Math.min(maxWordsByFirst.get(ws[at] ?? '') ?? 0, ws.length - at);
  for (let n = longest; n >= 1; n--) {
    const known = byKey.get(n === 1 ? (ws[at] ?? '') : ws.slice(at, at + n).join(' '));
    if (known) return { known, n };
  }
  if (!compact) return null;
  for (let n = Math.min(MAX_COMPACT_WORDS, ws.length - at); n >= 1; n--) {
    const known = byCompact.get(ws.slice(at, at + n).join(''));
    if (known) return { known, n };
  }
  return null;
}

/** The one listed name a typo is one edit (or one swap) away from: "phu luogn" → Phú Lương. */
export function nearAt(ws: readonly string[], at: number, end: number, allowCommon: boolean): KnownName | null {
  const typed = ws.slice(at, end).join('');
  if (end - at < 2 || typed.length < 6) return null;
  let found: KnownName | null = null;
  for (const key of compactKeys) {
    if (Math.abs(key.length - typed.length) > 1 || swapDistance(typed, key, 1) > 1) continue;
    const known = byCompact.get(key)!;
    if (known.province || (known.common && !allowCommon)) continue;
    if (found && found !== known) return null;
    found = known;
  }
  return found;
}

/** What around a typed district name tells apart the districts sharing it. */
export interface Context {
  /** The words as typed, to compare diacritics with. */
  typed: readonly string[];
  /** A province named right after the name. */
  qualifier: string | undefined;
  unit: DistrictUnit | undefined;
  prefer: readonly string[];
}

/** The candidate that fits best (see the file comment for the order of the criteria). */
export function choose(known: KnownName, context: Context): Known {
  const typed = lowerWords(context.typed);
  const rank = (c: Known): number[] => {
    const preferred = context.prefer.indexOf(c.province);
    return [
      c.lower === typed ? 0 : 1,
      c.province === context.qualifier ? 0 : 1,
      context.unit === undefined || c.district.unit === context.unit ? 0 : 1,
      preferred < 0 ? context.prefer.length : preferred,
      c.order,
    ];
  };
  let best = known.candidates[0]!;
  let bestRank = rank(best);
  for (const c of known.candidates.slice(1)) {
    const r = rank(c);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (i >= 0 && r[i]! < bestRank[i]!) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}
