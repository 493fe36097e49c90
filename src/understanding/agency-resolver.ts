/**
 * Turns what people type ("stp", "so tu phsp", "Báo Thái Nguyên", "UBND huyện Đại Từ") into a
 * directory agency. Order: exact folded name/alias (directory), unique prefix, then fuzzy:
 * trigram candidates judged by edit-distance similarity over the whole key. District committees
 * ("huyen vo nhai", "UBND Võ Nhai", or a district's name alone) are spelled from the district list
 * (src/domain/agencies/local-government.ts). Indexes are built once; results are memoised per input text.
 *
 * Cost per fuzzy query is bounded whatever the directory's size: the trigram index hands over at
 * most KEY_CANDIDATES + COMPACT_CANDIDATES forms (counting over posting lists, no sort of every
 * form that shares a trigram), and each is judged by a bit-parallel edit distance, skipped when
 * the lengths alone rule out a useful score. So ambiguity and suggestions are drawn from that
 * short list. fuse.js is not used: over all forms it took 2–4 ms per query (bitap over every
 * form), and on the short list it would only replace an exact edit distance that already costs
 * microseconds with a different score (bitap with location/distance penalties, patterns capped at
 * 32 characters), which would move the tuned ACCEPT/TIE/SUGGEST thresholds.
 */
import type { Agency } from '../domain/agency.js';
import type { AgencyDirectory, AgencyEntry, AgencyKeyRecord } from '../domain/agencies/directory.js';
import { districtNamedAt, localGovernmentAt } from '../domain/agencies/local-government.js';
import { compactKey, EditDistance, foldWords, regionLengthAt, regionStripped, words } from '../domain/agencies/names.js';
import { createTrigramIndex } from '../domain/agencies/trigrams.js';

export type AgencyResolution =
  | { kind: 'match'; agency: Agency; score: number }
  | { kind: 'ambiguous'; candidates: Agency[] }
  | { kind: 'unknown'; suggestions: Agency[] };

export interface AgencyResolver {
  /** Resolves text that is only an agency name (the caller has cut the rest of the message away). */
  resolve(text: string): AgencyResolution;
  /** The agency mentioned somewhere in a longer message, or null when none is clear. */
  findInText(text: string): Agency | null;
}

/** Whole-key similarity needed to accept a fuzzy match ("so tu phsp" vs "so tu phap" = 0.9). */
const ACCEPT = 0.78;
/** Stricter in free text, where a window of ordinary words can look like a name. */
const ACCEPT_IN_TEXT = 0.84;
/** Candidates this close to the best one make the answer ambiguous. */
const TIE = 0.04;
/** Shorter inputs (compact) are abbreviations, where one typo names another agency ("stp"/"stc"). */
const MIN_FUZZY_CHARS = 5;
/** Below this similarity a candidate is noise, not a suggestion. */
const SUGGEST = 0.45;
const MAX_SUGGESTIONS = 5;
const CACHE_LIMIT = 2000;
/** Forms the trigram index hands to the edit distance, for the spaced and the compact query. */
const KEY_CANDIDATES = 10;
const COMPACT_CANDIDATES = 5;
/** Dice overlap below which a form is not even a candidate. */
const MIN_DICE = 0.3;

/**
 * How safely a form can be spotted inside a sentence: 'strong' anywhere; 'loose' ("tư pháp",
 * "thanh tra") only at the start or after "của/bên/cho…"; 'qualified' ("Báo", "Đài") only with a
 * province after it ("Báo Thái Nguyên"); 'none' never ("CA tỉnh" reads as "cả tỉnh").
 */
type Strength = 'strong' | 'loose' | 'qualified' | 'none';
const HEADS = new Set([
  'so', 'ban', 'cong', 'bo', 'dai', 'bao', 'van', 'vp', 'ubnd', 'uy', 'hdnd', 'hoi', 'lien', 'kho', 'cuc', 'chi',
  'ngan', 'toa', 'vien', 'tinh', 'cac', 'mat', 'doan', 'nganh',
]);
const NEVER_IN_TEXT = new Set(['ca tinh']);
const POINTERS = new Set(['cua', 'ben', 'cho', 'voi', 've', 'phia', 'gui', 'nhac', 'doc', 'thuoc', 'tai', 'giao', 'la']);
/** A loose form opening the message counts only if chat follows ("tư pháp còn…", not "xây dựng kế hoạch"). */
const CHAT_AFTER = new Set(['con', 'co', 'da', 'chua', 'oi', 'a', 'nhe', 'thi', 'dang', 'van', 'can', 'phai', 'xong', 'lam', 'nop']);
/** "cơ sở y tế", "văn bản": the head word is part of an ordinary word before it. */
const FALSE_STARTS = new Set(['co so', 'van ban']);

const isAbbreviation = (word: string): boolean => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

function strengthOf(record: AgencyKeyRecord, ws: readonly string[]): Strength {
  if (NEVER_IN_TEXT.has(record.key)) return 'none';
  const firstWord = words(record.text)[0] ?? '';
  if (ws.length === 1) return isAbbreviation(firstWord) && record.key.length >= 3 ? 'strong' : 'qualified';
  if (record.isName || HEADS.has(ws[0] ?? '') || isAbbreviation(firstWord)) return 'strong';
  return 'loose';
}

/**
 * Agencies with a similarity each, one slot per agency (a repeat keeps the higher score and the
 * first slot). Reused across queries, so scoring allocates nothing; sorting is stable, best first.
 */
class ScoredList {
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

export function createAgencyResolver(directory: AgencyDirectory): AgencyResolver {
  const records = directory.records();
  // Both the spaced and the compact form of each record, so "sotttt" and "so tt tt" both find it.
  const formRecord: AgencyKeyRecord[] = records.flatMap((r) => (r.compact === r.key ? [r] : [r, r]));
  const trigramIndex = createTrigramIndex(records.flatMap((r) => (r.compact === r.key ? [r.key] : [r.key, r.compact])));

  // Free-text index: folded form → entries with their strength; and the longest form per first word.
  const scanIndex = new Map<string, { entry: AgencyEntry; strength: Strength }[]>();
  const maxWordsByFirst = new Map<string, number>();
  for (const r of records) {
    const ws = r.key.split(' ');
    const strength = strengthOf(r, ws);
    if (strength === 'none') continue;
    const list = scanIndex.get(r.key) ?? [];
    list.push({ entry: r.entry, strength });
    scanIndex.set(r.key, list);
    const first = ws[0] ?? '';
    maxWordsByFirst.set(first, Math.max(maxWordsByFirst.get(first) ?? 0, ws.length));
  }

  // By entry, not by name: "UBND" is a prefix of hundreds of communes, and a name lookup each was most of that answer.
  const current = (e: AgencyEntry): AgencyEntry => directory.currentEntry(e);

  /** One agency if the hits are one (or all lead to one current agency among them), else candidates. */
  const decide = (hits: readonly AgencyEntry[], score: number): AgencyResolution => {
    const [only] = hits;
    if (only && hits.length === 1) return { kind: 'match', agency: only, score };
    const currents = new Set(hits.map(current));
    const [cur] = currents;
    if (cur && currents.size === 1 && hits.includes(cur)) return { kind: 'match', agency: cur, score: Math.min(score, 0.9) };
    // Agencies still in existence first: after 2025 they are the likelier meaning.
    const candidates = [...hits].sort((a, b) => Number(a.successor !== '') - Number(b.successor !== ''));
    return { kind: 'ambiguous', candidates };
  };

  // Reused by every fuzzy query (they never overlap: all of this is synchronous).
  const keyForms = new Int32Array(KEY_CANDIDATES);
  const compactForms = new Int32Array(COMPACT_CANDIDATES);
  const keyDistance = new EditDistance();
  const compactDistance = new EditDistance();
  const seen: AgencyKeyRecord[] = [];

  /**
   * Edit-distance similarity, or 0 when the lengths alone keep it under SUGGEST (1 - |Δlength| /
   * longer length bounds it): below that a score changes no answer, so it is not worth computing.
   */
  const judged = (distance: EditDistance, text: string): number => {
    const shorter = Math.min(distance.length, text.length);
    const longer = Math.max(distance.length, text.length);
    if (longer > 0 && shorter / longer < SUGGEST) return 0;
    return distance.similarity(text);
  };

  /**
   * Trigrams find at most KEY_CANDIDATES + COMPACT_CANDIDATES forms; whole-key similarity ranks
   * them into `out`, best first (one slot per agency, its best form).
   */
  const fuzzy = (key: string, out: ScoredList): void => {
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

  interface Mention {
    entry: AgencyEntry;
    start: number;
    end: number;
    strong: boolean;
  }
  const better = (a: Mention, b: Mention | undefined): boolean =>
    !b || (a.strong !== b.strong ? a.strong : a.end - a.start !== b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start);

  const localOptions = { prefer: directory.provinces(), inText: true };

  /** The longest acceptable form starting at each word; the best of them wins. */
  const scan = (ws: readonly string[], original: readonly string[]): Mention | undefined => {
    let best: Mention | undefined;
    for (let i = 0; i < ws.length; i++) {
      const local = localGovernmentAt(ws, original, i, 2, localOptions);
      if (local) {
        const [entry] = directory.lookup(local.name);
        const m = entry && { entry, start: i, end: local.end, strong: true };
        if (m && better(m, best)) best = m;
      }
      // A listed district named alone ("vo nhai co viec nao"): weaker than any named agency.
      const named = districtNamedAt(ws, original, i, localOptions);
      if (named) {
        const key = ws.slice(i, named.end).join(' ');
        const [entry] = scanIndex.has(key) || directory.withPrefixKey(key).length > 0 ? [] : directory.lookup(named.name);
        const m = entry && { entry, start: i, end: named.end, strong: false };
        if (m && better(m, best)) best = m;
      }
      const prev = i > 0 ? (ws[i - 1] ?? '') : '';
      if (FALSE_STARTS.has(`${prev} ${ws[i] ?? ''}`)) continue;
      const longest = Math.min(maxWordsByFirst.get(ws[i] ?? '') ?? 0, ws.length - i);
      for (let n = longest; n >= 1; n--) {
        const hits = scanIndex.get(ws.slice(i, i + n).join(' '));
        if (!hits || new Set(hits.map((h) => h.entry)).size !== 1) continue;
        const strengths = new Set(hits.map((h) => h.strength));
        const strength: Strength = strengths.has('strong') ? 'strong' : strengths.has('loose') ? 'loose' : 'qualified';
        const qualifier = regionLengthAt(ws, i + n);
        if (strength === 'qualified' && qualifier === 0) continue;
        if (strength === 'loose' && !POINTERS.has(prev)) {
          const after = ws[i + n + qualifier];
          if (i > 0 || (after !== undefined && !CHAT_AFTER.has(after))) continue;
        }
        const entry = hits[0]?.entry;
        const m = entry && { entry, start: i, end: i + n + qualifier, strong: strength !== 'loose' };
        if (m && better(m, best)) best = m;
        break;
      }
    }
    return best;
  };

  /** Typo fallback: windows that start like an agency name, judged like resolve's fuzzy step. */
  const fuzzyInText = (ws: readonly string[]): AgencyEntry | undefined => {
    let best: { entry: AgencyEntry; sim: number; n: number } | undefined;
    const runnerUp = new Map<AgencyEntry, number>();
    for (let i = 0; i < ws.length; i++) {
      if (!HEADS.has(ws[i] ?? '') || (i > 0 && FALSE_STARTS.has(`${ws[i - 1] ?? ''} ${ws[i] ?? ''}`))) continue;
      for (let n = 2; n <= Math.min(8, ws.length - i); n++) {
        const key = ws.slice(i, i + n).join(' ');
        if (compactKey(key).length < MIN_FUZZY_CHARS) continue;
        fuzzy(key, stageScores);
        for (let k = 0; k < Math.min(3, stageScores.size); k++) {
          const entry = stageScores.entries[k]!;
          const sim = stageScores.sims[k]!;
          runnerUp.set(entry, Math.max(sim, runnerUp.get(entry) ?? 0));
          if (!best || sim > best.sim || (sim === best.sim && n > best.n && entry !== best.entry)) best = { entry, sim, n };
        }
      }
    }
    if (!best || best.sim < ACCEPT_IN_TEXT) return undefined;
    const top = best;
    const close = [...runnerUp].filter(([e, sim]) => sim >= top.sim - TIE && current(e) !== current(top.entry));
    return close.length === 0 ? top.entry : undefined;
  };

  return {
    resolve,
    findInText(text) {
      const original = words(text);
      const ws = foldWords(original);
      if (ws.length === 0) return null;
      const found = scan(ws, original);
      if (found) return found.entry;
      return fuzzyInText(ws) ?? null;
    },
  };
}
