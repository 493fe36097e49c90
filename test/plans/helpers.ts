import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { ExtractedPlan, ExtractedTask } from '../../src/plans/extract.js';

export const PLANS_DIR = fileURLToPath(new URL('../../data/plans/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

/** The seed plan whose file name starts with the given number ("000" …). */
export function seedPath(prefix: string): string {
  const file = readdirSync(PLANS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`seed ${prefix} missing in ${PLANS_DIR}`);
  return join(PLANS_DIR, file);
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-plans-'));
  created.push(dir);
  return dir;
}

export function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Tasks of a plan with the given order, in document order. */
export function byOrder(plan: ExtractedPlan, order: string): ExtractedTask[] {
  return plan.tasks.filter((t) => t.order === order);
}

export function kinds(tasks: ExtractedTask[]): string[] {
  return tasks.map((t) => t.kind);
}
