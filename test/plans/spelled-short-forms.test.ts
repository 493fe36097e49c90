import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Rule «spelled-by-the-plan»: a unit types its divisions short in the table, gives no key, and names
// them in full in «Nơi nhận» or a sentence.

const HEAD =
  'TRUNG TÂM BẢO TỒN DI TÍCH\n\nSố: 245/KH-TTBTDT\n\nHuế, ngày 12 tháng 5 năm 2026\n\nKẾ HOẠCH\n\n' +
  'Phục vụ khách tham quan trong Tuần lễ Festival\n\nII. NHIỆM VỤ CỤ THỂ\n\n' +
  '| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n';

const TAIL =
  '\nIII. KINH PHÍ\n\nPhòng Kế hoạch - Tài vụ hướng dẫn các đơn vị lập dự toán.\n\n' +
  'Nơi nhận:\n- Phòng Quản lý Di tích, Phòng Bảo vệ;\n- Phòng Dịch vụ - Du lịch;\n- Lưu: VT.\n';

describe('rule «spelled-by-the-plan»: short forms with no key, spelled by the names the plan gives', () => {
  it('reads «P.QLDT», «P.DVDL», «P.KHTV» as the divisions named in «Nơi nhận» and in a sentence', async () => {
    const text =
      HEAD +
      '| 1 | Kiểm tra, gia cố tạm thời các hạng mục có nguy cơ mất an toàn | P.QLDT | P.BV | Trước ngày 05/6/2026 |\n' +
      '| 2 | Bố trí nhà vệ sinh di động và điểm nước uống miễn phí | P.DVDL, P.QLDT | P.KHTV | Trước ngày 11/6/2026 |\n' +
      TAIL;
    const plan = await readPlanFile(writeTemp('p-qldt.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [['Phòng Quản lý Di tích'], ['Phòng Bảo vệ']],
      [['Phòng Dịch vụ - Du lịch', 'Phòng Quản lý Di tích'], ['Phòng Kế hoạch - Tài vụ']],
      // The sentence that names the division in full is a duty of its own.
      [['Phòng Kế hoạch - Tài vụ'], []],
    ]);
  });

  it('leaves a short form as written when two bodies of the plan have its initials', async () => {
    const text =
      HEAD +
      '| 1 | Rà soát sơ đồ tuyến tham quan tại Đại Nội | P.QLDT | | Trước ngày 05/6/2026 |\n' +
      TAIL +
      '- Phòng Quản lý Du thuyền;\n';
    const plan = await readPlanFile(writeTemp('p-qldt-two.md', text));
    expect(plan.tasks[0]?.lead).toEqual(['P.QLDT']);
  });

  it('does not read a short form whose letters only fit inside a longer name', async () => {
    const text = HEAD + '| 1 | Rà soát sơ đồ tuyến tham quan tại Đại Nội | P.QLD | | Trước ngày 05/6/2026 |\n' + TAIL;
    const plan = await readPlanFile(writeTemp('p-qld.md', text));
    expect(plan.tasks[0]?.lead).toEqual(['P.QLD']);
  });
});

describe('rule «list-of-short-forms»: «SNNMT, SKHCN» is two bodies the key defines', () => {
  it('splits the list and spells each one out', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n\nSố: 1247/KH-UBND\n\nVĩnh Long, ngày 02 tháng 6 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Phát triển ngành dừa\n\nPHỤ LỤC\n\n' +
      '| TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n' +
      '| 1 | Xây dựng vùng nguyên liệu dừa hữu cơ | SNNMT, SKHCN | UBND các xã | Năm 2026 |\n\n' +
      '*Ghi chú: SNNMT - Sở Nông nghiệp và Môi trường; SKHCN - Sở Khoa học và Công nghệ; UBND - Ủy ban nhân dân.*\n';
    const plan = await readPlanFile(writeTemp('short-list.md', text));
    expect(plan.tasks[0]?.lead).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ']);
  });
});
