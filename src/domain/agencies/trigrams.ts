/**
 * Candidate generation for fuzzy agency names: an inverted index of character trigrams, ranked by
 * Dice overlap. The caller then judges the few best with an edit distance. (fuse.js scans every
 * form with bitap: 2–4 ms per query here.)
 *
 * Built for a few thousand forms at well under a millisecond per query: trigrams are small
 * integers (no substrings), posting lists are one flat Int32Array, the per-query counters are
 * reused (only the touched slots are reset), and the best `limit` forms are kept by insertion
 * into a short sorted list instead of sorting every form that shares a trigram — a coordinator's
 * 400 "Trung tâm …" rows all share " tr", "tru"…, so that sort was most of a query's cost.
 */

export interface TrigramCandidate {
  index: number;
  dice: number;
}

export interface TrigramIndex {
  /** Indices of the forms sharing the most trigrams with `query`, best first, with their Dice score. */
  candidates(query: string, limit: number, minDice: number): TrigramCandidate[];
  /**
   * `candidates` without allocating: writes up to `limit` form indices, best first, into `out`
   * (and their Dice scores into `dice` when given) and returns how many. Ties keep the order in which
   * the query's trigrams first reach the forms, as a stable sort of all of them would.
   */
  top(query: string, limit: number, minDice: number, out: Int32Array, dice?: Float64Array): number;
}

/** The character at `k` of ` text ` (text padded with a space on each side). */
function paddedChar(text: string, k: number): number {
  return k < 1 || k > text.length ? 32 : text.charCodeAt(k - 1);
}

/** Up to this many distinct characters a trigram is one small integer, (a << 20) | (b << 10) | c. */
const SMALL_ALPHABET = 1024;

export function createTrigramIndex(forms: readonly string[]): TrigramIndex {
  // Characters of the forms → small ids (space first). Folded names use a few dozen; past
  // SMALL_ALPHABET (never for names) trigrams are coded from the raw UTF-16 units instead.
  const asciiIds = new Int16Array(128).fill(-1);
  const otherIds = new Map<number, number>();
  let alphabet = 0;
  const addChar = (code: number): void => {
    if (code < 128 ? asciiIds[code]! >= 0 : otherIds.has(code)) return;
    if (code < 128) asciiIds[code] = alphabet;
    else otherIds.set(code, alphabet);
    alphabet++;
  };
  addChar(32);
  for (const form of forms) for (let i = 0; i < form.length; i++) addChar(form.charCodeAt(i));
  const wide = alphabet > SMALL_ALPHABET;
  /** A character's id, or -1 when no form has it (so no trigram with it is indexed). */
  const charId = (code: number): number => (wide ? code : code < 128 ? asciiIds[code]! : (otherIds.get(code) ?? -1));

  /** Trigram codes of ` text ` into `codes` (-1 where a character is in no form); returns how many. */
  let codes = new Float64Array(64);
  const gramCodes = (text: string): number => {
    const n = text.length;
    if (codes.length < n) codes = new Float64Array(n * 2);
    const space = charId(32);
    let a = space;
    let b = n > 0 ? charId(text.charCodeAt(0)) : space;
    for (let i = 1; i <= n; i++) {
      const c = i < n ? charId(text.charCodeAt(i)) : space;
      if (a < 0 || b < 0 || c < 0) codes[i - 1] = -1;
      else codes[i - 1] = wide ? a * 0x100000000 + b * 0x10000 + c : (a << 20) | (b << 10) | c;
      a = b;
      b = c;
    }
    return n;
  };

  // Distinct trigram ids per form, then postings as one flat array (CSR): forms in index order.
  const gramIds = new Map<number, number>();
  const formGrams: number[][] = [];
  const counts: number[] = [];
  const sizes = new Uint16Array(forms.length);
  /** Per trigram id, the last form that listed it (dedup within a form without a search). */
  const lastForm: number[] = [];
  for (const form of forms) {
    const formIndex = formGrams.length;
    const ids: number[] = [];
    const n = gramCodes(form);
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      let id = gramIds.get(code);
      if (id === undefined) {
        id = gramIds.size;
        gramIds.set(code, id);
        counts.push(0);
        lastForm.push(-1);
      }
      if (lastForm[id] !== formIndex) {
        lastForm[id] = formIndex;
        ids.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    sizes[formIndex] = ids.length;
    formGrams.push(ids);
  }
  const starts = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) starts[g + 1] = starts[g]! + counts[g]!;
  const postings = new Int32Array(starts[counts.length]!);
  const fill = starts.slice(0, counts.length);
  formGrams.forEach((ids, index) => {
    for (const id of ids) postings[fill[id]!++] = index;
  });

  // Per-query scratch, reused: shared-trigram counts per form, the forms touched, the query's grams.
  const shared = new Uint16Array(forms.length);
  const touched = new Int32Array(forms.length);
  const gramSeen = new Uint32Array(counts.length);
  let stamp = 0;
  let queryGrams = new Int32Array(64);
  let unknownGrams = new Float64Array(64);
  let topDice = new Float64Array(16);

  let queryKnown = 0;
  let queryTotal = 0;
  /** Distinct query trigrams known to the index into `queryGrams[0, queryKnown)`; all distinct ones in queryTotal. */
  const readQuery = (query: string): void => {
    const n = gramCodes(query);
    if (queryGrams.length < n) queryGrams = new Int32Array(n * 2);
    stamp = stamp === 0xffffffff ? 1 : stamp + 1;
    if (stamp === 1) gramSeen.fill(0);
    if (unknownGrams.length < n) unknownGrams = new Float64Array(n * 2);
    let known = 0;
    let unknown = 0;
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      const id = code < 0 ? undefined : gramIds.get(code);
      if (id === undefined) {
        // In no form: it only counts towards the query's size (distinct ones, told apart by their raw characters).
        const raw = paddedChar(query, i) * 0x100000000 + paddedChar(query, i + 1) * 0x10000 + paddedChar(query, i + 2);
        let repeat = false;
        for (let u = 0; u < unknown && !repeat; u++) repeat = unknownGrams[u] === raw;
        if (!repeat) unknownGrams[unknown++] = raw;
      } else if (gramSeen[id] !== stamp) {
        gramSeen[id] = stamp;
        queryGrams[known++] = id;
      }
    }
    queryKnown = known;
    queryTotal = known + unknown;
  };

  const top = (query: string, limit: number, minDice: number, out: Int32Array, dice?: Float64Array): number => {
    if (limit <= 0) return 0;
    readQuery(query);
    const total = queryTotal;
    let nTouched = 0;
    for (let k = 0; k < queryKnown; k++) {
      const g = queryGrams[k]!;
      const end = starts[g + 1]!;
      for (let p = starts[g]!; p < end; p++) {
        const index = postings[p]!;
        if (shared[index] === 0) touched[nTouched++] = index;
        shared[index]!++;
      }
    }
    if (topDice.length < limit) topDice = new Float64Array(limit);
    let n = 0;
    for (let t = 0; t < nTouched; t++) {
      const index = touched[t]!;
      const d = (2 * shared[index]!) / (total + sizes[index]!);
      shared[index] = 0;
      if (d < minDice || (n === limit && d <= topDice[n - 1]!)) continue;
      // Insert after every kept form scoring at least as much, so ties keep the order forms were reached.
      let at = n < limit ? n++ : n - 1;
      while (at > 0 && topDice[at - 1]! < d) {
        topDice[at] = topDice[at - 1]!;
        out[at] = out[at - 1]!;
        at--;
      }
      topDice[at] = d;
      out[at] = index;
    }
    if (dice) for (let i = 0; i < n; i++) dice[i] = topDice[i]!;
    return n;
  };

  return {
    top,
    candidates(query, limit, minDice) {
      const out = new Int32Array(Math.max(0, limit));
      const dice = new Float64Array(Math.max(0, limit));
      const n = top(query, limit, minDice, out, dice);
      return Array.from({ length: n }, (_, i) => ({ index: out[i]!, dice: dice[i]! }));
    },
  };
}
