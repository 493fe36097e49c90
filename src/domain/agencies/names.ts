/**
 * Text keys for agency names: how a typed name is cut into folded words, which trailing
 * province words may be dropped, and how "UBND huyện X" / "UBND xã Y" is recognised.
 * Pure and dependency-free so the directory and the resolver agree on every key.
 */
import { fold } from '../text.js';

/** Words as typed (NFC), split on anything that is not a letter, mark or digit ("TT&TT" → TT, TT). */
export function words(text: string): string[] {
  return text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Folded words, parallel to `words(text)` (fold never empties a letter word). */
export function keyWords(text: string): string[] {
  return words(text).map((w) => fold(w));
}

/** The lookup key of a name: "Sở TT&TT" → "so tt tt", "LĐ-TB&XH" → "ld tb xh". */
export function agencyKey(text: string): string {
  return keyWords(text).join(' ');
}

/** Key without spaces and without "và", so "Sở TTTT" = "Sở TT&TT" and "KH&ĐT" = "Kế hoạch Đầu tư" forms meet. */
export function compactKey(key: string): string {
  return key
    .split(' ')
    .filter((w) => w !== 'va')
    .join('');
}

/** Similarity in [0, 1] from the Levenshtein distance; keys are short, so the plain DP is fast. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - (prev[b.length] ?? longest) / longest;
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
const PROVINCES_BY_LAST = new Map<string, string[][]>();
/** Province names by their first folded word, longest first, for forward checks. */
const PROVINCES_BY_FIRST = new Map<string, string[][]>();
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
  if (tail.length > ws.length) return false;
  return tail.every((w, i) => ws[ws.length - tail.length + i] === w);
}

function startsAt(ws: readonly string[], start: number, head: readonly string[]): boolean {
  return head.every((w, i) => ws[start + i] === w);
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
  let cur = [...ws];
  for (;;) {
    const n = trailingRegionUnit(cur);
    if (n === 0 || n >= cur.length) return stages;
    cur = cur.slice(0, cur.length - n);
    stages.push(cur);
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

type LocalKind = 'district' | 'commune';
interface Unit {
  ws: string[];
  kind: LocalKind;
  label: string;
  /** Whether the unit word alone (without "UBND") clearly names a local government. */
  bare: boolean;
}
// Longer units first so "thị xã" wins over "xã".
const UNITS: Unit[] = [
  { ws: ['thi', 'xa'], kind: 'district', label: 'thị xã', bare: true },
  { ws: ['thi', 'tran'], kind: 'commune', label: 'thị trấn', bare: true },
  { ws: ['thanh', 'pho'], kind: 'district', label: 'thành phố', bare: false },
  { ws: ['dac', 'khu'], kind: 'commune', label: 'đặc khu', bare: true },
  { ws: ['huyen'], kind: 'district', label: 'huyện', bare: true },
  { ws: ['quan'], kind: 'district', label: 'quận', bare: false },
  { ws: ['tp'], kind: 'district', label: 'thành phố', bare: false },
  { ws: ['tx'], kind: 'district', label: 'thị xã', bare: false },
  { ws: ['xa'], kind: 'commune', label: 'xã', bare: false },
  { ws: ['phuong'], kind: 'commune', label: 'phường', bare: false },
];
const UBND_FORMS: readonly string[][] = [['ubnd'], ['uy', 'ban', 'nhan', 'dan']];
/** Words that cannot start a place name: they mean a group ("UBND các huyện") or another unit. */
const NOT_A_NAME = new Set(['cac', 'cap', 'va', 'tinh', 'tren', 'trong', 'thuoc', 'thi', 'thanh', 'huyen', 'xa', 'phuong', 'quan']);
/** Chat words that end a place name in a longer message ("UBND huyện Đại Từ còn việc gì"). */
const NAME_STOP = new Set(['con', 'co', 'da', 'chua', 'thi', 'a', 'oi', 'nhe', 'la', 'va', 'voi', 'gi', 'nao', 'dang', 'can', 'phai', 'duoc', 'bi', 'cho', 've', 'tinh']);

export interface LocalGovernmentMention {
  kind: LocalKind;
  /** Display name, e.g. "UBND huyện Đại Từ". */
  name: string;
  start: number;
  end: number;
}

function titleCase(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');
}

/**
 * A district or commune people's committee named at `start`: "UBND huyện Đại Từ", "UBND xã Phúc Xuân",
 * or a bare "huyện Đại Từ". `maxNameWords` is small in free text, where the name's end is a guess.
 */
export function localGovernmentAt(
  ws: readonly string[],
  original: readonly string[],
  start: number,
  maxNameWords: number,
): LocalGovernmentMention | null {
  let at = start;
  const ubnd = UBND_FORMS.find((form) => startsAt(ws, at, form));
  if (ubnd) at += ubnd.length;
  const unit = UNITS.find((u) => startsAt(ws, at, u.ws) && (ubnd !== undefined || u.bare));
  if (!unit) return null;
  at += unit.ws.length;
  let end = at;
  while (end < ws.length && end - at < maxNameWords) {
    const w = ws[end] ?? '';
    if (NAME_STOP.has(w) || (end === at && NOT_A_NAME.has(w))) break;
    end++;
  }
  if (end === at) return null;
  const name = original.slice(at, end).map(titleCase).join(' ');
  return { kind: unit.kind, name: `UBND ${unit.label} ${name}`, start, end };
}
