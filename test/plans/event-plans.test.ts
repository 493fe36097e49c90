import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// A commune's plan for a ceremony: an hour-by-hour programme, a table of delegates per village,
// then the real «Phân công nhiệm vụ» table, one under the other. Writer 19's development set.

const CEREMONY = join(FIXTURES_DIR, 'new-writers-16', 'ninhbinh-58-2026-le-cong-bo-ntm-nang-cao-xa-hai-thinh');

describe('rule «next-table»: a table of its own header right under another is a table of its own', () => {
  it('reads the «Phân công nhiệm vụ» rows of the PDF, not the villages above them', async () => {
    const plan = await readPlanFile(`${CEREMONY}.pdf`);
    const contents = plan.tasks.map((t) => t.content);
    expect(contents.some((c) => c.startsWith('Xây dựng kịch bản chi tiết buổi lễ'))).toBe(true);
    expect(contents.some((c) => c.startsWith('Bố trí cán bộ y tế, thuốc và phương tiện'))).toBe(true);
    expect(contents.some((c) => c.startsWith('Thôn '))).toBe(false);
  });

  it('splits two tab-separated tables of different widths at the second one’s header row', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nXÃ HẢI THỊNH\n\nSố: 58/KH-UBND\n\nHải Thịnh, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\n\nTổ chức Lễ công bố\n\n' +
      'IV. ĐẠI BIỂU\n\nTT\tThôn\tSố lượng đại biểu\tGhi chú\n1\tThôn Phú Lễ\t25\tKèm đội văn nghệ\n2\tThôn Thịnh Long\t25\t\n\n' +
      'TT\tNội dung công việc\tBộ phận chủ trì\tBộ phận phối hợp\tThời gian hoàn thành\n' +
      '1\tXây dựng kịch bản chi tiết buổi lễ, dự thảo diễn văn\tVăn phòng HĐND và UBND xã\tPhòng Kinh tế\tTrước ngày 15/5/2026\n' +
      '2\tTổ chức chương trình văn nghệ chào mừng\tPhòng Văn hóa - Xã hội\tCác thôn\tTổng duyệt ngày 26/5/2026\n';
    const plan = await readPlanFile(writeTemp('le-cong-bo.md', text));
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Văn phòng HĐND và UBND xã', '2026-05-15'],
      // Rule «one-day-in-cell»: the rehearsal's day is when the performance must be ready.
      ['Phòng Văn hóa - Xã hội', '2026-05-26'],
    ]);
  });
});

describe('days a ceremony’s cells and sentences give', () => {
  const plan = (cell: string, duty = 'Tổ chức chương trình văn nghệ chào mừng buổi lễ.'): string =>
    'ỦY BAN NHÂN DÂN\nXÃ HẢI THỊNH\n\nSố: 58/KH-UBND\n\nHải Thịnh, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\n\nTổ chức Lễ công bố\n\n' +
    `| STT | Nội dung công việc | Bộ phận chủ trì | Thời gian |\n|---|---|---|---|\n| 1 | ${duty} | Phòng Văn hóa - Xã hội | ${cell} |\n`;

  it.each([
    ['Chủ nhật, ngày 24/5/2026', '2026-05-24'],
    ['Tổng duyệt ngày 26/5/2026', '2026-05-26'],
    ['Ngày 27 - 28/5/2026', '2026-05-28'],
  ])('«%s» is due %s', async (cell, day) => {
    const read = await readPlanFile(writeTemp('o.md', plan(cell)));
    expect(read.tasks[0]?.deadline).toBe(day);
  });

  it.each([['Sau ngày 26/5/2026'], ['Từ ngày 20/5/2026 hoặc ngày 26/5/2026']])(
    '«%s» is not a day the work is due by',
    async (cell) => {
      const read = await readPlanFile(writeTemp('o2.md', plan(cell)));
      expect(read.tasks[0]?.deadline).toBeNull();
    },
  );

  it('reads «vào 14 giờ 00 ngày 22/5/2026» in a duty’s words', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nXÃ HẢI THỊNH\n\nSố: 58/KH-UBND\n\nHải Thịnh, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\n\nTổ chức Lễ công bố\n\n' +
      'VI. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng HĐND và UBND xã tổ chức tổng duyệt chương trình buổi lễ vào 14 giờ 00 ngày 22/5/2026 tại Nhà văn hóa.\n';
    const read = await readPlanFile(writeTemp('o3.md', text));
    expect(read.tasks[0]?.deadline).toBe('2026-05-22');
  });
});

describe('rule «merged-cell-spread»: a name cut after «và» in a merged PDF cell is one name', () => {
  it('reads «Sở Nông nghiệp và» / «Môi trường» over two rows as the Sở', async () => {
    const plan = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-13', 'daklak-37-2026-cat-giam-thu-tuc-hanh-chinh.pdf'),
    );
    const leads = plan.tasks.flatMap((t) => t.lead);
    expect(leads).toContain('Sở Nông nghiệp và Môi trường');
    expect(leads).not.toContain('Môi trường');
    expect(leads).not.toContain('Sở Nông nghiệp và');
  });
});
