/**
 * Text keys for agency names: how a typed name is cut into folded words, which trailing
 * province words may be dropped, and which words name a province. "UBND huyện X" / "UBND xã Y"
 * is recognised in local-government.ts.
 * Pure and dependency-free so the directory and the resolver agree on every key.
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

// Provinces before and after the 2025 merger (the 34 new ones keep old names), folded.
const PROVINCE_NAMES = [
  'An Giang', 'Bà Rịa Vũng Tàu', 'Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Cạn', 'Bạc Liêu', 'Bắc Ninh',
  'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng',
  'Đà Nẵng', 'Đắk Lắk', 'Đăk Lăk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai',
  'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình',
  'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Hồ Chí Minh', 'HCM', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Province names by their last folded word, longest first, for suffix checks. */
const PROVINCES_BY_LAST = new Map<string, (readonly string[])[]>();
/** Province names by their first folded word, longest first, for forward checks. */
const PROVINCES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const name of PROVINCE_NAMES) {
  const ws = keyWords(name);
  const last = ws[ws.length - 1] ?? '';
  const first = ws[0] ?? '';
  PROVINCES_BY_LAST.set(last, [...(PROVINCES_BY_LAST.get(last) ?? []), ws]);
  PROVINCES_BY_FIRST.set(first, [...(PROVINCES_BY_FIRST.get(first) ?? []), ws]);
}
for (const list of [...PROVINCES_BY_LAST.values(), ...PROVINCES_BY_FIRST.values()]) {
  list.sort((a, b) => b.length - a.length);
}

/** Words naming the province level itself ("tỉnh", "thành phố", "TP") that may precede a province name. */
const REGION_WORDS: readonly string[][] = [['tinh'], ['thanh', 'pho'], ['tp']];

function endsWith(ws: readonly string[], tail: readonly string[]): boolean {
  const offset = ws.length - tail.length;
  if (offset < 0) return false;
  for (let i = 0; i < tail.length; i++) if (ws[offset + i] !== tail[i]) return false;
  return true;
}

function startsAt(ws: readonly string[], start: number, head: readonly string[]): boolean {
  for (let i = 0; i < head.length; i++) if (ws[start + i] !== head[i]) return false;
  return true;
}

/** How many trailing words form one region unit (a province name, or "tỉnh"/"thành phố"/"tp"). */
function trailingRegionUnit(ws: readonly string[]): number {
  const last = ws[ws.length - 1];
  if (last === undefined) return 0;
  for (const province of PROVINCES_BY_LAST.get(last) ?? []) if (endsWith(ws, province)) return province.length;
  for (const region of REGION_WORDS) if (endsWith(ws, region)) return region.length;
  return 0;
}

/**
 * Successively shorter forms of a name with trailing province words dropped:
 * "so noi vu tinh cao bang" → ["so noi vu tinh", "so noi vu"]. Never drops every word.
 */
export function regionStripped(ws: readonly string[]): string[][] {
  const stages: string[][] = [];
  let cur: readonly string[] = ws;
  for (;;) {
    const n = trailingRegionUnit(cur);
    if (n === 0 || n >= cur.length) return stages;
    const stage = cur.slice(0, cur.length - n);
    stages.push(stage);
    cur = stage;
  }
}

/** Length of a province qualifier starting at `start` ("tỉnh", "tỉnh Gia Lai", "Gia Lai"), or 0. */
export function regionLengthAt(ws: readonly string[], start: number): number {
  let n = 0;
  for (const region of REGION_WORDS) {
    if (startsAt(ws, start, region)) {
      n = region.length;
      break;
    }
  }
  const first = ws[start + n];
  if (first === undefined) return n;
  for (const province of PROVINCES_BY_FIRST.get(first) ?? []) {
    if (startsAt(ws, start + n, province)) return n + province.length;
  }
  return n;
}

/** Short forms of a province folded to the full name the district list uses. */
const PROVINCE_ALIASES = new Map([
  ['vung tau', 'ba ria vung tau'],
  ['hue', 'thua thien hue'],
  ['hcm', 'ho chi minh'],
  ['bac can', 'bac kan'],
]);

/** Folded keys of every province name and short form ("thai nguyen", "hcm"). */
export const PROVINCE_KEYS: ReadonlySet<string> = new Set(PROVINCE_NAMES.map(agencyKey));

/** A province's canonical folded key: "Bà Rịa - Vũng Tàu" and "Vũng Tàu" → "ba ria vung tau". */
export function provinceKey(name: string): string {
  const key = agencyKey(name);
  return PROVINCE_ALIASES.get(key) ?? key;
}

/** The province named at `start` (after an optional "tỉnh"/"thành phố"/"TP"), as `provinceKey` gives it. */
export function provinceAt(ws: readonly string[], start: number): string | undefined {
  let n = 0;
  for (const region of REGION_WORDS) {
    if (startsAt(ws, start, region)) {
      n = region.length;
      break;
    }
  }
  for (const province of PROVINCES_BY_FIRST.get(ws[start + n] ?? '') ?? []) {
    if (startsAt(ws, start + n, province)) {
      const key = province.join(' ');
      return PROVINCE_ALIASES.get(key) ?? key;
    }
  }
  return undefined;
}

/** The province a name ends with ("Báo Thái Nguyên", "Sở Nội vụ tỉnh Cao Bằng"), as `provinceKey` gives it. */
export function trailingProvince(ws: readonly string[]): string | undefined {
  for (const province of PROVINCES_BY_LAST.get(ws[ws.length - 1] ?? '') ?? []) {
    if (province.length < ws.length && endsWith(ws, province)) {
      const key = province.join(' ');
      return PROVINCE_ALIASES.get(key) ?? key;
    }
  }
  return undefined;
}

/** Whether `ws` from `start` on begins with the words of `head`. */
export function wordsStartWith(ws: readonly string[], start: number, head: readonly string[]): boolean {
  return startsAt(ws, start, head);
}
