import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';
import { splitLeadingAgencies } from '../../src/plans/agency-list.js';
import { writeTemp } from './helpers.js';

// The thirteenth session's rules for a commune's or ward's own plans: offices typed short and
// completed from the plan's own list, offices whose duty opens with a verb no list knows, officials
// named in a section's prose, heads of a ward's «khu vực», and a loose timed paragraph beside a task
// table. Read from writer 44's development documents in the three formats, and from small plans.

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans', 'new-writers-41');
const FORMATS = ['md', 'docx', 'pdf'] as const;
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

const HEAD = ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH KIỀU', '', 'Số: 318/UBND-KT', ''];
const commune = (...lines: string[]) => readPlanFile(writeTemp('cong-van.md', [...HEAD, ...lines].join('\n\n')));

describe('a ward’s letter of six numbered points («shorthand-completed», «level-then-duty»)', () => {
  it('names «P.KT» as the ward office its «Kính gửi» lists, in every format', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `cantho-318-2026-chong-that-thu-ho-kinh-doanh-phuong-ninh-kieu.${format}`),
      );
      expect(task(tasks, 'Chủ trì, phối hợp Công an phường').lead).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị phường']);
      // «TTPVHCC phường rút ngắn …»: no verb list knows «rút ngắn»; the office ends at its level.
      expect(task(tasks, 'Rút ngắn thời gian cấp Giấy chứng nhận').lead).toEqual([
        'Trung tâm Phục vụ hành chính công phường',
      ]);
      // «Trưởng các khu vực»: the heads of a Cần Thơ ward's quarters, like «Trưởng các thôn».
      expect(task(tasks, 'Phổ biến đến từng hộ kinh doanh').lead).toEqual(['Trưởng các khu vực']);
    }
  });

  it('reads «mỗi tháng gửi P.KT danh sách … trước ngày 05 của tháng sau» as a monthly report («periodic-list»)', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'cantho-318-2026-chong-that-thu-ho-kinh-doanh-phuong-ninh-kieu.md'),
    );
    const list = task(tasks, 'Báo cáo tháng: Mỗi tháng gửi P.KT danh sách');
    expect(list.kind).toBe('report');
    expect(task(tasks, 'Rút ngắn thời gian cấp').content).not.toContain('danh sách');
  });

  it('leaves a shorthand as spelled out when the plan names the office two ways', async () => {
    const plan = await commune(
      'Kính gửi: Trạm Y tế xã An Bình; Trạm Y tế phường Bình Minh.',
      'Chủ tịch UBND phường yêu cầu các đơn vị thực hiện các nội dung sau:',
      '1. TYT chủ trì tổ chức tiêm vắc xin cho trẻ em, hoàn thành trước ngày 30/6/2026.',
    );
    expect(plan.tasks[0]?.lead).toEqual(['Trạm Y tế']);
  });

  it('ends an office at its level only when one office is named, outside brackets, not «Hợp tác xã» or «xã hội»', () => {
    expect(splitLeadingAgencies('Trạm Y tế xã rút ngắn thời gian chờ tiêm')).toEqual({
      agencies: ['Trạm Y tế xã'],
      rest: 'Rút ngắn thời gian chờ tiêm',
    });
    expect(splitLeadingAgencies('Hợp tác xã nông nghiệp Tân Phú rút ngắn thời gian thu mua')).toBeNull();
    expect(splitLeadingAgencies('Các tổ chức chính trị - xã hội phường vận động hội viên')?.agencies).toEqual([
      'Các tổ chức chính trị - xã hội phường',
    ]);
    expect(
      splitLeadingAgencies('Ủy ban nhân dân các xã miền núi Mường Lát, Quan Sơn sơ tán dân')?.agencies[0],
    ).not.toBe('Ủy ban nhân dân các xã');
  });
});

describe('officials named in a section’s prose («named-official», «bare-oversight»)', () => {
  it('gives the official’s paragraph a row of its own, in every format', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `hatinh-24-2026-cai-cach-hanh-chinh-phuong-thanh-sen.${format}`),
      );
      expect(task(tasks, 'Trực tiếp chỉ đạo, kiểm tra việc thực hiện Kế hoạch').lead).toEqual([
        'Lê Thị Mai - Phó Chủ tịch UBND phường',
      ]);
    }
  });

  it('gives no row to an official who only «chỉ đạo»', async () => {
    const plan = await commune(
      'III. TỔ CHỨC THỰC HIỆN',
      'Đồng chí Nguyễn Thị Hạnh, Phó Chủ tịch UBND phường chỉ đạo; Phòng Văn hóa - Xã hội tham mưu.',
      'Đồng chí Lê Thị Mai, Phó Chủ tịch UBND phường trực tiếp kiểm tra công vụ tại các đơn vị trong tháng 5/2026.',
    );
    expect(plan.tasks.map((t) => t.content)).toEqual(['Trực tiếp kiểm tra công vụ tại các đơn vị trong tháng 5/2026.']);
  });
});

describe('a loose timed paragraph beside a task table («timed-beside-list»)', () => {
  it('keeps the village heads’ Sunday clean-up and still drops the pointer to the table', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `phutho-38-2026-phong-chong-dich-benh-mua-mua-xa-thanh-son.${format}`),
      );
      expect(task(tasks, 'Vận động nhân dân ra quân vệ sinh môi trường').lead).toEqual(['Trưởng các thôn']);
      expect(tasks.some((t) => t.content.startsWith('Triển khai thực hiện nghiêm túc Kế hoạch'))).toBe(false);
    }
  });
});

describe('a commune’s requests and reports at the end of its plan', () => {
  it('ends a province body at its place’s name when its verb is one no list knows, in every format', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `lamdong-64-2026-cap-giay-chung-nhan-dat-xa-nam-ban-lam-ha.${format}`),
      );
      const tax = task(tasks, 'Xác định nghĩa vụ tài chính đối với hồ sơ');
      expect(tax.kind).toBe('request');
      expect(tax.lead).toEqual(['Thuế cơ sở 7 tỉnh Lâm Đồng']);
      // «Thủ trưởng các đơn vị, Trưởng các thôn chịu trách nhiệm trước Chủ tịch …» says to whom they answer.
      expect(tasks.some((t) => t.content.startsWith('Chịu trách nhiệm trước'))).toBe(false);
      // The web page's «Văn bản liên quan» after the signature table is no request («signature-table»).
      expect(tasks.some((t) => t.content.includes('Văn bản liên quan'))).toBe(false);
    }
  });

  it('reads «Các cơ quan, đơn vị báo cáo … 6 tháng … và báo cáo năm …» as two reports of everyone', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `quangninh-52-2026-phong-chong-thien-tai-dac-khu-van-don.${format}`),
      );
      const reports = tasks.filter((t) => t.kind === 'report' && t.lead[0] === 'Các cơ quan, đơn vị');
      expect(reports.map((r) => r.deadline).sort()).toEqual(['2026-06-10', '2026-11-20']);
    }
  });
});

describe('a request that asks for a report too («report-in-request»)', () => {
  it('gives the tax office’s report by 30/6/2026 a row of its own beside the request', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'cantho-318-2026-chong-that-thu-ho-kinh-doanh-phuong-ninh-kieu.md'),
    );
    const asked = task(tasks, 'Cử công chức hỗ trợ hộ kinh doanh');
    expect(asked.kind).toBe('request');
    const report = tasks.find((t) => t.kind === 'report' && t.deadline === '2026-06-30');
    expect(report?.lead).toEqual(['Thuế cơ sở 3 thành phố Cần Thơ']);
  });

  it('reads a request that asks only for reports as those reports', async () => {
    const plan = await commune(
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị Ủy ban MTTQ Việt Nam phường báo cáo kết quả giám sát về Ủy ban nhân dân phường định kỳ hằng quý (trước ngày 20 tháng cuối quý).',
    );
    expect(plan.tasks.map((t) => t.kind)).toEqual(['report']);
  });
});
