import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import type { Config } from '#src/config.js';
import { checkSqlite, copySqlite } from '#src/state/sqlite-backup.js';
import { runningBot } from './pid-file.js';

/**
 * Backups of the bot's own state: one folder holding a consistent copy of each SQLite file
 * of DATA_DIR (the bot state; the outbox of changes waiting for the Google Sheet; the local
 * sheet when the bot runs on it), the plan files kept in DATA_DIR/files/ (the originals the
 * Kế hoạch tab names), and a manifest with their checksums. The Google Sheet itself is
 * Google's to keep (File › Version history).
 */
export const STATE_FILES = ['state.sqlite', 'outbox.sqlite', 'dondoc.sqlite'] as const;
const MANIFEST = 'manifest.json';
/** Kept plan originals; `files/incoming/` holds only previews waiting for a yes, and is left out. */
const DOCUMENTS = 'files';
const SKIPPED_DOCUMENTS = join(DOCUMENTS, 'incoming');

const Manifest = z.object({
  kind: z.literal('dondoc-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  spreadsheet: z.string().nullable(),
  files: z.array(z.object({ name: z.enum(STATE_FILES), bytes: z.number(), sha256: z.string() })),
  /** Paths under DATA_DIR, all inside files/. */
  documents: z
    .array(
      z.object({
        path: z.string().refine(isDocumentPath, { message: 'outside files/' }),
        bytes: z.number(),
        sha256: z.string(),
      }),
    )
    .default([]),
});
export type BackupManifest = z.infer<typeof Manifest>;

export interface BackupResult {
  folder: string;
  manifest: BackupManifest;
}

/** The folder name of a backup taken at `at`: dondoc-backup-20261206-083000. */
export function backupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `dondoc-backup-${stamp}`;
}

export function defaultBackupDir(config: Pick<Config, 'DATA_DIR'>): string {
  return join(config.DATA_DIR, 'backups');
}

/** Takes a backup into `out` (a new folder), or into DATA_DIR/backups/<name>. */
export async function takeBackup(
  config: Pick<Config, 'DATA_DIR' | 'GOOGLE_SPREADSHEET_ID'>,
  options: { out?: string; now?: Date } = {},
): Promise<BackupResult> {
  const at = options.now ?? new Date();
  const folder = options.out ?? join(defaultBackupDir(config), backupName(at));
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new BackupError(`Thư mục «${folder}» đã có dữ liệu; chọn một thư mục mới cho --out.`);
  const present = STATE_FILES.filter((name) => existsSync(join(config.DATA_DIR, name)));
  const documents = listDocuments(config.DATA_DIR);
  if (present.length === 0)
    throw new BackupError(`Không có dữ liệu nào trong «${config.DATA_DIR}» để sao lưu (bot chưa chạy lần nào?).`);
  // Written beside, then renamed: a half-made backup never looks like a whole one.
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const files: BackupManifest['files'] = [];
  for (const name of present) {
    const target = join(partial, name);
    await copySqlite(join(config.DATA_DIR, name), target);
    files.push({ name, bytes: statSync(target).size, sha256: sha256(target) });
  }
  const kept: BackupManifest['documents'] = [];
  for (const path of documents) {
    const target = join(partial, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(config.DATA_DIR, path), target);
    kept.push({ path, bytes: statSync(target).size, sha256: sha256(target) });
  }
  const manifest: BackupManifest = {
    kind: 'dondoc-backup',
    version: 1,
    createdAt: at.toISOString(),
    spreadsheet: config.GOOGLE_SPREADSHEET_ID ?? null,
    files,
    documents: kept,
  };
  writeFileSync(join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(partial, folder);
  return { folder, manifest };
}

/** Keeps the newest `keep` backups in `dir` (folders named by backupName), removes the rest. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!existsSync(dir)) return [];
  const backups = readdirSync(dir)
    .filter((name) => /^dondoc-backup-\d{8}-\d{6}$/.test(name))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of removed) rmSync(join(dir, name), { recursive: true, force: true });
  return removed;
}

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Reads and verifies a backup folder: manifest, checksums, and SQLite's quick check. */
export function readBackup(folder: string): BackupManifest {
  const path = join(folder, MANIFEST);
  if (!existsSync(path))
    throw new BackupError(`«${folder}» không phải bản sao lưu của Đôn Đốc (không có ${MANIFEST}).`);
  let json: unknown = null;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Reported below as a manifest in the wrong shape.
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw new BackupError(`Tệp ${MANIFEST} trong «${folder}» không đúng định dạng.`);
  for (const file of parsed.data.files) {
    const copy = join(folder, file.name);
    if (!existsSync(copy) || sha256(copy) !== file.sha256)
      throw new BackupError(`Bản sao lưu bị hỏng: tệp ${file.name} thiếu hoặc đã bị sửa.`);
    const problem = checkSqlite(copy);
    if (problem) throw new BackupError(`Bản sao lưu bị hỏng: ${file.name} không đọc được (${problem}).`);
  }
  for (const document of parsed.data.documents) {
    const copy = join(folder, document.path);
    if (!existsSync(copy) || sha256(copy) !== document.sha256)
      throw new BackupError(`Bản sao lưu bị hỏng: tệp ${document.path} thiếu hoặc đã bị sửa.`);
  }
  return parsed.data;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the files it replaced were moved, or null when there were none. */
  previous: string | null;
}

/**
 * Puts a backup back into DATA_DIR while the bot is stopped. The files it replaces are moved
 * to DATA_DIR/before-restore-<time>/ first, never deleted.
 */
export function restoreBackup(config: Pick<Config, 'DATA_DIR'>, folder: string, now: Date = new Date()): RestoreResult {
  const running = runningBot(config.DATA_DIR);
  if (running !== null) {
    throw new BackupError(
      `Bot đang chạy (tiến trình ${running}) trên «${config.DATA_DIR}»: dừng bot trước («sudo systemctl stop dondoc»), rồi chạy lại lệnh khôi phục.`,
    );
  }
  const manifest = readBackup(folder);
  mkdirSync(config.DATA_DIR, { recursive: true });
  const aside = join(config.DATA_DIR, `before-restore-${basename(backupName(now)).replace('dondoc-backup-', '')}`);
  let moved = false;
  for (const name of STATE_FILES) {
    for (const suffix of ['', '-wal', '-shm']) {
      const current = join(config.DATA_DIR, `${name}${suffix}`);
      if (!existsSync(current)) continue;
      mkdirSync(aside, { recursive: true });
      renameSync(current, join(aside, `${name}${suffix}`));
      moved = true;
    }
  }
  const documentsNow = listDocuments(config.DATA_DIR);
  if (documentsNow.length > 0) {
    for (const path of documentsNow) {
      mkdirSync(dirname(join(aside, path)), { recursive: true });
      renameSync(join(config.DATA_DIR, path), join(aside, path));
    }
    moved = true;
  }
  for (const file of manifest.files) {
    const temp = join(config.DATA_DIR, `${file.name}.restoring`);
    copyFileSync(join(folder, file.name), temp);
    renameSync(temp, join(config.DATA_DIR, file.name));
  }
  for (const document of manifest.documents) {
    const target = join(config.DATA_DIR, document.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(folder, document.path), target);
  }
  return { manifest, previous: moved ? aside : null };
}

/** Kept plan files under DATA_DIR/files/, as paths relative to DATA_DIR (previews left out). */
function listDocuments(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    const absolute = join(dataDir, relative);
    if (!existsSync(absolute) || relative === SKIPPED_DOCUMENTS) return;
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = join(relative, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk(DOCUMENTS);
  return found.sort();
}

/** A relative path that stays inside files/ (a manifest cannot make restore write elsewhere). */
function isDocumentPath(path: string): boolean {
  const clean = normalize(path);
  return clean === path && clean.startsWith(`${DOCUMENTS}${sep}`) && !clean.split(sep).includes('..');
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
