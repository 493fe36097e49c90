import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { isTeamMakeUp } from '../../src/plans/not-work-clauses.js';
import { writeTemp } from './helpers.js';

// Rule «team-make-up»: a sentence telling who a team is made of hands out no work.
describe('rule «team-make-up»', () => {
  it.each([
    'Ban Chỉ huy phòng cháy, chữa cháy rừng tỉnh do Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban, Giám đốc Sở Nông nghiệp và Môi trường làm Phó Trưởng ban thường trực; các thành viên là lãnh đạo Công an tỉnh.',
    'Chủ tịch Ủy ban nhân dân phường là Trưởng Ban Chỉ huy Phòng thủ dân sự phường, chỉ đạo chung công tác phòng, chống ngập trên địa bàn.',
    'Ban Tổ chức Hội nghị gồm: Trưởng ban: Giám đốc Sở; Phó Trưởng ban: Phó Giám đốc Sở; các thành viên: Chánh Văn phòng Sở.',
    'Trưởng ban: Giám đốc Sở; Phó Trưởng ban: Phó Giám đốc Sở Lò Thị Hương; các thành viên: Chánh Văn phòng Sở.',
  ])('is no work: %s', (text) => {
    expect(isTeamMakeUp(text)).toBe(true);
  });

  it.each([
    // A second sentence hands out work.
    'Chủ tịch Ủy ban nhân dân phường là Trưởng Ban Chỉ huy. Giao đồng chí Phó Chủ tịch trực tiếp kiểm tra các điểm ngập.',
    // A dated duty of the head is work.
    'Trưởng ban chủ trì họp Ban Chỉ đạo trước ngày 15/3/2026.',
    'Sở Nội vụ tham mưu kiện toàn Ban Chỉ đạo, trình Ủy ban nhân dân tỉnh trong tháng 3/2026.',
  ])('is work: %s', (text) => {
    expect(isTeamMakeUp(text)).toBe(false);
  });

  it('leaves the make-up out of a plan and keeps the duty beside it', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 2148/KH-UBND\n\nĐiện Biên, ngày 26 tháng 10 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Phòng cháy, chữa cháy rừng mùa khô\n\nIV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Ban Chỉ huy phòng cháy, chữa cháy rừng tỉnh do Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban, Giám đốc Sở Nông nghiệp và Môi trường làm Phó Trưởng ban thường trực.\n\n' +
      '2. Sở Nông nghiệp và Môi trường chủ trì tổ chức diễn tập chữa cháy rừng cấp tỉnh trước ngày 31/01/2027.\n';
    const plan = await readPlanFile(writeTemp('team.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Sở Nông nghiệp và Môi trường']]);
  });
});
