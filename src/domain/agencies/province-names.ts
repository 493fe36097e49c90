/**
 * Province names inside agency names: which trailing words name a province (and so may be
 * dropped: "Sở Nội vụ tỉnh Cao Bằng" is "Sở Nội vụ"), the province named at a position or at the
 * end, and each province's canonical folded key.
 */
import { agencyKey, keyWords, wordsEndWith, wordsStartWith } from './name-keys.js';

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

/** How many trailing words form one region unit (a province name, or "tỉnh"/"thành phố"/"tp"). */
function trailingRegionUnit(ws: readonly string[]): number {
  const last = ws[ws.length - 1];
  if (last === undefined) return 0;
  for (const province of PROVINCES_BY_LAST.get(last) ?? []) if (wordsEndWith(ws, province)) return province.length;
  for (const region of REGION_WORDS) if (wordsEndWith(ws, region)) return region.length;
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
    if (wordsStartWith(ws, start, region)) {
      n = region.length;
      break;
    }
  }
  const first = ws[start + n];
  if (first === undefined) return n;
  for (const province of PROVINCES_BY_FIRST.get(first) ?? []) {
    if (wordsStartWith(ws, start + n, province)) return n + province.length;
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
    if (wordsStartWith(ws, start, region)) {
      n = region.length;
      break;
    }
  }
  for (const province of PROVINCES_BY_FIRST.get(ws[start + n] ?? '') ?? []) {
    if (wordsStartWith(ws, start + n, province)) {
      const key = province.join(' ');
      return PROVINCE_ALIASES.get(key) ?? key;
    }
  }
  return undefined;
}

/** The province a name ends with ("Báo Thái Nguyên", "Sở Nội vụ tỉnh Cao Bằng"), as `provinceKey` gives it. */
export function trailingProvince(ws: readonly string[]): string | undefined {
  const province = provinceAtEnd(ws);
  if (province === undefined) return undefined;
  const key = province.join(' ');
  return PROVINCE_ALIASES.get(key) ?? key;
}

/** The words of the province a name ends with, after at least one word of its own. */
function provinceAtEnd(ws: readonly string[]): readonly string[] | undefined {
  return (PROVINCES_BY_LAST.get(ws[ws.length - 1] ?? '') ?? []).find(
    (province) => province.length < ws.length && wordsEndWith(ws, province),
  );
}

/** How many of the last words of `name` name a province («… Thoát nước hà nội» → 2), 0 when none. */
export function trailingProvinceLength(name: string): number {
  return provinceAtEnd(keyWords(name))?.length ?? 0;
}
