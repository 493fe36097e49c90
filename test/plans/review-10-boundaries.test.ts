import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { FIXTURES_DIR } from './helpers.js';

// The rules added on writers 21, 25, 27 and 29's development sets each have a boundary: text they
// must leave as it was. These inputs were found by a review of those rules (test/fixtures/plans/review-10/).

const probe = (name: string) => readPlanFile(join(FIXTURES_DIR, 'review-10', `${name}.md`));

describe('table rules keep to their own tables', () => {
  it('«Bắt đầu | Hoàn thành» under «Thời gian»: a first row of work or a group row is no second header line', async () => {
    expect((await probe('h1')).tasks.map((t) => t.deadline)).toEqual(['2026-04-30', '2026-05-31', '2026-06-30']);
    const grouped = await probe('h2');
    expect(grouped.tasks.map((t) => [t.order, t.deadline])).toEqual([
      ['I.1', '2026-04-30'],
      ['I.2', '2026-05-31'],
      ['II.1', '2026-06-30'],
    ]);
  });

  it('«dropped-row»: stalled work («Đã dừng thi công do …», «Không thực hiện được …») is still owed', async () => {
    const plan = await probe('t1');
    expect(plan.tasks).toHaveLength(3);
    expect(plan.tasks.some((t) => t.content.startsWith('Tổ chức Hội chợ'))).toBe(false);
  });

  it('«done-row»: done last year and due again this year is work', async () => {
    expect((await probe('t2')).tasks).toHaveLength(3);
  });

  it('«merged-doer-rows»: a row wrapped line by line is one row', async () => {
    const plan = await probe('c1');
    const first = plan.tasks[0];
    expect(first?.content).toMatch(/liên thông về đất đai, đầu tư, xây dựng$/u);
    expect(first?.deadline).toBe('2026-06-30');
    expect(plan.tasks.some((t) => t.content.startsWith('liên thông'))).toBe(false);
  });

  it('«member-list»: a «Họ và tên cán bộ đầu mối» table whose rows hold duties is work', async () => {
    expect((await probe('m1')).tasks).toHaveLength(4);
  });
});

describe('sentence and name rules keep to their own cases', () => {
  it('«sentence-per-body»: a group’s own duty that names nobody stays the group’s', async () => {
    const plan = await probe('s3');
    const own = plan.tasks.find((t) => t.content.startsWith('Rà soát, thống kê'));
    expect(own?.lead).toEqual(['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường']);
    expect(own?.deadline).toBe('2026-06-30');
  });

  it('«sentence-per-body»: the issuer promising its step and a bare «Công ty», «Bệnh viện» are no second body', async () => {
    const leads = [...(await probe('s2')).tasks, ...(await probe('s4')).tasks].flatMap((t) => t.lead);
    expect(leads).not.toContain('Ủy ban nhân dân tỉnh');
    expect(leads).not.toContain('Công ty');
    expect(leads).not.toContain('Bệnh viện');
  });

  it('«sentence-per-body» under a body’s own lead-in leaves the item with that body', async () => {
    const plan = await probe('s1');
    expect(plan.tasks[0]?.lead).toEqual(['Sở Y tế']);
  });

  it('«weekly-before-report»: «… hằng tuần (vào chiều Chủ nhật), báo cáo tổng kết … trong tháng 11» reports once', async () => {
    const reports = (await probe('w1')).tasks.filter((t) => t.kind === 'report');
    expect(reports.map((t) => [t.deadline, t.recurrence])).toEqual([
      ['2026-12-15', ''],
      ['2026-11-30', ''],
    ]);
  });

  it('a short form that keeps its kind’s word («Ban QLDA …») names that body, not the list before it', async () => {
    const plan = await probe('l2');
    expect(plan.tasks.every((t) => t.lead[0]?.startsWith('Ban Quản lý dự án'))).toBe(true);
  });

  it('«legend-list»: an entry that lists bodies leaves the group as written', async () => {
    const plan = await probe('g1');
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Các sở, ngành'], ['Liên minh Hợp tác xã tỉnh']]);
  });

  it('«Giám đốc phụ trách chung» is what the director does; «Sở Nội vụ tổng hợp» is the Sở at work', async () => {
    expect((await probe('p3')).tasks.map((t) => t.lead[0]).slice(0, 2)).toEqual([
      'Giám đốc',
      'Phó Giám đốc phụ trách chuyên môn',
    ]);
    expect((await probe('p2')).tasks[0]?.lead).toContain('Sở Nội vụ');
  });

  it('«conditional-order» reads the order, a forecast gives no row; village heads lead', async () => {
    const plan = await probe('k1');
    expect(plan.tasks[0]?.content).toMatch(/^Trường hợp phải chuyển mục đích/u);
    expect(plan.tasks.some((t) => t.lead.includes('Trưởng khu phố'))).toBe(true);
  });

  it('«QUYẾT ĐỊNH:» adds no rows for a decision that sets up a committee', async () => {
    expect((await probe('q1')).tasks).toHaveLength(0);
  });
});

// A second review, of the rules added after the first (test/fixtures/plans/review-10b/).
const probeB = (name: string, ext = 'md') => readPlanFile(join(FIXTURES_DIR, 'review-10b', `${name}.${ext}`));

describe('the rules of the second round keep to their own cases', () => {
  it('«page-number-line»: a table written one cell per line keeps its row numbers', async () => {
    expect((await probeB('p3', 'txt')).tasks).toHaveLength(3);
    expect((await probeB('p2', 'txt')).tasks).toHaveLength(4);
  });

  it('«merged-doer-rows»: a row under a merged body whose time is a bare date is a row of its own', async () => {
    expect((await probeB('m1')).tasks.map((t) => t.deadline)).toEqual([
      '2026-04-15',
      '2026-07-31',
      '2026-09-10',
      '2026-09-05',
      '2026-09-20',
    ]);
  });

  it('«done-row»: a row done this year stays done whatever its time; «Không tiếp tục thực hiện» stays dropped', async () => {
    expect((await probeB('t2')).tasks).toHaveLength(2);
  });

  it('«event-anchor»: last year’s opening day is not this year’s; two events ahead leave the days unread', async () => {
    expect((await probeB('e1')).tasks.slice(0, 2).map((t) => t.deadline)).toEqual(['2026-04-09', '2026-04-21']);
    expect((await probeB('e2')).tasks.every((t) => t.deadline === null)).toBe(true);
  });

  it('«condition-rule» and «note-line»: a rule or a note that goes on to dated work keeps the work', async () => {
    expect((await probeB('c1')).tasks.map((t) => t.deadline)).toContain('2026-10-15');
    const noted = await probeB('n1');
    expect(noted.tasks.map((t) => t.deadline)).toEqual(expect.arrayContaining(['2026-04-20', '2026-06-30']));
  });

  it('«weekly-before-report»: «; hằng tuần, báo cáo …» is still a weekly report', async () => {
    expect((await probeB('w1')).tasks.filter((t) => t.kind === 'report')).toHaveLength(2);
  });

  it('«split-time»: «Thời điểm bắt đầu | Thời điểm hoàn thành» is a second header line too', async () => {
    expect((await probeB('h1')).tasks.map((t) => t.deadline)).toEqual(['2026-11-30', '2026-09-30', '2026-12-31']);
  });

  it('«forecast-case» keeps a conditional order that says «có nguy cơ …, tổ chức di dời …»', async () => {
    const plan = await probeB('f1');
    expect(plan.tasks.some((t) => t.content.includes('tổ chức di dời ngay'))).toBe(true);
  });

  it('«deputy-in-charge» is for deputies; heads «phụ trách» their ground as work', async () => {
    const leads = (await probeB('d2')).tasks.flatMap((t) => t.lead);
    expect(leads).toContain('Trưởng các thôn');
    expect(leads).toContain('Công an xã');
    expect(leads.some((l) => /phụ trách/u.test(l))).toBe(false);
  });

  it('a lower-case group after «Địa bàn khảo sát:» says where, not who', async () => {
    expect((await probeB('g1')).tasks.some((t) => t.content.includes('Địa bàn khảo sát'))).toBe(false);
  });

  it('«Trại hè …» is an event, «VP - Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh» one office, «Khoa Nội tổng hợp» a name', async () => {
    expect((await probeB('t1')).tasks.map((t) => t.lead[0]).slice(0, 2)).toEqual([
      'Đoàn Thanh niên xã',
      'Phòng Văn hóa - Xã hội',
    ]);
    expect((await probeB('l1')).tasks[0]?.lead).toEqual(['Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh']);
    expect((await probeB('o2')).tasks[0]?.lead).toEqual(['Khoa Nội tổng hợp']);
    expect((await probeB('o1')).tasks[0]?.lead).toEqual(['Trung tâm Dịch vụ tổng hợp']);
  });
});
