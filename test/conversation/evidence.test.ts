import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '#src/app.js';
import { renderPlain } from '#src/chat/plain-text.js';
import type { IncomingMessage } from '#src/chat/message.js';
import { createConfig } from '#src/config.js';
import { manualClock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { initSheet } from '../support/sheets-fake/harness.js';
import { startSheetsFake } from '../support/sheets-fake/server.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * The evidence intake as every channel uses it (`app.evidence`): which files are evidence
 * (rules «evidence-needs-a-task» and «evidence-follows-update»), and a sheet without the
 * column. Channels are tested in test/channels/*-evidence.test.ts.
 */
const tempDir = useTempDirs();
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const LAN = { channel: 'telegram', id: '2002', name: 'Lan', role: { kind: 'focal', agency: 'Sở Tư pháp' } } as const;
const said = (text: string): IncomingMessage => ({ text, sender: LAN, chat: { id: '2002', kind: 'private' } });

async function appOver(env: Record<string, string> = {}) {
  const clock = manualClock('2024-06-15T09:00:00');
  const config = createConfig({ DATA_DIR: tempDir(), ...env });
  const app = await createApp(config, createLogger('silent', { pretty: false }), clock);
  apps.push(app);
  await app.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [makeTask({ id: 'TN60-12', lead: ['Sở Tư pháp'] })],
    agencies: [],
  });
  let downloads = 0;
  const send = (caption: string) =>
    app.evidence.receive(said(caption), {
      name: 'bien-ban.pdf',
      size: PDF.byteLength,
      fetch: async () => {
        downloads += 1;
        return PDF;
      },
    });
  return { app, clock, send, downloads: () => downloads };
}

describe('which files are evidence', () => {
  it('takes a file after «Cập nhật» for 30 minutes, while it is the sender’s last message', async () => {
    const { app, clock, send, downloads } = await appOver();
    expect(await send('')).toBeNull();

    await app.conversation.handle(said('/capnhat TN60-12'));
    clock.advance(29 * 60 * 1000);
    const kept = await send('');
    expect(kept && renderPlain(kept)).toContain('ĐÃ LƯU MINH CHỨNG CHO TN60-12');

    // Too late, or another message in between: no task, the channel goes on as before.
    await app.conversation.handle(said('/capnhat TN60-12'));
    clock.advance(31 * 60 * 1000);
    expect(await send('')).toBeNull();
    await app.conversation.handle(said('/capnhat TN60-12'));
    await app.conversation.handle(said('nhiệm vụ của Sở Tư pháp'));
    expect(await send('')).toBeNull();
    expect(downloads()).toBe(1);
  });

  it('says «sheet init» when the sheet has no Minh chứng column, and downloads nothing', async () => {
    const fake = await startSheetsFake();
    try {
      await initSheet(fake);
      fake.coordinator.renameHeader('Nhiệm vụ', 'Minh chứng', 'Hồ sơ');
      const { send, downloads } = await appOver({
        GOOGLE_SPREADSHEET_ID: fake.spreadsheetId,
        GOOGLE_API_ROOT: fake.url,
        GOOGLE_API_KEY: fake.apiKey,
      });
      const answer = await send('TN60-12 xong');
      expect(answer && renderPlain(answer)).toBe(
        'Bảng tính chưa có cột «Minh chứng»: điều phối viên chạy «npx dondoc sheet init» rồi bạn gửi lại tệp nhé.',
      );
      expect(downloads()).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
