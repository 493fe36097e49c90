import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Intent } from '../types.js';

/**
 * The labelled messages the model learns from: every development part of
 * test/fixtures/messages (dev*.jsonl), one writer's set each. The held-out `test.jsonl` is never
 * read here.
 */
export const MESSAGES_DIR = new URL('../../../test/fixtures/messages/', import.meta.url);

export interface LabelledPart {
  name: string;
  messages: Array<{ text: string; intent: Intent }>;
}

const Line = z.object({ text: z.string(), intent: Intent });

export function devPartNames(dir: URL = MESSAGES_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => /^dev\d*\.jsonl$/.test(file))
    .map((file) => file.replace(/\.jsonl$/, ''))
    .sort((a, b) => partNumber(a) - partNumber(b));
}

const partNumber = (name: string) => Number(name.replace(/^dev/, '') || '1');

export function loadPart(name: string, dir: URL = MESSAGES_DIR): LabelledPart {
  if (!/^dev\d*$/.test(name)) throw new Error(`not a development part: ${name}`);
  const messages = readFileSync(join(dir.pathname, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Line.parse(JSON.parse(line)));
  return { name, messages };
}
