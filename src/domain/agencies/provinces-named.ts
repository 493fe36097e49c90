/**
 * The province a sheet is about, read from the names in it: its plans' issuers ("UBND tỉnh Thái
 * Nguyên") and its Cơ quan rows. The directory then prefers that province's districts, communes
 * and wards when a name is held in several provinces.
 */
import { communesByKey } from './communes.js';
import { localGovernmentNamed } from './local-government.js';
import { keyWords, words } from './name-keys.js';
import { trailingProvince } from './province-names.js';

/** The one province every unit of a commune's name is in (today's), if there is one. */
function soleProvinceOfCommune(name: string): string | undefined {
  const units = communesByKey().get(keyWords(name).join(' ')) ?? [];
  const provinces = new Set(units.map((c) => c.province));
  return provinces.size === 1 ? [...provinces][0] : undefined;
}

/**
 * Provinces a set of agency names points to, most named first: trailing province names ("Báo Thái
 * Nguyên", "Sở Nội vụ tỉnh Cao Bằng"), districts listed in one province only ("UBND huyện Đại
 * Từ"), and communes or wards whose name only one province holds ("UBND phường Phan Đình Phùng").
 */
export function provincesNamedIn(names: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  const count = (province: string | undefined): void => {
    if (province !== undefined) counts.set(province, (counts.get(province) ?? 0) + 1);
  };
  for (const name of names) {
    const ws = keyWords(name);
    count(trailingProvince(ws));
    const local = localGovernmentNamed(ws, words(name));
    if (local?.provinces?.length === 1) count(local.provinces[0]);
    if (local?.commune) count(soleProvinceOfCommune(local.commune.name));
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}
