import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '#src/domain/clock.js';
import { startDriveFake, type DriveFake } from '../support/drive-fake.js';
import { initSheet, logRowsOf } from '../support/sheets-fake/harness.js';
import { startSheetsFake, type SheetsFake } from '../support/sheets-fake/server.js';
import { COORDINATOR, FOCAL } from '../support/telegram/harness.js';
import { JPEG, PDF, startFileChat, type FileChat } from '../support/telegram/file-chat.js';

/**
 * Evidence on Telegram with Google configured: a focal point sends a document or a photo with
 * a caption, grammY downloads it over HTTP (getFile through the files server), googleapis
 * uploads it to the Drive fake (multipart) and writes the link into the Sheets fake's Minh
 * chứng cell through the outbox, as the cell's own link (text runs), never a formula.
 */
const TASKS = 'Nhiệm vụ';

describe('evidence sent on Telegram, kept in Google Drive', () => {
  let sheets: SheetsFake;
  let drive: DriveFake;
  let chat: FileChat;
  const clock = manualClock('2024-06-15T09:00:00');

  beforeAll(async () => {
    sheets = await startSheetsFake();
    await initSheet(sheets);
    drive = await startDriveFake({ apiKey: sheets.apiKey, upstream: sheets.url });
    chat = await startFileChat(
      {
        GOOGLE_SPREADSHEET_ID: sheets.spreadsheetId,
        GOOGLE_API_ROOT: drive.url,
        GOOGLE_API_KEY: sheets.apiKey,
        GOOGLE_DRIVE_FOLDER_ID: drive.folderId,
      },
      clock,
    );
  });

  afterAll(async () => {
    await chat?.close();
    await drive?.close();
    await sheets?.close();
  });

  const cell = (header: string) => {
    const [headers = [], ...rows] = sheets.coordinator.rows(TASKS);
    const row = rows.find((r) => r[headers.indexOf('Mã')] === 'TN60-12') ?? [];
    return row[headers.indexOf(header)] ?? '';
  };
  const links = () => sheets.coordinator.linksIn(TASKS, 'Mã', 'TN60-12', 'Minh chứng');

  it('uploads a document sent with «TN60-12 xong» and links it in the Minh chứng cell', async () => {
    const answer = await chat.sendFile(FOCAL, 'Bien ban nghiem thu.pdf', PDF, 'TN60-12 xong');
    expect(answer).toContain('Đã lưu minh chứng cho TN60-12');
    expect(answer).toContain('đã lưu vào Google Drive: https://drive.google.com/file/d/file1/view');
    // The caption was a report like any other: written, and waiting for a coordinator.
    expect(answer).toContain('Nhiệm vụ chờ điều phối viên xác nhận hoàn thành');

    const [file] = drive.files;
    expect(file?.name).toBe('Bien ban nghiem thu.pdf');
    expect(file?.parents).toEqual([drive.folderId]);
    expect(file?.mimeType).toBe('application/pdf');
    expect(Buffer.from(file?.bytes ?? [])).toEqual(Buffer.from(PDF));
    expect(file?.appProperties).toEqual({ dondocTask: 'TN60-12' });

    await chat.app.store.flush();
    expect(cell('Minh chứng')).toBe(
      `Tệp: Bien ban nghiem thu.pdf (15/06/2024 09:00, Lan (Sở Tư pháp)) ${file?.webViewLink ?? ''}`,
    );
    expect(links()).toEqual([{ text: 'Bien ban nghiem thu.pdf', uri: file?.webViewLink }]);
    expect(sheets.coordinator.formulaIn(TASKS, 'Mã', 'TN60-12', 'Minh chứng')).toBeUndefined();
    expect(cell('Trạng thái')).toBe('Hoàn thành');
    const logged = logRowsOf(sheets, 'TN60-12').map((row) => row.join('|'));
    expect(
      logged.some((row) => row.includes('Minh chứng') && row.includes('[Tệp Bien ban nghiem thu.pdf] TN60-12 xong')),
    ).toBe(true);
  });

  it('adds a photo as a second line with its own link, and /xem lists both', async () => {
    clock.advance(60 * 60 * 1000);
    const answer = await chat.sendPhoto(FOCAL, JPEG, 'Ảnh hội nghị TN60-12');
    expect(answer).toContain('Đã lưu minh chứng cho TN60-12');
    await chat.app.store.flush();
    const photo = drive.files[1];
    expect(photo?.mimeType).toBe('image/jpeg');
    expect(Buffer.from(photo?.bytes ?? [])).toEqual(Buffer.from(JPEG));
    expect(links()).toEqual([
      { text: 'Bien ban nghiem thu.pdf', uri: drive.files[0]?.webViewLink },
      { text: photo?.name, uri: photo?.webViewLink },
    ]);

    const detail = await chat.say(COORDINATOR, '/xem TN60-12');
    expect(detail).toContain('Minh chứng:');
    expect(detail).toContain(
      `• Bien ban nghiem thu.pdf — 15/06/2024 09:00, Lan (Sở Tư pháp): ${drive.files[0]?.webViewLink ?? ''}`,
    );
    expect(detail).toContain(
      `• ${photo?.name ?? ''} — 15/06/2024 10:00, Lan (Sở Tư pháp): ${photo?.webViewLink ?? ''}`,
    );
  });

  it('puts the document numbers of a report in the same cell, links kept', async () => {
    const answer = await chat.say(FOCAL, 'TN60-12 đang làm 80%, đã ban hành CV số 123/STP-VP ngày 2/12/2025');
    expect(answer).toContain('Đã cập nhật TN60-12');
    await chat.app.store.flush();
    expect(cell('Minh chứng').split('\n').at(-1)).toBe('Văn bản: CV số 123/STP-VP ngày 2/12/2025');
    expect(links()).toHaveLength(2);
  });

  it('keeps a caption starting with «=» as text, never a formula', async () => {
    const caption = '=HYPERLINK("http://evil.example","TN60-12") TN60-12 đang làm 90%';
    const answer = await chat.sendFile(
      FOCAL,
      'ke-hoach.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      caption,
    );
    expect(answer).toContain('Đã lưu minh chứng cho TN60-12');
    await chat.app.store.flush();
    const tab = sheets.sheet.tab(TASKS);
    expect(tab?.formulas.size).toBe(0);
    expect(sheets.sheet.tab('Nhật ký')?.formulas.size).toBe(0);
    const logged = logRowsOf(sheets, 'TN60-12').map((row) => row.join('|'));
    expect(logged.some((row) => row.includes(`[Tệp ke-hoach.docx] ${caption}`))).toBe(true);
  });

  it('answers a file too large or of another type in one clear line, and downloads neither', async () => {
    const asked = chat.files.fileRequests.length;
    const large = await chat.sendFile(FOCAL, 'scan.pdf', PDF, 'TN60-12 xong', 25 * 1024 * 1024);
    expect(large).toBe(
      'Tệp «scan.pdf» quá lớn (25,0 MB): bot nhận tệp minh chứng tối đa 20 MB. Bạn nén hoặc chia nhỏ tệp rồi gửi lại nhé.',
    );
    const sound = await chat.sendFile(FOCAL, 'ghi-am.mp3', PDF, 'TN60-12 xong');
    expect(sound).toBe(
      'Bot không nhận tệp «ghi-am.mp3» làm minh chứng: chỉ nhận PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh JPG hoặc PNG, tối đa 20 MB.',
    );
    expect(chat.files.fileRequests).toHaveLength(asked);
    // A file whose bytes are not what its name says is refused after the download.
    const fake = await chat.sendFile(FOCAL, 'bao-cao.pdf', new TextEncoder().encode('not a pdf'), 'TN60-12');
    expect(fake).toContain('không phải tệp PDF hợp lệ');
    expect(drive.files).toHaveLength(3);
    // The bot goes on answering.
    expect(await chat.say(FOCAL, '/xem TN60-12')).toContain('Minh chứng:');
  });

  it('writes nothing when Drive refuses the upload, and uploads again after a 5xx', async () => {
    const before = cell('Minh chứng');
    drive.failUploads(1, 403);
    const refused = await chat.sendFile(FOCAL, 'bien-ban-2.pdf', PDF, 'TN60-12');
    expect(refused).toBe(
      'Tôi chưa lưu được tệp minh chứng (kho lưu tệp đang lỗi). Bạn gửi lại sau ít phút nhé; chưa có gì được ghi vào bảng tính.',
    );
    await chat.app.store.flush();
    expect(cell('Minh chứng')).toBe(before);
    expect(drive.files).toHaveLength(3);

    drive.failUploads(1, 503);
    const kept = await chat.sendFile(FOCAL, 'bien-ban-2.pdf', PDF, 'TN60-12');
    expect(kept).toContain('Đã lưu minh chứng cho TN60-12');
    // The second attempt sent the whole file again (a fresh stream).
    expect(Buffer.from(drive.files[3]?.bytes ?? [])).toEqual(Buffer.from(PDF));
    await chat.app.store.flush();
    expect(links().map((l) => l.text)).toContain('bien-ban-2.pdf');
  });

  it('refuses evidence for a task the sender’s agency has no part in, without downloading it', async () => {
    const asked = chat.files.fileRequests.length;
    const answer = await chat.sendFile(FOCAL, 'bien-ban.pdf', PDF, 'TN60-20 xong');
    expect(answer).toContain('chỉ đầu mối của cơ quan chủ trì, cơ quan phối hợp và điều phối viên');
    expect(chat.files.fileRequests).toHaveLength(asked);
    expect(drive.files).toHaveLength(4);
  });
});
