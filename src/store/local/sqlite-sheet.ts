import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { EnsureTabsReport, RowUpdate, RowUpdateResult, SheetBackend, TabValues } from '../port.js';
import { headerKey, type SheetTemplate } from '../template.js';

/**
 * The local sheet: the same tabs of text cells as the Google Sheet, persisted in one
 * SQLite file. Used by the embedded default and by tests; it has no screen, so edits
 * that a coordinator would make in Google Sheets are made through the bot or scripts.
 */
const Cells = z.array(z.string());

export function openLocalSheet(path: string): SheetBackend {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS tabs (name TEXT PRIMARY KEY, position INTEGER NOT NULL, headers TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS rows (tab TEXT NOT NULL, seq INTEGER NOT NULL, cells TEXT NOT NULL, PRIMARY KEY (tab, seq));
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- Links over parts of a cell's text (the Minh chứng cell), as Google Sheets keeps them beside the value.
    CREATE TABLE IF NOT EXISTS links (tab TEXT NOT NULL, seq INTEGER NOT NULL, col INTEGER NOT NULL, links TEXT NOT NULL, PRIMARY KEY (tab, seq, col));
    INSERT OR IGNORE INTO meta (key, value) VALUES ('version', '0');
  `);

  const q = {
    tab: db.prepare<[string], { headers: string }>('SELECT headers FROM tabs WHERE name = ?'),
    tabCount: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tabs'),
    insertTab: db.prepare('INSERT INTO tabs (name, position, headers) VALUES (?, ?, ?)'),
    setHeaders: db.prepare('UPDATE tabs SET headers = ? WHERE name = ?'),
    rows: db.prepare<[string], { seq: number; cells: string }>(
      'SELECT seq, cells FROM rows WHERE tab = ? ORDER BY seq',
    ),
    maxSeq: db.prepare<[string], { m: number | null }>('SELECT MAX(seq) AS m FROM rows WHERE tab = ?'),
    insertRow: db.prepare('INSERT INTO rows (tab, seq, cells) VALUES (?, ?, ?)'),
    deleteRows: db.prepare('DELETE FROM rows WHERE tab = ?'),
    setRow: db.prepare('UPDATE rows SET cells = ? WHERE tab = ? AND seq = ?'),
    version: db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'version'"),
    bump: db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'"),
    setLinks: db.prepare('INSERT OR REPLACE INTO links (tab, seq, col, links) VALUES (?, ?, ?, ?)'),
    dropLinks: db.prepare('DELETE FROM links WHERE tab = ? AND seq = ? AND col = ?'),
  };

  const headersOf = (tab: string): string[] | null => {
    const row = q.tab.get(tab);
    return row ? Cells.parse(JSON.parse(row.headers)) : null;
  };
  const indexOf = (headers: readonly string[], header: string): number =>
    headers.findIndex((h) => headerKey(h) === headerKey(header));

  const ensureTabs = db.transaction((template: SheetTemplate): EnsureTabsReport => {
    const report: EnsureTabsReport = { createdTabs: [], addedColumns: {} };
    for (const tab of template.tabs) {
      const headers = headersOf(tab.name);
      if (!headers) {
        q.insertTab.run(tab.name, q.tabCount.get()?.n ?? 0, JSON.stringify(tab.columns.map((c) => c.header)));
        report.createdTabs.push(tab.name);
        continue;
      }
      const missing = tab.columns.filter(
        (column) => ![column.header, ...column.aliases].some((name) => indexOf(headers, name) >= 0),
      );
      if (missing.length > 0) {
        q.setHeaders.run(JSON.stringify([...headers, ...missing.map((c) => c.header)]), tab.name);
        report.addedColumns[tab.name] = missing.map((c) => c.header);
      }
    }
    if (report.createdTabs.length > 0 || Object.keys(report.addedColumns).length > 0) q.bump.run();
    return report;
  });

  const updateRows = db.transaction((updates: readonly RowUpdate[]): RowUpdateResult[] => {
    const results: RowUpdateResult[] = [];
    for (const update of updates) {
      const headers = headersOf(update.tab);
      const keyIndex = headers ? indexOf(headers, update.keyHeader) : -1;
      const found =
        headers && keyIndex >= 0
          ? q.rows
              .all(update.tab)
              .map((r) => ({ seq: r.seq, cells: Cells.parse(JSON.parse(r.cells)) }))
              .find((r) => (r.cells[keyIndex] ?? '').trim() === update.key)
          : undefined;
      if (!headers || !found) {
        results.push({ status: 'missing' });
        continue;
      }
      const cellOf = (header: string) => found.cells[indexOf(headers, header)] ?? '';
      const conflicts = Object.entries(update.expected ?? {}).filter(([header, value]) => cellOf(header) !== value);
      if (conflicts.length > 0) {
        results.push({ status: 'conflict', actual: Object.fromEntries(conflicts.map(([h]) => [h, cellOf(h)])) });
        continue;
      }
      const previous: Record<string, string> = {};
      const cells = [...found.cells];
      for (const [header, value] of Object.entries(update.cells)) {
        const index = indexOf(headers, header);
        if (index < 0) continue; // a column the coordinator deleted: nothing to write into
        previous[header] = cells[index] ?? '';
        while (cells.length <= index) cells.push('');
        cells[index] = value;
        // A cell written without links keeps none, as with a value written to Google Sheets.
        const links = update.links?.[header];
        if (links && links.length > 0) q.setLinks.run(update.tab, found.seq, index, JSON.stringify(links));
        else q.dropLinks.run(update.tab, found.seq, index);
      }
      q.setRow.run(JSON.stringify(cells), update.tab, found.seq);
      results.push({ status: 'applied', previous });
    }
    q.bump.run();
    return results;
  });

  const appendRows = db.transaction((tab: string, rows: ReadonlyArray<Record<string, string>>, replace = false) => {
    const headers = headersOf(tab);
    if (!headers) throw new Error(`Tab "${tab}" does not exist; run "dondoc sheet init"`);
    if (replace) q.deleteRows.run(tab);
    let seq = (q.maxSeq.get(tab)?.m ?? 0) + 1;
    for (const record of rows) {
      const cells = headers.map(() => '');
      for (const [header, value] of Object.entries(record)) {
        const index = indexOf(headers, header);
        if (index >= 0) cells[index] = value;
      }
      q.insertRow.run(tab, seq++, JSON.stringify(cells));
    }
    q.bump.run();
  });

  const readTabs = db.transaction((names: readonly string[]): TabValues[] =>
    names.map((name) => ({
      name,
      headers: headersOf(name) ?? [],
      rows: q.rows.all(name).map((r) => Cells.parse(JSON.parse(r.cells))),
    })),
  );

  // A status change and its log rows in one transaction: a process killed between the two
  // (SIGKILL during a burst) would otherwise leave the status written and the Nhật ký row lost,
  // since a re-sent update then changes nothing and logs nothing.
  const applyLogged = db.transaction((changes: readonly LoggedChange[]): RowUpdateResult[] => {
    const results = updateRows(changes.map((c) => c.update));
    changes.forEach((c, i) => {
      if (results[i]?.status === 'applied' && c.log && c.log.rows.length > 0) appendRows(c.log.tab, c.log.rows);
    });
    return results;
  });

  const backend: SheetBackend & { applyLogged(changes: readonly LoggedChange[]): Promise<RowUpdateResult[]> } = {
    kind: 'local',
    applyLogged: async (changes) => applyLogged(changes),
    ensureTabs: async (template) => ensureTabs(template),
    version: async () => q.version.get()?.value ?? '0',
    readTabs: async (names) => readTabs(names),
    updateRows: async (updates) => updateRows(updates),
    appendRows: async (tab, rows) => {
      if (rows.length > 0) appendRows(tab, rows);
    },
    replaceRows: async (tab, rows) => {
      appendRows(tab, rows, true);
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
  return backend;
}

/** An update with the log rows that go with it (the shape of PlannedChange, without its import). */
interface LoggedChange {
  update: RowUpdate;
  log?: { tab: string; rows: Array<Record<string, string>> };
}
