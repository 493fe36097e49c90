import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '#src/app.js';
import type { Channel, Role } from '#src/chat/message.js';
import { renderPlain } from '#src/chat/plain-text.js';
import type { Reply } from '#src/chat/reply.js';
import { createConfig } from '#src/config.js';
import { fixedClock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { seedPath } from '../plans/helpers.js';

/**
 * /nhap and /taibaocao through the real app (local sheet, console and Zalo senders): the
 * console reads a path and keeps the report under DATA_DIR; Zalo, which cannot carry files,
 * is told what to do instead; the limits answer in one line.
 */
let dir = '';
let app: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dondoc-docs-chat-'));
  app = await createApp(
    createConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }),
    createLogger('silent', { pretty: false }),
    fixedClock('2024-06-20T09:00:00'),
  );
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const ask = async (
  text: string,
  role: Role = { kind: 'coordinator' },
  channel: Channel = 'console',
): Promise<{ reply: Reply; text: string }> => {
  const reply = await app.conversation.handle({
    text,
    sender: { channel, id: `${channel}-1`, name: 'Người thử', role },
    chat: { id: `${channel}-1`, kind: 'private' },
  });
  return { reply, text: renderPlain(reply) };
};

describe('/nhap on the console', () => {
  it('previews a plan file, writes it when confirmed and keeps the original', async () => {
    const preview = await ask(`/nhap ${seedPath('000')}`);
    expect(preview.text).toContain('Kế hoạch số 60/KH-UBND ngày 02/04/2024 của UBND tỉnh Thái Nguyên — mã TN60');
    expect(preview.reply.choices?.map((c) => c.label)).toEqual(['Nhập vào bảng', 'Hủy']);
    const added = Number(/So với bảng tính: (\d+) dòng mới/.exec(preview.text)?.[1]);
    expect(app.store.snapshot().tasks).toHaveLength(0);

    const done = await ask(preview.reply.choices?.[0]?.value ?? '');
    expect(done.text).toBe(
      `Đã ghi ${added} dòng mới của kế hoạch TN60 vào bảng tính. Tệp gốc lưu tại ${join(dir, 'files', '000_d88ed36d9991ae27.txt')}.`,
    );
    expect(app.store.snapshot().tasks).toHaveLength(added);
    expect(readFileSync(join(dir, 'files', '000_d88ed36d9991ae27.txt'))).toEqual(readFileSync(seedPath('000')));
    // The same button pressed twice writes nothing more.
    expect((await ask(preview.reply.choices?.[0]?.value ?? '')).text).toContain('đã hết hạn');
    expect(app.store.snapshot().tasks).toHaveLength(added);
  });

  it('cancels, refuses focal points and says plainly what is wrong with a file', async () => {
    const preview = await ask(`/nhap ${seedPath('001')}`);
    expect((await ask(preview.reply.choices?.[1]?.value ?? '')).text).toBe('Đã hủy: không ghi gì vào bảng tính.');
    expect((await ask(`/nhap ${seedPath('001')}`, { kind: 'focal', agency: 'Sở Tư pháp' })).text).toBe(
      'Chỉ điều phối viên mới dùng được lệnh /nhap.',
    );
    expect((await ask('/nhap /khong/co/tep.docx')).text).toBe(
      'Không tìm thấy tệp «/khong/co/tep.docx» (hoặc không có quyền đọc).',
    );
    const big = join(dir, 'rat-lon.txt');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect((await ask(`/nhap ${big}`)).text).toBe('Tệp quá lớn (21,0 MB): bot chỉ nhận tệp kế hoạch tối đa 20 MB.');
    writeFileSync(big, Buffer.alloc(15 * 1024 * 1024, 'a'));
    expect((await ask(`/nhap ${big}`)).text).toBe(
      'Tệp quá lớn (15,0 MB): chỉ nhận tệp kế hoạch tối đa 10 MB. (Trình nhập kế hoạch hiện chỉ đọc tệp tối đa 10 MB, dù chat nhận tới 20 MB.)',
    );
  });
});

describe('/taibaocao', () => {
  it('keeps the Excel report under DATA_DIR on the console and prints where', async () => {
    const answer = await ask('/taibaocao excel 2024-Q2');
    const path = join(dir, 'bao-cao', 'bao-cao-2024-Q2.xlsx');
    expect(answer.text).toBe(
      `Báo cáo quý II năm 2024 (Excel), từ ngày 15/03/2024 đến ngày 14/06/2024; số liệu chốt đến ngày 14/06/2024.\nĐã lưu tệp: ${path}`,
    );
    expect(existsSync(path)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.getWorksheet('Tổng hợp')?.getCell('B5').value).toBe(app.store.snapshot().tasks.length);
  });

  it('tells Zalo users the command line, and answers a wrong format or period in one line', async () => {
    expect((await ask('/taibaocao word 2024-11', { kind: 'coordinator' }, 'zalo')).text).toBe(
      'Zalo chưa gửi được tệp. Điều phối viên tạo báo cáo trên máy chạy bot bằng lệnh: npx dondoc report --period 2024-11 --format docx — hoặc bấm «Tải báo cáo» trên Telegram.',
    );
    expect((await ask('/nhap', { kind: 'coordinator' }, 'zalo')).text).toContain('Zalo chưa cho bot nhận tệp');
    expect((await ask('/taibaocao pdf')).text).toContain('Bạn chọn định dạng');
    expect((await ask('/taibaocao word 2024-13')).text).toBe(
      'Kỳ báo cáo «2024-13» không hợp lệ: kỳ báo cáo phải có dạng 2026-11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (năm).',
    );
  });
});
