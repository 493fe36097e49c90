import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transformer } from '#src/channels/telegram/types.js';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import { createConfig } from '#src/config.js';
import { manualClock } from '#src/domain/clock.js';
import { createApp, type App } from '#src/app.js';
import { AGENCIES, capturedLogger, COORDINATOR, FOCAL, TOKEN } from '../support/telegram/harness.js';
import { recorder, type ApiCall } from '../support/telegram/recorder.js';
import { botMessages, startTestApi, type TestServer } from '../support/telegram/test-api.js';
import { startFilesApi, type FilesApi } from '../support/telegram/files-api.js';
import { makeTask } from '../support/tasks.js';
import { seedPath } from '../plans/helpers.js';

/**
 * Import by chat and the report download, end to end: grammY over HTTP against
 * telegram-test-api, with the project's files server in front of it for getFile, file
 * downloads and sendDocument (the emulator has none of them), a real local sheet.
 */
const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (method === 'getUpdates' && result.ok && Array.isArray(result.result) && result.result.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return result;
};

/** Seed 000 (60/KH-UBND of Thái Nguyên) as the Word file a coordinator would have. */
async function planDocx(): Promise<Uint8Array> {
  const rows = readFileSync(seedPath('000'), 'utf8')
    .split('\n')
    .filter((line) => line.split('\t').length === 5)
    .map((line) => line.split('\t').map((c) => c.replace(/<sup>\d+<\/sup>/, '').trim()));
  const cell = (text: string) => new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN'),
          new Paragraph('Số: 60 /KH-UBND'),
          new Paragraph('Thái Nguyên, ngày 02 tháng 4 năm 2024'),
          new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph({
            children: [
              new TextRun({
                text: 'Thực hiện công tác dân vận của các cơ quan nhà nước trên địa bàn tỉnh Thái Nguyên năm 2024',
                bold: true,
              }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'PHỤ LỤC', bold: true })] }),
          new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const OTHER_PLAN = {
  number: '5/KH-UBND',
  key: 'TN5',
  date: '2024-01-05',
  title: 'Kế hoạch khác',
  issuer: 'UBND tỉnh Thái Nguyên',
  sourceFile: 'kh5.txt',
};

describe('plans and reports as files on Telegram', () => {
  let server: TestServer;
  let files: FilesApi;
  let app: App;
  let dataDir = '';
  let docx: Uint8Array;
  const clock = manualClock('2024-06-15T09:00:00');
  const seen = recorder({ fake: false });
  const logs = capturedLogger();

  beforeAll(async () => {
    server = await startTestApi();
    files = await startFilesApi(server.config.apiURL);
    dataDir = mkdtempSync(join(tmpdir(), 'dondoc-tg-files-'));
    const config = createConfig({
      DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: files.url,
      COORDINATORS: `telegram:${COORDINATOR.id}`,
    });
    app = await createApp(config, logs.logger, clock);
    await app.store.addPlan({
      plan: OTHER_PLAN,
      tasks: [makeTask({ id: 'TN5-01', planKey: 'TN5', lead: ['Sở Tư pháp'] })],
      agencies: AGENCIES,
    });
    const channel = createTelegramChannel(app, { transformers: [seen.transformer, idlePolling], flood: false });
    app.adapters.push(channel);
    await channel.start();
    docx = await planDocx();
  });

  afterAll(async () => {
    await app?.close();
    await files?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const clientOf = (user: typeof COORDINATOR) =>
    server.getClient(TOKEN, { userId: user.id, chatId: user.id, userName: user.username, firstName: user.first_name });
  const sentTo = (chatId: number) => (call: ApiCall) =>
    call.method === 'sendMessage' && call.payload.chat_id === String(chatId);
  const sendFile = async (user: typeof COORDINATOR, name: string, bytes: Uint8Array) => {
    const client = clientOf(user);
    // A document message has no text: the emulator's message maker always sets one.
    const message: Record<string, unknown> = {
      ...(client.makeMessage('') as unknown as Record<string, unknown>),
      document: files.upload(name, bytes),
    };
    delete message.text;
    const mark = seen.calls.length;
    await client.sendMessage(message);
    return seen.waitFor(sentTo(user.id), mark);
  };
  const press = async (user: typeof COORDINATOR, label: string) => {
    const shown = botMessages(server)
      .filter((m) => m.chatId === String(user.id) && m.buttons.includes(label))
      .at(-1);
    const client = clientOf(user);
    const mark = seen.calls.length;
    await client.sendCallback(
      client.makeCallbackQuery(shown?.callbackData(label) ?? '', { message: { message_id: shown?.messageId ?? 0 } }),
    );
    return seen.waitFor((call) => call.method === 'sendMessage' || call.method === 'sendDocument', mark);
  };
  const planTasks = () => app.store.snapshot().tasks.filter((t) => t.planKey !== 'TN5');

  it('previews a coordinator’s Word plan, writes it on «Nhập vào bảng» and keeps the original', async () => {
    const preview = await sendFile(COORDINATOR, 'ke-hoach-60.docx', docx);
    const textOf = String(preview.payload.text);
    expect(textOf).toContain('Xem trước kế hoạch');
    expect(textOf).toContain('Kế hoạch số 60/KH-UBND ngày 02/04/2024 của UBND tỉnh Thái Nguyên');
    const added = Number(/So với bảng tính: (\d+) dòng mới/.exec(textOf)?.[1]);
    expect(added).toBeGreaterThan(10);
    expect(botMessages(server).at(-1)?.buttons).toEqual(['Nhập vào bảng', 'Hủy']);
    expect(planTasks()).toHaveLength(0);

    const done = await press(COORDINATOR, 'Nhập vào bảng');
    expect(String(done.payload.text)).toContain(`Đã ghi ${added} dòng mới của kế hoạch`);
    expect(planTasks()).toHaveLength(added);
    expect(app.store.snapshot().plans.map((p) => p.number)).toContain('60/KH-UBND');
    expect(readFileSync(join(dataDir, 'files', 'ke-hoach-60.docx'))).toEqual(Buffer.from(docx));
  });

  it('refuses a focal point’s file without downloading it', async () => {
    const asked = files.fileRequests.length;
    const answer = await sendFile(FOCAL, 'ke-hoach-moi.docx', docx);
    expect(String(answer.payload.text)).toContain('chỉ điều phối viên mới gửi được kế hoạch');
    expect(files.fileRequests).toHaveLength(asked);
  });

  it('adds nothing when the same plan is sent again', async () => {
    const before = planTasks().length;
    const answer = await sendFile(COORDINATOR, 'ke-hoach-60 (ban sao).docx', docx);
    expect(String(answer.payload.text)).toContain('đã có trong bảng tính: không có dòng mới để nhập');
    expect(botMessages(server).at(-1)?.buttons).toEqual([]);
    expect(planTasks()).toHaveLength(before);
  });

  it('says in one line when a file has no tasks, and when it is not a plan at all', async () => {
    const empty = await sendFile(
      COORDINATOR,
      'ghi-chu.txt',
      new TextEncoder().encode('Biên bản cuộc họp giao ban tuần.\nKhông có nội dung phân công.\n'),
    );
    expect(String(empty.payload.text)).toMatch(/^Không tìm thấy nhiệm vụ nào trong tệp «ghi-chu\.txt»/);
    const broken = await sendFile(COORDINATOR, 'hong.docx', new TextEncoder().encode('not a zip'));
    expect(String(broken.payload.text)).toBe('Tệp «hong.docx» không phải tệp Word (.docx) hợp lệ, hoặc đã bị hỏng.');
  });

  it('sends the official report from /baocao as a Word document', async () => {
    const client = clientOf(COORDINATOR);
    const mark = seen.calls.length;
    await client.sendCommand(client.makeCommand('/baocao'));
    const stats = String((await seen.waitFor(sentTo(COORDINATOR.id), mark)).payload.text);
    expect(botMessages(server).at(-1)?.buttons).toEqual(['Tải báo cáo (Word)', 'Tải báo cáo (Excel)']);
    const sent = await press(COORDINATOR, 'Tải báo cáo (Word)');
    const document =
      sent.method === 'sendDocument' ? sent : await seen.waitFor((call) => call.method === 'sendDocument', mark);
    expect(document.method).toBe('sendDocument');
    const received = files.documents.at(-1);
    // On 15/06/2024 the running window is July's: 15/06 – 14/07, figures as of today.
    expect(received?.name).toBe('bao-cao-2024-07.docx');
    expect(received?.chatId).toBe(String(COORDINATOR.id));
    expect(received?.caption).toContain('từ ngày 15/06/2024 đến ngày 14/07/2024; số liệu tạm tính đến ngày 15/06/2024');
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(received?.bytes ?? []) })).value;
    expect(raw).toContain('Kết quả thực hiện nhiệm vụ theo các kế hoạch tháng 7 năm 2024');
    expect(raw).toContain(`Tổng số nhiệm vụ: ${app.store.snapshot().tasks.length}, trong đó:`);
    // The file and /baocao never disagree: the same four numbers and rate.
    for (const label of [
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
    ]) {
      const inChat = new RegExp(`• ${label}: (\\d+)`).exec(stats)?.[1];
      expect(inChat).toBeDefined();
      expect(raw).toContain(`- ${label}: ${inChat} nhiệm vụ`);
    }
    const rate = /Tỷ lệ quá hạn: ([\d,]+%)/.exec(stats)?.[1];
    expect(raw).toContain(`trên tổng số): ${rate}.`);
  });

  it('forgets a preview not confirmed within a day', async () => {
    const before = app.store.snapshot().tasks.length;
    const plan = readFileSync(seedPath('001'));
    const preview = await sendFile(COORDINATOR, 'ke-hoach-gia-lai.txt', new Uint8Array(plan));
    expect(String(preview.payload.text)).toContain('Xem trước kế hoạch');
    expect(botMessages(server).at(-1)?.buttons).toEqual(['Nhập vào bảng', 'Hủy']);
    clock.advance(25 * 60 * 60 * 1000);
    const late = await press(COORDINATOR, 'Nhập vào bảng');
    expect(String(late.payload.text)).toContain('Bản xem trước này đã hết hạn');
    expect(app.store.snapshot().tasks).toHaveLength(before);
    // Its copy is gone with it; only the imported original stays.
    expect(readdirSync(join(dataDir, 'files', 'incoming'))).toEqual([]);
    expect(readdirSync(join(dataDir, 'files')).sort()).toEqual(['incoming', 'ke-hoach-60.docx']);
  });
});
