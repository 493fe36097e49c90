import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fold } from '#src/domain/text.js';

/** The sheet layout from sheets-templates/layout.json, validated. */
const Column = z.object({
  key: z.string(),
  header: z.string(),
  aliases: z.array(z.string()).default([]),
  width: z.number().int().positive(),
  owner: z.enum(['import', 'bot', 'coordinator']),
  dropdown: z.array(z.string()).optional(),
  format: z.enum(['date']).optional(),
});
const Tab = z.object({
  key: z.enum(['tasks', 'agencies', 'plans', 'log', 'summary']),
  name: z.string(),
  idColumn: z.string().optional(),
  appendOnly: z.boolean().default(false),
  columns: z.array(Column).min(1),
});
const Layout = z.object({ tabs: z.array(Tab) });

export type TemplateColumn = z.infer<typeof Column>;
export type TemplateTab = z.infer<typeof Tab>;
export type TabKey = TemplateTab['key'];
export interface SheetTemplate {
  tabs: TemplateTab[];
  tab(key: TabKey): TemplateTab;
}

const LAYOUT_PATH = fileURLToPath(new URL('../../sheets-templates/layout.json', import.meta.url));

export function loadTemplate(path: string = LAYOUT_PATH): SheetTemplate {
  const layout = Layout.parse(JSON.parse(readFileSync(path, 'utf8')));
  const byKey = new Map(layout.tabs.map((tab) => [tab.key, tab]));
  return {
    tabs: layout.tabs,
    tab(key) {
      const tab = byKey.get(key);
      if (!tab) throw new Error(`sheets-templates/layout.json has no tab "${key}"`);
      return tab;
    },
  };
}

/** Header as compared: case, diacritics kept (Mã ≠ Ma is not a risk), spacing ignored. */
export function headerKey(header: string): string {
  return header.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Maps a tab's actual header row to the template's column keys, tolerating reordered,
 * inserted and extra columns and differences of case and spacing. Returns the column
 * index of each known key; unknown headers are the coordinator's own and are ignored.
 */
export function mapHeaders(tab: TemplateTab, headers: readonly string[]): Map<string, number> {
  const wanted = new Map<string, string>();
  for (const column of tab.columns) {
    for (const name of [column.header, ...column.aliases]) {
      wanted.set(headerKey(name), column.key);
      wanted.set(fold(name), column.key);
    }
  }
  const found = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = wanted.get(headerKey(header)) ?? wanted.get(fold(header));
    if (key && !found.has(key)) found.set(key, index);
  });
  return found;
}
