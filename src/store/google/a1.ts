/** A1 notation for the Sheets API: tab names are always quoted, so spaces and diacritics are safe. */
export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Every cell the bot may care about: 702 columns is more than any coordinator adds. */
export const wholeTab = (tab: string): string => `${quoteTab(tab)}!A1:ZZ`;
export const headerRow = (tab: string): string => `${quoteTab(tab)}!1:1`;
/** The first rows, where the header row stands (under a title or two at most). */
export const topRows = (tab: string): string => `${quoteTab(tab)}!A1:ZZ10`;
export const wholeColumn = (tab: string, column: number): string =>
  `${quoteTab(tab)}!${columnLetter(column)}:${columnLetter(column)}`;
/** `row` is 0-based over the whole tab (0 = header row). */
export const cell = (tab: string, column: number, row: number): string =>
  `${quoteTab(tab)}!${columnLetter(column)}${row + 1}`;
