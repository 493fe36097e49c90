/**
 * Turns what people type ("stp", "so tu phsp", "Báo Thái Nguyên", "UBND huyện Đại Từ") into a
 * directory agency. Order: exact folded name/alias (directory), unique prefix, then fuzzy:
 * trigram candidates judged by edit-distance similarity over the whole key (agency-fuzzy.ts,
 * with why its cost stays bounded). District committees ("huyen vo nhai", "UBND Võ Nhai", or a
 * district's name alone) are spelled from the district list (src/domain/agencies/local-government.ts).
 * An agency inside a longer message is found by agency-in-text.ts. Indexes are built once;
 * results are memoised per input text.
 */
import type { Agency } from '../agency.js';
import type { AgencyDirectory, AgencyEntry } from './directory.js';
import { compactKey, foldWords, regionStripped, words } from './names.js';
import { ACCEPT, createFuzzyRanker, MIN_FUZZY_CHARS, ScoredList, SUGGEST, TIE } from './fuzzy.js';
import { createInTextFinder } from './in-text.js';
import type { AgencyResolution } from './lookup.js';

export type { AgencyResolution } from './lookup.js';

export interface AgencyResolver {
  /** Resolves text that is only an agency name (the caller has cut the rest of the message away). */
  resolve(text: string): AgencyResolution;
  /** The agency mentioned somewhere in a longer message, or null when none is clear. */
  findInText(text: string): Agency | null;
}

const MAX_SUGGESTIONS = 5;
/** Words that start an agency's name but mean something else alone: "kế hoạch" is the plan. */
const NOT_A_PREFIX = new Set(['ke hoach']);
const CACHE_LIMIT = 2000;

export function createAgencyResolver(directory: AgencyDirectory): AgencyResolver {
  const records = directory.records();
  const fuzzy = createFuzzyRanker(records);

  // By entry, not by name: "UBND" is a prefix of hundreds of communes, and a name lookup each was most of that answer.
  const current = (e: AgencyEntry): AgencyEntry => directory.currentEntry(e);

  /** One agency if the hits are one (or all lead to one current agency among them), else candidates. */
  const decide = (hits: readonly AgencyEntry[], score: number): AgencyResolution => {
    const [only] = hits;
    if (only && hits.length === 1) return { kind: 'match', agency: only, score };
    const currents = new Set(hits.map(current));
    const [cur] = currents;
    if (cur && currents.size === 1 && hits.includes(cur))
      return { kind: 'match', agency: cur, score: Math.min(score, 0.9) };
    // Agencies still in existence first: after 2025 they are the likelier meaning.
    const candidates = [...hits].sort((a, b) => Number(a.successor !== '') - Number(b.successor !== ''));
    return { kind: 'ambiguous', candidates };
  };

  const stageScores = new ScoredList();
  const ranked = new ScoredList();

  const compute = (text: string): AgencyResolution => {
    const original = words(text);
    const ws = foldWords(original);
    if (ws.length === 0) return { kind: 'unknown', suggestions: [] };
    const exact = directory.lookupWords(ws, original);
    if (exact.length > 0) return decide(exact, 1);

    // The key, then the key without trailing province words ("so noi vu tinh cao bang" → "so noi vu").
    const keys = [ws.join(' ')];
    for (const stage of regionStripped(ws)) keys.push(stage.join(' '));
    for (const key of keys) {
      if (NOT_A_PREFIX.has(key)) continue;
      const prefixed = directory.withPrefixKey(key);
      if (prefixed.length > 0) return decide(prefixed, 0.9);
    }

    // Each stage's agencies in its own order, then merged keeping each agency's best score.
    ranked.clear();
    for (const key of keys) {
      fuzzy(key, stageScores);
      for (let i = 0; i < stageScores.size; i++) ranked.add(stageScores.entries[i]!, stageScores.sims[i]!);
    }
    ranked.sortBySim();
    const top = ranked.size > 0 ? ranked.sims[0]! : -1;
    const longEnough = compactKey(keys[0] ?? '').length >= MIN_FUZZY_CHARS;
    if (longEnough && top >= ACCEPT) {
      const close: AgencyEntry[] = [];
      for (let i = 0; i < ranked.size && ranked.sims[i]! >= top - TIE; i++) close.push(ranked.entries[i]!);
      return decide(close, top);
    }
    const suggestions: AgencyEntry[] = [];
    for (let i = 0; i < ranked.size && suggestions.length < MAX_SUGGESTIONS && ranked.sims[i]! >= SUGGEST; i++) {
      suggestions.push(ranked.entries[i]!);
    }
    return { kind: 'unknown', suggestions };
  };

  const cache = new Map<string, AgencyResolution>();
  const resolve = (text: string): AgencyResolution => {
    const hit = cache.get(text);
    if (hit) return hit;
    const result = compute(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
    return result;
  };

  return { resolve, findInText: createInTextFinder(directory, records, fuzzy) };
}
