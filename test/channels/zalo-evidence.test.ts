import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp.js';
import { GUEST, LAN, zaloHarness, type ZaloHarness } from '../support/zalo-emulator/harness.js';
import { message } from '../support/zalo-emulator/updates.js';
import { startDriveFake } from '../support/drive-fake.js';
import { initSheet } from '../support/sheets-fake/harness.js';
import { startSheetsFake } from '../support/sheets-fake/server.js';

/**
 * Pictures on Zalo come as `message.image.received` events with the picture's address and a
 * caption; the bot downloads the picture from that address (here a small server on 127.0.0.1
 * standing for Zalo's content server) and keeps it as evidence like a Telegram file.
 */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);
const tempDir = useTempDirs();
const harnesses: ZaloHarness[] = [];
let pictures: Server;
let root = '';

beforeAll(async () => {
  pictures = createServer((req, res) => {
    if (req.url === '/p/huge.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(30 * 1024 * 1024) });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(PNG.byteLength) });
    res.end(Buffer.from(PNG));
  });
  await new Promise<void>((resolve) => pictures.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => pictures.close(() => resolve())));
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
});

async function running() {
  const h = await zaloHarness(tempDir());
  harnesses.push(h);
  await h.channel.start();
  return h;
}

/** Sends a picture and waits until the bot has handled it; the texts it sent back meanwhile. */
async function sendPicture(h: ZaloHarness, from: typeof LAN, path: string, caption?: string) {
  const before = h.emu.texts(from.id).length;
  await h.emu.push({
    event_name: 'message.image.received',
    message: message(from, undefined, { photo_url: `${root}${path}`, ...(caption ? { caption } : {}) }),
  });
  return h.emu.texts(from.id).slice(before).join('\n');
}

const evidenceOf = (h: ZaloHarness, id: string) => h.app.store.snapshot().byId.get(id)?.evidence ?? '';

describe('evidence pictures on Zalo', () => {
  it('keeps a picture sent with «TN60-03 xong» and links it in the Minh chứng cell', async () => {
    const h = await running();
    const answer = await sendPicture(h, LAN, '/p/anh.png', 'TN60-03 xong');
    expect(answer).toContain('ĐÃ LƯU MINH CHỨNG CHO TN60-03');
    expect(answer).toContain('Nhiệm vụ chờ điều phối viên xác nhận hoàn thành');
    const [line] = evidenceOf(h, 'TN60-03').split('\n');
    const name = /^Tệp: (\S+\.png) \(15\/06\/2024 09:00, Chị Lan \(Sở Tư pháp\)\) file:\/\//.exec(line ?? '')?.[1];
    expect(name).toBeDefined();
    const kept = readFileSync(join(h.app.config.DATA_DIR, 'files', 'minh-chung', 'TN60-03', name ?? ''));
    expect(kept).toEqual(Buffer.from(PNG));
    expect(h.app.store.snapshot().byId.get('TN60-03')?.status).toBe('done');

    const [detail] = await h.say('/xem TN60-03', GUEST);
    expect(detail).toContain(`• ${name ?? ''} — 15/06/2024 09:00, Chị Lan (Sở Tư pháp): file://`);
  });

  it('takes a picture without caption after «Cập nhật» picked by its number', async () => {
    const h = await running();
    const [list] = await h.say('so tu phap con viec gi chua xong a', LAN);
    const first = /^1\. Cập nhật (TN60-\d\d)$/m.exec(list ?? '')?.[1] ?? '';
    expect(first).not.toBe('');
    await h.say('1', LAN);
    const answer = await sendPicture(h, LAN, '/p/anh.png');
    expect(answer).toContain(`ĐÃ LƯU MINH CHỨNG CHO ${first}`);
    expect(evidenceOf(h, first)).toMatch(/^Tệp: anh-zalo-/);
  });

  it('uploads the picture to the Drive folder when Google is configured, its link in the cell', async () => {
    const sheets = await startSheetsFake();
    const drive = await startDriveFake({ apiKey: sheets.apiKey, upstream: sheets.url });
    try {
      await initSheet(sheets);
      const h = await zaloHarness(tempDir(), {
        env: {
          GOOGLE_SPREADSHEET_ID: sheets.spreadsheetId,
          GOOGLE_API_ROOT: drive.url,
          GOOGLE_API_KEY: sheets.apiKey,
          GOOGLE_DRIVE_FOLDER_ID: drive.folderId,
        },
      });
      harnesses.push(h);
      await h.channel.start();
      const answer = await sendPicture(h, LAN, '/p/anh.png', 'Ảnh buổi tập huấn TN60-05');
      expect(answer).toContain('ĐÃ LƯU MINH CHỨNG CHO TN60-05');
      const [file] = drive.files;
      expect(file?.mimeType).toBe('image/png');
      expect(Buffer.from(file?.bytes ?? [])).toEqual(Buffer.from(PNG));
      await h.app.store.flush();
      expect(sheets.coordinator.linksIn('Nhiệm vụ', 'Mã', 'TN60-05', 'Minh chứng')).toEqual([
        { text: file?.name, uri: file?.webViewLink },
      ]);
      await h.close();
      harnesses.splice(harnesses.indexOf(h), 1);
    } finally {
      await drive.close();
      await sheets.close();
    }
  });

  it('refuses a picture over 20 MB in one line, and tells a picture with no task how to send one', async () => {
    const h = await running();
    const huge = await sendPicture(h, LAN, '/p/huge.jpg', 'TN60-04 xong');
    expect(huge).toMatch(/quá lớn \(30,0 MB\): bot nhận tệp minh chứng tối đa 20 MB/);
    const lost = await sendPicture(h, LAN, '/p/anh.png', 'ảnh hội nghị');
    expect(lost).toContain('Bạn gửi minh chứng cho nhiệm vụ nào?');
    expect(evidenceOf(h, 'TN60-04')).toBe('');
    expect(h.app.store.snapshot().byId.get('TN60-04')?.status).toBe('not_started');
  });
});
