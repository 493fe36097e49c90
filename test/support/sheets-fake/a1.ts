/** A1 ranges as the fake understands them: 0-based, end exclusive, undefined = open-ended. */
export interface GridRef {
  title: string;
  startRow?: number;
  endRow?: number;
  startCol?: number;
  endCol?: number;
}

export function letterToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function indexToLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function quote(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** null when the text is not a range at all (the API's "Unable to parse range"). */
export function parseA1(text: string): GridRef | null {
  const quoted = /^'((?:[^']|'')+)'(?:!(.*))?$/.exec(text);
  const plain = quoted ? null : /^([^!']+)(?:!(.*))?$/.exec(text);
  const match = quoted ?? plain;
  if (!match) return null;
  const title = quoted ? (match[1] ?? '').replace(/''/g, "'") : (match[1] ?? '');
  const cells = match[2];
  if (cells === undefined || cells === '') return { title };
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/.exec(cells.toUpperCase());
  if (!m) return null;
  const [, c1 = '', r1 = '', c2, r2] = m;
  if (c1 === '' && r1 === '') return null;
  const ref: GridRef = { title };
  if (c1) ref.startCol = letterToIndex(c1);
  if (r1) ref.startRow = Number(r1) - 1;
  if (c2 === undefined && r2 === undefined) {
    // A single cell, a single column (A) or a single row (3).
    if (c1) ref.endCol = letterToIndex(c1) + 1;
    if (r1) ref.endRow = Number(r1);
    return ref;
  }
  if (c2) ref.endCol = letterToIndex(c2) + 1;
  if (r2) ref.endRow = Number(r2);
  return ref;
}

export function formatA1(title: string, startRow: number, endRow: number, startCol: number, endCol: number): string {
  const from = `${indexToLetter(startCol)}${startRow + 1}`;
  const to = `${indexToLetter(Math.max(startCol, endCol - 1))}${Math.max(startRow + 1, endRow)}`;
  return `${quote(title)}!${from === to ? from : `${from}:${to}`}`;
}
