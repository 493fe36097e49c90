import type { RowUpdate, TabValues } from './port.js';
import { headerKey } from './template.js';

/** The tabs with the given updates' cells written in (rows found by key, as the backends do). */
export function withUpdates(tabs: TabValues[], updates: readonly RowUpdate[]): TabValues[] {
  if (updates.length === 0) return tabs;
  return tabs.map((tab) => {
    const mine = updates.filter((u) => u.tab === tab.name);
    if (mine.length === 0) return tab;
    const indexOf = (name: string) => tab.headers.findIndex((h) => headerKey(h) === headerKey(name));
    const rows = tab.rows.map((row) => [...row]);
    for (const update of mine) {
      const keyIndex = indexOf(update.keyHeader);
      const row = keyIndex < 0 ? undefined : rows.find((cells) => (cells[keyIndex] ?? '').trim() === update.key);
      if (!row) continue;
      for (const [name, value] of Object.entries(update.cells)) {
        const index = indexOf(name);
        if (index < 0) continue;
        while (row.length <= index) row.push('');
        row[index] = value;
      }
    }
    return { ...tab, rows };
  });
}
