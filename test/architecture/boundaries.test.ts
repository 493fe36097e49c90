import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The import boundaries are lint rules (eslint.config.js); these tests prove they bite. Each
 * writes a file that breaks a rule into the tree for a moment, runs ESLint with the project's
 * own configuration on it, and expects the breach, then removes the file.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const written: string[] = [];

afterEach(() => {
  for (const path of written.splice(0)) rmSync(path, { force: true });
});

/** The boundary rules' messages for `source` written at `relativePath`. */
async function boundaryErrors(relativePath: string, source: string): Promise<string[]> {
  const path = join(ROOT, relativePath);
  written.push(path);
  writeFileSync(path, source);
  const eslint = new ESLint({
    cwd: ROOT,
    // The project's configuration, boundary rules only; they need no type information, so the
    // probe is parsed without the TypeScript project (seconds instead of a minute).
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths' || ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintFiles([path]);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const probe = (name: string) => `${name}-boundary-probe-${process.pid}.ts`;

describe('import boundaries', { timeout: 90_000 }, () => {
  it('refuses grammY, a Node I/O module and another folder in src/domain/', async () => {
    const errors = await boundaryErrors(
      `src/domain/${probe('domain')}`,
      [
        "import type { Bot } from 'grammy';",
        "import { readFileSync } from 'node:fs';",
        "import type { Reply } from '#src/chat/reply.js';",
        'export type Probe = [Bot, Reply, typeof readFileSync];',
        '',
      ].join('\n'),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*"grammy".*Only src\/channels\/telegram\/ imports grammY/,
      ),
    );
    expect(errors).toContainEqual(expect.stringMatching(/^no-restricted-imports: 'grammy'.*no I\/O library/));
    expect(errors).toContainEqual(expect.stringMatching(/^no-restricted-imports: 'node:fs'.*no I\/O library/));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*"#src\/chat\/reply.js".*src\/domain\/ imports no other folder/,
      ),
    );
  });

  it('refuses a channel importing the process entry or the app, even for a type', async () => {
    const errors = await boundaryErrors(
      `src/channels/${probe('channel')}`,
      [
        "import type { App } from '#src/app.js';",
        "import type { StartOptions } from '../cli/start.js';",
        "export * from '#src/cli/index.js';",
        'export type Probe = [App, StartOptions];',
        '',
      ].join('\n'),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/"#src\/app.js".*A channel receives its dependencies as a declared type/),
    );
    expect(errors).toContainEqual(expect.stringMatching(/"\.\.\/cli\/start.js".*Nothing imports the process entry/));
    expect(errors).toContainEqual(expect.stringMatching(/"#src\/cli\/index.js".*Nothing imports the process entry/));
  });

  it('refuses better-sqlite3 and googleapis outside their adapters', async () => {
    const errors = await boundaryErrors(
      `commands/${probe('command')}`,
      [
        "import type Database from 'better-sqlite3';",
        "import type { sheets_v4 } from 'googleapis';",
        'export type Probe = [Database.Database, sheets_v4.Sheets];',
        '',
      ].join('\n'),
    );
    expect(errors).toContainEqual(expect.stringMatching(/Only src\/store\/ and src\/state\/ import better-sqlite3/));
    expect(errors).toContainEqual(expect.stringMatching(/Only src\/store\/google\/ imports googleapis/));
  });

  it('lets tests reach bench/ only through test/support/', async () => {
    const errors = await boundaryErrors(
      `test/architecture/${probe('test')}`,
      ["export { understandingBenchRows } from '../../bench/understanding-bench.js';", ''].join('\n'),
    );
    expect(errors).toEqual([expect.stringMatching(/Tests reach bench\/ only through test\/support\//)]);
  });

  it('lets the agencies module be imported through its index.ts only', async () => {
    const errors = await boundaryErrors(
      `src/conversation/${probe('agencies')}`,
      [
        "import type { AgencyLookup } from '#src/domain/agencies/index.js';",
        "import { createDirectory } from '#src/domain/agencies/directory.js';",
        'export type Probe = [AgencyLookup, typeof createDirectory];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/"#src\/domain\/agencies\/directory.js".*imported through its index.ts only/),
    ]);
  });

  it('accepts what the rules allow', async () => {
    const errors = await boundaryErrors(
      `src/domain/${probe('allowed')}`,
      [
        "import { DateTime } from 'luxon';",
        "import { fold } from './text.js';",
        'export const probe = [DateTime, fold];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});

describe('import cycles', { timeout: 90_000 }, () => {
  it('fails on a cycle of type-only imports', () => {
    const [a, b] = [probe('cycle-a'), probe('cycle-b')];
    for (const [name, other, type] of [
      [a, b, 'A'],
      [b, a, 'B'],
    ] as const) {
      const path = join(ROOT, 'test', 'architecture', name);
      written.push(path);
      const otherType = type === 'A' ? 'B' : 'A';
      writeFileSync(
        path,
        `import type { ${otherType} } from './${other.replace(/\.ts$/, '.js')}';\nexport type ${type} = ${otherType} | 1;\n`,
      );
    }
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'depcruise'),
      ['test/architecture', '--output-type', 'err'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('no-circular');
    expect(run.stdout).toContain(a);
  });
});
