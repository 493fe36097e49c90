/**
 * String distances for matching typed names against known ones: Levenshtein distance and
 * similarity (bit-parallel for folded keys), and the optimal string alignment distance that
 * also counts a swap of two neighbouring letters as one typo. Dependency-free.
 */

/**
 * Levenshtein distances from one pattern to many texts, bit-parallel (Myers 1999, blocked as in
 * Hyyrö 2003): 32 pattern characters per machine word, so a 30-character key costs ~30 word steps
 * instead of a 900-cell table. Folded keys are ASCII; a pattern with other characters falls back
 * to the plain table. One instance is reused for many patterns; nothing is allocated per call.
 */
export class EditDistance {
  private pattern = '';
  private blocks = 0;
  private ascii = true;
  /** Per block, per ASCII code: the bits of the pattern rows holding that character. */
  private peq = new Int32Array(128);
  private pv = new Int32Array(1);
  private mv = new Int32Array(1);

  constructor(pattern = '') {
    this.setPattern(pattern);
  }

  get length(): number {
    return this.pattern.length;
  }

  setPattern(pattern: string): this {
    if (pattern === this.pattern && this.blocks > 0) return this;
    this.peq.fill(0, 0, this.blocks * 128);
    this.pattern = pattern;
    this.blocks = Math.max(1, Math.ceil(pattern.length / 32));
    if (this.peq.length < this.blocks * 128) {
      this.peq = new Int32Array(this.blocks * 128);
      this.pv = new Int32Array(this.blocks);
      this.mv = new Int32Array(this.blocks);
    }
    this.ascii = true;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (c >= 128) {
        this.ascii = false;
        this.peq.fill(0, 0, this.blocks * 128);
        break;
      }
      const slot = (i >>> 5) * 128 + c;
      this.peq[slot] = this.peq[slot]! | (1 << (i & 31));
    }
    return this;
  }

  /** Edit distance (insert, delete, substitute; each costs 1) from the pattern to `text`. */
  distance(text: string): number {
    const m = this.pattern.length;
    const n = text.length;
    if (m === 0) return n;
    if (n === 0) return m;
    if (!this.ascii) return tableDistance(this.pattern, text);
    const { peq, pv, mv } = this;
    const last = this.blocks - 1;
    for (let b = 0; b <= last; b++) {
      pv[b] = -1;
      mv[b] = 0;
    }
    // The score is read at the pattern's last row, which may sit below the top of the last block.
    const lastBit = 1 << ((m - 1) & 31);
    let score = m;
    for (let j = 0; j < n; j++) {
      const c = text.charCodeAt(j);
      // Row 0 of the table is 0, 1, 2…: every column enters the first block with a +1 step.
      let hin = 1;
      for (let b = 0; b <= last; b++) {
        const eq = c < 128 ? peq[b * 128 + c]! : 0;
        const p = pv[b]!;
        const q = mv[b]!;
        const hinNeg = hin < 0 ? 1 : 0;
        const xv = eq | q;
        const e = eq | hinNeg;
        const xh = (((e & p) + p) ^ p) | e;
        let ph = q | ~(xh | p);
        let mh = p & xh;
        const high = b === last ? lastBit : -2147483648;
        const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
        ph = (ph << 1) | (hin > 0 ? 1 : 0);
        mh = (mh << 1) | hinNeg;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        hin = hout;
      }
      score += hin;
    }
    return score;
  }

  /** 1 - distance / longer length, as `similarity`. */
  similarity(text: string): number {
    if (this.pattern === text) return 1;
    const longest = Math.max(this.pattern.length, text.length);
    return longest === 0 ? 1 : 1 - this.distance(text) / longest;
  }
}

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** The plain dynamic-programming table, two reused rows; for patterns with non-ASCII characters. */
function tableDistance(a: string, b: string): number {
  if (rowA.length <= b.length) {
    rowA = new Uint16Array(b.length + 1);
    rowB = new Uint16Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const shared = new EditDistance();

/** Similarity in [0, 1] from the Levenshtein distance: 1 - distance / longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return shared.setPattern(a).similarity(b);
}

/** Optimal string alignment distance (a swap of two neighbours costs 1), given up past `max`. */
export function swapDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
