import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { findDeadlinePhrase } from '../../src/plans/duty-deadline.js';
import { writeTemp } from './helpers.js';

// A Ban Chỉ đạo's notice handing out work project by project: a leader directs, a body advises and
// follows the items, and some items name who does them after all. Habits met in writer 23's
// development set.

const NOTICE = [
  'BAN CHỈ ĐẠO CÁC CÔNG TRÌNH, DỰ ÁN TRỌNG ĐIỂM TỈNH PHÚ YÊN',
  '',
  'Số: 05/TB-BCĐ',
  '',
  'Phú Yên, ngày 02 tháng 3 năm 2026',
  '',
  'THÔNG BÁO',
  '',
  'Phân công thành viên Ban Chỉ đạo theo dõi các dự án trọng điểm năm 2026',
  '',
  'II. PHÂN CÔNG ĐỐI VỚI TỪNG DỰ ÁN',
  '',
  '1. Dự án cầu Hùng Vương nối dài',
  '',
  'Đồng chí Trần Văn Nam, Phó Chủ tịch Ủy ban nhân dân tỉnh trực tiếp chỉ đạo; Sở Xây dựng tham mưu, theo dõi, đôn đốc các nội dung sau:',
  '',
  '- Đôn đốc nhà thầu bổ sung máy móc, nhân lực, thi công hoàn thành trụ cầu T5 trong quý 2/2026.',
  '- Hoàn thành bồi thường, bàn giao mặt bằng phần đường dẫn chậm nhất 30.4.2026. Trách nhiệm thực hiện: Ủy ban nhân dân phường Tuy Hòa; Sở Nông nghiệp và Môi trường hỗ trợ xác định giá đất.',
  '- Cấp phép khai thác mỏ cát phục vụ dự án, do Sở Nông nghiệp và Môi trường thực hiện, xong trong tháng 4/2026.',
  '',
  '2. Dự án Bệnh viện Đa khoa tỉnh (cơ sở 2)',
  '',
  'Đồng chí Trưởng ban trực tiếp chỉ đạo. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu Ban Chỉ đạo thực hiện:',
  '',
  '- Hoàn thiện hồ sơ mua sắm trang thiết bị, trình thẩm định trước ngày 30/6/2026.',
  '- Hoàn thành lắp đặt hệ thống khí y tế trước khi đưa khối nhà chính vào sử dụng (trước ngày 31/10/2026). Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng tỉnh; cơ quan phối hợp: Sở Y tế.',
  '',
].join('\n');

describe('rule «directs-and-advises»: a leader directs, the body advising him does the items', () => {
  it('hands the items to the body that advises, not to the leader', async () => {
    const plan = await readPlanFile(writeTemp('tb-phan-cong.md', NOTICE));
    const first = plan.tasks.find((t) => t.content.startsWith('Đôn đốc nhà thầu'));
    expect(first?.lead).toEqual(['Sở Xây dựng']);
    const hospital = plan.tasks.find((t) => t.content.startsWith('Hoàn thiện hồ sơ mua sắm'));
    expect([hospital?.lead, hospital?.coordinating]).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });
});

describe('rule «own-doer-over-lead-in»: an item that names who does it after all', () => {
  it('gives «Trách nhiệm thực hiện: …» and «…, do X thực hiện» their own doer', async () => {
    const plan = await readPlanFile(writeTemp('tb-phan-cong.md', NOTICE));
    const handover = plan.tasks.find((t) => t.content.startsWith('Hoàn thành bồi thường'));
    expect([handover?.lead, handover?.coordinating, handover?.deadline]).toEqual([
      ['Ủy ban nhân dân phường Tuy Hòa'],
      ['Sở Nông nghiệp và Môi trường'],
      '2026-04-30',
    ]);
    const permit = plan.tasks.find((t) => t.content.startsWith('Cấp phép khai thác'));
    expect([permit?.lead, permit?.deadline]).toEqual([['Sở Nông nghiệp và Môi trường'], '2026-04-30']);
  });

  it('dates an item whose only time is in its own words (rule «time-in-title»)', async () => {
    const plan = await readPlanFile(writeTemp('tb-phan-cong.md', NOTICE));
    const gas = plan.tasks.find((t) => t.content.startsWith('Hoàn thành lắp đặt'));
    expect([gas?.lead, gas?.deadline]).toEqual([['Ban Quản lý dự án đầu tư xây dựng tỉnh'], '2026-10-31']);
  });
});

describe('times written in a duty’s words', () => {
  it('reads a quarter in figures and the year a completion names', () => {
    expect(findDeadlinePhrase('trình Ủy ban nhân dân tỉnh phê duyệt trong quý 2/2026.')).toBe('Trong quý 2/2026');
    expect(
      findDeadlinePhrase('Đẩy nhanh thi công, tích nước một phần và hoàn thành toàn bộ dự án trong năm 2027.'),
    ).toBe('Trong năm 2027');
    // A year that says what is reviewed is no deadline.
    expect(findDeadlinePhrase('Tổ chức tổng kết công tác dân vận trong năm 2025.')).toBe('');
  });
});
