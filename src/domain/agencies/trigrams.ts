/**
 * Candidate generation for fuzzy agency names: an inverted index of character trigrams, ranked by
 * Dice overlap. It narrows ~800 name forms to a dozen in microseconds; the caller then judges the
 * few with an edit distance. (fuse.js scans every form with bitap: 2–4 ms per query here.)
 */

function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

export interface TrigramIndex {
  /** Indices of the forms sharing the most trigrams with `query`, best first, with their Dice score. */
  candidates(query: string, limit: number, minDice: number): { index: number; dice: number }[];
}

export function createTrigramIndex(forms: readonly string[]): TrigramIndex {
  const postings = new Map<string, number[]>();
  const sizes = new Uint16Array(forms.length);
  forms.forEach((form, index) => {
    const grams = trigrams(form);
    sizes[index] = grams.length;
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(index);
      else postings.set(g, [index]);
    }
  });

  return {
    candidates(query, limit, minDice) {
      const grams = trigrams(query);
      const shared = new Uint16Array(forms.length);
      const touched: number[] = [];
      for (const g of grams) {
        for (const index of postings.get(g) ?? []) {
          if (shared[index] === 0) touched.push(index);
          shared[index] = (shared[index] ?? 0) + 1;
        }
      }
      const scored: { index: number; dice: number }[] = [];
      for (const index of touched) {
        const dice = (2 * (shared[index] ?? 0)) / (grams.length + (sizes[index] ?? 0));
        if (dice >= minDice) scored.push({ index, dice });
      }
      scored.sort((a, b) => b.dice - a.dice);
      return scored.slice(0, limit);
    },
  };
}
