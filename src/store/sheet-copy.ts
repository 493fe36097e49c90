import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { TabValues } from './port.js';

/**
 * A local copy of the last sheet the bot could read (DATA_DIR/sheet-copy.json): the bot
 * starts from it while Google answers 5xx, and answers from it while the sheet cannot be
 * read, then catches up. Written whole to a temporary file and renamed, so a crash leaves
 * the previous copy.
 */
export interface SheetCopy {
  version: string;
  /** ISO instant it was read from the sheet. */
  readAt: string;
  tabs: TabValues[];
}

const Copy = z.object({
  version: z.string(),
  readAt: z.string(),
  tabs: z.array(
    z.object({
      name: z.string(),
      headers: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      headerIndex: z.number().optional(),
    }),
  ),
});

export function readSheetCopy(path: string): SheetCopy | null {
  try {
    const parsed = Copy.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no copy yet, or a broken one: the sheet is read as usual
  }
}

export function writeSheetCopy(path: string, copy: SheetCopy): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(copy));
  renameSync(temporary, path);
}
