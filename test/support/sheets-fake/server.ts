import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Coordinator } from './coordinator.js';
import { ApiError, FakeSpreadsheet } from './model.js';
import { applyRequests } from './requests.js';

/**
 * A fake of the Sheets API v4 and Drive files.get over real HTTP on 127.0.0.1, so the real
 * googleapis client (URL encoding, query strings, errors, our retry) is what is tested.
 */
export type FakeApi =
  | 'spreadsheets.get'
  | 'spreadsheets.batchUpdate'
  | 'values.get'
  | 'values.batchGet'
  | 'values.update'
  | 'values.batchUpdate'
  | 'values.append'
  | 'values.clear'
  | 'drive.files.get';

export interface FakeCall {
  api: FakeApi;
  method: string;
  status: number;
}

const WRITES: ReadonlySet<FakeApi> = new Set([
  'spreadsheets.batchUpdate',
  'values.update',
  'values.batchUpdate',
  'values.append',
  'values.clear',
]);
export const isWrite = (call: FakeCall) => WRITES.has(call.api);
export const isSheets = (call: FakeCall) => call.api !== 'drive.files.get';

interface Fault {
  count: number;
  status: number;
  /** Carry the call out, then answer the error: the answer is lost, the write is not. */
  applied: boolean;
  api?: FakeApi;
}

export class SheetsFake {
  readonly sheet: FakeSpreadsheet;
  readonly coordinator: Coordinator;
  readonly calls: FakeCall[] = [];
  /** Every call answers 503 while true (the API is down). */
  down = false;
  /** Every call answers 403 while true (the sheet is not shared with the bot). */
  denyAccess = false;
  /** Writes answer 403 while true (the sheet is shared with the bot as a viewer only). */
  readOnly = false;
  latencyMs = 0;
  /**
   * Google's per-minute quota, when set: calls beyond it in a window answer 429. Benchmarks
   * shrink the window along with their clock.
   */
  quota: { reads: number; writes: number; windowMs: number } | null = null;
  private served: Array<{ at: number; write: boolean }> = [];
  url = '';
  private faults: Fault[] = [];
  private drops: Array<{ count: number; api: FakeApi | undefined }> = [];
  private hooks: Array<{ api: FakeApi | undefined; action: () => void }> = [];
  private delays: number[] = [];
  private afterHooks: Array<{ api: FakeApi | undefined; action: () => void }> = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));

  constructor(
    readonly apiKey = 'fake-api-key',
    readonly spreadsheetId = 'fake-spreadsheet-0123456789abcdef',
  ) {
    this.sheet = new FakeSpreadsheet(spreadsheetId);
    this.coordinator = new Coordinator(this.sheet);
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls (of `api`, if given) answer `status`. */
  failNext(count: number, status = 500, options: { applied?: boolean; api?: FakeApi } = {}): void {
    this.faults.push({ count, status, applied: options.applied ?? false, api: options.api });
  }

  /** The next `count` calls (of `api`, if given) get no answer: the connection is cut (a network failure). */
  dropNext(count: number, options: { api?: FakeApi } = {}): void {
    this.drops.push({ count, api: options.api });
  }

  /** Runs `action` (a coordinator's edit) just before the next call of `api` is handled. */
  beforeNext(api: FakeApi | undefined, action: () => void): void {
    this.hooks.push({ api, action });
  }

  /** Runs `action` right after the next call of `api` was answered (e.g. the API goes down). */
  afterNext(api: FakeApi | undefined, action: () => void): void {
    this.afterHooks.push({ api, action });
  }

  /** The next `count` calls wait `ms` before being handled (a slow API, or a time-out). */
  delayNext(count: number, ms: number): void {
    this.delays.push(...Array.from({ length: count }, () => ms));
  }

  /** Injected failures not yet served. */
  faultsLeft(): number {
    return this.faults.reduce((n, f) => n + f.count, 0);
  }

  count(filter: (call: FakeCall) => boolean = () => true): number {
    return this.calls.filter(filter).length;
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    const route = this.route(req.method ?? 'GET', url.pathname);
    const call: FakeCall = { api: route?.api ?? 'values.get', method: req.method ?? 'GET', status: 200 };
    const answer = (status: number, payload: unknown) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(payload));
      const after = this.afterHooks.findIndex((h) => h.api === undefined || h.api === call.api);
      if (after >= 0 && route) this.afterHooks.splice(after, 1)[0]?.action();
    };
    const fail = (error: ApiError) =>
      answer(error.code, {
        error: {
          code: error.code,
          message: error.message,
          status: error.status,
          errors: [{ message: error.message, domain: 'global', reason: error.status.toLowerCase() }],
        },
      });
    if (!route) return fail(new ApiError(404, `Not found: ${url.pathname}`, 'NOT_FOUND'));
    this.calls.push(call);
    const hook = this.hooks.findIndex((h) => h.api === undefined || h.api === route.api);
    if (hook >= 0) this.hooks.splice(hook, 1)[0]?.action();
    const delay = this.latencyMs + (this.delays.shift() ?? 0);
    if (delay > 0) await sleep(delay);

    const drop = this.drops.find((d) => d.count > 0 && (d.api === undefined || d.api === route.api));
    if (drop) {
      drop.count--;
      call.status = 0;
      req.socket.destroy();
      return;
    }
    const key = url.searchParams.get('key');
    if (!key) return fail(new ApiError(403, 'The request is missing a valid API key.', 'PERMISSION_DENIED'));
    if (key !== this.apiKey)
      return fail(new ApiError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT'));
    if (this.down) return fail(new ApiError(503, 'The service is currently unavailable.', 'UNAVAILABLE'));
    if (this.denyAccess) return fail(new ApiError(403, 'The caller does not have permission', 'PERMISSION_DENIED'));
    if (this.readOnly && WRITES.has(route.api))
      return fail(new ApiError(403, 'The caller does not have permission', 'PERMISSION_DENIED'));
    if (route.id !== this.spreadsheetId) return fail(new ApiError(404, 'Requested entity was not found.', 'NOT_FOUND'));
    if (this.quota && route.api !== 'drive.files.get') {
      const now = Date.now();
      const write = WRITES.has(route.api);
      this.served = this.served.filter((c) => now - c.at < (this.quota?.windowMs ?? 0));
      const used = this.served.filter((c) => c.write === write).length;
      if (used >= (write ? this.quota.writes : this.quota.reads)) {
        return fail(
          new ApiError(
            429,
            `Quota exceeded for quota metric '${write ? 'Write' : 'Read'} requests' and limit '${write ? 'Write' : 'Read'} requests per minute per user'.`,
            'RESOURCE_EXHAUSTED',
          ),
        );
      }
      this.served.push({ at: now, write });
    }
    const fault = this.faults.find((f) => f.count > 0 && (f.api === undefined || f.api === route.api));
    if (fault) fault.count--;
    this.faults = this.faults.filter((f) => f.count > 0);
    const faultError =
      fault &&
      new ApiError(
        fault.status,
        fault.status === 429 ? "Quota exceeded for quota metric 'Write requests'." : 'Internal error encountered.',
        fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL',
      );
    if (faultError && !fault.applied) return fail(faultError);
    try {
      const payload = this.serve(route.api, route.range, url.searchParams, body);
      if (faultError) return fail(faultError);
      answer(200, payload);
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      fail(new ApiError(500, error instanceof Error ? error.message : String(error), 'INTERNAL'));
    }
  }

  private route(method: string, path: string): { api: FakeApi; id: string; range?: string } | null {
    const d = decodeURIComponent;
    let m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && method === 'GET') return { api: 'drive.files.get', id: d(m[1] ?? '') };
    m = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(path);
    if (!m) return null;
    const id = d(m[1] ?? '');
    const rest = m[2] ?? '';
    if (rest === '' && method === 'GET') return { api: 'spreadsheets.get', id };
    if (rest === ':batchUpdate' && method === 'POST') return { api: 'spreadsheets.batchUpdate', id };
    if (rest === '/values:batchGet' && method === 'GET') return { api: 'values.batchGet', id };
    if (rest === '/values:batchUpdate' && method === 'POST') return { api: 'values.batchUpdate', id };
    const v = /^\/values\/([^:]+)(:append|:clear)?$/.exec(rest);
    if (!v) return null;
    const range = d(v[1] ?? '');
    if (v[2] === ':clear' && method === 'POST') return { api: 'values.clear', id, range };
    if (v[2] && method === 'POST') return { api: 'values.append', id, range };
    if (!v[2] && method === 'GET') return { api: 'values.get', id, range };
    if (!v[2] && method === 'PUT') return { api: 'values.update', id, range };
    return null;
  }

  private serve(api: FakeApi, range: string | undefined, query: URLSearchParams, body: unknown): unknown {
    const sheet = this.sheet;
    const major = query.get('majorDimension') === 'COLUMNS' ? 'COLUMNS' : 'ROWS';
    const render = query.get('valueRenderOption') ?? 'FORMATTED_VALUE';
    const input = (value: unknown) => {
      if (value !== 'RAW' && value !== 'USER_ENTERED')
        throw new ApiError(400, "Invalid valueInputOption: must be 'RAW' or 'USER_ENTERED'", 'INVALID_ARGUMENT');
      return value;
    };
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    switch (api) {
      case 'drive.files.get':
        return { version: String(sheet.version), modifiedTime: sheet.modifiedTime };
      case 'spreadsheets.get': {
        const fields = query.get('fields') ?? '';
        const all = fields === '';
        return {
          spreadsheetId: sheet.id,
          sheets: sheet.tabs.map((t) => ({
            properties: t.properties,
            ...(all || fields.includes('conditionalFormats') ? { conditionalFormats: t.conditionalFormats } : {}),
            ...(all || fields.includes('protectedRanges') ? { protectedRanges: t.protectedRanges } : {}),
          })),
        };
      }
      case 'spreadsheets.batchUpdate':
        return applyRequests(sheet, body);
      case 'values.get':
        return sheet.read(range ?? '', major, render);
      case 'values.batchGet': {
        const ranges = query.getAll('ranges');
        const valueRanges = ranges.map((r) => sheet.read(r, major, render));
        return { spreadsheetId: sheet.id, valueRanges };
      }
      case 'values.update': {
        const mode = input(query.get('valueInputOption'));
        const result = sheet.write(range ?? '', asRows(record.values), mode);
        sheet.touch();
        return { spreadsheetId: sheet.id, ...result };
      }
      case 'values.batchUpdate': {
        const mode = input(record.valueInputOption);
        const data = Array.isArray(record.data) ? (record.data as Array<{ range?: unknown; values?: unknown }>) : [];
        for (const item of data) sheet.bounds(String(item.range)); // all ranges valid before any write
        const results = data.map((item) => sheet.write(String(item.range), asRows(item.values), mode));
        sheet.touch();
        return {
          spreadsheetId: sheet.id,
          totalUpdatedCells: results.reduce((n, r) => n + r.updatedCells, 0),
          responses: results,
        };
      }
      case 'values.clear': {
        const clearedRange = sheet.clear(range ?? '');
        sheet.touch();
        return { spreadsheetId: sheet.id, clearedRange };
      }
      case 'values.append': {
        const mode = input(query.get('valueInputOption'));
        if (query.get('insertDataOption') !== 'INSERT_ROWS')
          throw new ApiError(400, 'fake: only INSERT_ROWS is implemented', 'INVALID_ARGUMENT');
        const result = sheet.append(range ?? '', asRows(record.values), mode);
        sheet.touch();
        return { spreadsheetId: sheet.id, ...result };
      }
    }
  }
}

function asRows(values: unknown): unknown[][] {
  return Array.isArray(values) ? values.map((row) => (Array.isArray(row) ? (row as unknown[]) : [])) : [];
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function startSheetsFake(apiKey?: string): Promise<SheetsFake> {
  return new SheetsFake(apiKey).listen();
}
