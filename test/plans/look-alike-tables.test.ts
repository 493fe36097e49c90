import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Tables with a task table's columns (a content, a body) that hand out no work: a report's
// figures, a list of work already done. The coordinator sees in the preview what was left out.

const head = (kind: string): string =>
  `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 214/BC-UBND\n\nSơn La, ngày 08 tháng 7 năm 2026\n\n${kind}\n\nSơ kết 6 tháng thực hiện Chương trình\n\n`;

const FIGURES = [
  '| STT | Dự án | Kế hoạch vốn năm 2026 (triệu đồng) | Giải ngân đến 30/6/2026 (triệu đồng) | Tỷ lệ (%) | Cơ quan chủ trì dự án |',
  '|---|---|---|---|---|---|',
  '| 1 | Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất | 168.420 | 71.530 | 42,5 | Sở Dân tộc và Tôn giáo |',
  '| 2 | Dự án 2: Quy hoạch, sắp xếp, bố trí ổn định dân cư | 214.800 | 60.140 | 28,0 | Sở Nông nghiệp và Môi trường |',
  '| 3 | Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực | 186.300 | 63.900 | 34,3 | Sở Giáo dục và Đào tạo |',
  '|  | **Tổng cộng** | **569.520** | **195.570** | **34,3** |  |',
].join('\n');

const DUTIES =
  '\n\nIII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n\n' +
  '1. Sở Tài chính tham mưu điều chuyển kế hoạch vốn của các dự án chậm giải ngân, hoàn thành trước ngày 30/9/2026.\n';

describe('rule «figures-table»: a report’s table of results names bodies but hands out no work', () => {
  it('leaves the figures out, says so in the preview, and still reads the duties after it', async () => {
    const plan = await readPlanFile(writeTemp('bao-cao.md', `${head('BÁO CÁO')}I. KẾT QUẢ\n\n${FIGURES}${DUTIES}`));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([[['Sở Tài chính'], '2026-09-30']]);
    expect(plan.problems.join('\n')).toMatch(/Bỏ qua bảng «STT \| Dự án \| Kế hoạch vốn.*bảng số liệu kết quả/u);
  });

  it('keeps a task table whose only figures are its cost, or that says when', async () => {
    const costed = [
      '| STT | Nội dung | Cơ quan chủ trì | Kinh phí (triệu đồng) |',
      '|---|---|---|---|',
      '| 1 | Tổ chức tập huấn cho cán bộ làm công tác dân tộc cấp xã | Sở Dân tộc và Tôn giáo | 350 |',
      '| 2 | Xây dựng mô hình sinh kế cho đồng bào dân tộc thiểu số | Sở Nông nghiệp và Môi trường | 1.200 |',
    ].join('\n');
    const dated = [
      '| STT | Nội dung | Cơ quan chủ trì | Kinh phí (triệu đồng) | Số lớp | Thời gian |',
      '|---|---|---|---|---|---|',
      '| 1 | Tổ chức tập huấn cho cán bộ làm công tác dân tộc cấp xã | Sở Dân tộc và Tôn giáo | 350 | 4 | Quý III/2026 |',
      '| 2 | Xây dựng mô hình sinh kế cho đồng bào dân tộc thiểu số | Sở Nông nghiệp và Môi trường | 1.200 | 2 | Quý IV/2026 |',
    ].join('\n');
    for (const table of [costed, dated]) {
      const plan = await readPlanFile(writeTemp('ke-hoach.md', `${head('KẾ HOẠCH')}II. NHIỆM VỤ\n\n${table}\n`));
      expect(plan.tasks.map((t) => t.lead[0])).toEqual(['Sở Dân tộc và Tôn giáo', 'Sở Nông nghiệp và Môi trường']);
    }
  });
});

describe('rule «done-list»: a table titled as the work already done is no work', () => {
  const table = [
    '| STT | Nội dung nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì | Thời hạn |',
    '|---|---|---|---|---|',
    '| 1 | Tổ chức Hội nghị xúc tiến tiêu thụ nông sản tỉnh năm 2026 | Văn bản số 402/UBND-KTN | Sở Công Thương | 30/4/2026 |',
    '| 2 | Kiểm tra công tác bảo đảm an toàn thực phẩm dịp Tết Nguyên đán | Văn bản số 210/UBND-KGVX | Sở Y tế | 10/3/2026 |',
  ].join('\n');

  it('leaves out «DANH MỤC NHIỆM VỤ ĐÃ HOÀN THÀNH …» and says why', async () => {
    const text = `${head('BÁO CÁO')}**PHỤ LỤC II**\n\n**DANH MỤC NHIỆM VỤ ĐÃ HOÀN THÀNH NHƯNG CHƯA CẬP NHẬT KẾT QUẢ**\n\n*(Kèm theo Báo cáo số 214/BC-UBND)*\n\n${table}\n`;
    const plan = await readPlanFile(writeTemp('da-hoan-thanh.md', text));
    expect(plan.tasks).toEqual([]);
    expect(plan.problems.join('\n')).toContain('danh mục việc đã hoàn thành');
  });

  it('reads the same table titled as work not yet done', async () => {
    const text = `${head('BÁO CÁO')}**PHỤ LỤC I**\n\n**DANH MỤC NHIỆM VỤ CHƯA HOÀN THÀNH**\n\n${table}\n`;
    const plan = await readPlanFile(writeTemp('chua-hoan-thanh.md', text));
    expect(plan.tasks.map((t) => t.lead[0])).toEqual(['Sở Công Thương', 'Sở Y tế']);
  });
});

describe('the preview names only the tables really left out', () => {
  it('does not call a list led by its group rows «not a task table»', async () => {
    const text =
      `${head('CÔNG VĂN')}**PHỤ LỤC I**\n\n` +
      '| STT | Nội dung nhiệm vụ | Văn bản giao nhiệm vụ | Thời hạn đề nghị hoàn thành |\n|---|---|---|---|\n' +
      '| **I** | **SỞ Y TẾ (02 nhiệm vụ)** |  |  |\n' +
      '| 1 | Rà soát, sắp xếp mạng lưới trạm y tế sau sắp xếp đơn vị hành chính | Văn bản số 12/UBND-KGVX | 30/9/2026 |\n' +
      '| 2 | Xây dựng đề án phát triển y tế cơ sở giai đoạn 2026 - 2030 | Văn bản số 15/UBND-KGVX | 31/10/2026 |\n' +
      '| **II** | **SỞ TƯ PHÁP (01 nhiệm vụ)** |  |  |\n' +
      '| 1 | Rà soát, bãi bỏ các văn bản quy phạm pháp luật không còn phù hợp | Văn bản số 660/UBND-NC | 30/11/2026 |\n';
    const plan = await readPlanFile(writeTemp('nhom.md', text));
    expect(plan.tasks.map((t) => t.lead[0])).toEqual(['Sở Y tế', 'Sở Y tế', 'Sở Tư pháp']);
    expect(plan.problems.join('\n')).not.toContain('Bỏ qua bảng');
  });
});

describe('a Sở’s report on its research contracts, then its next steps (writer 19’s development set)', () => {
  const report =
    `${head('BÁO CÁO')}II. KẾT QUẢ\n\n` +
    '*Bảng 2. Tình hình thực hiện các nhiệm vụ khoa học và công nghệ cấp tỉnh (đến ngày 31/12/2025)*\n\n' +
    '| STT | Tên nhiệm vụ | Tổ chức chủ trì | Chủ nhiệm nhiệm vụ | Thời gian thực hiện | Tình trạng |\n|---|---|---|---|---|---|\n' +
    '| 1 | Xây dựng cơ sở dữ liệu nguồn gen cây dược liệu bản địa | Trường Đại học Tây Nguyên | PGS.TS. Nguyễn Thị Hằng | 03/2024 - 02/2026 | Chậm tiến độ |\n' +
    '| 2 | Ứng dụng công nghệ IoT giám sát mặn, hạn vùng ven biển | Trung tâm Khoa học, Công nghệ và Đổi mới sáng tạo tỉnh | ThS. Lê Văn Phúc | 06/2024 - 05/2026 | Đang thực hiện |\n\n' +
    'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n\n' +
    '1. Làm việc với tổ chức chủ trì 03 nhiệm vụ chậm tiến độ, xác định nguyên nhân, đề xuất gia hạn hoặc chấm dứt hợp đồng (Phòng Quản lý khoa học chủ trì, phối hợp Phòng Kế hoạch - Tài chính; hoàn thành trước ngày 31/3/2026).\n\n' +
    '2. Tổ chức đánh giá, nghiệm thu các nhiệm vụ kết thúc trong năm 2026 bảo đảm đúng thời hạn quy định (Phòng Quản lý khoa học chủ trì).\n';

  it('leaves out the table of how the contracts stood (rule «status-table»)', async () => {
    const plan = await readPlanFile(writeTemp('bao-cao-khcn.md', report));
    expect(plan.tasks.map((t) => t.content)).not.toContain('PGS.TS. Nguyễn Thị Hằng');
    expect(plan.problems.join('\n')).toContain('bảng tình hình thực hiện');
  });

  it('gives each next step to the body its closing bracket names (rule «actor-in-bracket»)', async () => {
    const plan = await readPlanFile(writeTemp('bao-cao-khcn-2.md', report));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Phòng Quản lý khoa học'], '2026-03-31'],
      // «đúng thời hạn quy định» says how, not by when.
      [['Phòng Quản lý khoa học'], null],
    ]);
  });

  it('reads the same table as work when its title does not report how things stood', async () => {
    const plan = await readPlanFile(
      writeTemp(
        'ke-hoach-khcn.md',
        report.replace('Bảng 2. Tình hình thực hiện các nhiệm vụ', 'Bảng 2. Danh mục nhiệm vụ'),
      ),
    );
    // «Chủ nhiệm nhiệm vụ» names the scientist: the content is the task's name.
    expect(plan.tasks.slice(0, 2).map((t) => t.content)).toEqual([
      'Xây dựng cơ sở dữ liệu nguồn gen cây dược liệu bản địa',
      'Ứng dụng công nghệ IoT giám sát mặn, hạn vùng ven biển',
    ]);
  });
});

describe('rule «budget-table»: a plan’s cost estimate lists its activities but hands out nothing', () => {
  const plan = (title: string): string =>
    `${head('KẾ HOẠCH')}II. NHIỆM VỤ\n\n1. Sở Văn hóa, Thể thao và Du lịch tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X trong tháng 8/2026.\n\n` +
    `**Phụ lục II**\n\n**${title}**\n\n` +
    '| TT | Nội dung hoạt động | Đơn vị thực hiện | Kinh phí (triệu đồng) |\n|---|---|---|---|\n' +
    '| 1 | Đại hội Thể dục thể thao tỉnh lần thứ X | Sở Văn hóa, Thể thao và Du lịch | 3.200 |\n' +
    '| 2 | Hội khỏe Phù Đổng tỉnh lần thứ XI | Sở Giáo dục và Đào tạo | 1.100 |\n';

  it('leaves the estimate out, so the duty in the text is read with its date', async () => {
    const read = await readPlanFile(writeTemp('du-toan.md', plan('DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026')));
    expect(read.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([['Sở Văn hóa, Thể thao và Du lịch', '2026-08-31']]);
    expect(read.problems.join('\n')).toContain('bảng dự toán kinh phí');
  });

  it('reads the same table titled as a list of tasks', async () => {
    const read = await readPlanFile(writeTemp('danh-muc.md', plan('DANH MỤC NHIỆM VỤ NĂM 2026')));
    expect(read.tasks.map((t) => t.lead[0])).toContain('Sở Giáo dục và Đào tạo');
  });
});
