import { afterEach, describe, expect, it, vi } from 'vitest';
import pino from 'pino';
import type { ListeningServer } from '#src/channels/http-listen.js';
import { createApp, type App } from '#src/app.js';
import { createConfig } from '#src/config.js';
import { startOpsServer } from '#src/ops/http-server.js';
import { initSheet, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { COORDINATOR, GUEST, LAN, zaloHarness, type ZaloHarness } from '../support/zalo-emulator/harness.js';

const tempDir = useTempDirs();
const sheetsFake = useSheetsFake();
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function serve(app: App): Promise<(path: string) => Promise<{ status: number; text: string }>> {
  const server: ListeningServer = await startOpsServer(
    { metrics: app.ops.metrics, health: () => app.ops.health() },
    0,
    '127.0.0.1',
  );
  cleanup.push(() => server.close());
  return async (path) => {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
    return { status: response.status, text: await response.text() };
  };
}

/** The value of one sample of the Prometheus text, e.g. `dondoc_outbox_depth` or `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts the updates a channel handled by intent, with their reply times', async () => {
    const h: ZaloHarness = await zaloHarness(tempDir());
    cleanup.push(() => h.close());
    await h.channel.start();
    const get = await serve(h.app);

    await h.say('nhiệm vụ của Sở Tư pháp', GUEST);
    await h.say('STP có việc gì quá hạn không', LAN);
    await h.say('nhiệm vụ của Sở Y tế', COORDINATOR);
    await h.say('bot làm được gì', GUEST);
    await h.say('/kiemtra', COORDINATOR);

    const { status, text } = await get('/metrics');
    expect(status).toBe(200);
    expect(sample(text, 'dondoc_updates_handled_total{channel="zalo",intent="tasks_of_agency"}')).toBe(2);
    expect(sample(text, 'dondoc_updates_handled_total{channel="zalo",intent="overdue"}')).toBe(1);
    expect(sample(text, 'dondoc_updates_handled_total{channel="zalo",intent="help"}')).toBe(1);
    // A coordinator command without an intent is counted by its name.
    expect(sample(text, 'dondoc_updates_handled_total{channel="zalo",intent="kiemtra"}')).toBe(1);
    expect(sample(text, 'dondoc_reply_duration_seconds_count{channel="zalo"}')).toBe(5);
    expect(sample(text, 'dondoc_reply_duration_seconds_bucket{le="+Inf",channel="zalo"}')).toBe(5);
    // The local sheet is current by nature; no Google call was made.
    expect(sample(text, 'dondoc_sheet_last_refresh_timestamp_seconds')).toBeGreaterThan(0);
    expect(sample(text, 'dondoc_sheets_calls_total')).toBe(0);
    expect(sample(text, 'dondoc_outbox_depth')).toBe(0);
    expect(text).toContain('# TYPE dondoc_reply_duration_seconds histogram');
    expect(text).toContain('dondoc_process_resident_memory_bytes');
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/')).status).toBe(404);
  });
});

describe('/healthz and the Google Sheet', () => {
  it('turns 503 with the reason during a Sheets outage, counts the calls and 429s, the outbox, and turns 200 again', async () => {
    const fake = await sheetsFake();
    await initSheet(fake);
    fake.resetCalls();
    const dir = tempDir();
    const config = createConfig({
      DATA_DIR: dir,
      GOOGLE_SPREADSHEET_ID: fake.spreadsheetId,
      GOOGLE_API_ROOT: fake.url,
      GOOGLE_API_KEY: fake.apiKey,
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(config, pino({ level: 'silent' }));
    cleanup.push(() => app.close());
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-07', lead: ['Sở Tư pháp'] })],
      agencies: [],
    });
    const get = await serve(app);
    expect(await get('/healthz')).toEqual({ status: 200, text: 'ok\n' });

    // A 429 answer is retried by the client and counted.
    fake.failNext(1, 429, { api: 'drive.files.get' });
    await app.store.refresh();
    let metrics = (await get('/metrics')).text;
    expect(sample(metrics, 'dondoc_sheets_rate_limited_total')).toBe(1);
    expect(sample(metrics, 'dondoc_sheets_calls_total')).toBe(fake.count());
    expect(sample(metrics, 'dondoc_sheet_last_refresh_timestamp_seconds')).toBeGreaterThan(0);
    expect((await get('/healthz')).status).toBe(200);

    // Google goes down: the next check fails, /healthz says why.
    fake.down = true;
    const refreshing = app.store.refresh().catch(() => false);
    await vi.waitFor(async () => expect((await get('/healthz')).status).toBe(503), { timeout: 10_000, interval: 50 });
    const down = await get('/healthz');
    expect(down.text).toContain('Google Sheets đang gặp sự cố (lỗi máy chủ 503)');
    metrics = (await get('/metrics')).text;
    expect(sample(metrics, 'dondoc_sheets_failed_calls_total')).toBeGreaterThan(0);

    // Google is back: the retry goes through and /healthz is 200 again.
    fake.down = false;
    await refreshing;
    await vi.waitFor(async () => expect((await get('/healthz')).status).toBe(200), { timeout: 20_000, interval: 50 });
  });

  it('turns 503 while the tasks tab cannot be read (its Mã header renamed), and 200 once it is back', async () => {
    const fake = await sheetsFake();
    await initSheet(fake);
    const config = createConfig({
      DATA_DIR: tempDir(),
      GOOGLE_SPREADSHEET_ID: fake.spreadsheetId,
      GOOGLE_API_ROOT: fake.url,
      GOOGLE_API_KEY: fake.apiKey,
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(config, pino({ level: 'silent' }));
    cleanup.push(() => app.close());
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-07', lead: ['Sở Tư pháp'] })],
      agencies: [],
    });
    const get = await serve(app);

    fake.coordinator.renameHeader('Nhiệm vụ', 'Mã', 'Số hiệu');
    await app.store.refresh();
    const broken = await get('/healthz');
    expect(broken.status).toBe(503);
    expect(broken.text).toContain('không có cột «Mã»');

    fake.coordinator.renameHeader('Nhiệm vụ', 'Số hiệu', 'Mã');
    await app.store.refresh();
    expect(await get('/healthz')).toEqual({ status: 200, text: 'ok\n' });
  });

  it('reports the outbox depth and turns 503 when changes wait too long', async () => {
    const fake = await sheetsFake();
    await initSheet(fake);
    const dir = tempDir();
    const config = createConfig({
      DATA_DIR: dir,
      GOOGLE_SPREADSHEET_ID: fake.spreadsheetId,
      GOOGLE_API_ROOT: fake.url,
      GOOGLE_API_KEY: fake.apiKey,
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(config, pino({ level: 'silent' }), undefined, {
      observability: { outboxStallSeconds: 0 },
    });
    cleanup.push(() => app.close());
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-07', lead: ['Sở Tư pháp'] })],
      agencies: [],
    });
    const get = await serve(app);

    // Every write is refused for now (the bot was made a viewer): the change waits in the outbox.
    fake.readOnly = true;
    const answer = await app.conversation.handle({
      text: '/capnhat TN60-07 đang làm 40%',
      sender: { channel: 'console', id: 'console', name: 'Điều phối viên', role: { kind: 'coordinator' } },
      chat: { id: 'console', kind: 'private' },
    });
    // Acknowledged once durable in the outbox, whatever the sheet does next.
    expect(JSON.stringify(answer)).toContain('TN60-07');
    expect(JSON.stringify(answer)).toContain('40%');
    await vi.waitFor(async () => expect(sample((await get('/metrics')).text, 'dondoc_outbox_depth')).toBe(1), {
      timeout: 10_000,
      interval: 50,
    });
    expect(sample((await get('/metrics')).text, 'dondoc_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    const stalled = await get('/healthz');
    expect(stalled.status).toBe(503);
    expect(stalled.text).toContain('1 thay đổi chờ ghi vào bảng tính');

    fake.readOnly = false;
    await app.store.flush();
    expect(sample((await get('/metrics')).text, 'dondoc_outbox_depth')).toBe(0);
    expect((await get('/healthz')).status).toBe(200);
  });
});
