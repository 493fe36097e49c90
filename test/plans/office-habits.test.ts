import { describe, expect, it } from 'vitest';
import { expandNames } from '../../src/plans/abbreviations.js';
import { cleanAgencyName, splitAgencies } from '../../src/plans/agency-list.js';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Habits of drafting offices met in writer 12's development set, each a named rule of the importer:
// a Chỉ thị addressed to office holders, a ward's plan in phases, a project list, a joint plan.

const head = (issuer: string, number: string, kind = 'KẾ HOẠCH'): string =>
  `ỦY BAN NHÂN DÂN\n${issuer}\n\nSố: ${number}\n\n${issuer.charAt(0)}${issuer.slice(1).toLowerCase()}, ngày 05 tháng 01 năm 2026\n\n${kind}\n\nVề việc thực hiện nhiệm vụ năm 2026\n\n`;

describe('rule «bold-agency-heading»: a bold title naming only bodies hands them the items under it', () => {
  it('gives the lettered items to the office holder named in bold, without a colon', async () => {
    const text =
      head('TỈNH GIA LAI', '02/CT-UBND', 'CHỈ THỊ') +
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
      '**1. Giám đốc Sở Tài chính**\n\n' +
      'a) Theo dõi tiến độ giải ngân của từng chủ đầu tư, công khai danh sách chậm giải ngân hằng tháng.\n\n' +
      'b) Tham mưu điều chuyển kế hoạch vốn giữa các dự án, hoàn thành trước ngày 15/7/2026.\n\n' +
      '**2. Giám đốc Công an tỉnh** chỉ đạo bảo đảm an ninh, trật tự khi cưỡng chế thu hồi đất.\n';
    const plan = await readPlanFile(writeTemp('chi-thi.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Sở Tài chính'], null],
      [['Sở Tài chính'], '2026-07-15'],
      [['Công an tỉnh'], null],
    ]);
  });

  it('leaves a bold title that names work, not bodies, as a title', async () => {
    const text =
      head('TỈNH GIA LAI', '03/CT-UBND', 'CHỈ THỊ') +
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
      '**1. Đẩy nhanh giải ngân vốn đầu tư công**\n\n' +
      'a) Sở Tài chính theo dõi tiến độ giải ngân của từng chủ đầu tư hằng tháng.\n';
    const plan = await readPlanFile(writeTemp('chi-thi-2.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Sở Tài chính']]);
  });
});

describe('rule «period-title»: a phase title with its time in brackets dates the work under it', () => {
  it('dates the items that name no time, and leaves an item’s own date alone', async () => {
    const text =
      head('PHƯỜNG TÂN NINH', '27/KH-UBND') +
      'II. NỘI DUNG VÀ TIẾN ĐỘ\n\n' +
      '1. Giai đoạn 1: Tuyên truyền, vận động (từ ngày 01/02/2026 đến hết ngày 28/02/2026)\n\n' +
      '- Phòng Văn hóa - Xã hội tổ chức tuyên truyền nội dung Kế hoạch trên hệ thống loa truyền thanh.\n\n' +
      '- Phòng Kinh tế, Hạ tầng và Đô thị rà soát danh sách hộ vi phạm chậm nhất ngày 25/02/2026.\n\n' +
      '2. Giai đoạn 2: Ra quân (không ấn định thời gian)\n\n' +
      '- Công an phường bố trí lực lượng tuần tra vào các khung giờ cao điểm trên các tuyến đường.\n';
    const plan = await readPlanFile(writeTemp('giai-doan.txt', text));
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Phòng Văn hóa - Xã hội', '2026-02-28'],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', '2026-02-25'],
      // A bracket that gives no time dates nothing.
      ['Công an phường', null],
    ]);
  });
});

describe('a list of projects and its milestones', () => {
  it('takes «Chủ đầu tư» as the lead and the date inside a milestone («milestone-cell»)', async () => {
    const text =
      head('TỈNH GIA LAI', '04/KH-UBND') +
      'PHỤ LỤC\n\n' +
      '| STT | Tên dự án | Chủ đầu tư | Địa phương phối hợp | Mốc tiến độ phải hoàn thành |\n' +
      '|---|---|---|---|---|\n' +
      '| 1 | Đường ven biển đoạn Cát Tiến - Đề Gi | Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh | UBND xã Cát Tiến | Bàn giao 100% mặt bằng trước ngày 30/4/2026 |\n' +
      '| 2 | Kè chống sạt lở bờ biển Nhơn Lý | Sở Nông nghiệp và Môi trường | UBND phường Quy Nhơn Đông | Khởi công gói thầu số 3 trong tháng 5/2026 |\n' +
      '| 3 | Trường THPT chuyên Hùng Vương | Sở Giáo dục và Đào tạo | | Đưa vào sử dụng trước năm học mới |\n' +
      '| 4 | Bệnh viện Đa khoa tỉnh cơ sở 2 | Sở Y tế | | Hoàn thành phần thô khối nhà chính Quý III/2026 |\n';
    const plan = await readPlanFile(writeTemp('du-an.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline, t.deadlineText])).toEqual([
      // «đầu tư xây dựng» is no verb in a board's name.
      [
        ['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'],
        '2026-04-30',
        'Bàn giao 100% mặt bằng trước ngày 30/4/2026',
      ],
      [['Sở Nông nghiệp và Môi trường'], '2026-05-31', 'Khởi công gói thầu số 3 trong tháng 5/2026'],
      // A milestone without a date stays text, never guessed.
      [['Sở Giáo dục và Đào tạo'], null, 'Đưa vào sử dụng trước năm học mới'],
      // A period named bare in a time cell is the milestone's.
      [['Sở Y tế'], '2026-09-30', 'Hoàn thành phần thô khối nhà chính Quý III/2026'],
    ]);
  });

  it('prefers a column that says who leads to the investor', async () => {
    const text =
      head('TỈNH GIA LAI', '05/KH-UBND') +
      'PHỤ LỤC\n\n' +
      '| STT | Nội dung | Chủ đầu tư | Đơn vị đầu mối | Thời hạn |\n' +
      '|---|---|---|---|---|\n' +
      '| 1 | Kiểm tra chất lượng công trình nhà ở xã hội | Công ty Cổ phần Phát triển nhà | Sở Xây dựng | Quý II/2026 |\n';
    const plan = await readPlanFile(writeTemp('dau-moi.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Sở Xây dựng']]);
  });
});

describe('names as offices write them', () => {
  it('drops a unit’s code and who heads a group, keeps the body', () => {
    expect(cleanAgencyName('Công an tỉnh (PC04)')).toBe('Công an tỉnh');
    expect(
      cleanAgencyName('Tổ công tác liên ngành phường (do Phó Chủ tịch Ủy ban nhân dân phường làm Tổ trưởng)'),
    ).toBe('Tổ công tác liên ngành phường');
    expect(cleanAgencyName('Phòng Tham mưu là đầu mối giúp lãnh đạo hai ngành')).toBe('Phòng Tham mưu');
  });

  it('keeps a commune’s joint office whole and a bracket’s list inside its name', () => {
    expect(splitAgencies('Phòng Văn hóa - Xã hội, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường')).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
    ]);
    expect(
      splitAgencies(
        'Tổ công tác liên ngành phường (do Phó Chủ tịch phường làm Tổ trưởng, Công an phường là Tổ phó), Sở Xây dựng',
      ),
    ).toEqual(['Tổ công tác liên ngành phường', 'Sở Xây dựng']);
    expect(splitAgencies('Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội phường')).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
      'các đoàn thể chính trị - xã hội phường',
    ]);
  });

  it('reads an abbreviation a narrow PDF column broke inside the word («wrapped-abbreviation»)', () => {
    const defined = new Map([['Phòng HCTP&BTTP', 'Phòng Hành chính tư pháp và Bổ trợ tư pháp']]);
    expect(expandNames(['Phòng HCTP&BT TP', 'Phòng Tư pháp'], defined)).toEqual([
      'Phòng Hành chính tư pháp và Bổ trợ tư pháp',
      'Phòng Tư pháp',
    ]);
  });

  it('reads «các chủ đầu tư» as a body of its own in a list', async () => {
    const text =
      head('TỈNH GIA LAI', '06/CT-UBND', 'CHỈ THỊ') +
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
      '**1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các chủ đầu tư**\n\n' +
      '- Hoàn thành phân bổ chi tiết kế hoạch vốn được giao chậm nhất ngày 31/01/2026.\n';
    const plan = await readPlanFile(writeTemp('chu-dau-tu.md', text));
    expect(plan.tasks[0]?.lead).toEqual(['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường', 'các chủ đầu tư']);
  });
});

describe('a department’s own plan (a Sở to its phòng)', () => {
  it('gives «Thủ trưởng các phòng» to the phòng, and reads no task in the table’s lead-in nor in «chịu trách nhiệm trước …»', async () => {
    const text =
      head('SỞ TƯ PHÁP TỈNH LÂM ĐỒNG', '18/KH-STP') +
      'II. NỘI DUNG, NHIỆM VỤ CỤ THỂ\n\n' +
      'Phòng Hành chính tư pháp là đơn vị đầu mối tham mưu Giám đốc Sở thực hiện các nhiệm vụ dưới đây; các phòng, đơn vị được phân công phối hợp có trách nhiệm thực hiện đúng tiến độ.\n\n' +
      '| TT | Nội dung công việc | Đơn vị chủ trì tham mưu | Đơn vị phối hợp | Thời gian thực hiện |\n' +
      '|---|---|---|---|---|\n' +
      '| 1 | Hướng dẫn nghiệp vụ đăng ký hộ tịch cho công chức cấp xã | Phòng Hành chính tư pháp | Văn phòng Sở | Quý I/2026 |\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Trưởng phòng Hành chính tư pháp chịu trách nhiệm trước Giám đốc Sở về tiến độ thực hiện Kế hoạch.\n\n' +
      '2. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công, chủ động xây dựng kế hoạch chi tiết.\n';
    const plan = await readPlanFile(writeTemp('so-tu-phap.md', text));
    // «1. Trưởng phòng … chịu trách nhiệm trước Giám đốc Sở về tiến độ …» says to whom the phòng
    // answers, no work (rule «answers-to»: six writers' labels say so, writers 6 and 12 list it).
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Phòng Hành chính tư pháp'], ['Các phòng, đơn vị thuộc Sở']]);
    expect(plan.tasks[0]?.content).toMatch(/^Hướng dẫn nghiệp vụ/);
  });
});

describe('rule «number-after-its-word»: a line broken between «Quý» and its number', () => {
  it('joins «… trong Quý» and «II/2026.» in text broken at a width', async () => {
    const filler = Array.from(
      { length: 10 },
      (_, k) => `Đoạn thứ ${k} của phần mở đầu được ngắt dòng theo khổ giấy in`,
    ).join('\n');
    const text =
      head('TỈNH HÀ TĨNH', '05/KH-HĐ') +
      `${filler}\n\nIII. NỘI DUNG, NHIỆM VỤ\n\n1. Bồi dưỡng kiến thức quốc phòng\n\n` +
      'a) Lớp bồi dưỡng đối tượng 3 do Trường Quân sự tỉnh tổ chức, thời gian 07 ngày, trong Quý\nII/2026.\n';
    const plan = await readPlanFile(writeTemp('quy.txt', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([[['Trường Quân sự tỉnh'], '2026-06-30']]);
  });
});

describe('a deadline counted from an event', () => {
  it('is left empty, and the preview says why rather than «Không hiểu»', async () => {
    const text =
      head('TỈNH THÁI NGUYÊN', '313/KH-UBND') +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Sở Xây dựng chủ trì thẩm định giá bán nhà ở xã hội trong vòng 30 ngày kể từ ngày nhận đủ hồ sơ.\n';
    const plan = await readPlanFile(writeTemp('su-viec.txt', text));
    expect(plan.tasks[0]?.deadline).toBeNull();
    expect(plan.problems).toContain(
      'Thời hạn «Trong vòng 30 ngày kể từ ngày nhận đủ hồ sơ» ở Mục IV.1 (Sở Xây dựng) tính từ một sự việc chưa có ngày — để trống Hạn xử lý.',
    );
  });
});

describe('a table grouped A, B, C, D, Đ', () => {
  it('reads the group «Đ» as a group row, not a task', async () => {
    const text =
      head('TỈNH THÁI NGUYÊN', '312/KH-UBND') +
      '| TT | Nội dung công việc | Đơn vị đầu mối | Đơn vị phối hợp | Thời hạn |\n' +
      '|---|---|---|---|---|\n' +
      '| **D** | **NGUỒN VỐN** | | | |\n' +
      '| 16 | Tuyên truyền chính sách nhà ở xã hội | Sở Văn hóa, Thể thao và Du lịch | Sở Xây dựng | Năm 2026 |\n' +
      '| **Đ** | **SƠ KẾT, TỔNG KẾT** | | | |\n' +
      '| 17 | Sơ kết 01 năm thực hiện Nghị quyết | Sở Xây dựng | Các sở, ban, ngành | Tháng 7/2026 |\n';
    const plan = await readPlanFile(writeTemp('nhom-d.md', text));
    expect(plan.tasks.map((t) => [t.order, t.lead])).toEqual([
      ['D.16', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['Đ.17', ['Sở Xây dựng']],
    ]);
  });
});

describe('rule «signature-block»: the signers of a joint plan end its body', () => {
  it('takes no duty from the posts and names under the last paragraph', async () => {
    const text =
      head('TỈNH ĐỒNG THÁP', '1845/KHLT-SGDĐT-CAT') +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Công an các xã, phường phân công cán bộ phụ trách địa bàn trường học.\n\n' +
      '2. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo kiểm tra các cơ sở kinh doanh trò chơi điện tử.\n\n' +
      'GIÁM ĐỐC CÔNG AN TỈNH\n\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nĐại tá Nguyễn Thanh Phong\n\nLương Thị Ngọc Hân\n';
    const plan = await readPlanFile(writeTemp('lien-tich.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead])).toEqual([
      ['task', ['Công an các xã, phường']],
      ['request', ['Ủy ban nhân dân các xã, phường']],
    ]);
  });
});

describe('rule «assigned-inside» in list items', () => {
  it('finds who does an item written in the passive or after a semicolon', async () => {
    const text =
      head('TỈNH HÀ TĨNH', '05/KH-HĐ') +
      'III. NỘI DUNG, NHIỆM VỤ\n\n' +
      '1. Bồi dưỡng kiến thức quốc phòng và an ninh\n\n' +
      'a) Lớp bồi dưỡng đối tượng 3 (150 học viên) do Trường Quân sự tỉnh tổ chức, trong Quý II/2026.\n\n' +
      'b) Cử cán bộ tham gia bồi dưỡng theo kế hoạch triệu tập của trên; Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh lựa chọn.\n\n' +
      'c) Tổ chức Hội nghị tổng kết công tác giáo dục quốc phòng trong tháng 12/2026.\n\n' +
      'd) Lớp bồi dưỡng đối tượng 4 do Bộ Chỉ huy Quân sự tỉnh tổ chức trong tháng 10 và tháng 11/2026.\n';
    const plan = await readPlanFile(writeTemp('bi-dong.txt', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Trường Quân sự tỉnh'], '2026-06-30'],
      [['Ban Tổ chức Tỉnh ủy'], null],
      // Two months: the work is due when the second is over.
      [['Bộ Chỉ huy Quân sự tỉnh'], '2026-11-30'],
    ]);
  });
});

describe('where these rules must not fire (found in review)', () => {
  it('keeps numbered items apart after a line ending on «năm» or «ngày»', async () => {
    const filler = Array.from(
      { length: 6 },
      (_, k) => `Đoạn thứ ${k} của phần mở đầu được ngắt dòng theo khổ giấy in ra`,
    ).join('\n');
    const text =
      head('TỈNH THỬ', '10/KH-UBND') +
      `${filler}\n\nII. TỔ CHỨC THỰC HIỆN\n\n` +
      '1. Sở Y tế chủ trì tổ chức tiêm chủng, báo cáo kết quả hằng năm\n' +
      '2. Sở Tài chính bố trí kinh phí thực hiện trong năm\n' +
      '3. Công an tỉnh bảo đảm an ninh trật tự tại các điểm tiêm chủng.\n';
    const plan = await readPlanFile(writeTemp('so-thu-tu.txt', text));
    expect(plan.tasks.map((t) => t.lead[0])).toEqual(['Sở Y tế', 'Sở Tài chính', 'Công an tỉnh']);
  });

  it('finds the duty of «Chủ đầu tư» after its verb', async () => {
    const text =
      head('TỈNH GIA LAI', '07/KH-UBND') +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Chủ đầu tư chủ trì, phối hợp với Ủy ban nhân dân các xã giải phóng mặt bằng.\n\n' +
      '2. Chủ đầu tư tổ chức nghiệm thu, bàn giao công trình đưa vào sử dụng trước ngày 30/12/2026.\n';
    const plan = await readPlanFile(writeTemp('chu-dau-tu-2.txt', text));
    expect(plan.tasks.map((t) => [t.lead, t.content.slice(0, 20)])).toEqual([
      [['Chủ đầu tư'], 'Chủ trì, phối hợp vớ'],
      [['Chủ đầu tư'], 'Tổ chức nghiệm thu, '],
    ]);
  });

  it('dates no span, cycle or reference from a date inside it', async () => {
    const text =
      head('TỈNH THỬ', '11/KH-UBND') +
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n' +
      '| 1 | Duy trì vận hành hệ thống cấp nước | Sở Xây dựng | Từ tháng 01/2026 đến khi hoàn thành |\n' +
      '| 2 | Kiểm tra an toàn thực phẩm | Sở Y tế | Căn cứ Quyết định số 12/QĐ-UBND tháng 3/2025 |\n' +
      '| 3 | Bàn giao mặt bằng | Sở Xây dựng | Sau khi có quyết định thu hồi đất, hoàn thành trong tháng 7/2026 |\n';
    const plan = await readPlanFile(writeTemp('khong-doan.md', text));
    expect(plan.tasks.map((t) => t.deadline)).toEqual([null, null, '2026-07-31']);
  });

  it('takes no deadline from a cited document’s date in a title', async () => {
    const text =
      head('TỈNH THỬ', '12/KH-UBND') +
      'II. NHIỆM VỤ\n\n' +
      '**1. Tiếp tục quán triệt Nghị quyết số 57-NQ/TW (ngày 22/12/2024)**\n\n' +
      '- Sở Khoa học và Công nghệ chủ trì tổ chức hội nghị quán triệt cho cán bộ chủ chốt.\n';
    const plan = await readPlanFile(writeTemp('nghi-quyet.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([[['Sở Khoa học và Công nghệ'], null]]);
  });

  it('reads a body’s name in capitals as a heading, not a signature', async () => {
    const text =
      head('TỈNH THỬ', '13/KH-UBND') +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '**ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG**\n\n' +
      '- Tổ chức tuyên truyền trên hệ thống loa truyền thanh cơ sở.\n\n' +
      '- Rà soát, lập danh sách hộ nuôi chó, mèo trước ngày 31/3/2026.\n';
    const plan = await readPlanFile(writeTemp('chu-in-hoa.md', text));
    expect(plan.tasks).toHaveLength(2);
  });

  it('does not make a course’s organiser the lead of an item that sends people to it', async () => {
    const text =
      head('TỈNH THỬ', '14/KH-UBND') +
      'III. NỘI DUNG\n\n' +
      '1. Bồi dưỡng cán bộ\n\n' +
      '- Cử công chức tham gia các lớp bồi dưỡng do Trường Chính trị tỉnh tổ chức.\n';
    const plan = await readPlanFile(writeTemp('cu-di-hoc.txt', text));
    expect(plan.tasks.flatMap((t) => t.lead)).not.toContain('Trường Chính trị tỉnh');
  });

  it('splits a list whose bracket never closes as if it had none', () => {
    expect(splitAgencies('Sở Y tế (chủ trì, Sở Tài chính, Công an tỉnh')).toHaveLength(3);
  });
});

describe('rule «lost-merge» in a text page', () => {
  it('carries an agency down rows a web converter left empty under a merged cell, and says so', async () => {
    const text =
      head('TỈNH BẮC NINH', '46/CTr-UBND') +
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n' +
      '| 1 | Xây dựng Nghị quyết quy định chính sách thu hút nhân lực y tế | Sở Y tế | Quý II/2026 |\n' +
      '| 2 | Ban hành danh mục dịch vụ kỹ thuật khám sàng lọc miễn phí |  | Quý III/2026 |\n' +
      '| 3 | Cơ chế hợp tác công tư đầu tư trang thiết bị y tế | Sở Tài chính | Năm 2027 |\n';
    const plan = await readPlanFile(writeTemp('o-gop.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Sở Y tế'], ['Sở Y tế'], ['Sở Tài chính']]);
    expect(plan.problems.some((p) => /dòng 2: ô cơ quan chủ trì để trống — lấy theo dòng trên/.test(p))).toBe(true);
  });
});

describe('rule «lost-merge» for the time column of a text page', () => {
  it('carries a date down a numbered row whose time cell the converter left empty, and says so', async () => {
    const text =
      head('TỈNH ĐOÀN NGHỆ AN', '215/KH-TĐTN') +
      '| TT | Thời gian | Nội dung hoạt động | Đơn vị chủ trì |\n|---|---|---|---|\n' +
      '| 1 | Ngày 26/3/2026 | Lễ kỷ niệm Ngày thành lập Đoàn | Văn phòng Tỉnh đoàn |\n' +
      '| 2 |  | Lễ trưởng thành Đoàn, kết nạp đoàn viên mới | Ban Tổ chức - Kiểm tra |\n' +
      '| 3 | Tháng 4/2026 | Tổng kết Tháng Thanh niên | Văn phòng Tỉnh đoàn |\n';
    const plan = await readPlanFile(writeTemp('thoi-gian-gop.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Văn phòng Tỉnh đoàn'], '2026-03-26'],
      [['Ban Tổ chức - Kiểm tra'], '2026-03-26'],
      [['Văn phòng Tỉnh đoàn'], '2026-04-30'],
    ]);
    expect(plan.problems.some((p) => /dòng 2: ô thời gian để trống — lấy theo dòng trên/.test(p))).toBe(true);
  });

  it('does not carry a date across a group row, nor into a Word table whose merges are known', async () => {
    const text =
      head('TỈNH ĐOÀN NGHỆ AN', '216/KH-TĐTN') +
      '| TT | Nội dung hoạt động | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n' +
      '| I | Hoạt động cấp tỉnh | | |\n' +
      '| 1 | Lễ ra quân | Văn phòng Tỉnh đoàn | Ngày 01/3/2026 |\n' +
      '| II | Hoạt động thường xuyên | | |\n' +
      '| 1 | Duy trì các đội hình tình nguyện | Ban Phong trào | |\n';
    const plan = await readPlanFile(writeTemp('nhom.md', text));
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2026-03-01', null]);
    const html =
      '<html><body><p>ỦY BAN NHÂN DÂN TỈNH THỬ</p><p>Số: 217/KH-UBND</p><p>KẾ HOẠCH</p>' +
      '<table><tr><td>TT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời gian</td></tr>' +
      '<tr><td>1</td><td>Lễ ra quân</td><td>Văn phòng</td><td>Ngày 01/3/2026</td></tr>' +
      '<tr><td>2</td><td>Duy trì các đội hình</td><td>Ban Phong trào</td><td></td></tr></table></body></html>';
    const word = await readPlanFile(writeTemp('bang.html', html));
    expect(word.tasks.map((t) => t.deadline)).toEqual(['2026-03-01', null]);
  });
});

describe('a duty done in rounds, or on a named day', () => {
  it('is due when its last round is (rule «phases»)', async () => {
    const text =
      head('TỈNH GIA LAI', '04/CT-UBND', 'CHỈ THỊ') +
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
      '**1. Giám đốc Sở Tài chính**\n\n' +
      'a) Tham mưu điều chuyển kế hoạch vốn, đợt 1 hoàn thành trước ngày 15/7/2026, đợt 2 hoàn thành trước ngày 15/10/2026.\n\n' +
      'b) Tổ chức chiến dịch diệt lăng quăng đợt 1 từ ngày 01/6/2026 đến ngày 15/6/2026 và đợt 2 từ ngày 10/8/2026 đến ngày 25/8/2026 tại các xã.\n';
    const plan = await readPlanFile(writeTemp('dot.md', text));
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline])).toEqual([
      ['Đợt 1 hoàn thành trước ngày 15/7/2026, đợt 2 hoàn thành trước ngày 15/10/2026', '2026-10-15'],
      ['Đợt 1 từ ngày 01/6/2026 đến ngày 15/6/2026 và đợt 2 từ ngày 10/8/2026 đến ngày 25/8/2026', '2026-08-25'],
    ]);
  });

  it('is due on the named day printed beside it, not on an anniversary’s span (rule «observance-day»)', async () => {
    const text =
      head('TỈNH HÀ TĨNH', '112/KH-UBND') +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '**1. Sở Nông nghiệp và Môi trường**\n\n' +
      '- Tổ chức hưởng ứng Ngày Nước thế giới (22/3/2026) và Ngày Môi trường thế giới (05/6/2026).\n\n' +
      '- Tuyên truyền kỷ niệm 95 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026) trên các nền tảng số.\n';
    const plan = await readPlanFile(writeTemp('ngay-le.md', text));
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2026-06-05', null]);
  });

  it('reads «hoàn thành trong 9 tháng đầu năm» inside a duty, as it does six months', async () => {
    const text =
      head('TỈNH QUẢNG NGÃI', '2895/KH-UBND') +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '**1. Thanh tra tỉnh**\n\n' +
      '- Tiến hành 09 cuộc thanh tra theo Danh mục, hoàn thành trong 9 tháng đầu năm 2026.\n';
    const plan = await readPlanFile(writeTemp('chin-thang.md', text));
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2026-09-30']);
  });
});

describe('rule «led-by»: a team named with the body that leads it', () => {
  it('gives the task to the body leading the team, in a list item and in a «Cơ quan thực hiện» field', async () => {
    const text =
      head('TỈNH HÀ TĨNH', '05/KH-HĐGDQPAN') +
      'III. NỘI DUNG\n\n' +
      '**4. Kiểm tra, sơ kết, tổng kết**\n\n' +
      'a) Đoàn kiểm tra của Hội đồng (do Bộ Chỉ huy Quân sự tỉnh chủ trì) kiểm tra công tác giáo dục quốc phòng tại 08 cơ quan trong tháng 10/2026.\n\n' +
      'b) Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học trong tháng 12/2026.\n\n' +
      '**5. Bảo đảm an toàn thực phẩm**\n\n' +
      '5.1. Kiểm tra an toàn thực phẩm tại chợ, bếp ăn tập thể trên địa bàn (Cơ quan thực hiện: Đoàn kiểm tra liên ngành của xã, do Phòng Kinh tế chủ trì, phối hợp với Trạm Y tế xã, Công an xã; thời gian: từ ngày 15/01/2026 đến ngày 12/02/2026).\n';
    const plan = await readPlanFile(writeTemp('doan-kiem-tra.md', text));
    const rows = plan.tasks.map((t) => [t.lead, t.coordinating, t.content.slice(0, 24)]);
    expect(rows).toContainEqual([['Bộ Chỉ huy Quân sự tỉnh'], [], 'Đoàn kiểm tra của Hội đồ']);
    expect(rows).toContainEqual([['Phòng Kinh tế'], ['Trạm Y tế xã', 'Công an xã'], 'Kiểm tra an toàn thực ph']);
    expect(plan.tasks.flatMap((t) => t.lead).filter((l) => l.startsWith('Đoàn'))).toEqual([]);
  });

  it('keeps «các ban xây dựng Đảng» whole, and ends a name at «mở»', async () => {
    const text =
      head('TỈNH ĐIỆN BIÊN', '18-CTr/TU', 'CHƯƠNG TRÌNH') +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1\\. Các ban xây dựng Đảng Tỉnh ủy tham mưu chuẩn bị nhân sự, nội dung các cuộc kiểm tra, giám sát.\n\n' +
      '2\\. Báo và Phát thanh, Truyền hình tỉnh mở chuyên trang, chuyên mục "Quốc phòng toàn dân" trong năm 2026.\n';
    const plan = await readPlanFile(writeTemp('ban-xdd.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([
      ['Các ban xây dựng Đảng Tỉnh ủy'],
      ['Báo và Phát thanh, Truyền hình tỉnh'],
    ]);
  });
});

describe('a Quy chế saved from a website', () => {
  const page =
    '# Quyết định 1948/QĐ-UBND năm 2026 ban hành Quy chế phối hợp\n\n' +
    '| **ỦY BAN NHÂN DÂN**<br>**TỈNH LÀO CAI**<br>Số: 1948/QĐ-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*Lào Cai, ngày 09 tháng 6 năm 2026* |\n|---|---|\n\n' +
    '**QUYẾT ĐỊNH**\n\n**Ban hành Quy chế phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo**\n\n' +
    '**Chương III**\n\n**TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ**\n\n' +
    '**Điều 13. Trách nhiệm của Ủy ban nhân dân cấp xã**\n\n' +
    '1. Nắm tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn.\n\n' +
    '2. Trước ngày 30/11 hằng năm, rà soát, cập nhật danh sách cơ sở tôn giáo, gửi Sở Dân tộc và Tôn giáo.\n\n' +
    '**Điều 14. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**\n\n' +
    'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp vận động chức sắc, chức việc thực hiện tốt chính sách.\n\n' +
    '**Chương IV**\n\n**TỔ CHỨC THỰC HIỆN**\n\n' +
    '**Điều 15. Tổ chức thực hiện**\n\n' +
    'Sở Dân tộc và Tôn giáo theo dõi, đôn đốc việc thực hiện Quy chế này.\n\n' +
    '**Văn bản liên quan**\n\n- Luật Tín ngưỡng, tôn giáo 2016\n\n' +
    '- Nghị định 95/2023/NĐ-CP hướng dẫn Luật Tín ngưỡng, tôn giáo\n\n' +
    '© Bản quyền thuộc Cổng thông tin văn bản pháp luật. Ghi rõ nguồn khi trích dẫn.\n';

  it('reads the italic date line, ends an article at the next chapter, and drops the site’s trailer', async () => {
    const plan = await readPlanFile(writeTemp('quy-che.md', page));
    expect(plan.plan.date).toBe('2026-06-09');
    const contents = plan.tasks.map((t) => t.content);
    expect(
      contents.some((c) => /Chương IV|TỔ CHỨC THỰC HIỆN|Văn bản liên quan|Luật Tín ngưỡng|Bản quyền/u.test(c)),
    ).toBe(false);
    // «Trước ngày 30/11 hằng năm» now has the plan's year to fall in.
    expect(plan.tasks.find((t) => t.content.includes('Trước ngày 30/11'))?.deadline).toBe('2026-11-30');
    expect(plan.tasks).toHaveLength(4);
  });
});

describe('an event plan counted from «ngày D» (rule «d-day»), with its running order (rule «running-order»)', () => {
  it('dates each duty from the day the plan names, and leaves the hour-by-hour programme out', async () => {
    const text =
      head('TỈNH TÂY NINH', '205/KH-UBND') +
      'I. THỜI GIAN, ĐỊA ĐIỂM\n\n' +
      '\\- Thời gian: 01 buổi, bắt đầu lúc 08 giờ 00 ngày 25/9/2026 (thứ Sáu), sau đây gọi là **ngày D**.\n\n' +
      '**II. CHƯƠNG TRÌNH HỘI NGHỊ**\n\n' +
      '| STT | Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|---|\n' +
      '| 1 | 07h30 - 08h00 | Đón tiếp đại biểu | Sở Ngoại vụ |\n' +
      '| 2 | 08h00 - 08h20 | Văn nghệ chào mừng | Sở Văn hóa, Thể thao và Du lịch |\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '**1. Sở Tài chính**\n\n' +
      '\\- Chủ trì xây dựng danh mục dự án kêu gọi đầu tư, hoàn thành D-30.\n\n' +
      '**2. Công an tỉnh**\n\n' +
      '\\- Bảo đảm an ninh, trật tự tại khu vực Hội nghị; triển khai lực lượng từ D-1 đến hết ngày D.\n';
    const plan = await readPlanFile(writeTemp('ngay-d.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Sở Tài chính'], '2026-08-26'],
      [['Công an tỉnh'], '2026-09-25'],
    ]);
    expect(plan.problems.some((p) => /Bỏ qua bảng chương trình theo giờ/u.test(p))).toBe(true);
  });
});

describe('a monthly work programme copied out of a PDF viewer', () => {
  const text =
    'ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' +
    'TỈNH GIA LAI                     Độc lập - Tự do - Hạnh phúc\n\n' +
    'Số: 413/CTr-UBND                 Gia Lai, ngày 27 tháng 11 năm 2026\n' +
    'CHƯƠNG TRÌNH CÔNG TÁC\nTháng 12 năm 2026 của Ủy ban nhân dân tỉnh\n' +
    'I. LỊCH HỌP CỦA ỦY BAN NHÂN DÂN TỈNH\n' +
    'Ngày    Giờ    Nội dung    Lãnh đạo chủ trì    Cơ quan chuẩn bị    Hạn gửi tài liệu\n' +
    'Thứ Năm, 03/12    14h00    Làm việc với các chủ đầu tư về tiến độ dự án giao thông    PCT Trần Văn Bình    Sở Xây dựng    01/12\n' +
    'Từ 15/12 đến 17/12        Dự Kỳ họp thường lệ cuối năm của HĐND tỉnh    Chủ tịch UBND tỉnh    Văn phòng UBND tỉnh\n' +
    'II. CÁC ĐỀ ÁN TRÌNH ỦY BAN NHÂN DÂN TỈNH\n' +
    'Ghi chú: tuần 1 từ ngày 01/12 đến ngày 04/12; tuần 2 từ ngày 07/12 đến ngày 11/12;\n' +
    'tuần 3 từ ngày 14/12 đến ngày 18/12/2026.\n' +
    'STT    Nội dung trình    Cơ quan chủ trì soạn thảo    Thời hạn trình\n' +
    '1    Quyết định ban hành Bảng giá đất điều chỉnh    Sở Nông nghiệp và Môi trường    Tuần 1\n' +
    '2    Quyết định phê duyệt Kế hoạch thanh tra năm 2027    Thanh tra tỉnh    Tuần 3 (sau kỳ họp HĐND tỉnh)\n';

  it('reads tables whose cells are apart by runs of spaces, the preparing body as lead, weeks as the note defines them', async () => {
    const plan = await readPlanFile(writeTemp('chuong-trinh-thang.md', text));
    expect(plan.tasks.map((t) => [t.content.slice(0, 20), t.lead, t.deadline])).toEqual([
      ['Làm việc với các chủ', ['Sở Xây dựng'], '2026-12-01'],
      ['Dự Kỳ họp thường lệ ', ['Văn phòng UBND tỉnh'], null],
      ['Quyết định ban hành ', ['Sở Nông nghiệp và Môi trường'], '2026-12-04'],
      ['Quyết định phê duyệt', ['Thanh tra tỉnh'], '2026-12-18'],
    ]);
  });
});

describe('rule «timeline-columns»: a Gantt chart ticks the periods a row is done in', () => {
  const rows = [
    [
      'STT',
      'Nội dung công việc',
      'Đơn vị thực hiện',
      'Từ 16/11 đến 30/11/2026',
      'Từ 01/12 đến 15/12/2026',
      'Từ 16/12 đến 31/12/2026',
      'Ghi chú',
    ],
    ['1', 'Phổ biến Hướng dẫn; ban hành kế hoạch đánh giá', 'Các cơ quan, đơn vị', 'x', '', '', ''],
    ['2', 'Cán bộ, công chức tự đánh giá, xếp loại', 'Cán bộ, công chức, viên chức', '', 'x', '', ''],
    ['3', 'Gửi hồ sơ đánh giá người đứng đầu', 'Các sở, ban, ngành', '', 'x', '', 'Trước ngày 10/12/2026'],
    ['4', 'Thẩm định hồ sơ, tổng hợp, trình Chủ tịch', 'Sở Nội vụ', '', 'x', 'x', ''],
  ];
  const expected = [
    ['Từ 16/11 đến 30/11/2026', '2026-11-30'],
    ['Từ 01/12 đến 15/12/2026', '2026-12-15'],
    ['Trước ngày 10/12/2026', '2026-12-10'],
    ['Từ 16/12 đến 31/12/2026', '2026-12-31'],
  ];

  it('dates each row by the last period ticked, a dated note first (a pipe table)', async () => {
    const table = rows
      .map((r, k) => `| ${r.join(' | ')} |` + (k === 0 ? `\n|${'---|'.repeat(r.length)}` : ''))
      .join('\n');
    const plan = await readPlanFile(
      writeTemp('gantt.md', head('TỈNH HƯNG YÊN', '2315/HD-SNV', 'HƯỚNG DẪN') + table + '\n'),
    );
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline])).toEqual(expected);
  });

  it('ends a copied table at the heading after it, even when its last row dropped its empty cells', async () => {
    const table = rows.map((r) => r.join('\t').replace(/\t+$/u, '')).join('\n');
    const text =
      head('TỈNH HƯNG YÊN', '2317/HD-SNV', 'HƯỚNG DẪN') +
      table +
      '\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ:\n- Hướng dẫn, giải đáp vướng mắc trong tháng 01/2027.\n';
    const plan = await readPlanFile(writeTemp('gantt-tiep.txt', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline]).slice(-2)).toEqual([
      [['Sở Nội vụ'], '2026-12-31'],
      [['Sở Nội vụ'], '2027-01-31'],
    ]);
  });

  it('reads the same chart copied out of a PDF viewer, whose rows drop their empty last cells', async () => {
    const table = rows.map((r) => r.join('\t').replace(/\t+$/u, '')).join('\n');
    const plan = await readPlanFile(
      writeTemp('gantt.txt', head('TỈNH HƯNG YÊN', '2316/HD-SNV', 'HƯỚNG DẪN') + table + '\n'),
    );
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline])).toEqual(expected);
  });
});

describe('tables that say who does the rows in other ways', () => {
  it('reads a schedule whose doer the paragraph above names (rule «lead-in-table»), and a «Cơ quan rà soát» column', async () => {
    const text =
      head('TỈNH ĐẮK LẮK', '37/KH-UBND') +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '2\\. Kiểm tra công tác kiểm soát thủ tục hành chính: Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Tư pháp tổ chức kiểm tra theo lịch sau:\n\n' +
      '| **Thời gian** | **Nội dung kiểm tra** | **Đơn vị được kiểm tra** |\n|---|---|---|\n' +
      '| Quý II/2026 | Kiểm tra việc công khai, niêm yết thủ tục hành chính | UBND phường Tân An |\n' +
      '| Tháng 8/2026 | Kiểm tra việc số hóa hồ sơ, cấp bản sao điện tử | Sở Xây dựng |\n\n' +
      '**PHỤ LỤC II**\n\n' +
      '| STT | Tên thủ tục hành chính | Lĩnh vực | Cơ quan rà soát, đề xuất phương án | Thời hạn trình phương án |\n|---|---|---|---|---|\n' +
      '| 1 | Cấp giấy phép xây dựng đối với công trình cấp III | Xây dựng | Sở Xây dựng | Tháng 4/2026 |\n';
    const plan = await readPlanFile(writeTemp('lich-kiem-tra.md', text));
    expect(plan.tasks.map((t) => [t.content.slice(0, 24), t.lead, t.coordinating, t.deadline])).toEqual([
      ['Kiểm tra việc công khai,', ['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở Tư pháp'], '2026-06-30'],
      ['Kiểm tra việc số hóa hồ ', ['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở Tư pháp'], '2026-08-31'],
      ['Cấp giấy phép xây dựng đ', ['Sở Xây dựng'], [], '2026-04-30'],
    ]);
  });
});

describe('rule «group-row-agency»: a chasing letter lists the late tasks body by body', () => {
  it('gives each row to the body its group row names, never to the status column that mentions «chủ trì»', async () => {
    const text =
      head('TỈNH QUẢNG NGÃI', '1536/VP-TH', 'CÔNG VĂN') +
      '| **STT** | **Nội dung nhiệm vụ** | **Thời hạn đề nghị hoàn thành** | **Cơ quan phối hợp** | **Tình hình thực hiện (theo báo cáo của cơ quan chủ trì)** |\n|---|---|---|---|---|\n' +
      '| (1) | (2) | (3) | (4) | (5) |\n' +
      '| **I** | **SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG (02 nhiệm vụ)** |  |  |  |\n' +
      '| 1 | Tham mưu ban hành Quyết định điều chỉnh bảng giá đất | Trước 31/7/2026 | Sở Tài chính | Đang hoàn thiện |\n' +
      '| 2 | Rà soát Kế hoạch sử dụng đất năm 2026 | Trong tháng 8/2026 |  | Chưa |\n' +
      '| **II** | **SỞ TÀI CHÍNH (01 nhiệm vụ)** |  |  |  |\n' +
      '| 1 | Trình phương án phân bổ vốn | Trước 15/8/2026 |  | Đang chờ ý kiến |\n';
    const plan = await readPlanFile(writeTemp('don-doc.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.coordinating, t.deadline])).toEqual([
      [['Sở Nông nghiệp và Môi trường'], ['Sở Tài chính'], '2026-07-31'],
      [['Sở Nông nghiệp và Môi trường'], [], '2026-08-31'],
      [['Sở Tài chính'], [], '2026-08-15'],
    ]);
  });
});

describe('a team’s members, each with the work given to them', () => {
  it('reads «Họ và tên, chức vụ» as who does it (the post’s body), and times each duty by its own line', async () => {
    const text =
      head('TỈNH ĐỒNG NAI', '795/QĐ-UBND', 'QUYẾT ĐỊNH') +
      'PHỤ LỤC\n\n' +
      '| STT | Họ và tên, chức vụ | Chức danh trong Tổ | Nhiệm vụ được phân công | Thời hạn |\n|---|---|---|---|---|\n' +
      '| 1 | Ông Trần Văn Lộc, Giám đốc Sở Tài chính | Tổ phó | - Giúp Tổ trưởng điều hành công việc thường xuyên<br>- Chủ trì rà soát nhóm dự án vướng mắc về tài chính | Thường xuyên<br>Trước 30/5/2026 |\n' +
      '| 2 | Thượng tá Vũ Đình Khang, Phó Giám đốc Công an tỉnh | Thành viên | Rà soát các dự án vướng mắc về phòng cháy, chữa cháy | Trước 15/5/2026 |\n';
    const plan = await readPlanFile(writeTemp('to-cong-tac.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadlineText])).toEqual([
      [['Sở Tài chính'], 'Thường xuyên'],
      [['Sở Tài chính'], 'Trước 30/5/2026'],
      [['Công an tỉnh'], 'Trước 15/5/2026'],
    ]);
  });
});

describe('a ward’s plan to fix what an inspection found, typed by a small office', () => {
  it('reads the remedy column, «1/» and «III-» numbering, and a short name defined in a bare bracket', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nPHƯỜNG VIỆT HƯNG\n\nSố: 19/KH-UBND\n\nViệt Hưng, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\n\nThực hiện Kết luận thanh tra số 08/KL-TTTP\n\n' +
      'II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n\n' +
      '| TT | Nội dung Kết luận | Biện pháp khắc phục | Bộ phận thực hiện | Thời hạn |\n|---|---|---|---|---|\n' +
      '| 1 | Chưa cập nhật biến động đất đai (mục 2.5) | Cập nhật, chỉnh lý hồ sơ địa chính | P.KT,HT&ĐT | Quý II/2026 |\n\n' +
      'III- TỔ CHỨC THỰC HIỆN\n\n' +
      '1/ Phòng Kinh tế, Hạ tầng và Đô thị (P.KT,HT&ĐT) theo dõi, đôn đốc thực hiện Kế hoạch.\n\n' +
      '2/ Công an phường bảo đảm an ninh, trật tự khi tổ chức cưỡng chế.\n';
    const plan = await readPlanFile(writeTemp('ket-luan.txt', text));
    expect(plan.tasks.map((t) => [t.content.slice(0, 16), t.lead])).toEqual([
      ['Cập nhật, chỉnh ', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
      ['Theo dõi, đôn đố', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
      ['Bảo đảm an ninh,', ['Công an phường']],
    ]);
  });
});

describe('rule «named-official»: a commune hands work to its officials by name', () => {
  it('keeps the official with the post in full, drops a head’s name after the body, and keeps the village heads', async () => {
    const text =
      head('XÃ NA SẦM', '86/KH-UBND') +
      '| **TT** | **Nội dung công việc** | **Người/bộ phận thực hiện** | **Thời gian hoàn thành** |\n|---|---|---|---|\n' +
      '| 1 | Rà soát, lập danh sách hộ kinh doanh | Phòng Kinh tế (đ/c Nông Thị Hiền - Trưởng phòng); Trưởng các thôn, khối phố | Xong trước 15/12 |\n' +
      '| 2 | Tổ chức hội nghị tuyên truyền, hướng dẫn hộ kinh doanh | Đ/c Hoàng Văn Thắng - PCT UBND xã; Phòng Kinh tế | Tuần 3 tháng 12/2025 |\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1\\. Đ/c Hoàng Văn Thắng - Phó Chủ tịch UBND xã: trực tiếp chỉ đạo, đôn đốc thực hiện Kế hoạch.\n\n' +
      '2\\. Trưởng các khu phố tổ chức họp dân, phổ biến Kế hoạch.\n';
    const plan = await readPlanFile(writeTemp('na-sam.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([
      ['Phòng Kinh tế', 'Trưởng các thôn, khối phố'],
      ['Hoàng Văn Thắng - Phó Chủ tịch UBND xã', 'Phòng Kinh tế'],
      ['Hoàng Văn Thắng - Phó Chủ tịch UBND xã'],
      ['Trưởng các khu phố'],
    ]);
  });
});

describe('a Sở’s Công văn to its units («Đối với …», «… có trách nhiệm:», «Đề nghị … :»)', () => {
  it('gives each addressee its items, asks the communes, and takes no task from a note or the closing line', async () => {
    const text =
      head('SỞ Y TẾ TỈNH ĐỒNG NAI', '2870/SYT-NVY', 'CÔNG VĂN') +
      'Để chủ động kiểm soát dịch bệnh, Sở Y tế đề nghị các đơn vị, địa phương triển khai thực hiện một số nội dung sau:\n\n' +
      '**1. Đối với các đơn vị trực thuộc Sở Y tế**\n\n' +
      '**Trung tâm Kiểm soát bệnh tật tỉnh** (sau đây gọi tắt là CDC Đồng Nai) là đơn vị đầu mối, có trách nhiệm:\n\n' +
      'a) Tăng cường giám sát chủ động, phát hiện sớm ca bệnh, xử lý triệt để ổ dịch.\n\n' +
      'b) Cấp phát hóa chất, máy phun cho các Trạm Y tế, hoàn thành trong tháng 6/2026.\n\n' +
      '**2. Đối với Ủy ban nhân dân các xã, phường**\n\n' +
      'Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo Trạm Y tế phối hợp với các ban, ngành, đoàn thể:\n\n' +
      'a) Huy động người dân tham gia chiến dịch diệt lăng quăng, bọ gậy hằng tuần.\n\n' +
      '**3. Đối với các bệnh viện ngoài công lập**\n\n' +
      'Thực hiện nghiêm việc khai báo ca bệnh truyền nhiễm theo quy định.\n\n' +
      'Sở Y tế đề nghị các đơn vị, địa phương khẩn trương triển khai thực hiện./.\n\n' +
      '*Ghi chú: Lịch phun hóa chất cụ thể tại từng xã, phường do CDC Đồng Nai thông báo.*\n';
    const plan = await readPlanFile(writeTemp('cong-van.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead])).toEqual([
      ['task', ['Trung tâm Kiểm soát bệnh tật tỉnh']],
      ['task', ['Trung tâm Kiểm soát bệnh tật tỉnh']],
      ['request', ['Ủy ban nhân dân các xã, phường']],
      ['task', ['Các bệnh viện ngoài công lập']],
    ]);
  });

  it('reads a list of works by its «Tên công trình» column', async () => {
    const text =
      head('TỈNH VĨNH LONG', '2755/QĐ-UBND') +
      '| STT | Tên công trình | Địa điểm | Chủ đầu tư | Thời gian hoàn thành |\n|---|---|---|---|---|\n' +
      '| 1 | Đập tạm ngăn mặn kênh Cái Cấm | Xã Long Hòa | Sở Nông nghiệp và Môi trường | Trước ngày 15/01/2026 |\n';
    const plan = await readPlanFile(writeTemp('cong-trinh.md', text));
    expect(plan.tasks.map((t) => [t.content, t.lead, t.deadline])).toEqual([
      ['Đập tạm ngăn mặn kênh Cái Cấm', ['Sở Nông nghiệp và Môi trường'], '2026-01-15'],
    ]);
  });
});

describe('a short form with «&» defined in the plan', () => {
  it('spells «HT&ĐT» out inside a longer name without failing on the «&» (a Unicode pattern refuses «\\&»)', () => {
    const defined = new Map([['HT&ĐT', 'Phòng Kinh tế, Hạ tầng và Đô thị']]);
    expect(() => expandNames(['Tổ công tác của HT&ĐT'], defined)).not.toThrow();
    expect(expandNames(['Tổ công tác của HT&ĐT'], defined)).toEqual([
      'Tổ công tác của Phòng Kinh tế, Hạ tầng và Đô thị',
    ]);
  });
});
