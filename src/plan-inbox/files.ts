import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/**
 * Where plan files sent in chat live: `files/incoming/<token>/` while their preview waits, and
 * `files/` once imported (the original kept beside the sheet, as the Kế hoạch tab names it).
 */
export const INCOMING = join('files', 'incoming');
export const DAY_MS = 24 * 60 * 60 * 1000;

export const newToken = (): string => randomBytes(5).toString('hex');

/** A file name safe on every disk: no folders, no reserved characters, at most 120 characters. */
export function safeName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .trim();
  const cleaned = base.replace(/^\.+/, '');
  if (cleaned === '') return 'ke-hoach';
  const ext = extname(cleaned).slice(0, 10);
  return cleaned.length <= 120 ? cleaned : `${cleaned.slice(0, 120 - ext.length)}${ext}`;
}

export async function saveIncoming(dataDir: string, token: string, name: string, bytes: Uint8Array): Promise<string> {
  const dir = join(dataDir, INCOMING, token);
  await mkdir(dir, { recursive: true });
  const path = join(dir, safeName(name));
  await writeFile(path, bytes);
  return path;
}

export async function dropIncoming(dataDir: string, token: string): Promise<void> {
  await rm(join(dataDir, INCOMING, token), { recursive: true, force: true });
}

/** Removes previews older than a day that a restart left on disk. */
export async function pruneIncoming(dataDir: string, nowMs: number): Promise<void> {
  const root = join(dataDir, INCOMING);
  const entries = await readdir(root).catch(() => [] as string[]);
  for (const entry of entries) {
    const info = await stat(join(root, entry)).catch(() => null);
    if (info && nowMs - info.mtimeMs > DAY_MS) await rm(join(root, entry), { recursive: true, force: true });
  }
}

const digest = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/**
 * Keeps the imported original under `files/`: the same name when free or holding the same
 * bytes, else «name (2).docx» …; returns the path relative to the data folder.
 */
export async function keepOriginal(dataDir: string, source: string): Promise<string> {
  const dir = join(dataDir, 'files');
  await mkdir(dir, { recursive: true });
  const name = safeName(basename(source));
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const hash = await digest(source);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    const target = join(dir, candidate);
    const existing = await stat(target).catch(() => null);
    if (existing && (await digest(target)) !== hash) continue;
    if (!existing) await copyFile(source, target);
    return join('files', candidate);
  }
  throw new Error('Too many files with the same name');
}
