import type { GoogleClients } from './client.js';
import type { SpreadsheetSheets } from './responses.js';
import type { RetryOptions } from './retry.js';

/**
 * What sheet-init and replace-rows need from the Google backend: its own module, so that they
 * and google-sheet.ts do not import each other.
 */
export interface SheetContext {
  clients: GoogleClients;
  retry: RetryOptions;
  call<T>(fn: () => Promise<T>): Promise<T>;
  spreadsheet(fields: string): Promise<SpreadsheetSheets>;
  readRanges(ranges: readonly string[]): Promise<string[][][]>;
  forgetSheets(): void;
}
