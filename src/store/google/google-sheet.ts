import type { EnsureTabsReport, RowUpdate, RowUpdateResult, SheetBackend, TabValues } from '../port.js';
import type { SheetTemplate } from '../template.js';
import { cell, headerRow, quoteTab, topRows, wholeColumn, wholeTab } from './a1.js';
import { createGoogleClients, type GoogleClients, type GoogleConnection } from './client.js';
import { BatchGetResponse, DriveFile, SpreadsheetSheets, type SheetProperties } from './responses.js';
import { SheetCallError } from '../sheet-error.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryable,
  mayHaveApplied,
  sanitizeGoogleError,
  sleep,
  statusOf,
  withRetry,
  type RetryOptions,
} from './retry.js';
import { recreateTab } from './recreate-tab.js';
import { writeLinkedCells } from './linked-cells.js';
import { replaceGoogleRows } from './replace-rows.js';
import type { SheetContext } from './sheet-context.js';
import { ensureGoogleTabs, type GoogleEnsureReport } from './sheet-init.js';
import {
  columnIndex,
  containsBlock,
  headersOf,
  pickHeaderRow,
  planWrites,
  type CellWrite,
  type FreshTab,
  type PlannedChange,
} from './write-plan.js';

/**
 * The Google Sheet behind the SheetBackend port.
 *
 * Finding rows at write time: every write round starts with ONE values.batchGet of the
 * header rows and of the whole columns it needs (key, written and expected cells), so the
 * row is located by its key as the sheet stands now; a coordinator's sorting or inserted
 * rows since the last snapshot do not matter. Column positions come from the last header
 * read and are checked against the fresh header row in the same call (a moved column costs
 * one more round). Then one values.batchUpdate (RAW) writes all cells of the round. The
 * remaining race is the round-trip between that read and that write.
 */
export interface GoogleSheetOptions extends GoogleConnection {
  retry?: Partial<RetryOptions>;
  /** Ready-made clients (tests); otherwise built from the connection. */
  clients?: GoogleClients;
}

export interface GoogleSheet extends SheetBackend {
  readonly kind: 'google';
  readonly clients: GoogleClients;
  ensureTabs(template: SheetTemplate): Promise<GoogleEnsureReport>;
  /** Updates with their log rows: one read, one batchUpdate, one append per log tab. */
  applyLogged(changes: readonly PlannedChange[]): Promise<RowUpdateResult[]>;
}

export function openGoogleSheet(options: GoogleSheetOptions): GoogleSheet {
  const clients = options.clients ?? createGoogleClients(options);
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const spreadsheetId = clients.spreadsheetId;
  const call = <T>(fn: () => Promise<T>) => withRetry(fn, retry);
  let lastVersion: string | null = null;
  let sheetList: { version: string | null; titles: Set<string> } | null = null;
  const headerCache = new Map<string, string[]>();

  const spreadsheet = async (fields: string) =>
    SpreadsheetSheets.parse((await call(() => clients.sheets.spreadsheets.get({ spreadsheetId, fields }))).data);

  /** Tab titles, cached; re-read after a change when a wanted tab seemed missing. */
  const titles = async (wanted: readonly string[], force = false): Promise<Set<string>> => {
    const stale =
      !sheetList || (sheetList.version !== lastVersion && wanted.some((name) => !sheetList?.titles.has(name)));
    if (force || stale) {
      const sheets = (await spreadsheet('sheets.properties')).sheets.map((s): SheetProperties => s.properties);
      sheetList = { version: lastVersion, titles: new Set(sheets.map((s) => s.title)) };
    }
    return sheetList?.titles ?? new Set();
  };

  const readRanges = async (ranges: readonly string[]): Promise<string[][][]> => {
    if (ranges.length === 0) return [];
    const response = await call(() =>
      clients.sheets.spreadsheets.values.batchGet({
        spreadsheetId,
        ranges: [...ranges],
        valueRenderOption: 'FORMATTED_VALUE',
        majorDimension: 'ROWS',
      }),
    );
    const parsed = BatchGetResponse.parse(response.data).valueRanges;
    return ranges.map((_, i) => parsed[i]?.values ?? []);
  };

  /** Reads ranges of tabs that exist; a tab deleted since the list was read refreshes the list once. */
  const readExisting = async (tabs: readonly string[], rangesOf: (tab: string) => string[]) => {
    for (let attempt = 0; ; attempt++) {
      const present = [...(await titles(tabs, attempt > 0))];
      const wanted = tabs.filter((tab) => present.includes(tab));
      const ranges = wanted.flatMap((tab) => rangesOf(tab).map((range) => ({ tab, range })));
      try {
        const values = await readRanges(ranges.map((r) => r.range));
        return { wanted, ranges: ranges.map((r, i) => ({ ...r, values: values[i] ?? [] })) };
      } catch (error) {
        if (attempt > 0 || statusOf(error) !== 400) throw error;
      }
    }
  };

  const readTabs = async (names: readonly string[]): Promise<TabValues[]> => {
    const { ranges } = await readExisting(names, (tab) => [wholeTab(tab)]);
    return names.map((name) => {
      const values = ranges.find((r) => r.tab === name)?.values ?? [];
      const headers = values[0] ?? [];
      if (values.length > 0) headerCache.set(name, headers);
      return { name, headers, rows: values.slice(1) };
    });
  };

  /** The fresh state a write round decides from; re-reads when a needed column moved. */
  const readFresh = async (changes: readonly PlannedChange[]): Promise<Map<string, FreshTab>> => {
    const updateTabs = [...new Set(changes.map((c) => c.update.tab))];
    const logTabs = [...new Set(changes.flatMap((c) => (c.log ? [c.log.tab] : [])))];
    const lookForLogs = new Set(changes.flatMap((c) => (c.maybeApplied && c.log ? [c.log.tab] : [])));
    const needed = (tab: string) => [
      ...new Set([
        ...changes.filter((c) => c.update.tab === tab).flatMap((c) => headersOf(c.update)),
        ...changes.flatMap((c) => (c.log?.tab === tab ? c.log.rows.flatMap((row) => Object.keys(row)) : [])),
      ]),
    ];
    for (let round = 0; ; round++) {
      const columnsOf = new Map<string, number[]>();
      const { ranges } = await readExisting([...new Set([...updateTabs, ...logTabs])], (tab) => {
        if (lookForLogs.has(tab)) return [wholeTab(tab)];
        const cached = headerCache.get(tab) ?? [];
        const columns = needed(tab)
          .map((h) => columnIndex(cached, h))
          .filter((i) => i >= 0);
        columnsOf.set(tab, [...new Set(columns)]);
        // The top rows, not just the first: a coordinator may have put a title above the header.
        return [topRows(tab), ...(columnsOf.get(tab) ?? []).map((i) => wholeColumn(tab, i))];
      });
      const fresh = new Map<string, FreshTab>();
      let moved = false;
      for (const tab of new Set(ranges.map((r) => r.tab))) {
        const mine = ranges.filter((r) => r.tab === tab);
        if (lookForLogs.has(tab)) {
          const values = mine[0]?.values ?? [];
          const headerAt = pickHeaderRow(values, needed(tab));
          const headers = values[headerAt] ?? [];
          const columns = new Map(headers.map((_, i) => [i, values.map((row) => row[i] ?? '')] as const));
          fresh.set(tab, { headers, columns, rows: values.slice(headerAt + 1), headerRow: headerAt });
          headerCache.set(tab, headers);
          continue;
        }
        const top = mine[0]?.values ?? [];
        const headerAt = pickHeaderRow(top, needed(tab));
        const headers = top[headerAt] ?? [];
        const columns = new Map<number, string[]>();
        (columnsOf.get(tab) ?? []).forEach((index, i) =>
          columns.set(
            index,
            (mine[i + 1]?.values ?? []).map((row) => row[0] ?? ''),
          ),
        );
        headerCache.set(tab, headers);
        if (updateTabs.includes(tab)) {
          const wanted = needed(tab)
            .map((h) => columnIndex(headers, h))
            .filter((i) => i >= 0);
          if (wanted.some((i) => !columns.has(i))) moved = true;
        }
        fresh.set(tab, { headers, columns, headerRow: headerAt });
      }
      if (!moved || round >= 2) return fresh;
    }
  };

  const writeCells = async (writes: readonly CellWrite[]) => {
    if (writes.length === 0) return;
    // A cell with links (Minh chứng) goes with the round's other cells in one updateCells call.
    if (writes.some((w) => w.links !== undefined)) return writeLinkedCells(context, writes);
    await clients.sheets.spreadsheets.values.batchUpdate({
      spreadsheetId,
      requestBody: {
        valueInputOption: 'RAW',
        data: writes.map((w) => ({ range: cell(w.tab, w.column, w.row), values: [[w.value]] })),
      },
    });
  };

  /**
   * values.append is not idempotent. After a failure that may have landed (5xx, no answer),
   * the tab is read and the rows are appended again only when they are not already there
   * as a block; a 429 was refused outright and is simply retried.
   */
  const appendOnce = async (tab: string, records: ReadonlyArray<Record<string, string>>, knownHeaders?: string[]) => {
    if (records.length === 0) return;
    let headers = knownHeaders;
    if (!headers) {
      const { ranges } = await readExisting([tab], (t) => [headerRow(t)]);
      if (ranges.length === 0) throw missingTab(tab);
      headers = ranges[0]?.values[0] ?? [];
      headerCache.set(tab, headers);
    }
    const fixed = headers;
    const values = records.map((record) => {
      const cells = fixed.map(() => '');
      for (const [header, value] of Object.entries(record)) {
        const index = columnIndex(fixed, header);
        if (index >= 0) cells[index] = value;
      }
      return cells;
    });
    for (let attempt = 0; ; attempt++) {
      try {
        await clients.sheets.spreadsheets.values.append({
          spreadsheetId,
          range: `${quoteTab(tab)}!A1`,
          valueInputOption: 'RAW',
          insertDataOption: 'INSERT_ROWS',
          requestBody: { values },
        });
        return;
      } catch (error) {
        if (attempt >= retry.retries || !isRetryable(error)) throw error;
        await sleep(backoffDelay(attempt, retry));
        if (mayHaveApplied(error)) {
          const [now] = await readTabs([tab]);
          if (now && containsBlock(now.headers, now.rows, records)) return;
        }
      }
    }
  };

  const applyLogged = async (input: readonly PlannedChange[]): Promise<RowUpdateResult[]> => {
    let changes = [...input];
    if (changes.length === 0) return [];
    for (let attempt = 0; ; attempt++) {
      // Reads retry on their own; a failed write restarts the round from a fresh read.
      const fresh = await readFresh(changes);
      await recreateLogTabs(changes, fresh);
      const plan = planWrites(changes, fresh);
      try {
        await writeCells(plan.writes);
      } catch (error) {
        if (attempt >= retry.retries || !isRetryable(error)) throw error;
        // The next round re-reads and finds the cells already written if this write landed.
        if (mayHaveApplied(error)) changes = changes.map((c) => ({ ...c, maybeApplied: true }));
        await sleep(backoffDelay(attempt, retry));
        continue;
      }
      for (const append of plan.appends) await appendOnce(append.tab, append.rows, fresh.get(append.tab)?.headers);
      return plan.results;
    }
  };

  /**
   * A log tab deleted by hand is created again BEFORE any cell is written: otherwise the
   * cells land, the append fails, and every retry writes the cells once more.
   */
  const recreated: Array<{ tab: string; at: string }> = [];
  const recreateLogTabs = async (changes: readonly PlannedChange[], fresh: Map<string, FreshTab>) => {
    const missing = [...new Set(changes.flatMap((c) => (c.log && c.log.rows.length > 0 ? [c.log.tab] : [])))].filter(
      (tab) => !fresh.has(tab),
    );
    for (const tab of missing) {
      const headers = [
        ...new Set(changes.flatMap((c) => (c.log?.tab === tab ? c.log.rows.flatMap((row) => Object.keys(row)) : []))),
      ];
      await recreateTab(context, tab, headers);
      headerCache.set(tab, headers);
      recreated.push({ tab, at: new Date().toISOString() });
      fresh.set(tab, { headers, columns: new Map(), rows: [], headerRow: 0 });
    }
  };

  const context: SheetContext = {
    clients,
    retry,
    call,
    spreadsheet,
    readRanges,
    forgetSheets: () => {
      sheetList = null;
      headerCache.clear();
    },
  };

  // Every error leaves through here, sanitised: no URL query, key, token or header goes on.
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        throw sanitizeGoogleError(error);
      }
    };

  return {
    kind: 'google',
    clients,
    version: guarded(async () => {
      const response = await call(() =>
        clients.drive.files.get({ fileId: spreadsheetId, fields: 'version,modifiedTime', supportsAllDrives: true }),
      );
      lastVersion = DriveFile.parse(response.data).version;
      return lastVersion;
    }),
    readTabs: guarded(readTabs),
    updateRows: guarded((updates: readonly RowUpdate[]) => applyLogged(updates.map((update) => ({ update })))),
    applyLogged: guarded(applyLogged),
    appendRows: guarded((tab: string, rows: ReadonlyArray<Record<string, string>>) => appendOnce(tab, rows)),
    replaceRows: guarded(async (tab: string, rows: ReadonlyArray<Record<string, string>>) => {
      // A tab the bot owns whole (Tổng hợp) deleted by hand is simply created again.
      if (!(await titles([tab], true)).has(tab)) {
        const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
        await recreateTab(context, tab, headers);
        recreated.push({ tab, at: new Date().toISOString() });
      }
      return replaceGoogleRows(context, tab, rows);
    }),
    recreatedTabs: () => recreated,
    ensureTabs: guarded((template: SheetTemplate): Promise<GoogleEnsureReport & EnsureTabsReport> =>
      ensureGoogleTabs(context, template),
    ),
    close: async () => {},
  };
}

/** A bot-owned tab is gone: said in Vietnamese, with what fixes it. */
export function missingTab(tab: string): SheetCallError {
  return new SheetCallError(
    `tab "${tab}" does not exist`,
    `Bảng tính không còn trang «${tab}» (có thể đã bị xóa hoặc đổi tên): chạy «npx dondoc sheet init» để tạo lại.`,
    undefined,
    undefined,
    false,
  );
}
