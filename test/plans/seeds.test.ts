import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile, type ExtractedPlan } from '../../src/plans/extract.js';
import { byOrder, kinds, seedPath } from './helpers.js';

// Expectations written from reading the documents in data/plans, not from the parser's output.

const ALL = ['Các sở, ban, ngành', 'UBND các huyện, thành phố'];

describe('seed 000 — Thái Nguyên, KH 60/KH-UBND, appendix table + per-agency sections', () => {
  let plan: ExtractedPlan;
  beforeAll(async () => {
    plan = await readPlanFile(seedPath('000'));
  });

  it('reads the plan head', () => {
    expect(plan.plan).toMatchObject({
      number: '60/KH-UBND',
      key: 'TN60',
      date: '2024-04-02',
      issuer: 'UBND tỉnh Thái Nguyên',
      title: 'Thực hiện công tác dân vận của các cơ quan nhà nước trên địa bàn tỉnh Thái Nguyên năm 2024',
    });
    expect(plan.plan.sourceFile).toMatch(/^000_.*\.txt$/);
  });

  // [order, lead, coordinating, deadline text, deadline]
  const rows: Array<[string, string[], string[], string, string]> = [
    ['1', ['Sở Nội vụ'], ['Các cơ quan, đơn vị, địa phương'], 'Tháng 3/2024', '2024-03-31'],
    ['3', ALL, ['Sở Nội vụ'], 'Năm 2024', '2024-12-31'],
    [
      '4',
      ['Đài Phát thanh - Truyền hình tỉnh', 'Báo Thái Nguyên', 'Cổng thông tin điện tử của tỉnh'],
      ALL,
      'Năm 2024',
      '2024-12-31',
    ],
    ['5', ['Sở Nội vụ'], ALL, 'Quý IV/2024', '2024-12-31'],
    ['6', ['Sở Nội vụ'], ALL, 'Năm 2024', '2024-12-31'],
    ['7', ['Sở Nội vụ'], ALL, 'Năm 2024', '2024-12-31'],
    ['8', ALL, ['Sở Nội vụ'], 'Năm 2024', '2024-12-31'],
    ['9', ALL, ['Thanh tra tỉnh'], 'Năm 2024', '2024-12-31'],
    ['10', ['UBND cấp huyện, cấp xã'], ['Các cơ quan, đơn vị liên quan'], 'Năm 2024', '2024-12-31'],
    ['11', ['Sở Kế hoạch và Đầu tư'], ALL, 'Năm 2024', '2024-12-31'],
    ['12', ['Thanh Tra tỉnh'], ALL, 'Năm 2024', '2024-12-31'],
    ['13', ['Ban Dân tộc tỉnh'], ALL, 'Năm 2024', '2024-12-31'],
    [
      '14',
      ['Sở Lao động - Thương binh và xã hội'],
      ['Ban Dân tộc tỉnh', 'UBND các huyện, thành phố'],
      'Năm 2024',
      '2024-12-31',
    ],
    [
      '15',
      ['Công an tỉnh', 'Bộ Chỉ huy quân sự tỉnh'],
      ['Các cơ quan, đơn vị lực lượng vũ trang'],
      'Năm 2024',
      '2024-12-31',
    ],
    ['16', ['Sở Nội vụ'], ALL, 'Quý II và Quý III/2024', '2024-09-30'],
  ];

  it.each(rows)('appendix row %s', (order, lead, coordinating, deadlineText, deadline) => {
    const [task, ...more] = byOrder(plan, order);
    expect(more).toHaveLength(0);
    expect(task).toMatchObject({ kind: 'task', lead, coordinating, deadlineText, deadline, recurrence: '' });
    expect(task?.source).toBe(`Phụ lục, dòng ${order}`);
  });

  it('row 2 is the report duty of footnote 1: one row per cycle', () => {
    const reports = byOrder(plan, '2');
    expect(kinds(reports)).toEqual(['report', 'report', 'report', 'report']);
    for (const r of reports) {
      expect(r.lead).toEqual(ALL);
      expect(r.coordinating).toEqual(['Sở Nội vụ']);
      expect(r.content).toContain('Thực hiện Chế độ thông tin báo cáo về công tác dân vận năm 2024');
      expect(r.source).toBe('Phụ lục, dòng 2 (chú thích 1)');
    }
    expect(reports.map((r) => [r.recurrence, r.deadline])).toEqual([
      ['Hằng tháng, trước ngày 14', null],
      ['Hằng quý, trước ngày 19 của tháng cuối quý', null],
      ['Hằng năm, trước ngày 14/6', '2024-06-14'],
      ['Hằng năm, trước ngày 14/11', '2024-11-14'],
    ]);
    expect(reports.map((r) => r.content.split(':')[0])).toEqual([
      'Báo cáo tháng',
      'Báo cáo quý',
      'Báo cáo 6 tháng',
      'Báo cáo năm',
    ]);
  });

  it('keeps the table as the task list, the request to Ban Dân vận, and says what was set aside', () => {
    // Two section duties are in no table row, so they are kept («restated-duty» rule): the funding
    // duty of Sở Tài chính and every agency's own plan («Căn cứ Kế hoạch này xây dựng kế hoạch …»).
    expect(plan.tasks).toHaveLength(15 + 4 + 2 + 1);
    const kept = plan.tasks.filter((t) => t.source.startsWith('Mục IV') && t.kind === 'task');
    expect(kept.map((t) => t.lead)).toEqual([['Sở Tài chính'], ['Các sở, ban, ngành', 'UBND các huyện, thành phố']]);
    expect(kept[0]?.content).toMatch(/nguồn kinh phí/);
    expect(kept[1]?.content).toMatch(/^Căn cứ Kế hoạch này xây dựng kế hoạch/);
    const request = plan.tasks.filter((t) => t.kind === 'request');
    expect(request).toHaveLength(1);
    expect(request[0]).toMatchObject({ order: 'IV.10', lead: ['Ban Dân vận Tỉnh ủy'], coordinating: ['UBND tỉnh'] });
    // 13 duties under IV (4 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1); the 11 that restate table rows are set aside.
    expect(plan.problems).toEqual([expect.stringMatching(/11 nhiệm vụ ghi ở phần «Tổ chức thực hiện» không đưa vào/)]);
  });

  it('numbers tasks TN60-01… in document order, table first', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(plan.tasks.map((_, i) => `TN60-${String(i + 1).padStart(2, '0')}`));
    expect(plan.tasks[0]?.order).toBe('1');
    expect(plan.tasks[plan.tasks.length - 1]?.kind).toBe('request');
  });

  it('gives the same IDs on a second import', async () => {
    const again = await readPlanFile(seedPath('000'));
    expect(again.tasks.map((t) => [t.id, t.content])).toEqual(plan.tasks.map((t) => [t.id, t.content]));
  });
});

describe('seed 001 — Gia Lai, per-agency sections, no number', () => {
  let plan: ExtractedPlan;
  beforeAll(async () => {
    plan = await readPlanFile(seedPath('001'));
  });

  it('reads the plan head (province from "Báo Gia Lai", year from the title)', () => {
    expect(plan.plan).toMatchObject({
      number: '',
      date: null,
      issuer: 'UBND tỉnh Gia Lai',
      title: 'Thực hiện công tác dân vận chính quyền năm 2024',
      key: 'GL24',
    });
  });

  it('III.1 Sở Nội vụ: three paragraphs, the third also a report duty with no day given', () => {
    const s = byOrder(plan, 'III.1');
    expect(kinds(s)).toEqual(['task', 'task', 'task', 'report']);
    expect(s.every((t) => t.lead.join() === 'Sở Nội vụ')).toBe(true);
    expect(s[1]?.coordinating).toEqual(['Ban Dân vận Tỉnh ủy']);
    expect(s[3]).toMatchObject({ deadline: null, recurrence: 'Định kỳ 6 tháng, hằng năm' });
  });

  it('III.2: three agencies in one heading, one paragraph → one task + its report', () => {
    const s = byOrder(plan, 'III.2');
    expect(kinds(s)).toEqual(['task', 'report']);
    expect(s[0]?.lead).toEqual(['Sở Thông tin và Truyền thông', 'Báo Gia Lai', 'Đài Phát thanh - Truyền hình Gia Lai']);
    expect(s[0]?.content).not.toMatch(/Định kỳ/);
    expect(plan.problems.some((p) => p.startsWith('Mục III.2') && p.includes('không ghi hạn gửi'))).toBe(true);
  });

  it('III.3: reports 6 months before 10/5/2024 and yearly before 30/10/2024', () => {
    const s = byOrder(plan, 'III.3');
    expect(kinds(s)).toEqual(['task', 'task', 'report', 'report']);
    expect(s[0]?.lead).toEqual(['Các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thị xã, thành phố']);
    expect(s.slice(2).map((t) => [t.deadlineText, t.deadline, t.recurrence])).toEqual([
      ['Trước ngày 10/5/2024', '2024-05-10', 'Hằng năm, trước ngày 10/5'],
      ['Trước ngày 30/10/2024', '2024-10-30', 'Hằng năm, trước ngày 30/10'],
    ]);
    expect(s[2]?.content).toMatch(/^Báo cáo 6 tháng: Thực hiện nghiêm chế độ thông tin/);
    expect(s[1]?.content).toMatch(/^Bên cạnh đó, quan tâm chỉ đạo.*phát huy hiệu quả\.$/);
  });

  it('has nothing outside the three sections', () => {
    expect(plan.tasks).toHaveLength(10);
  });
});

describe('seed 002 — Cao Bằng 2023, markdown headings', () => {
  let plan: ExtractedPlan;
  beforeAll(async () => {
    plan = await readPlanFile(seedPath('002'));
  });

  it('reads the plan head (province from "Tỉnh ủy Cao Bằng")', () => {
    expect(plan.plan).toMatchObject({
      number: '',
      date: null,
      issuer: 'UBND tỉnh Cao Bằng',
      title: 'Triển khai thực hiện công tác dân vận chính quyền năm 2023',
      key: 'CB23',
    });
  });

  it('III.1 Sở Nội vụ: 3 duties + monthly/quarterly/6-month/yearly reports with no days', () => {
    const s = byOrder(plan, 'III.1');
    expect(kinds(s)).toEqual(['task', 'task', 'task', 'report']);
    // «sơ kết, tổng kết công tác dân vận trong năm 2023» says what is reviewed, not a deadline.
    expect(s[2]?.content).toMatch(/trong năm 2023\.$/);
    expect(s[2]).toMatchObject({ deadlineText: '', deadline: null });
    expect(s[3]?.recurrence).toBe('Định kỳ hằng tháng, hằng quý, 6 tháng, hằng năm');
  });

  it('III.2: reports 6 months before 15/6 and yearly before 15/12 (of 2023)', () => {
    const s = byOrder(plan, 'III.2');
    expect(s[0]?.lead).toEqual(['Sở Thông tin và Truyền thông', 'Báo Cao Bằng', 'Đài Phát thanh - Truyền hình tỉnh']);
    expect(s.filter((t) => t.kind === 'report').map((t) => [t.deadline, t.recurrence])).toEqual([
      ['2023-06-15', 'Hằng năm, trước ngày 15/6'],
      ['2023-12-15', 'Hằng năm, trước ngày 15/12'],
    ]);
  });

  it('III.3: two agencies, 2 duties + the report duty (footnote 7 gives no day)', () => {
    const s = byOrder(plan, 'III.3');
    expect(s[0]?.lead).toEqual(['Các Sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố']);
    expect(kinds(s)).toEqual(['task', 'task', 'report']);
    expect(s[2]?.deadline).toBeNull();
    expect(plan.tasks).toHaveLength(10);
  });
});

describe('seed 003 — hard-wrapped text, no province named', () => {
  let plan: ExtractedPlan;
  beforeAll(async () => {
    plan = await readPlanFile(seedPath('003'));
  });

  it('reads the plan head and reports the missing province instead of guessing', () => {
    expect(plan.plan).toMatchObject({
      number: '',
      date: null,
      issuer: 'UBND tỉnh',
      title: 'Thực hiện công tác dân vận chính quyền năm 2024',
      key: 'KH24',
    });
    expect(plan.problems.some((p) => p.includes('Không tìm thấy tên tỉnh'))).toBe(true);
  });

  it('III.1: agencies written before the duty, reports before 20/6, 20/9 and 25/11/2024', () => {
    const s = byOrder(plan, 'III.1');
    expect(s[0]).toMatchObject({
      kind: 'task',
      lead: ['Các sở, ban, ngành thuộc tỉnh', 'Ủy ban nhân dân các huyện, thị xã, thành phố'],
      content: 'Căn cứ Kế hoạch này, xây dựng Kế hoạch cụ thể để thực hiện bảo đảm thiết thực, hiệu quả.',
    });
    expect(s.slice(1).map((t) => [t.kind, t.content.split(':')[0], t.deadline])).toEqual([
      ['report', 'Báo cáo 6 tháng', '2024-06-20'],
      ['report', 'Báo cáo 9 tháng', '2024-09-20'],
      ['report', 'Báo cáo năm', '2024-11-25'],
    ]);
  });

  it('III.2: Sở Nội vụ, one paragraph → one task', () => {
    const s = byOrder(plan, 'III.2');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ kind: 'task', lead: ['Sở Nội vụ'] });
    expect(s[0]?.content).toMatch(/^Thường xuyên theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này\./);
    expect(s[0]?.content).toContain('Tổng hợp báo cáo Ban Dân vận Tỉnh ủy');
    expect(plan.tasks).toHaveLength(5);
  });
});

describe('seed 004 — Thái Nguyên, 19 sections, "theo tiến độ của Bộ"', () => {
  let plan: ExtractedPlan;
  beforeAll(async () => {
    plan = await readPlanFile(seedPath('004'));
  });

  it('reads the plan head', () => {
    expect(plan.plan).toMatchObject({ number: '', date: null, issuer: 'UBND tỉnh Thái Nguyên', key: 'TN24' });
    expect(plan.plan.title).toMatch(/^Triển khai thực hiện Nghị quyết số 94\/NQ-CP ngày 19\/6\/2024 của Chính phủ/);
  });

  it('counts the duties of each agency section', () => {
    const taskCounts: Array<[string, number]> = [
      ['III.1', 2],
      ['III.2', 7],
      ['III.3', 2],
      ['III.4', 4],
      ['III.5', 2],
      ['III.6', 2],
      ['III.7', 2],
      ['III.8', 3],
      ['III.9', 1],
      ['III.10', 1],
      ['III.11', 1],
      ['III.12', 1],
      ['III.13', 1],
      ['III.14', 1],
      ['III.15', 1],
      ['III.16', 1],
      ['III.17', 1],
      ['III.18', 1],
    ];
    for (const [order, count] of taskCounts) {
      expect(
        byOrder(plan, order).filter((t) => t.kind === 'task'),
        order,
      ).toHaveLength(count);
    }
    expect(plan.tasks).toHaveLength(36);
  });

  it('names the lead agencies of the sections', () => {
    const lead = (order: string): string[] => byOrder(plan, order)[0]?.lead ?? [];
    expect(lead('III.1')).toEqual(['Các cơ quan, đơn vị, địa phương']);
    expect(lead('III.2')).toEqual(['Sở Nội vụ']);
    expect(lead('III.4')).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
    expect(lead('III.5')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(lead('III.12')).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(lead('III.18')).toEqual(['Báo Thái Nguyên', 'Đài phát thanh -Truyền hình', 'Trung tâm thông tin tỉnh']);
  });

  it('III.1: yearly report before 10/12 (no year known: the date stays empty)', () => {
    const reports = byOrder(plan, 'III.1').filter((t) => t.kind === 'report');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ deadline: null, recurrence: 'Hằng năm, trước ngày 10/12' });
  });

  it('III.4: the lead-in "Chủ trì … tham mưu cho UBND tỉnh:" is not a task; a page break is mended', () => {
    expect(byOrder(plan, 'III.4').some((t) => t.content.endsWith(':'))).toBe(false);
    const social = byOrder(plan, 'III.12')[0];
    expect(social?.content).toContain('người có công với cách mạng, bảo trợ xã hội');
  });

  it('section 19 "UBND tỉnh trân trọng đề nghị" is a request to the bodies named in its text', () => {
    const [request] = byOrder(plan, 'III.19');
    expect(request).toMatchObject({ kind: 'request' });
    expect(request?.lead).toEqual([
      'Các ban Đảng của Tỉnh ủy',
      'Đoàn đại biểu Quốc hội đơn vị tỉnh Thái Nguyên',
      'Hội đồng nhân dân các cấp',
      'các cơ quan tư pháp',
      'Mặt trận Tổ quốc Việt Nam các cấp và các tổ chức thành viên',
      'các tổ chức chính trị - xã hội, đoàn thể nhân dân',
    ]);
    expect(request?.content).toMatch(/^Tăng cường giám sát, phối hợp chặt chẽ/);
  });

  it('"theo tiến độ của Bộ …" is kept as written, not dated, and reported with its section', () => {
    const vague = plan.tasks.filter((t) => t.deadlineText.startsWith('Theo tiến độ'));
    expect(vague.map((t) => t.order)).toEqual(['III.2', 'III.4', 'III.6', 'III.8']);
    expect(vague.every((t) => t.deadline === null)).toBe(true);
    expect(plan.problems).toContain(
      'Không hiểu thời hạn «Theo tiến độ của Bộ Nội vụ» ở Mục III.2 (Sở Nội vụ) — để trống Hạn xử lý.',
    );
    expect(plan.problems.filter((p) => p.startsWith('Không hiểu thời hạn'))).toHaveLength(4);
  });
});
