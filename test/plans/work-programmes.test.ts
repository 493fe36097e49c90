import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from '../../src/domain/deadline.js';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// A Quyết định that issues a work programme or an inspection plan: articles, then a table.

const DECISION =
  'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 3168/QĐ-UBND\n\nSơn La, ngày 29 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n\n' +
  'Ban hành Chương trình công tác năm 2026 của Ủy ban nhân dân tỉnh\n\n' +
  'Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác năm 2026.\n\n' +
  'Điều 2. Tổ chức thực hiện\n\n' +
  '1. Định kỳ trước ngày 22 hằng tháng, các sở, ban, ngành báo cáo tiến độ chuẩn bị các nội dung trình, gửi Văn phòng Ủy ban nhân dân tỉnh.\n\n' +
  '2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan thực hiện Chương trình công tác.\n\n' +
  'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này.\n\n' +
  'Quyết định này có hiệu lực kể từ ngày ký./.\n\n' +
  'CHƯƠNG TRÌNH\n\nCÔNG TÁC NĂM 2026\n\n';

describe('a work programme issued by a Quyết định', () => {
  it('rules «group-period», «note-row», «article-section»: rows dated by their group, the articles read', async () => {
    const text =
      DECISION +
      '| STT | Tên đề án, nội dung trình | Cơ quan chủ trì | Cơ quan phối hợp | Ghi chú |\n|---|---|---|---|---|\n' +
      '| **I** | **THÁNG 01/2026** | | | |\n' +
      '| 1 | Kế hoạch phát triển kinh tế - xã hội năm 2026 | Sở Tài chính | Các sở, ban, ngành | |\n' +
      '| **II** | **THÁNG 02/2026** | | | |\n' +
      '| | Không tổ chức phiên họp thường kỳ (nghỉ Tết Nguyên đán) | | | |\n' +
      '| **III** | **QUÝ II/2026** | | | |\n' +
      '| 2 | Đề án phát triển cây ăn quả giai đoạn 2026 - 2030 | Sở Nông nghiệp và Môi trường | Sở Công Thương | |\n' +
      '| **IV** | **CÁC NỘI DUNG TRÌNH ĐỊNH KỲ** | | | |\n' +
      '| 3 | Báo cáo tình hình kinh tế - xã hội tháng | Sở Tài chính | Các sở, ban, ngành | Trước ngày 20 hằng tháng |\n';
    const plan = await readPlanFile(writeTemp('chuong-trinh.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.deadline, t.recurrence])).toEqual([
      ['task', 'Sở Tài chính', '2026-01-31', ''],
      // The note row under «THÁNG 02/2026» is no task.
      ['task', 'Sở Nông nghiệp và Môi trường', '2026-06-30', ''],
      ['report', 'Sở Tài chính', null, 'Hằng tháng, trước ngày 20'],
      // Điều 2 is read as a duty section, and ends at Điều 3 (the closing formula is no task).
      // «Định kỳ trước ngày 22 hằng tháng, các sở … báo cáo» is a monthly report of other bodies
      // than the table's, so it is kept beside the table's report rows.
      ['report', 'Các sở, ban, ngành', null, 'Hằng tháng, trước ngày 22'],
      ['task', 'Văn phòng Ủy ban nhân dân tỉnh', null, ''],
    ]);
  });

  it('a row under a group with a date but no number and no body is work kept, and the preview says so', async () => {
    const text =
      DECISION +
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n' +
      '| **I** | **NHIỆM VỤ CHUNG** | | |\n' +
      '| | Quán triệt, phổ biến Kế hoạch đến cán bộ, công chức | | Quý I/2026 |\n' +
      '| 1 | Rà soát hồ sơ | Sở Nội vụ | Quý II/2026 |\n';
    const plan = await readPlanFile(writeTemp('dong-ghi-chu.md', text));
    expect(plan.tasks.map((t) => [t.content.slice(0, 10), t.deadline])).toEqual(
      expect.arrayContaining([['Quán triệt', '2026-03-31']]),
    );
    expect(plan.problems.some((p) => /không ghi cơ quan chủ trì/u.test(p))).toBe(true);
  });

  it('«Trường hợp …» opens a condition, not a school: it names no body', async () => {
    const text =
      DECISION.replace(
        'gửi Văn phòng Ủy ban nhân dân tỉnh.',
        'gửi Văn phòng Ủy ban nhân dân tỉnh; Văn phòng Ủy ban nhân dân tỉnh tổng hợp chung. Trường hợp cần điều chỉnh thời gian trình, cơ quan chủ trì phải nêu rõ lý do.',
      ) + '| STT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Kế hoạch năm 2026 | Sở Tài chính |\n';
    const plan = await readPlanFile(writeTemp('truong-hop.md', text));
    expect(plan.tasks.flatMap((t) => t.lead).some((l) => /^Trường hợp/u.test(l))).toBe(false);
  });
});

describe('an inspection plan', () => {
  it('rules «duration-column» and «period-ahead»: «Quý I» and «Tháng 4 - 5», over before the plan’s date, are next year’s', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 2894/QĐ-UBND\n\nQuảng Ngãi, ngày 12 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n\n' +
      'Phê duyệt Kế hoạch thanh tra năm 2026 của Thanh tra tỉnh\n\nPHỤ LỤC\n\n' +
      '| STT | Đối tượng thanh tra | Nội dung thanh tra | Thời gian tiến hành | Thời hạn thanh tra (ngày làm việc) | Đơn vị chủ trì |\n' +
      '|---|---|---|---|---|---|\n' +
      '| 1 | UBND xã Ba Tơ | Thanh tra việc quản lý, sử dụng đất đai | Quý I | 30 | Phòng Nghiệp vụ 1 |\n' +
      '| 2 | Sở Y tế | Thanh tra việc mua sắm thuốc, vật tư y tế | Tháng 4 - 5 | 45 | Phòng Nghiệp vụ 2 |\n' +
      '| 3 | Sở Tài chính | Thanh tra công tác quản lý ngân sách | Quý IV | 30 | Phòng Nghiệp vụ 3 |\n';
    const plan = await readPlanFile(writeTemp('thanh-tra.md', text));
    // Rule «plan-for-next-year»: «Quý IV» of a plan signed in December 2025 for 2026 is 2026's.
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline])).toEqual([
      ['Quý I', '2026-03-31'],
      ['Tháng 4 - 5', '2026-05-31'],
      ['Quý IV', '2026-12-31'],
    ]);
  });

  it('a Tết plan for the year ahead still dates its bare December in the old year', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nXÃ HÀM YÊN\n\nSố: 186/KH-UBND\n\nHàm Yên, ngày 02 tháng 12 năm 2025\n\nKẾ HOẠCH\n\n' +
      'Tổ chức Tết Nguyên đán Bính Ngọ năm 2026\n\n' +
      '| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n' +
      '| 1 | Trang trí khẩu hiệu, cờ Tổ quốc | Phòng Văn hóa - Xã hội | Tháng 12 |\n';
    const plan = await readPlanFile(writeTemp('tet.md', text));
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2025-12-31']);
  });

  it('a span of months borrows «tháng» and the year', () => {
    expect(normalizeDeadline('Tháng 10 - 11', { year: 2026 }).date).toBe('2026-11-30');
    expect(normalizeDeadline('Tháng 4-5/2026', { year: null }).date).toBe('2026-05-31');
    // Backwards is not a span: nothing is guessed.
    expect(normalizeDeadline('Tháng 11 - 3', { year: 2026 }).understood).toBe(false);
  });
});

describe('a party inspection programme', () => {
  it('reads «Cơ quan tham mưu, giúp việc» as the lead column; a numbered first row is a task, not more header', async () => {
    const text =
      'TỈNH ỦY ĐIỆN BIÊN\n\nSố: 18-CTr/TU\n\nĐiện Biên, ngày 12 tháng 01 năm 2026\n\nCHƯƠNG TRÌNH\n\nKiểm tra, giám sát năm 2026\n\n' +
      '2. Ban Thường vụ Tỉnh ủy kiểm tra\n\n' +
      '| TT | Nội dung kiểm tra | Đối tượng kiểm tra | Thời gian | Cơ quan tham mưu, giúp việc |\n|---|---|---|---|---|\n' +
      // Its words («thực hiện Nghị quyết», «(chủ trì)») are header words too.
      '| 1 | Việc lãnh đạo, chỉ đạo tổ chức thực hiện Nghị quyết Đại hội | Đảng ủy xã Mường Nhé | Quý II/2026 | Ủy ban Kiểm tra Tỉnh ủy (chủ trì); Ban Tổ chức Tỉnh ủy |\n' +
      '| 2 | Việc lãnh đạo công tác phòng, chống ma túy | Đảng ủy Công an tỉnh | Tháng 5 - 6/2026 | Ban Nội chính Tỉnh ủy (chủ trì); Ủy ban Kiểm tra Tỉnh ủy |\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Đảng ủy Công an tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh, đảng ủy các xã, phường:\n\n' +
      '- Xây dựng, ban hành chương trình kiểm tra, giám sát năm 2026 của cấp mình trước ngày 31/01/2026.\n';
    const plan = await readPlanFile(writeTemp('kiem-tra.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.coordinating.join('; '), t.deadline])).toEqual([
      ['Ủy ban Kiểm tra Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', '2026-06-30'],
      ['Ban Nội chính Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', '2026-06-30'],
      // «đảng ủy các xã, phường» in lower case is a body of its own in the list.
      ['Đảng ủy Công an tỉnh; Đảng ủy Bộ đội Biên phòng tỉnh; đảng ủy các xã, phường', '', '2026-01-31'],
    ]);
  });
});
