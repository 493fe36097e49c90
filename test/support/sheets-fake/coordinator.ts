import type { FakeSpreadsheet, FakeTab } from './model.js';

/**
 * What a coordinator does by hand in Google Sheets, applied to the fake between the bot's
 * calls. Rows are 1-based as on screen; every action changes the Drive version.
 */
export class Coordinator {
  constructor(private readonly sheet: FakeSpreadsheet) {}

  private tab(title: string): FakeTab {
    const tab = this.sheet.tab(title);
    if (!tab) throw new Error(`fake: no tab ${title}`);
    return tab;
  }

  private column(tab: FakeTab, header: string): number {
    const index = (tab.cells[0] ?? []).indexOf(header);
    if (index < 0) throw new Error(`fake: no column ${header} in ${tab.properties.title}`);
    return index;
  }

  private rowOf(tab: FakeTab, keyHeader: string, key: string): number {
    const col = this.column(tab, keyHeader);
    const row = tab.cells.findIndex((cells, i) => i > 0 && (cells[col] ?? '') === key);
    if (row < 0) throw new Error(`fake: no row ${key}`);
    return row;
  }

  /** The linked parts of a cell (its text runs with a link), as text and address. */
  linksIn(title: string, keyHeader: string, key: string, header: string): Array<{ text: string; uri: string }> {
    const tab = this.tab(title);
    const row = this.rowOf(tab, keyHeader, key);
    const col = this.column(tab, header);
    const text = tab.cells[row]?.[col] ?? '';
    const runs = tab.runs.get(`${row},${col}`) ?? [];
    return runs.flatMap((run, i) => {
      const uri = run.format.link?.uri;
      return uri ? [{ text: text.slice(run.startIndex, runs[i + 1]?.startIndex ?? text.length), uri }] : [];
    });
  }

  /** The formula entered in a cell, if it holds one (a value written as text holds none). */
  formulaIn(title: string, keyHeader: string, key: string, header: string): string | undefined {
    const tab = this.tab(title);
    return tab.formulas.get(`${this.rowOf(tab, keyHeader, key)},${this.column(tab, header)}`);
  }

  /** Inserts empty rows above sheet row `row` (so row 2 = right under the header). */
  insertRowsAbove(title: string, row: number, count = 1): void {
    const tab = this.tab(title);
    while (tab.cells.length < row - 1) tab.cells.push([]);
    tab.cells.splice(row - 1, 0, ...Array.from({ length: count }, () => [] as string[]));
    tab.properties.gridProperties.rowCount += count;
    this.sheet.touch();
  }

  /** Sorts the rows under the header by one column, as Data › Sort range does. */
  sortRows(title: string, header: string, direction: 'asc' | 'desc' = 'asc'): void {
    const tab = this.tab(title);
    const col = this.column(tab, header);
    const [head = [], ...rows] = tab.cells;
    rows.sort((a, b) => (a[col] ?? '').localeCompare(b[col] ?? '') * (direction === 'asc' ? 1 : -1));
    tab.cells = [head, ...rows];
    this.sheet.touch();
  }

  editCell(title: string, keyHeader: string, key: string, header: string, value: string): void {
    const tab = this.tab(title);
    this.sheet.setCell(tab, this.rowOf(tab, keyHeader, key), this.column(tab, header), value);
    this.sheet.touch();
  }

  renameHeader(title: string, from: string, to: string): void {
    const tab = this.tab(title);
    this.sheet.setCell(tab, 0, this.column(tab, from), to);
    this.sheet.touch();
  }

  /** Cuts a whole column and inserts it before column `to` (0-based, counted after the cut). */
  moveColumn(title: string, header: string, to: number): void {
    const tab = this.tab(title);
    const from = this.column(tab, header);
    const width = Math.max(...tab.cells.map((r) => r.length), from + 1);
    tab.cells = tab.cells.map((cells) => {
      const full = Array.from({ length: width }, (_, i) => cells[i] ?? '');
      const [moved = ''] = full.splice(from, 1);
      full.splice(to, 0, moved);
      return full;
    });
    this.sheet.touch();
  }

  /** Adds the coordinator's own column at the end of the header row. */
  addColumn(title: string, header: string): void {
    const tab = this.tab(title);
    const headers = tab.cells[0] ?? [];
    this.sheet.setCell(tab, 0, headers.length, header);
    this.sheet.touch();
  }

  deleteRow(title: string, keyHeader: string, key: string): void {
    const tab = this.tab(title);
    tab.cells.splice(this.rowOf(tab, keyHeader, key), 1);
    tab.properties.gridProperties.rowCount -= 1;
    this.sheet.touch();
  }

  /** The tab's cells as strings (header first), for assertions. */
  rows(title: string): string[][] {
    return this.tab(title).cells.map((r) => [...r]);
  }

  /** The cell under `header` in the row whose `keyHeader` is `key`. */
  cell(title: string, keyHeader: string, key: string, header: string): string {
    const tab = this.tab(title);
    return tab.cells[this.rowOf(tab, keyHeader, key)]?.[this.column(tab, header)] ?? '';
  }
}
