/**
 * The resolver's fuzzy stage: trigram candidates judged by edit-distance similarity over the
 * whole key, and the thresholds that turn those scores into an answer.
 *
 * Cost per fuzzy query is bounded whatever the directory's size: the trigram index hands over at
 * most KEY_CANDIDATES + COMPACT_CANDIDATES forms (counting over posting lists, no sort of every
 * form that shares a trigram), and each is judged by a bit-parallel edit distance, skipped when
 * the lengths alone rule out a useful score. So ambiguity and suggestions are drawn from that
 * short list. fuse.js is not used here (it searches task contents, conversation/task-search.ts):
 * over all forms it took 2–4 ms per query (bitap over every
 * form), and on the short list it would only replace an exact edit distance that already costs
 * microseconds with a different score (bitap with location/distance penalties, patterns capped at
 * 32 characters), which would move the tuned ACCEPT/TIE/SUGGEST thresholds.
 */
import type { AgencyEntry, AgencyKeyRecord } from './directory.js';
import { compactKey, EditDistance } from './names.js';
import { createTrigramIndex } from './trigrams.js';

/** Whole-key similarity needed to accept a fuzzy match ("so tu phsp" vs "so tu phap" = 0.9). */
export const ACCEPT = 0.78;
/** Stricter in free text, where a window of ordinary words can look like a name. */
export const ACCEPT_IN_TEXT = 0.84;
/** Candidates this close to the best one make the answer ambiguous. */
export const TIE = 0.04;
/** Shorter inputs (compact) are abbreviations, where one typo names another agency ("stp"/"stc"). */
export const MIN_FUZZY_CHARS = 5;
/** Below this similarity a candidate is noise, not a suggestion. */
export const SUGGEST = 0.45;
/** Forms the trigram index hands to the edit distance, for the spaced and the compact query. */
const KEY_CANDIDATES = 10;
const COMPACT_CANDIDATES = 5;
/** Dice overlap below which a form is not even a candidate. */
const MIN_DICE = 0.3;

/**
 * Agencies with a similarity each, one slot per agency (a repeat keeps the higher score and the
 * first slot). Reused across queries, so scoring allocates nothing; sorting is stable, best first.
 */
export class ScoredList {
  readonly entries: AgencyEntry[] = [];
  readonly sims: number[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  add(entry: AgencyEntry, sim: number): void {
    for (let i = 0; i < this.size; i++) {
      if (this.entries[i] !== entry) continue;
      if (sim > this.sims[i]!) this.sims[i] = sim;
      return;
    }
    this.entries[this.size] = entry;
    this.sims[this.size] = sim;
    this.size++;
  }

  /** Insertion sort: the lists hold a few dozen agencies at most. */
  sortBySim(): void {
    for (let i = 1; i < this.size; i++) {
      const entry = this.entries[i]!;
      const sim = this.sims[i]!;
      let j = i;
      for (; j > 0 && this.sims[j - 1]! < sim; j--) {
        this.entries[j] = this.entries[j - 1]!;
        this.sims[j] = this.sims[j - 1]!;
      }
      this.entries[j] = entry;
      this.sims[j] = sim;
    }
  }
}

/**
 * Edit-distance similarity, or 0 when the lengths alone keep it under SUGGEST (1 - |Δlength| /
 * longer length bounds it): below that a score changes no answer, so it is not worth computing.
 */
function judged(distance: EditDistance, text: string): number {
  const shorter = Math.min(distance.length, text.length);
  const longer = Math.max(distance.length, text.length);
  if (longer > 0 && shorter / longer < SUGGEST) return 0;
  return distance.similarity(text);
}

/** A fuzzy query: fills `out` (cleared first) with the agencies whose forms are near `key`. */
export type FuzzyRanker = (key: string, out: ScoredList) => void;

export function createFuzzyRanker(records: readonly AgencyKeyRecord[]): FuzzyRanker {
  // Both the spaced and the compact form of each record, so "sotttt" and "so tt tt" both find it.
  const formRecord: AgencyKeyRecord[] = records.flatMap((r) => (r.compact === r.key ? [r] : [r, r]));
  const trigramIndex = createTrigramIndex(records.flatMap((r) => (r.compact === r.key ? [r.key] : [r.key, r.compact])));

  // Reused by every fuzzy query (they never overlap: all of this is synchronous).
  const keyForms = new Int32Array(KEY_CANDIDATES);
  const compactForms = new Int32Array(COMPACT_CANDIDATES);
  const keyDistance = new EditDistance();
  const compactDistance = new EditDistance();
  const seen: AgencyKeyRecord[] = [];

  /**
   * Trigrams find at most KEY_CANDIDATES + COMPACT_CANDIDATES forms; whole-key similarity ranks
   * them into `out`, best first (one slot per agency, its best form).
   */
  return (key: string, out: ScoredList): void => {
    out.clear();
    const compact = compactKey(key);
    const nKey = trigramIndex.top(key, KEY_CANDIDATES, MIN_DICE, keyForms);
    const nCompact = trigramIndex.top(compact, COMPACT_CANDIDATES, MIN_DICE, compactForms);
    keyDistance.setPattern(key);
    compactDistance.setPattern(compact);
    seen.length = 0;
    for (let i = 0; i < nKey + nCompact; i++) {
      const r = formRecord[i < nKey ? keyForms[i]! : compactForms[i - nKey]!];
      if (!r || seen.includes(r)) continue;
      seen.push(r);
      out.add(r.entry, Math.max(judged(keyDistance, r.key), judged(compactDistance, r.compact)));
    }
    out.sortBySim();
  };
}
