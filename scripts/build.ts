// `npm run build`: compiles src/ and commands/ with tsc into dist.tsc/, then lays out dist/
// so that it runs on plain Node.js:
//   dist/<same tree as src/>     dist/cli/index.js is the entry (`node dist/cli/index.js start`)
//   dist/commands/               the chat commands
//   dist/package.json            "#src/*" → "./*" and "#commands/*" → "./commands/*", the same
//                                imports map as the project's, pointing inside dist/
// Data files beside the sources (JSON) are copied to the same places; files the code finds by
// relative path from its own folder (sheets-templates/, data/plans/) stay at the project root,
// which is as far above dist/<folder>/ as it is above src/<folder>/.
// `--out <dir>` builds elsewhere (the build test uses a temporary folder).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const dist = resolve(root, (outArg > 0 ? process.argv[outArg + 1] : undefined) ?? 'dist');
const emitted = `${dist}.tsc`;

rmSync(emitted, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', emitted],
  {
    stdio: 'inherit',
  },
);

rmSync(dist, { recursive: true, force: true });
renameSync(join(emitted, 'src'), dist);
renameSync(join(emitted, 'commands'), join(dist, 'commands'));
rmSync(emitted, { recursive: true, force: true });

/** Every non-TypeScript file under `from`, copied to the same place under `to`. */
function copyAssets(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyAssets(source, join(to, entry.name));
    else if (!entry.name.endsWith('.ts')) {
      mkdirSync(to, { recursive: true });
      cpSync(source, join(to, entry.name));
    }
  }
}
copyAssets(join(root, 'src'), dist);
copyAssets(join(root, 'commands'), join(dist, 'commands'));

writeFileSync(
  join(dist, 'package.json'),
  `${JSON.stringify({ type: 'module', private: true, imports: { '#src/*': './*', '#commands/*': './commands/*' } }, null, 2)}\n`,
);
process.stdout.write(
  `Đã biên dịch vào ${relative(process.cwd(), dist) || '.'}/ — chạy: node ${relative(process.cwd(), join(dist, 'cli/index.js'))} start\n`,
);
