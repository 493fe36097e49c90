import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/index.js';
import type { TextLink } from '#src/domain/evidence.js';
import type { SheetContext } from './sheet-context.js';
import type { CellWrite } from './write-plan.js';

/**
 * A write round holding a cell with links (the Minh chứng cell): every cell of the round goes
 * in ONE spreadsheets.batchUpdate of updateCells requests, so the round stays one write as with
 * values.batchUpdate. Values are `stringValue`s, never formulas (a name or a caption starting
 * with «=» stays text), and the links are the cell's own link format: text runs whose format
 * carries `link.uri`, one run per linked part. A failure propagates, as values.batchUpdate's:
 * the caller's round re-reads and retries.
 */
export function textRuns(value: string, links: readonly TextLink[]): sheets_v4.Schema$TextFormatRun[] {
  const runs: sheets_v4.Schema$TextFormatRun[] = [];
  const sorted = [...links]
    .filter((link) => link.start >= 0 && link.end > link.start && link.end <= value.length)
    .sort((a, b) => a.start - b.start);
  let covered = 0;
  for (const link of sorted) {
    if (link.start < covered) continue;
    runs.push({ startIndex: link.start, format: { link: { uri: link.url } } });
    // The run ends where plain text starts again.
    if (link.end < value.length) runs.push({ startIndex: link.end, format: {} });
    covered = link.end;
  }
  return runs;
}

export async function writeLinkedCells(ctx: SheetContext, writes: readonly CellWrite[]): Promise<void> {
  const { sheets } = await ctx.spreadsheet('sheets.properties');
  const sheetIds = new Map(sheets.map((s) => [s.properties.title, s.properties.sheetId]));
  const requests: sheets_v4.Schema$Request[] = writes.map((write) => {
    const sheetId = sheetIds.get(write.tab);
    if (sheetId === undefined) throw new Error(`tab "${write.tab}" does not exist`);
    const linked = write.links !== undefined;
    return {
      updateCells: {
        start: { sheetId, rowIndex: write.row, columnIndex: write.column },
        rows: [
          {
            values: [
              {
                userEnteredValue: { stringValue: write.value },
                ...(linked && write.value !== '' ? { textFormatRuns: textRuns(write.value, write.links ?? []) } : {}),
              },
            ],
          },
        ],
        // A linked cell's runs are replaced too (none left when it has no link any more).
        fields: linked ? 'userEnteredValue,textFormatRuns' : 'userEnteredValue',
      },
    };
  });
  await ctx.clients.sheets.spreadsheets.batchUpdate({
    spreadsheetId: ctx.clients.spreadsheetId,
    requestBody: { requests },
  });
}
