import { mkdir, stat, writeFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileStore, FileToKeep, StoredFile } from '../file-store.js';

/**
 * Evidence files on disk, without Google: DATA_DIR/files/minh-chung/<mã>/<tên tệp>, a name
 * taken twice kept as «tên (2).pdf». Backups copy DATA_DIR/files/ with the rest.
 */
export const EVIDENCE_DIR = join('files', 'minh-chung');

/** A name safe on every disk: no folders, no reserved or control characters, at most 120 characters. */
export function safeFileName(name: string, fallback = 'minh-chung'): string {
  const base = (name.replace(/\\/g, '/').split('/').pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (base === '') return fallback;
  const ext = extname(base).slice(0, 10);
  return base.length <= 120 ? base : `${base.slice(0, 120 - ext.length)}${ext}`;
}

export function openLocalFolder(dataDir: string): FileStore {
  const root = resolve(dataDir, EVIDENCE_DIR);
  return {
    kind: 'local',
    where: root,
    async keep(file: FileToKeep): Promise<StoredFile> {
      const dir = join(root, safeFileName(file.taskId, 'nhiem-vu'));
      await mkdir(dir, { recursive: true });
      const name = safeFileName(file.name);
      const ext = extname(name);
      const stem = name.slice(0, name.length - ext.length);
      for (let n = 1; n < 1000; n++) {
        const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
        const path = join(dir, candidate);
        if (await stat(path).catch(() => null)) continue;
        // «wx»: never over a file that appeared meanwhile.
        await writeFile(path, file.bytes, { flag: 'wx' });
        return { id: path, name: candidate, url: pathToFileURL(path).href };
      }
      throw new Error('Too many files with the same name');
    },
    async check() {
      try {
        await mkdir(root, { recursive: true });
        await access(root, constants.W_OK);
        return { ok: true, detail: `tệp minh chứng lưu tại «${root}» (ghi được).` };
      } catch (error) {
        return {
          ok: false,
          detail: `không ghi được vào «${root}»: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
  };
}
