import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '#src/domain/clock.js';
import { COORDINATOR, FOCAL } from '../support/telegram/harness.js';
import { PDF, PNG, startFileChat, type FileChat } from '../support/telegram/file-chat.js';

/**
 * Evidence on Telegram without Google: the file lands under DATA_DIR/files/minh-chung/<mã>/,
 * and the local sheet keeps the Minh chứng cell with its link, as Google Sheets keeps a cell's
 * link beside its text (the sheet's SQLite file is opened to look).
 */
describe('evidence sent on Telegram, kept on disk without Google', () => {
  let chat: FileChat;
  const clock = manualClock('2024-06-15T09:00:00');

  beforeAll(async () => {
    chat = await startFileChat({}, clock);
  });

  afterAll(async () => {
    await chat?.close();
  });

  const evidenceCell = () => chat.app.store.snapshot().byId.get('TN60-12')?.evidence ?? '';
  /** The links the local sheet keeps for the task's Minh chứng cell. */
  const linksInSheet = () => {
    const db = new Database(join(chat.dataDir, 'dondoc.sqlite'), { readonly: true });
    try {
      const tab = db.prepare<[], { headers: string }>("SELECT headers FROM tabs WHERE name = 'Nhiệm vụ'").get();
      const headers = JSON.parse(tab?.headers ?? '[]') as string[];
      const rows = db
        .prepare<[], { seq: number; cells: string }>("SELECT seq, cells FROM rows WHERE tab = 'Nhiệm vụ'")
        .all();
      const row = rows.find((r) => (JSON.parse(r.cells) as string[])[headers.indexOf('Mã')] === 'TN60-12');
      const found = db
        .prepare<[number, number], { links: string }>(
          "SELECT links FROM links WHERE tab = 'Nhiệm vụ' AND seq = ? AND col = ?",
        )
        .get(row?.seq ?? -1, headers.indexOf('Minh chứng'));
      return JSON.parse(found?.links ?? '[]') as Array<{ start: number; end: number; url: string }>;
    } finally {
      db.close();
    }
  };

  it('keeps the file on disk and its link in the local sheet', async () => {
    const answer = await chat.sendFile(
      FOCAL,
      'Quyết định 45.pdf',
      PDF,
      'TN60-12 đang làm 70% theo Quyết định 45/QĐ-UBND',
    );
    const path = join(chat.dataDir, 'files', 'minh-chung', 'TN60-12', 'Quyết định 45.pdf');
    const url = pathToFileURL(path).href;
    expect(answer).toContain(`Tệp «Quyết định 45.pdf» đã lưu trên máy chủ: ${url}`);
    expect(readFileSync(path)).toEqual(Buffer.from(PDF));

    const cell = evidenceCell();
    expect(cell).toBe(
      [`Tệp: Quyết định 45.pdf (15/06/2024 09:00, Lan (Sở Tư pháp)) ${url}`, 'Văn bản: Quyết định 45/QĐ-UBND'].join(
        '\n',
      ),
    );
    const [link] = linksInSheet();
    expect(linksInSheet()).toHaveLength(1);
    expect(cell.slice(link?.start, link?.end)).toBe('Quyết định 45.pdf');
    expect(link?.url).toBe(url);
    expect(chat.app.store.snapshot().byId.get('TN60-12')?.progress).toBe(70);
  });

  it('takes a file without caption sent right after «Cập nhật», and names a second one apart', async () => {
    // The «Cập nhật TN60-12» button sends this; the bot asks for the status.
    const asked = await chat.say(FOCAL, '/capnhat TN60-12');
    expect(asked).toContain('Nhiệm vụ này đang ở trạng thái nào?');
    const answer = await chat.sendFile(FOCAL, 'Quyết định 45.pdf', PDF);
    expect(answer).toContain('Đã lưu minh chứng cho TN60-12');
    expect(answer).toContain('Quyết định 45 (2).pdf');
    expect(evidenceCell().split('\n')).toHaveLength(3);
    expect(linksInSheet().map((l) => evidenceCell().slice(l.start, l.end))).toEqual([
      'Quyết định 45.pdf',
      'Quyết định 45 (2).pdf',
    ]);
  });

  it('asks which task when nothing names one, and leaves a coordinator’s plan file to the importer', async () => {
    await chat.say(FOCAL, 'nhiệm vụ của Sở Tư pháp');
    const photo = await chat.sendPhoto(FOCAL, PNG);
    expect(photo).toContain('Bạn gửi minh chứng cho nhiệm vụ nào?');
    const plan = await chat.sendFile(COORDINATOR, 'ghi-chu.txt', new TextEncoder().encode('Biên bản họp giao ban.\n'));
    expect(plan).toMatch(/^Không tìm thấy nhiệm vụ nào trong tệp «ghi-chu\.txt»/);
    expect(evidenceCell().split('\n')).toHaveLength(3);
    // The help says how, where files can be sent.
    expect(await chat.say(FOCAL, '/trogiup')).toContain('Gửi minh chứng: gửi tệp (PDF, Word, Excel) hoặc ảnh cho bot');
  });
});
