/**
 * District and commune people's committees named in text: "UBND huyện Đại Từ", "huyen vo nhai",
 * "UBND Võ Nhai", "Phú Bình". Districts are checked against the list in districts.ts, so a name
 * typed without diacritics comes back spelled properly ("UBND huyện Võ Nhai"); a name the list
 * does not know is taken as typed (capitalised), as communes always are.
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
import { keyWords, provinceAt, provinceKey, PROVINCE_KEYS, regionLengthAt, trailingProvince, words, wordsStartWith } from './names.js';

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
const UNIT_FIRST_WORDS = new Set(UNITS.map((u) => u.ws[0] ?? ''));
const UBND_FORMS: readonly string[][] = [['ubnd'], ['uy', 'ban', 'nhan', 'dan']];
/** Words that cannot start a place name: they mean a group ("UBND các huyện") or another unit. */
const NOT_A_NAME = new Set(['cac', 'cap', 'va', 'tinh', 'tren', 'trong', 'thuoc', 'thi', 'thanh', 'huyen', 'xa', 'phuong', 'quan']);
/** Chat words that end a place name in a longer message ("UBND huyện Đại Từ còn việc gì"). */
const NAME_STOP = new Set(['con', 'co', 'da', 'chua', 'thi', 'a', 'oi', 'nhe', 'la', 'va', 'voi', 'gi', 'nao', 'dang', 'can', 'phai', 'duoc', 'bi', 'cho', 've', 'tinh']);
/** In chat, "huyện mình", "huyện em", "huyện này" are the writer's own district, not one named "Mình". */
const PRONOUNS = new Set(['minh', 'em', 'ta', 'toi', 'tui', 'nha', 'nay', 'do', 'ay', 'kia', 'khac', 'ban', 'anh', 'chi', 'chung', 'bon', 'ho', 'no', 'ben']);
/**
 * Words before a bare district name that make it something else: a commune or smaller place
 * ("xã Phú Bình", "thôn Đồng Hỷ"), a street, a river, a school, people ("dân Võ Nhai"), or a
 * place one goes to or is at ("bác đi Đại Từ", "họp tại Phú Lương"). A unit word before it is
 * read by `localGovernmentAt` instead.
 */
const NOT_BARE_AFTER = new Set([
  'xa', 'phuong', 'tran', 'huyen', 'quan', 'pho', 'tp', 'tx', 'tt', 'khu', 'thon', 'xom', 'lang', 'ap', 'ban', 'to', 'duong',
  'cau', 'song', 'nui', 'truong', 'ubnd', 'dan', 'nguoi', 'di', 'den', 'toi', 'o', 'len', 'xuong', 'sang', 'vao', 'ra', 'qua',
  'tai', 've', 'tham', 'tac', 'que',
]);
/** Words before a unit word that make it a level or a list, not one unit: "cấp huyện", "các huyện", "xã, phường, thị trấn". */
const GROUP_BEFORE = new Set(['cap', 'cac', 'moi', 'tung', 'nhieu', 'nhung', 'xa', 'phuong', 'huyen', 'tran']);
/** Words after which a name in chat is the agency asked about ("của Võ Nhai", "bot ơi Phú Bình…"). */
const BARE_AFTER = new Set(['cua', 'ben', 'cho', 'voi', 'phia', 'gui', 'nhac', 'doc', 'giao', 'la', 'thuoc', 'oi', 'bot', 'hoi']);
/** Family names, middle names and forms of address: "Đặng Xuân Trường", "anh Phú Bình" are people. */
const PERSON_BEFORE = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ho', 'ngo', 'duong', 'ly', 'dinh',
  'mai', 'trinh', 'dao', 'luong', 'ha', 'cao', 'chu', 'ta', 'lam', 'trieu', 'kieu', 'quach', 'tong', 'doan', 'luu', 'khong',
  'van', 'thi', 'duc', 'huu', 'ngoc', 'anh', 'chi', 'em', 'ong', 'ba', 'co', 'bac', 'dc', 'dong',
]);
const UNIT_OF_LABEL = new Map<string, DistrictUnit>([
  ['huyện', 'huyện'],
  ['thị xã', 'thị xã'],
  ['thành phố', 'thành phố'],
  ['quận', 'quận'],
]);

export interface LocalGovernmentMention {
  kind: LocalKind;
  /** Display name, e.g. "UBND huyện Đại Từ". */
  name: string;
  start: number;
  end: number;
  /** For a listed district: every province with a district of that name. */
  provinces?: readonly string[];
  /** For a listed district: its name alone, "Võ Nhai". */
  place?: string;
}

export interface LocalOptions {
  /** Provinces (folded, as `provinceKey` gives them) whose districts win a shared name, likeliest first. */
  prefer?: readonly string[];
  /** The name is looked for in a chat message (stricter) rather than being the whole text. */
  inText?: boolean;
  /** false: take the name as typed, without the list of districts. */
  known?: boolean;
}

interface Known {
  district: District;
  province: string;
  /** The proper name's words in lower case, to compare with what was typed. */
  lower: string;
  order: number;
}

interface KnownName {
  key: string;
  words: number;
  candidates: Known[];
  /** The folded name is a province's ("Quảng Ninh", "Hòa Bình", "Thái Nguyên"). */
  province: boolean;
  common: boolean;
}

const lowerWords = (text: string | readonly string[]): string =>
  (typeof text === 'string' ? words(text) : text).map((w) => w.toLocaleLowerCase('vi')).join(' ');

/**
 * Whether words typed with diacritics agree with a listed spelling: each word is typed either
 * without marks or exactly ("Phú Binh" fits Phú Bình; "cứ Chỉ" does not fit Củ Chi).
 */
function sameMarks(typed: readonly string[], folded: readonly string[], known: KnownName): boolean {
  if (typed.every((w, i) => w.toLocaleLowerCase('vi') === folded[i])) return true;
  return known.candidates.some((c) => {
    const proper = c.lower.split(' ');
    return typed.every((w, i) => {
      const lower = w.toLocaleLowerCase('vi');
      return lower === folded[i] || lower === proper[i];
    });
  });
}

const capitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLocaleLowerCase('vi');
};

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
    const first = ws[0] ?? '';
    maxWordsByFirst.set(first, Math.max(maxWordsByFirst.get(first) ?? 0, ws.length));
  }
  known.common ||= district.common;
  known.candidates.push({ district, province: provinceKey(district.province), lower: lowerWords(district.name), order });
}
const MAX_COMPACT_WORDS = Math.max(...[...byKey.values()].map((k) => k.words));
const compactKeys = [...byCompact.keys()];

/** The longest listed district name starting at `at`: folded words, or (`compact`) the words run together ("k bang"). */
function knownAt(ws: readonly string[], at: number, compact: boolean): { known: KnownName; n: number } | null {
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

/** Optimal string alignment distance (a swap of two neighbours costs 1), given up past `max`. */
function swapDistance(a: string, b: string, max: number): number {
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

/** The one listed name a typo is one edit (or one swap) away from: "phu luogn" → Phú Lương. */
function nearAt(ws: readonly string[], at: number, end: number, allowCommon: boolean): KnownName | null {
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

interface Context {
  /** The words as typed, to compare diacritics with. */
  typed: readonly string[];
  /** A province named right after the name. */
  qualifier: string | undefined;
  unit: DistrictUnit | undefined;
  prefer: readonly string[];
}

/** The candidate that fits best (see the file comment for the order of the criteria). */
function choose(known: KnownName, context: Context): Known {
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

function contextAt(ws: readonly string[], original: readonly string[], at: number, n: number, unit: string | undefined, options: LocalOptions): Context {
  return {
    typed: original.slice(at, at + n),
    qualifier: provinceAt(ws, at + n),
    unit: unit === undefined ? undefined : UNIT_OF_LABEL.get(unit),
    prefer: options.prefer ?? [],
  };
}

function listed(known: KnownName, chosen: District, label: string, start: number, end: number): LocalGovernmentMention {
  const provinces = [...new Set(known.candidates.map((c) => c.province))];
  return { kind: 'district', name: `UBND ${label} ${chosen.name}`, start, end, provinces, place: chosen.name };
}

function titleCase(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');
}

/**
 * A district or commune people's committee named at `start`: "UBND huyện Đại Từ", "UBND xã Phúc Xuân",
 * a bare "huyện Đại Từ", or "UBND Võ Nhai" (a listed district without its unit word).
 * `maxNameWords` bounds a name the list does not know; in free text it is small, as the end is a guess.
 */
export function localGovernmentAt(
  ws: readonly string[],
  original: readonly string[],
  start: number,
  maxNameWords: number,
  options: LocalOptions = {},
): LocalGovernmentMention | null {
  let at = start;
  const ubnd = UBND_FORMS.find((form) => wordsStartWith(ws, at, form));
  if (ubnd) at += ubnd.length;
  const useKnown = options.known !== false;
  // Most words start no unit: skip the search (this runs for every word of a message).
  if (!UNIT_FIRST_WORDS.has(ws[at] ?? '')) {
    if (!ubnd || !useKnown) return null;
    // "UBND Võ Nhai": the unit is the district's own; "UBND Thái Nguyên" is the province's committee.
    const found = knownAt(ws, at, false);
    if (!found || found.known.province) return null;
    const chosen = choose(found.known, contextAt(ws, original, at, found.n, undefined, options)).district;
    return listed(found.known, chosen, chosen.unit, start, at + found.n);
  }
  // "thành phố", "TP", "TX" alone are ordinary words unless a listed district follows ("TP Sông Công").
  const unit = UNITS.find(
    (u) =>
      wordsStartWith(ws, at, u.ws) &&
      (ubnd !== undefined || u.bare || (useKnown && u.kind === 'district' && u.label !== 'quận' && knownAt(ws, at + u.ws.length, true) !== null)),
  );
  if (!unit) return null;
  const strict = options.inText === true && ubnd === undefined;
  if (strict && start > 0 && GROUP_BEFORE.has(ws[start - 1] ?? '')) return null;
  at += unit.ws.length;
  if (useKnown && unit.kind === 'district') {
    const found = knownAt(ws, at, true);
    // "huyện còn có…" is not huyện Cồn Cỏ: in chat a name that is also a phrase must come with its diacritics.
    const typed = found && lowerWords(original.slice(at, at + found.n));
    if (found && (!strict || !found.known.common || found.known.candidates.some((c) => c.lower === typed))) {
      const chosen = choose(found.known, contextAt(ws, original, at, found.n, unit.label, options)).district;
      return listed(found.known, chosen, unit.label, start, at + found.n);
    }
  }
  let end = at;
  while (end < ws.length && end - at < maxNameWords) {
    const w = ws[end] ?? '';
    if (NAME_STOP.has(w) || (end === at && NOT_A_NAME.has(w))) break;
    end++;
  }
  if (end === at) return null;
  if (strict) {
    if (!unit.bare || PRONOUNS.has(ws[at] ?? '')) return null;
    // District names have two syllables or more; "huyện Minh" in chat is "huyện mình".
    if (unit.kind === 'district' && end - at < 2) return null;
  }
  if (useKnown && unit.kind === 'district') {
    const near = nearAt(ws, at, end, !strict);
    if (near) {
      const chosen = choose(near, contextAt(ws, original, at, end - at, unit.label, options)).district;
      return listed(near, chosen, unit.label, start, end);
    }
  }
  const name = original.slice(at, end).map(titleCase).join(' ');
  return { kind: unit.kind, name: `UBND ${unit.label} ${name}`, start, end };
}

/**
 * A listed district named alone at `start` ("vo nhai co viec nao qua han"), as its committee.
 * Only names of two syllables or more that are not a province's, not an ordinary phrase (marked
 * in districts.ts), typed with their own diacritics if any, not after a word that makes them a
 * commune, street, river or place one goes to, and not shared by two units of one province ("Cao
 * Lãnh": thành phố and huyện). In chat (`inText`) the name must also stand where an agency is
 * named: first in the message, after "của/bên/cho/thuộc…", or capitalised and not after a family
 * name ("Đặng Xuân Trường"), so "minh bạch thông tin" is not huyện Bạch Thông. Whether the words
 * start another agency's name is the caller's check: it holds the directory.
 */
export function districtNamedAt(
  ws: readonly string[],
  original: readonly string[],
  start: number,
  options: LocalOptions = {},
): LocalGovernmentMention | null {
  const found = knownAt(ws, start, false);
  if (!found || found.known.words < 2 || found.known.province || found.known.common) return null;
  const prev = start > 0 ? (ws[start - 1] ?? '') : '';
  if (start > 0 && NOT_BARE_AFTER.has(prev)) return null;
  const typed = original.slice(start, start + found.n);
  if (!sameMarks(typed, ws.slice(start, start + found.n), found.known)) return null;
  if (options.inText && start > 0 && !BARE_AFTER.has(prev) && !(typed.every(capitalised) && !PERSON_BEFORE.has(prev))) return null;
  const chosen = choose(found.known, contextAt(ws, original, start, found.n, undefined, options));
  const units = found.known.candidates.filter((c) => c.province === chosen.province);
  if (units.length > 1) return null;
  return listed(found.known, chosen.district, chosen.district.unit, start, start + found.n);
}

/**
 * The local government a whole name is (a trailing province allowed): "UBND huyện Đại Từ tỉnh
 * Thái Nguyên", "ubnd vo nhai", "UBND xã Phúc Xuân"; a listed district named alone only with
 * `bare`. A listed district wins; a longer name that only starts like one is taken as typed.
 */
export function localGovernmentNamed(
  ws: readonly string[],
  original: readonly string[],
  options: LocalOptions & { bare?: boolean } = {},
): LocalGovernmentMention | null {
  const spans = (m: LocalGovernmentMention | null): m is LocalGovernmentMention =>
    m !== null && m.end + regionLengthAt(ws, m.end) === ws.length;
  const known = localGovernmentAt(ws, original, 0, 6, options);
  if (spans(known)) return known;
  const typed = localGovernmentAt(ws, original, 0, 6, { ...options, known: false });
  if (spans(typed)) return typed;
  if (!options.bare) return null;
  const bare = districtNamedAt(ws, original, 0, options);
  return spans(bare) ? bare : null;
}

/**
 * Provinces a set of agency names points to, most named first: trailing province names ("Báo Thái
 * Nguyên", "Sở Nội vụ tỉnh Cao Bằng") and districts listed in one province only ("UBND huyện Đại Từ").
 */
export function provincesNamedIn(names: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  const count = (province: string | undefined): void => {
    if (province !== undefined) counts.set(province, (counts.get(province) ?? 0) + 1);
  };
  for (const name of names) {
    const ws = keyWords(name);
    count(trailingProvince(ws));
    const provinces = localGovernmentNamed(ws, words(name))?.provinces;
    if (provinces?.length === 1) count(provinces[0]);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}
