import { describe, expect, it } from 'vitest';
import { hasDutyVerb, splitAgencies, splitLeadingAgencies, wholeGroupName } from '../../src/plans/agency-list.js';
import { readPlanFile } from '../../src/plans/extract.js';
import { placeOf } from '../../src/plans/document.js';
import { textToBlocks } from '../../src/plans/text-blocks.js';
import { writeTemp } from './helpers.js';

// Each rule here is named in the importer's code; these are the shapes that made it.

const HEAD =
  'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 172/KH-UBND\n\nThành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nTriển khai thi hành Luật Việc làm\n\n';

describe('rule «labelled-content»: «Nội dung thực hiện:» under a numbered title', () => {
  it('takes the title as the task and the labelled paragraph as its details', async () => {
    const text =
      HEAD +
      'II. NỘI DUNG\n\n' +
      '1. Phổ biến, giáo dục Luật Việc làm\n\n' +
      '- Nội dung thực hiện: Tổ chức phổ biến Luật bằng các hình thức đa dạng.\n\n' +
      '- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch; ' +
      'Sở Tư pháp và Đài Phát thanh và Truyền hình Thành phố chủ động tổ chức triển khai.\n\n' +
      '- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.\n';
    const plan = await readPlanFile(writeTemp('noi-dung.txt', text));
    expect(plan.tasks).toHaveLength(1);
    const task = plan.tasks[0];
    expect(task?.content).toBe('Phổ biến, giáo dục Luật Việc làm: Tổ chức phổ biến Luật bằng các hình thức đa dạng.');
    // Rule «lead-says-chu-tri»: the agency said to «chủ trì» leads, the others take part.
    expect(task?.lead).toEqual(['Sở Nội vụ']);
    expect(task?.coordinating).toEqual(['Sở Tư pháp', 'Đài Phát thanh và Truyền hình Thành phố']);
    expect(task?.deadline).toBe('2025-12-31');
  });
});

describe('agency names that look like they end at a verb', () => {
  it('keeps «được giao chủ trì» in a group name', () => {
    const named = splitLeadingAgencies('Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ.');
    expect(named?.agencies).toEqual(['Các cơ quan, đơn vị được giao chủ trì']);
    expect(named?.rest).toBe('Có trách nhiệm hoàn thành nhiệm vụ.');
  });

  it('reads «tổ chức» after a comma as the noun', () => {
    expect(splitAgencies('Sở Nội vụ, các sở, ban, ngành và các cơ quan, tổ chức khác có liên quan')).toEqual([
      'Sở Nội vụ',
      'các sở, ban, ngành',
      'các cơ quan, tổ chức khác có liên quan',
    ]);
    // The verb still ends a name: «Sở Y tế tổ chức tập huấn».
    expect(splitLeadingAgencies('Sở Y tế tổ chức tập huấn cho cán bộ.')?.agencies).toEqual(['Sở Y tế']);
  });

  it('ends a name at «cử» and «lập», but not in «ứng cử», «bầu cử», «công lập»', () => {
    expect(splitLeadingAgencies('Thuế cơ sở 3 tỉnh Lạng Sơn cử cán bộ trực tại bộ phận một cửa.')?.agencies).toEqual([
      'Thuế cơ sở 3 tỉnh Lạng Sơn',
    ]);
    expect(splitLeadingAgencies('Phòng Văn hóa - Xã hội lập danh sách hộ nghèo được tặng quà.')?.agencies).toEqual([
      'Phòng Văn hóa - Xã hội',
    ]);
    expect(splitAgencies('Cơ quan, đơn vị có người ứng cử; Công an tỉnh')).toEqual([
      'Cơ quan, đơn vị có người ứng cử',
      'Công an tỉnh',
    ]);
    expect(splitLeadingAgencies('Ủy ban bầu cử tỉnh hướng dẫn các tổ bầu cử.')?.agencies).toEqual([
      'Ủy ban bầu cử tỉnh',
    ]);
    expect(splitLeadingAgencies('Các đơn vị sự nghiệp công lập rà soát vị trí việc làm.')?.agencies).toEqual([
      'Các đơn vị sự nghiệp công lập',
    ]);
  });

  it('ends a name at «thông tin» right after its capital or number, not inside «Cổng thông tin điện tử»', () => {
    expect(
      splitLeadingAgencies('Báo và Phát thanh, Truyền hình An Giang thông tin kịp thời diễn biến sạt lở.')?.agencies,
    ).toEqual(['Báo và Phát thanh, Truyền hình An Giang']);
    expect(splitLeadingAgencies('Kiểm toán nhà nước khu vực III thông tin kế hoạch kiểm toán.')?.agencies).toEqual([
      'Kiểm toán nhà nước khu vực III',
    ]);
    expect(hasDutyVerb('Cổng thông tin điện tử tỉnh')).toBe(false);
    expect(hasDutyVerb('Trang thông tin điện tử của Sở Tư pháp')).toBe(false);
    expect(hasDutyVerb('các cơ quan thông tin đại chúng')).toBe(false);
  });

  it('rule «group-heading»: a group named by what its members do is one name', () => {
    expect(wholeGroupName('Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình')).toBe(
      'Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình',
    );
    expect(wholeGroupName('các tổ chức cung cấp dịch vụ chi trả')).toBe('Các tổ chức cung cấp dịch vụ chi trả');
    expect(wholeGroupName('Các Sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện')).toBeNull();
    expect(wholeGroupName('Sở Y tế')).toBeNull();
    expect(wholeGroupName('Các sở, ngành: chủ trì triển khai')).toBeNull();
  });
});

describe('rule «hyphen-in-compound»: a markdown line wrapped at «chính trị - xã hội»', () => {
  it('does not make a task of the wrapped half', async () => {
    // Soft-wrapped markdown as a legal-document website converts it (many short lines).
    const filler = Array.from(
      { length: 12 },
      (_, k) =>
        `Đoạn ${k + 1} nói về mục đích của kế hoạch và được\nngắt dòng ở giữa câu như trang web đã\nchuyển sang markdown.\n`,
    ).join('\n');
    const text =
      HEAD +
      filler +
      '\n**IV. TỔ CHỨC THỰC HIỆN**\n\n' +
      '**1. Ủy ban nhân dân xã, phường**\n\n' +
      'a) Tổ chức tuyên truyền, vận động người hưởng trợ cấp: Chỉ đạo phòng, ban chuyên môn, phối hợp tổ chức chính trị\n' +
      '- xã hội tại địa phương thực hiện công tác tuyên truyền, vận động;\n\n' +
      'b) Thường xuyên rà soát, cập nhật dữ liệu.\n';
    const plan = await readPlanFile(writeTemp('gach-noi.md', text));
    expect(plan.tasks.map((t) => t.content.slice(0, 22))).toEqual(['Tổ chức tuyên truyền, ', 'Thường xuyên rà soát, ']);
    expect(plan.tasks[0]?.content).toContain('chính trị - xã hội tại địa phương');
  });
});

describe('layout «actor-items»: work handed out in the body, outside a duty section', () => {
  it('takes items that open with the body that does them, and leaves aims and fragments', async () => {
    const text =
      HEAD +
      'I. MỤC ĐÍCH, YÊU CẦU\n\n' +
      '- Sở Y tế bảo đảm mọi người dân được tuyên truyền đầy đủ về chính sách.\n\n' +
      'II. PHƯƠNG ÁN TRIỂN KHAI\n\n' +
      '2. Phương án triển khai\n\n' +
      'a) Ủy ban nhân dân xã, phường huy động nguồn lực, tổ chức tuyên truyền đến từng đối tượng trước ngày 15/12/2025;\n\n' +
      'b) Các thông số: độ mặn, pH quan trắc với tần suất hai lần mỗi tháng.\n\n' +
      '+ Báo cáo kết quả thực hiện Chương trình, kết quả xử lý các vướng mắc.\n\n' +
      '+ Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu quy định.\n\n' +
      'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Kế hoạch này.\n\n' +
      'III. KINH PHÍ THỰC HIỆN\n\n' +
      '1. Các cơ quan, đơn vị chủ động bố trí kinh phí từ nguồn ngân sách được giao hằng năm.\n\n' +
      '2. Sở Tài chính chủ trì, phối hợp với các sở, ngành bố trí kinh phí chi thường xuyên theo quy định.\n\n' +
      'c) Trên cơ sở kết quả kiểm tra, Sở Y tế tổng hợp danh sách đề nghị khen thưởng gửi Sở Nội vụ.\n';
    const plan = await readPlanFile(writeTemp('phuong-an.txt', text));
    expect(plan.tasks.map((t) => [t.order, t.lead, t.content.slice(0, 30), t.deadline])).toEqual([
      ['II.2.a', ['Ủy ban nhân dân xã, phường'], 'Huy động nguồn lực, tổ chức tu', '2025-12-15'],
      ['II.2', ['Các cơ quan, đơn vị liên quan'], 'Thu thập thông tin theo các mẫ', null],
      // A numbered paragraph that names an agency assigns (under its own number); one addressed to
      // everyone does not.
      ['III.2', ['Sở Tài chính'], 'Chủ trì, phối hợp với các sở, ', null],
      // After «2. …», a lettered item is numbered under it.
      ['III.2.c', ['Sở Y tế'], 'Trên cơ sở kết quả kiểm tra, S', null],
    ]);
  });
});

describe('shapes where bold and line ends are lost (a PDF’s text)', () => {
  it('rule «open-ending»: a paragraph cut on «và» by a page break goes on', () => {
    const blocks = textToBlocks(
      '3. Trong quá trình thực hiện, nếu có khó khăn, các cơ quan phản ánh về Ủy ban nhân dân tỉnh (qua Sở Khoa học và\n\nCông nghệ) để xem xét, giải quyết.\n\n' +
        `4. ${'Một đoạn dài bình thường của kế hoạch, viết cho đủ độ dài trung bình. '.repeat(6)}\n`,
      { hardWrapped: true },
    );
    expect(blocks.map((b) => (b.type === 'para' ? b.text.slice(-30) : 'table'))).toEqual([
      '(qua Sở Khoa học và Công nghệ) để xem xét, giải quyết.'.slice(-30),
      'ung bình. Một đoạn dài bình thường của kế hoạch, viết cho đủ độ dài trung bình.'.slice(-30),
    ]);
  });

  it('a numbered group title followed by bullets is the group’s heading, bold or not', async () => {
    const text =
      HEAD +
      'VI. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Sở Nông nghiệp và Môi trường\n\n' +
      '- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n' +
      '2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình\n\n' +
      '- Phê duyệt kế hoạch giám sát, đánh giá của đơn vị mình.\n';
    const plan = await readPlanFile(writeTemp('nhom.txt', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([
      ['Sở Nông nghiệp và Môi trường'],
      ['Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình'],
    ]);
  });
});

describe('duties that end the plan or carry a report', () => {
  it('rule «duty-then-report»: the duty before «, báo cáo …» is a task beside its report row', async () => {
    const text =
      HEAD +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Sở Khoa học và Công nghệ có trách nhiệm giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi, kiểm tra, đôn đốc ' +
      'các sở, ngành triển khai thực hiện nhiệm vụ được nêu trong Kế hoạch, báo cáo Chủ tịch Ủy ban nhân dân tỉnh ' +
      'kết quả thực hiện trước ngày 15/12 hằng năm.\n\n' +
      '2. Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Kế hoạch này.\n';
    const plan = await readPlanFile(writeTemp('bao-cao.txt', text));
    // The closing demand of the issuer («… yêu cầu … nghiêm túc triển khai») is no task.
    expect(plan.tasks.map((t) => [t.kind, t.content.slice(0, 40), t.deadline])).toEqual([
      ['task', 'Có trách nhiệm giúp Chủ tịch Ủy ban nhân', null],
      ['report', 'Báo cáo năm: Báo cáo Chủ tịch Ủy ban nhâ', '2025-12-15'],
    ]);
  });
});

describe('report rows from a duty', () => {
  it('rules «dated-yearly» and «milestone-reports»', async () => {
    const text =
      HEAD +
      'V. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11 hằng năm; ' +
      'báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035).\n';
    const plan = await readPlanFile(writeTemp('moc.txt', text));
    expect(plan.tasks.filter((t) => t.kind === 'report').map((t) => [t.content.split(':')[0], t.deadline])).toEqual([
      ['Báo cáo năm', '2025-11-30'],
      ['Báo cáo giữa kỳ', '2030-12-31'],
      ['Báo cáo tổng kết', '2035-12-31'],
    ]);
  });
});

describe('where a skipped table stands, for the coordinator to check by eye', () => {
  it('says the source line of a text and the page of a PDF', () => {
    const blocks = textToBlocks('Dòng một.\n\nDòng hai nối\ntiếp.\n\nSTT\tTiêu chí\tĐiểm\n1\tA\t10\n', {
      linePages: [1, 1, 2, 2, 2, 3, 3, 3],
    });
    expect(blocks.map((b) => [b.type, b.page])).toEqual([
      ['para', 1],
      ['para', 2],
      ['table', 3],
    ]);
    expect(textToBlocks('Một.\n\n\nHai.\n').map((b) => b.line)).toEqual([1, 4]);
    const doc = { blocks: textToBlocks('Một.\n\n\nHai.\n') };
    expect([placeOf(doc, 1), placeOf({ blocks: [{ type: 'para', text: 'x' }] }, 0)]).toEqual(['dòng 4', 'đoạn 1']);
  });
});

describe('rule «role-in-brackets»', () => {
  it('drops the role a plan gives an agency, and keeps a parent named in brackets', () => {
    expect(splitAgencies('Sở Nội vụ (cơ quan thường trực)')).toEqual(['Sở Nội vụ']);
    expect(splitAgencies('Sở Khoa học và Công nghệ - cơ quan thường trực Ban Chỉ đạo')).toEqual([
      'Sở Khoa học và Công nghệ',
    ]);
    expect(splitAgencies('Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)')).toEqual([
      'Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)',
    ]);
  });
});

describe('rule «named-in-group»', () => {
  it('gives a duty that opens with one agency of a group section to that agency', async () => {
    const text =
      HEAD +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Các sở, ban, ngành tỉnh\n\n' +
      '- Xây dựng kế hoạch triển khai trong phạm vi quản lý của đơn vị mình.\n\n' +
      '- Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.\n';
    const plan = await readPlanFile(writeTemp('nhom-so.txt', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Các sở, ban, ngành tỉnh'], ['Sở Tài chính']]);
  });
});

describe('rule «actor-after-ground»: the body named after a ground or a short title', () => {
  it('finds the body after «Trên cơ sở …,», «Căn cứ …,» (commas inside the ground) and «…: Sau khi …,»', async () => {
    const text =
      HEAD +
      'III. PHƯƠNG ÁN TRIỂN KHAI\n\n' +
      '1. Cách thức xếp hạng\n\n' +
      'a) Trên cơ sở kết quả kiểm tra, đánh giá, chấm điểm của Sở Y tế, Hội đồng thi đua họp xét đánh giá các xã, phường có thành tích;\n\n' +
      'b) Căn cứ vào kết quả kiểm tra ở địa phương, Ủy ban nhân dân cấp xã quyết định khen thưởng cho tập thể và cá nhân;\n\n' +
      'c) Thực hiện chi trả cho người hưởng trợ cấp: Sau khi mở tài khoản, Ủy ban nhân dân xã, phường phối hợp với các tổ chức chi trả ký kết hợp đồng;\n\n' +
      'd) Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh, các quỹ đầu tư mạo hiểm và nguồn vốn xã hội hóa khác.\n';
    const plan = await readPlanFile(writeTemp('ground.txt', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([
      ['Hội đồng thi đua'],
      ['Ủy ban nhân dân cấp xã'],
      ['Ủy ban nhân dân xã, phường'],
    ]);
    // The whole item stays the duty, ground included.
    expect(plan.tasks[0]?.content).toMatch(/^Trên cơ sở kết quả kiểm tra/);
  });
});

describe('rule «request-in-one-paragraph» with «bold-number», «joint-office» and «các» before a name', () => {
  it('makes a numbered «Đề nghị …» paragraph a request of every body it lists', async () => {
    const text =
      HEAD +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Công an tỉnh chủ trì theo dõi, hướng dẫn việc triển khai thực hiện Kế hoạch này.\n\n' +
      '**2.** Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, ' +
      'Tòa án nhân dân tỉnh, Thuế tỉnh, Kho bạc nhà nước khu vực XI tăng cường công tác bảo vệ bí mật nhà nước.\n';
    const plan = await readPlanFile(writeTemp('de-nghi.md', text));
    const request = plan.tasks.find((t) => t.kind === 'request');
    expect(request?.lead).toEqual([
      'Văn phòng Tỉnh ủy',
      'các Ban Xây dựng Đảng',
      'Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh',
      'Tòa án nhân dân tỉnh',
      'Thuế tỉnh',
      'Kho bạc nhà nước khu vực XI',
    ]);
    expect(request?.content).toMatch(/^Tăng cường công tác bảo vệ bí mật nhà nước\.?$/);
  });
});

describe('duties handed down, lead-ins and reports due once', () => {
  const plan = (body: string): Promise<Awaited<ReturnType<typeof readPlanFile>>> =>
    readPlanFile(writeTemp('tcth.txt', `${HEAD}IV. TỔ CHỨC THỰC HIỆN\n\n${body}`));

  it('rule «directs-unit»: the department and the unit it directs both lead', async () => {
    const { tasks } = await plan(
      '1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:\n\n' +
        '- Lập dự toán kinh phí báo cáo Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền phê duyệt.\n\n' +
        '2. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện.\n',
    );
    expect(tasks.map((t) => t.lead)).toEqual([
      ['Sở Nông nghiệp và Môi trường', 'Chi cục Biển đảo và Thủy sản'],
      ['Sở Tài chính'],
    ]);
  });

  it('rule «dangling-lead-in»: «b) Chủ trì, phối hợp» before its bullets is no task', async () => {
    const { tasks } = await plan(
      '2. Công an tỉnh\n\n' +
        'a) Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh thực hiện chức năng chủ quản Chương trình.\n\n' +
        'b) Chủ trì, phối hợp\n\n' +
        '- Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí ngân sách thực hiện Chương trình.\n',
    );
    expect(tasks.map((t) => t.content.slice(0, 30))).toEqual([
      'Chủ trì, phối hợp với các đơn ',
      'Sở Tài chính và các đơn vị có ',
    ]);
  });

  it('rule «dated-report»: a report due once on a dated day is a row beside the duty, which keeps the date', async () => {
    const { tasks } = await plan(
      '1. Sở Nông nghiệp và Môi trường:\n\n' +
        '- Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày 15/12/2026.\n\n' +
        '- Báo cáo kết quả theo quy định, phối hợp kiểm tra việc thực hiện tại các xã.\n',
    );
    expect(tasks.map((t) => [t.kind, t.content.slice(0, 24), t.deadline])).toEqual([
      ['task', 'Tổ chức đánh giá kết quả', '2026-12-15'],
      ['report', 'Báo cáo UBND tỉnh trước ', '2026-12-15'],
      ['task', 'Báo cáo kết quả theo quy', null],
    ]);
  });

  it('reads the cycle named before «và định kỳ báo cáo», and both milestone reports after a yearly one', async () => {
    const { tasks } = await plan(
      '2. Chế độ báo cáo\n\n' +
        '- Các sở, ban, ngành có trách nhiệm xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả ' +
        'thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ để tổng hợp.\n\n' +
        '- Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Tỉnh trước ngày 30/11 hằng năm. Báo cáo giữa ' +
        'kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035).\n',
    );
    expect(tasks.map((t) => [t.kind, (t.content.split(':')[0] ?? '').slice(0, 30), t.deadline])).toEqual([
      ['task', 'Có trách nhiệm xây dựng kế hoạ', null],
      ['report', 'Báo cáo năm', '2025-11-20'],
      ['report', 'Báo cáo năm', '2025-11-30'],
      ['report', 'Báo cáo giữa kỳ', '2030-12-31'],
      ['report', 'Báo cáo tổng kết', '2035-12-31'],
    ]);
  });
});

describe('a Quy chế: articles of duties, the execution clause and titles before bodies', () => {
  it('rules «article-items», «execution-clause» and «title-is-not-agency»', async () => {
    const text =
      HEAD +
      '**Chương V**\n\n**TỔ CHỨC THỰC HIỆN**\n\n' +
      '**Điều 15. Trách nhiệm của Công an thành phố**\n\n' +
      '1. Giám sát công tác bảo đảm an toàn thông tin mạng cho Hệ thống theo quy định.\n\n' +
      '**Điều 16. Trách nhiệm của các cơ quan, đơn vị**\n\n' +
      '1. Thủ trưởng các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc Quy chế này trong phạm vi quản lý.\n\n' +
      '2. Phân công cán bộ, công chức, viên chức quản lý, sử dụng Hệ thống của cơ quan, đơn vị mình.\n\n' +
      '**Điều 17. Trách nhiệm thi hành**\n\n' +
      'Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân xã, phường chịu trách ' +
      'nhiệm triển khai thực hiện Quy chế này.\n';
    const plan = await readPlanFile(writeTemp('quy-che.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.content.slice(0, 24)])).toEqual([
      ['Công an thành phố', 'Giám sát công tác bảo đả'],
      ['Các cơ quan, đơn vị', 'Thủ trưởng các cơ quan, '],
      ['Các cơ quan, đơn vị', 'Phân công cán bộ, công c'],
    ]);
  });

  it('names the body, not its head: «Giám đốc các Sở», «Chủ tịch UBND xã, phường»; «Giám đốc Sở» alone stays', () => {
    expect(splitAgencies('Giám đốc các Sở; Chủ tịch Ủy ban nhân dân xã, phường; Giám đốc Sở')).toEqual([
      'Các Sở',
      'Ủy ban nhân dân xã, phường',
      'Giám đốc Sở',
    ]);
  });
});

describe('inline blocks: an activity with only its time, and names said twice', () => {
  it('rule «timed-without-agency» keeps it with an empty lead and says so; each body is named once', async () => {
    const text =
      HEAD +
      'II. NHIỆM VỤ\n\n' +
      '1. Rà soát văn bản quy phạm pháp luật\n\n' +
      '- Cơ quan chủ trì: Sở Khoa học và Công nghệ, Sở Tư pháp, Sở Khoa học và Công nghệ\n\n' +
      '- Thời gian thực hiện: Quý IV năm 2025.\n\n' +
      '2. Phối hợp kiểm tra việc thi hành Luật\n\n' +
      '- Cơ quan chủ trì: Sở Khoa học và Công nghệ\n\n' +
      '- Thời gian thực hiện: Năm 2026.\n\n' +
      '**3. Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia**\n\n' +
      'Thời gian thực hiện sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.\n';
    const plan = await readPlanFile(writeTemp('inline-time.md', text));
    expect(plan.tasks.map((t) => [t.content, t.lead])).toEqual([
      ['Rà soát văn bản quy phạm pháp luật', ['Sở Khoa học và Công nghệ', 'Sở Tư pháp']],
      ['Phối hợp kiểm tra việc thi hành Luật', ['Sở Khoa học và Công nghệ']],
      ['Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia', []],
    ]);
    expect(plan.tasks[2]?.deadlineText).toBe(
      'Thời gian thực hiện sau khi Chiến lược tiêu chuẩn quốc gia được ban hành',
    );
    expect(plan.problems.some((p) => /Mục 3: không nêu cơ quan thực hiện/.test(p))).toBe(true);
  });

  it('reads a verb after «được» as part of the name («… được phân công chủ trì»)', () => {
    expect(
      splitLeadingAgencies('Các sở, ngành và Ủy ban nhân dân các xã, phường được phân công chủ trì xây dựng kế hoạch.')
        ?.agencies,
    ).toEqual(['Các sở, ngành', 'Ủy ban nhân dân các xã, phường']);
  });
});

describe('rule «defined-abbreviation» in a long paragraph with other brackets, one inside another', () => {
  it('still finds each short form after an aside and a bracket in a bracket', async () => {
    const text =
      HEAD +
      'I. MỤC ĐÍCH\n\n' +
      'Các cơ quan, đơn vị (kể cả các đơn vị sự nghiệp (tự chủ một phần) và các hội đặc thù) phối hợp chặt chẽ ' +
      'với Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi tắt là BQLKCN), với Trung tâm Phục vụ hành chính ' +
      'công tỉnh (TTPVHCC) và với Phòng Cảnh sát kinh tế (PC03) trong suốt quá trình thực hiện (năm 2026).\n\n' +
      'PHỤ LỤC\n\n' +
      '| TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n' +
      '|---|---|---|---|---|\n' +
      '| 1 | Rà soát thủ tục đầu tư trong khu công nghiệp | BQLKCN | Sở Tài chính | Quý I/2026 |\n' +
      '| 2 | Số hóa hồ sơ đất đai đã tiếp nhận | TTPVHCC | Sở Nông nghiệp và Môi trường | Quý II/2026 |\n' +
      '| 3 | Kiểm tra hàng giả tại các chợ đầu mối | PC03 | Sở Công Thương | Quý III/2026 |\n';
    const plan = await readPlanFile(writeTemp('brackets.md', text));
    expect(plan.tasks.map((t) => t.lead.join('; '))).toEqual([
      'Ban Quản lý các khu công nghiệp tỉnh',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Phòng Cảnh sát kinh tế',
    ]);
  });
});

describe('a plan from another drafting office: «Giao …:», an appendix of «Hoạt động», letters it defines', () => {
  it('rules «giao-heading», «defined-abbreviation», «ditto-cell», «subgroup-title», and a report-only duty', async () => {
    const text =
      HEAD +
      'II. HOẠT ĐỘNG\n\n' +
      '**1. Cung ứng vắc xin**\n\n' +
      'Trung tâm Kiểm soát bệnh tật thành phố (sau đây gọi tắt là TTKSBT) dự trù nhu cầu vắc xin năm 2026 trước ngày 15/01/2026.\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Giao Sở Y tế (cơ quan thường trực):\n\n' +
      'a) Tham mưu thành lập các đoàn kiểm tra liên ngành cấp tỉnh trước ngày 31/12/2025.\n\n' +
      'b) Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 10/3/2026 để tổng hợp.\n\n' +
      'PHỤ LỤC\n\n' +
      '| TT | Hoạt động | Chủ trì | Phối hợp | Thời gian |\n' +
      '|---|---|---|---|---|\n' +
      '| A | TIÊM BỔ SUNG | | | |\n' +
      '| 1 | Chiến dịch tiêm bổ sung vắc xin sởi - rubella | | | |\n' +
      '| 1.1 | Rà soát, lập danh sách trẻ chưa tiêm đủ mũi | TTKSBT | Trạm Y tế | Quý I/2026 |\n' +
      '| 1.2 | Tổ chức tiêm bổ sung tại các điểm tiêm lưu động | nt | UBND các xã, phường | nt |\n';
    const plan = await readPlanFile(writeTemp('giao.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.content.slice(0, 26), t.deadline])).toEqual([
      ['task', 'Trung tâm Kiểm soát bệnh tật thành phố', 'Rà soát, lập danh sách trẻ', '2026-03-31'],
      ['task', 'Trung tâm Kiểm soát bệnh tật thành phố', 'Tổ chức tiêm bổ sung tại c', '2026-03-31'],
      ['task', 'Trung tâm Kiểm soát bệnh tật thành phố', 'Cung ứng vắc xin: Dự trù n', '2026-01-15'],
      ['task', 'Sở Y tế', 'Tham mưu thành lập các đoà', '2025-12-31'],
      ['report', 'Sở Y tế', 'Báo cáo kết quả thực hiện ', '2026-03-10'],
    ]);
  });

  it('pairs «hằng quý và tổng kết năm (trước ngày 31/12/2026)»: the date is the yearly one', async () => {
    const plan = await readPlanFile(
      writeTemp(
        'quy-nam.txt',
        `${HEAD}IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế:\n\n- Kiểm tra, giám sát việc thực hiện tiêm chủng tại các xã, phường; ` +
          'báo cáo Ủy ban nhân dân thành phố kết quả thực hiện định kỳ hằng quý và tổng kết năm (trước ngày 31/12/2026).\n',
      ),
    );
    expect(plan.tasks.map((t) => [t.kind, t.content.split(':')[0], t.deadline])).toEqual([
      ['task', 'Kiểm tra, giám sát việc thực hiện tiêm chủng tại các xã, phường.', null],
      ['report', 'Báo cáo năm', '2026-12-31'],
      [
        'report',
        'Báo cáo Ủy ban nhân dân thành phố kết quả thực hiện định kỳ hằng quý và tổng kết năm (trước ngày 31/12/2026).',
        null,
      ],
    ]);
  });
});

describe('a special zone’s plan: bare «Chủ trì:» labels, «Khuyến khích», bodies of the forest', () => {
  it('reads them, keeps the requests to bodies the table also names, and drops the closing clause', async () => {
    const text =
      HEAD +
      'II. NỘI DUNG THỰC HIỆN\n\n' +
      '1. Kiện toàn Ban Chỉ đạo phòng cháy, chữa cháy rừng đặc khu. Chủ trì: Phòng Kinh tế; phối hợp: Hạt Kiểm lâm ' +
      'khu vực Phú Quốc; thời gian: trước ngày 05/01/2026.\n\n' +
      '2. Xây dựng phương án chữa cháy rừng cho từng tiểu khu. Chủ trì: Vườn quốc gia Phú Quốc; thời gian: Tháng 01/2026.\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Ủy ban bầu cử tỉnh (Sở Nội vụ giúp việc) tổng hợp danh sách người ứng cử trong tháng 02/2026.\n\n' +
      '2. Đề nghị Vườn quốc gia Phú Quốc chủ động bố trí lực lượng bảo vệ rừng chuyên trách tại chỗ.\n\n' +
      '3. Khuyến khích các doanh nghiệp du lịch, cơ sở lưu trú ven rừng tham gia tổ đội phòng cháy, chữa cháy rừng cơ sở.\n\n' +
      'Quá trình thực hiện nếu có phát sinh vướng mắc, báo cáo về Phòng Kinh tế để tổng hợp./.\n';
    const plan = await readPlanFile(writeTemp('dac-khu.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.deadline])).toEqual([
      ['task', 'Phòng Kinh tế', '2026-01-05'],
      ['task', 'Vườn quốc gia Phú Quốc', '2026-01-31'],
      ['task', 'Ủy ban bầu cử tỉnh', '2026-02-28'],
      ['request', 'Vườn quốc gia Phú Quốc', null],
      ['request', 'Các doanh nghiệp du lịch, cơ sở lưu trú ven rừng', null],
    ]);
    expect(plan.tasks[0]?.coordinating).toEqual(['Hạt Kiểm lâm khu vực Phú Quốc']);
  });
});

describe('an election plan: a timeline appendix beside the duties, hours in deadlines', () => {
  it('keeps a duty whose date is far from the table row it resembles; reads «17 giờ 00 ngày …»; ends a name at its place', async () => {
    const text =
      HEAD +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Công an tỉnh xây dựng kế hoạch bảo đảm an ninh, trật tự cuộc bầu cử, hoàn thành trong tháng 12/2025.\n\n' +
      '2. Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu giám sát an toàn thực phẩm tại các điểm bỏ phiếu trong tháng 02/2026.\n\n' +
      'PHỤ LỤC\n\n' +
      '| STT | Nội dung công việc | Cơ quan thực hiện | Thời gian |\n' +
      '|---|---|---|---|\n' +
      '| 1 | Bảo đảm an ninh, trật tự cuộc bầu cử trước, trong và sau ngày bầu cử | Công an tỉnh | Từ ngày 01/3/2026 đến ngày 20/3/2026 |\n' +
      '| 2 | Tiếp nhận hồ sơ người ứng cử | Sở Nội vụ | Từ ngày 22/12/2025 đến 17 giờ 00 ngày 01/01/2026 |\n';
    const plan = await readPlanFile(writeTemp('bau-cu.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.content.slice(0, 22), t.deadline])).toEqual([
      ['Công an tỉnh', 'Bảo đảm an ninh, trật ', '2026-03-20'],
      ['Sở Nội vụ', 'Tiếp nhận hồ sơ người ', '2026-01-01'],
      ['Công an tỉnh', 'Xây dựng kế hoạch bảo ', '2025-12-31'],
      ['Trung tâm Kiểm soát bệnh tật tỉnh', 'Lấy mẫu giám sát an to', '2026-02-28'],
    ]);
  });
});

describe('rule «defined-abbreviation» with a short form of several words', () => {
  it('reads «(gọi tắt là Hội đồng thi đua)» and gives the body its full name', async () => {
    const text =
      HEAD +
      'III. TIÊU CHÍ\n\n' +
      'a) Trên cơ sở kết quả họp xét của Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố (gọi tắt là Hội đồng thi đua).\n\n' +
      'b) Trên cơ sở kết quả kiểm tra, chấm điểm của Sở Y tế, Hội đồng thi đua họp xét đánh giá các xã, phường có thành tích.\n';
    const plan = await readPlanFile(writeTemp('hoi-dong.txt', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố']]);
  });
});

describe('a duties table inside TỔ CHỨC THỰC HIỆN: several pieces of work in one cell', () => {
  it('rules «bullets-in-cell», «parts-in-cell» and «deadline-in-notes»', async () => {
    const text =
      HEAD +
      'IV. TỔ CHỨC THỰC HIỆN\n\n' +
      '| TT | Cơ quan, đơn vị | Nhiệm vụ | Ghi chú |\n' +
      '|---|---|---|---|\n' +
      '| 1 | Sở Y tế | - Tổ chức tiêm vắc xin dại cho người bị phơi nhiễm tại các trạm y tế<br>- Tập huấn phác đồ điều trị dự phòng cho nhân viên y tế tuyến xã, hoàn thành trước ngày 30/6/2026 | Thường xuyên |\n' +
      '| 2 | Sở Nông nghiệp và Môi trường; Sở Tài chính | Sở Nông nghiệp và Môi trường: cung ứng vắc xin dại cho chó, mèo; Sở Tài chính: bố trí kinh phí mua vắc xin | Trước 31/3/2026 |\n' +
      '| 3 | Công an tỉnh | Phối hợp kiểm tra việc nuôi chó thả rông tại các xã | Tổng hợp chung |\n';
    const plan = await readPlanFile(writeTemp('bang-tcth.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.content.slice(0, 28), t.deadlineText])).toEqual([
      ['Sở Y tế', 'Tổ chức tiêm vắc xin dại cho', 'Thường xuyên'],
      ['Sở Y tế', 'Tập huấn phác đồ điều trị dự', 'Hoàn thành trước ngày 30/6/2026'],
      ['Sở Nông nghiệp và Môi trường', 'Cung ứng vắc xin dại cho chó', 'Trước 31/3/2026'],
      ['Sở Tài chính', 'Bố trí kinh phí mua vắc xin', 'Trước 31/3/2026'],
      // «Tổng hợp chung» is a note, not a deadline.
      ['Công an tỉnh', 'Phối hợp kiểm tra việc nuôi ', ''],
    ]);
  });
});

describe('rule «named-number»: «Nhiệm vụ 1: …» titles its paragraph', () => {
  it('gives the paragraph under each named task the title, in bold or not', async () => {
    const text =
      HEAD +
      'II. NHIỆM VỤ TRỌNG TÂM\n\n' +
      'Nhiệm vụ 1: Rà soát, cập nhật dữ liệu hộ nghèo đa chiều\n\n' +
      'Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường rà soát dữ liệu, hoàn thành trong Quý I năm 2026.\n\n' +
      '**Nhiệm vụ 2: Hỗ trợ sinh kế cho hộ cận nghèo**\n\n' +
      'Ủy ban nhân dân các xã, phường tổ chức hỗ trợ giống cây trồng, vật nuôi cho hộ cận nghèo trước ngày 30/6/2026.\n';
    const plan = await readPlanFile(writeTemp('nhiem-vu-n.md', text));
    expect(plan.tasks.map((t) => [t.order, t.lead.join('; '), t.content.slice(0, 32), t.deadline])).toEqual([
      ['II.1', 'Sở Nông nghiệp và Môi trường', 'Rà soát, cập nhật dữ liệu hộ ngh', '2026-03-31'],
      ['II.2', 'Ủy ban nhân dân các xã, phường', 'Hỗ trợ sinh kế cho hộ cận nghèo:', '2026-06-30'],
    ]);
  });
});

describe('rule «clause-per-agency»: a Chỉ thị hands out work clause by clause', () => {
  it('gives each clause that opens with a body to that body, and leaves one body’s own clauses alone', async () => {
    const text =
      HEAD +
      'II. NHIỆM VỤ, GIẢI PHÁP\n\n' +
      '1. Để bảo đảm trật tự thị trường dịp Tết, giao Sở Công Thương chủ trì kiểm tra thị trường, xử lý hàng giả; ' +
      'Công an tỉnh tăng cường đấu tranh với buôn lậu qua biên giới; Ủy ban nhân dân các xã, phường tuyên ' +
      'truyền người dân không tham gia vận chuyển hàng lậu.\n\n' +
      '2. Sở Tài chính chủ trì bố trí kinh phí cho lực lượng kiểm tra; hướng dẫn thanh quyết toán theo quy định.\n';
    const plan = await readPlanFile(writeTemp('chi-thi.txt', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.content.slice(0, 30)])).toEqual([
      ['Sở Công Thương', 'Sở Công Thương chủ trì kiểm tr'],
      ['Công an tỉnh', 'Công an tỉnh tăng cường đấu tr'],
      ['Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường'],
      ['Sở Tài chính', 'Chủ trì bố trí kinh phí cho lự'],
    ]);
  });
});

describe('rules «split-pipe-table» and «before-tet»', () => {
  it('reads a table whose cells stand on their own lines between «|» lines, and dates «trước Tết Nguyên đán»', async () => {
    const text =
      HEAD +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      'Cơ quan, đơn vị\n|\nNhiệm vụ\n---|---\n' +
      'Sở Y tế\n|\nKiểm tra an toàn thực phẩm chức năng, mỹ phẩm kinh doanh trên địa bàn, hoàn thành trước Tết Nguyên đán.\n' +
      'Ủy ban nhân dân các xã, phường\n|\n\\- Chỉ đạo xây dựng kế hoạch cao điểm của địa phương, ban hành chậm nhất ngày 25/12/2025. ' +
      '\\- Báo cáo kết quả về Sở Công Thương định kỳ hằng tháng (trước ngày 20) để tổng hợp.\n\n' +
      'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân dân không buôn bán hàng lậu.\n';
    const plan = await readPlanFile(writeTemp('bang-tach.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.content.slice(0, 24), t.deadline])).toEqual([
      // The plan is dated 18/11/2025: the next Tết is 17/02/2026.
      ['task', 'Sở Y tế', 'Kiểm tra an toàn thực ph', '2026-02-16'],
      ['task', 'Ủy ban nhân dân các xã, phường', 'Chỉ đạo xây dựng kế hoạc', '2025-12-25'],
      ['report', 'Ủy ban nhân dân các xã, phường', 'Báo cáo tháng: Báo cáo k', null],
      ['request', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Tuyên truyền, vận động N', null],
    ]);
  });
});

describe('rule «directive-body»: a Chỉ thị without roman sections', () => {
  it('reads its numbered paragraphs after «… chỉ thị:», clause by clause, with «Giao …» and «Đề nghị …»', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 02/CT-UBND\n\nQuảng Trị, ngày 20 tháng 01 năm 2026\n\nCHỈ THỊ\n\n' +
      'Về tăng cường quản lý vật liệu nổ\n\n' +
      'Thời gian qua, Công an tỉnh đã thu hồi nhiều vật liệu nổ; tuy nhiên tình trạng sử dụng trái phép vẫn còn.\n\n' +
      'Để chấn chỉnh công tác này, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n' +
      '1. Tăng cường kiểm tra hoạt động sử dụng vật liệu nổ công nghiệp; giao Sở Công Thương chủ trì kiểm tra các tổ chức ' +
      'được cấp phép, hoàn thành trong 6 tháng đầu năm 2026; Ủy ban nhân dân các xã, phường phát hiện, ngăn chặn kịp thời ' +
      'việc sử dụng vật liệu nổ trái phép.\n\n' +
      '2. Giao Công an tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh ' +
      'kết quả thực hiện 6 tháng đầu năm 2026 (trước ngày 15/6/2026) và cả năm (trước ngày 15/12/2026).\n\n' +
      '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động Nhân dân tự giác giao nộp vật liệu nổ.\n';
    const plan = await readPlanFile(writeTemp('chi-thi-2.txt', text));
    expect(
      plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.content.split(':')[0]?.slice(0, 24), t.deadline]),
    ).toEqual([
      ['task', 'Sở Công Thương', 'Sở Công Thương chủ trì k', '2026-06-30'],
      ['task', 'Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, ', null],
      ['task', 'Công an tỉnh', 'Theo dõi, đôn đốc việc t', null],
      ['report', 'Công an tỉnh', 'Báo cáo 6 tháng', '2026-06-15'],
      ['report', 'Công an tỉnh', 'Báo cáo năm', '2026-12-15'],
      ['request', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Phối hợp tuyên truyền, v', null],
    ]);
  });
});

describe('a Sở’s own plan: a PHẦN of agencies under roman headings in capitals', () => {
  it('rules «part-of-agencies» and «caps-name», and «X (chủ trì), Y (phối hợp):» headings', async () => {
    const text =
      HEAD +
      '**PHẦN I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo vệ nguồn nước, phòng ngừa ô nhiễm.\n\n' +
      '**PHẦN II. NHIỆM VỤ CỤ THỂ CỦA CÁC ĐƠN VỊ**\n\n' +
      '**I. PHÒNG TÀI NGUYÊN NƯỚC**\n\n- Thẩm định hồ sơ cấp phép khai thác tài nguyên nước theo quy định.\n\n' +
      '**II. CHI CỤC THỦY LỢI**\n\n- Kiểm tra an toàn đập, hồ chứa nước trước mùa mưa bão, hoàn thành trước 31/8.\n\n' +
      '**III. PHÒNG KẾ HOẠCH - TÀI CHÍNH (chủ trì), VĂN PHÒNG SỞ (phối hợp):**\n\n- Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch.\n\n' +
      '**IV. GIÁM ĐỐC CÁC ĐƠN VỊ TRỰC THUỘC SỞ**\n\n- Quán triệt Kế hoạch đến công chức, viên chức của đơn vị.\n\n' +
      '**PHẦN III. TỔ CHỨC THỰC HIỆN**\n\nCác đơn vị triển khai thực hiện nghiêm túc.\n';
    const plan = await readPlanFile(writeTemp('phan.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.coordinating.join('; '), t.deadline])).toEqual([
      ['Phòng Tài nguyên nước', '', null],
      ['Chi cục Thủy lợi', '', '2026-08-31'],
      ['Phòng Kế hoạch - Tài chính', 'Văn phòng Sở', null],
      ['Các đơn vị trực thuộc Sở', '', null],
    ]);
  });
});

describe('rule «assigned-inside»: a task described first and assigned at its end', () => {
  it('finds «… Nhiệm vụ này giao X chủ trì …» and «Định kỳ …, X chủ trì …» under a named task', async () => {
    const text =
      HEAD +
      'II. NHIỆM VỤ\n\n' +
      '**Nhiệm vụ 5: Thông tin, truyền thông về phòng, chống bệnh dại**\n\n' +
      'Nội dung truyền thông tập trung vào nguy cơ tử vong khi lên cơn dại. Nhiệm vụ này giao Sở Văn hóa, Thể thao và ' +
      'Du lịch chủ trì, phối hợp với Sở Y tế thực hiện thường xuyên.\n\n' +
      '**Nhiệm vụ 7: Kiểm tra, giám sát việc thực hiện Kế hoạch**\n\n' +
      'Định kỳ 02 lần/năm, Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Y tế tổ chức đoàn kiểm tra liên ngành.\n';
    const plan = await readPlanFile(writeTemp('giao-cuoi.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.content.split(':')[0]])).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'Thông tin, truyền thông về phòng, chống bệnh dại'],
      ['Sở Nông nghiệp và Môi trường', 'Kiểm tra, giám sát việc thực hiện Kế hoạch'],
    ]);
  });
});

describe('deadlines written inside a duty, in the wordings offices use', () => {
  it('finds «trong vòng … ngày kể từ ngày …», «tuần đầu tiên của tháng …», «đến hết năm …», «chậm nhất ngày … tháng …»', async () => {
    const text =
      HEAD +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Sở Tài chính: Tham mưu phân bổ kinh phí trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành.\n\n' +
      '2. Sở Y tế: Tổ chức tập huấn cho cán bộ y tế cơ sở trong tuần đầu tiên của tháng 3/2026.\n\n' +
      '3. Công an tỉnh: Duy trì tuần tra kiểm soát trên các tuyến trọng điểm đến hết năm 2026.\n\n' +
      '4. Sở Nội vụ: Tổng hợp kết quả, báo cáo chậm nhất ngày 30 tháng 6 năm 2026.\n\n' +
      '5. Sở Xây dựng: Kiểm tra các công trình từ tháng 3 đến tháng 5/2026 theo kế hoạch.\n\n' +
      '6. Sở Văn hóa, Thể thao và Du lịch: Tổ chức Lễ phát động Tết trồng cây vào ngày 22/02/2026 tại xã Thanh Sơn.\n';
    const plan = await readPlanFile(writeTemp('han-trong-cau.txt', text));
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      // The plan is dated 18/11/2025.
      ['Sở Tài chính', '2025-12-03'],
      ['Sở Y tế', '2026-03-07'],
      ['Công an tỉnh', '2026-12-31'],
      ['Sở Nội vụ', '2026-06-30'],
      ['Sở Xây dựng', '2026-05-31'],
      ['Sở Văn hóa, Thể thao và Du lịch', '2026-02-22'],
    ]);
  });
});

describe('rule «duty-after-colon»: «1. Sở Tài chính: Bố trí kinh phí.» is a duty, not a heading', () => {
  it('takes the text after the colon as the duty, whatever verb opens it', async () => {
    const text =
      HEAD +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Sở Tài chính: Bố trí kinh phí.\n\n' +
      '2. Sở Y tế: Tổ chức tập huấn cho cán bộ y tế cơ sở.\n\n' +
      '3. Sở Nội vụ, Sở Tư pháp:\n\n' +
      '- Hướng dẫn việc thi đua khen thưởng.\n';
    const plan = await readPlanFile(writeTemp('sau-hai-cham.txt', text));
    expect(plan.tasks.map((t) => [t.lead, t.content])).toEqual([
      [['Sở Tài chính'], 'Bố trí kinh phí.'],
      [['Sở Y tế'], 'Tổ chức tập huấn cho cán bộ y tế cơ sở.'],
      // A heading that ends at its colon still names the agencies of the duties below it.
      [['Sở Nội vụ', 'Sở Tư pháp'], 'Hướng dẫn việc thi đua khen thưởng.'],
    ]);
  });
});

describe('a Thông báo kết luận: the conclusions that order work, not those that agree or praise', () => {
  it('reads «Giao …», «Yêu cầu …», «Đề nghị …» under their numbers, and leaves the closing formula', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 45/TB-UBND\n\nPhú Thọ, ngày 10 tháng 12 năm 2025\n\nTHÔNG BÁO\n\n' +
      'Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công\n\n' +
      'Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n' +
      '1. Đánh giá cao sự nỗ lực của các sở, ngành, địa phương trong thời gian qua.\n\n' +
      '2. Đồng ý chủ trương điều chỉnh kế hoạch vốn năm 2025 theo đề xuất của Sở Tài chính.\n\n' +
      '3. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực VIII rà soát, tham mưu điều chuyển vốn.\n\n' +
      '4. Yêu cầu Ủy ban nhân dân các xã, phường tập trung giải phóng mặt bằng các dự án, hoàn thành trong tháng 01/2026.\n\n' +
      '5. Đề nghị Kho bạc Nhà nước khu vực VIII phối hợp kiểm soát chi kịp thời, đúng quy định.\n\n' +
      'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n';
    const plan = await readPlanFile(writeTemp('thong-bao.txt', text));
    expect(plan.plan.title).toBe(
      'Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công',
    );
    expect(plan.tasks.map((t) => [t.kind, t.order, t.lead, t.deadline])).toEqual([
      ['task', '3', ['Sở Tài chính'], null],
      ['task', '4', ['Ủy ban nhân dân các xã, phường'], '2026-01-31'],
      ['request', '5', ['Kho bạc Nhà nước khu vực VIII'], null],
    ]);
  });
});

describe('a Công văn: «Kính gửi», numbered assignments, a body’s lead-in over its bullets', () => {
  it('reads its subject as the title, abbreviated bodies, a comma inside a name, and «agency-lead-in»', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 5120/UBND-KT\nV/v triển khai phòng, chống cháy rừng mùa khô 2025-2026\n\n' +
      'Lào Cai, ngày 02 tháng 12 năm 2025\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n' +
      'Để chủ động phòng, chống cháy rừng mùa khô, Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
      '1. BCH Quân sự tỉnh, Công an tỉnh: Chuẩn bị lực lượng, phương tiện sẵn sàng tham gia chữa cháy rừng.\n\n' +
      '2. Sở VHTTDL phối hợp với Báo và Phát thanh, Truyền hình tỉnh tuyên truyền về phòng cháy rừng trong tháng 12/2025.\n\n' +
      '3. UBND các xã, phường:\n\n' +
      '- Kiện toàn Ban Chỉ huy phòng cháy rừng cấp xã, hoàn thành trong tháng 12/2025.\n\n' +
      '- Tổ chức ký cam kết bảo vệ rừng với các hộ dân sống gần rừng.\n\n' +
      'Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n';
    const plan = await readPlanFile(writeTemp('cong-van.txt', text));
    expect(plan.plan.title).toBe('Triển khai phòng, chống cháy rừng mùa khô 2025-2026');
    expect(plan.tasks.map((t) => [t.order, t.lead, t.coordinating, t.deadline])).toEqual([
      ['1', ['BCH Quân sự tỉnh', 'Công an tỉnh'], [], null],
      ['2', ['Sở VHTTDL'], ['Báo và Phát thanh, Truyền hình tỉnh'], '2025-12-31'],
      ['3', ['UBND các xã, phường'], [], '2025-12-31'],
      ['3', ['UBND các xã, phường'], [], null],
    ]);
  });
});

describe('a Công văn addressed to groups, with short names it defines', () => {
  it('gives every numbered order its body, groups included, and leaves the closing demand', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 318/UBND-KTN\nV/v triển khai Tết trồng cây năm 2026\n\n' +
      'Phú Thọ, ngày 14 tháng 01 năm 2026\n\n' +
      'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện một số nội dung sau:\n\n' +
      '1. Sở Nông nghiệp và Môi trường (sau đây gọi tắt là Sở NNMT), Sở Tài chính (phối hợp):\n\n' +
      'a) Hướng dẫn các xã, phường xây dựng kế hoạch, lựa chọn địa điểm, loài cây trồng phù hợp.\n\n' +
      'b) Báo cáo nhanh kết quả ra quân trồng cây đầu xuân về Ủy ban nhân dân tỉnh trước ngày 28/02/2026.\n\n' +
      '2. Các Ban quản lý rừng phòng hộ, rừng đặc dụng chuẩn bị đủ cây giống, quỹ đất, hoàn thành kế hoạch trồng rừng đến hết năm 2026.\n\n' +
      'Giám đốc các sở, thủ trưởng các ban, ngành tỉnh và các cơ quan, đơn vị có liên quan nghiêm túc thực hiện Công văn này./.\n';
    const plan = await readPlanFile(writeTemp('cong-van-nhom.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.order, t.lead, t.coordinating, t.deadline])).toEqual([
      // The bracket that defines «Sở NNMT» is no part of the name; «(phối hợp)» says who helps.
      ['task', '1.a', ['Sở Nông nghiệp và Môi trường'], ['Sở Tài chính'], null],
      // «Báo cáo …» opens a duty: «Báo» is not a newspaper here.
      ['report', '1.b', ['Sở Nông nghiệp và Môi trường'], ['Sở Tài chính'], '2026-02-28'],
      // Under «… một số nội dung sau:» a paragraph addressed to a group is an order too.
      ['task', '2', ['Các Ban quản lý rừng phòng hộ, rừng đặc dụng'], [], '2026-12-31'],
    ]);
  });
});

describe('duties of a group, body by body, each with its own time line', () => {
  it('rules «agency-under-group» and «time-after-duty»; a milestone report keeps its day', async () => {
    const text =
      HEAD +
      'IV. TRÁCH NHIỆM THỰC HIỆN\n\n' +
      '1. Các sở, ban, ngành tỉnh\n\n' +
      'a) Sở Tài chính:\n\n' +
      '- Chủ trì, phối hợp với Sở Xây dựng kiểm tra hiện trạng, thẩm định phương án sắp xếp nhà, đất.\n' +
      'Thời gian hoàn thành: trước ngày 30 tháng 6 năm 2026.\n\n' +
      '- Tổng hợp kết quả thực hiện, báo cáo tổng kết năm 2026 trước ngày 15/12/2026.\n' +
      'Thời gian: Thường xuyên.\n\n' +
      'b) Sở Xây dựng:\n\n' +
      '- Hướng dẫn các cơ quan, đơn vị đánh giá chất lượng công trình, xác định trụ sở cần cải tạo.\n' +
      'Thời gian: trong tháng 3/2026.\n';
    const plan = await readPlanFile(writeTemp('nhom-co-quan.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.order, t.lead, t.deadline])).toEqual([
      ['task', 'IV.1.a', ['Sở Tài chính'], '2026-06-30'],
      // A duty that only reports is its report row («dated-report»), due on its own day.
      ['report', 'IV.1.a', ['Sở Tài chính'], '2026-12-15'],
      ['task', 'IV.1.b', ['Sở Xây dựng'], '2026-03-31'],
    ]);
  });
});

describe('a Ban Chỉ đạo hands out work to its members by their posts («member-heading»)', () => {
  it('gives each member’s duties to the body the member heads, and its working group its own', async () => {
    const text =
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH\n\nSố: 03/KH-BCĐ\n\nCà Mau, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Hoạt động của Ban Chỉ đạo năm 2026\n\n' +
      '**III. NHIỆM VỤ CỦA TRƯỞNG BAN, CÁC PHÓ TRƯỞNG BAN VÀ THÀNH VIÊN BAN CHỈ ĐẠO**\n\n' +
      '**1. Đồng chí Giám đốc Sở Y tế – Phó Trưởng ban thường trực**\n\n' +
      '- Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ tình hình dịch bệnh tại cộng đồng.\n\n' +
      '**2. Đồng chí Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh – Ủy viên**\n\n' +
      'Chỉ đạo Ban Chỉ huy quân sự các xã, phường huy động lực lượng dân quân tham gia phun hóa chất.\n\n' +
      '**3. Tổ giúp việc Ban Chỉ đạo**\n\n' +
      '- Giúp Ban Chỉ đạo xây dựng chương trình công tác, chuẩn bị nội dung, tài liệu các cuộc họp.\n';
    const plan = await readPlanFile(writeTemp('ban-chi-dao.txt', text));
    expect(plan.tasks.map((t) => [t.order, t.lead])).toEqual([
      ['III.1', ['Sở Y tế']],
      ['III.2', ['Bộ Chỉ huy Quân sự tỉnh']],
      ['III.3', ['Tổ giúp việc Ban Chỉ đạo']],
    ]);
  });
});

describe('a task table with a start and an end column («end-date-column»)', () => {
  it('takes the end as the deadline, never the money column, and reads «Sở NN&MT» in brackets as the same body', async () => {
    const text =
      HEAD +
      'PHỤ LỤC\n\n' +
      '| STT | Nội dung nhiệm vụ | Cơ quan phối hợp | Cơ quan chủ trì | Thời gian bắt đầu | Thời gian kết thúc | Kinh phí (triệu đồng) |\n' +
      '|---|---|---|---|---|---|---|\n' +
      '| 1 | Rà soát, sửa đổi quy định đánh giá sản phẩm OCOP | Sở Tư pháp | Sở Nông nghiệp và Môi trường (Sở NN&MT) | Tháng 01/2026 | Tháng 6/2026 | 150 |\n' +
      '| 2 | Xây dựng chính sách hỗ trợ chủ thể OCOP | Sở Tư pháp | Sở Tài chính | Tháng 3/2026 | Tháng 12/2026 | 200 |\n';
    const plan = await readPlanFile(writeTemp('hai-cot-thoi-gian.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.coordinating, t.deadlineText, t.deadline])).toEqual([
      [['Sở Nông nghiệp và Môi trường'], ['Sở Tư pháp'], 'Tháng 6/2026', '2026-06-30'],
      [['Sở Tài chính'], ['Sở Tư pháp'], 'Tháng 12/2026', '2026-12-31'],
    ]);
  });
});

describe('a commune plan: who and when in a bracket at the end of the activity', () => {
  it('reads «(Cơ quan thực hiện: …; thời gian: …)» and the officers of a commune as bodies', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nXÃ HÀM YÊN\n\nSố: 186/KH-UBND\n\nHàm Yên, ngày 15 tháng 12 năm 2025\n\nKẾ HOẠCH\n\nTổ chức Tết Nguyên đán Bính Ngọ năm 2026\n\n' +
      'II. NỘI DUNG\n\n' +
      '1. Treo cờ Tổ quốc, băng rôn, khẩu hiệu chào mừng Đảng, mừng Xuân tại trụ sở và các trục đường chính ' +
      '(Cơ quan thực hiện: Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trưởng thôn, Tổ trưởng tổ dân phố; thời gian: hoàn thành trước ngày 10/02/2026).\n\n' +
      '2. Tham mưu mức quà, dự toán kinh phí thăm hỏi, tặng quà từ ngân sách xã ' +
      '(Cơ quan thực hiện: Công chức Tài chính – Kế toán (Phòng Kinh tế); thời gian: trước ngày 25/01/2026).\n';
    const plan = await readPlanFile(writeTemp('xa.txt', text));
    expect(
      plan.tasks.map((t) => [t.order, t.lead, t.coordinating, t.deadline, t.content.split(' ').slice(0, 4).join(' ')]),
    ).toEqual([
      ['1', ['Phòng Văn hóa - Xã hội'], ['Trưởng thôn', 'Tổ trưởng tổ dân phố'], '2026-02-10', 'Treo cờ Tổ quốc,'],
      // The office in the bracket says where the officer sits (rule «part-in-brackets»): the officer does it.
      ['2', ['Công chức Tài chính – Kế toán'], [], '2026-01-25', 'Tham mưu mức quà,'],
    ]);
  });
});

describe('what the rules for orders must not take (found in review)', () => {
  it('keeps an order that asks for care, leaves aims under «… các nội dung sau:», and lets a lettered lead-in end at the next letter', async () => {
    const text =
      HEAD +
      'I. MỤC ĐÍCH, YÊU CẦU\n\n' +
      'Kế hoạch tập trung vào các nội dung sau:\n\n' +
      '- Các sở, ban, ngành nâng cao nhận thức về vai trò của công tác việc làm trong tình hình mới.\n\n' +
      'II. NHIỆM VỤ\n\n' +
      '1. Phân công cụ thể\n\n' +
      'a) Sở Tài chính:\n\n' +
      '- Bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2026.\n\n' +
      'b) Tổ chức kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã, phường trên địa bàn.\n\n' +
      '2. Yêu cầu Ủy ban nhân dân các xã, phường nghiêm túc triển khai trồng cây đầu xuân, hoàn thành trước ngày 28/02/2026.\n\n' +
      '- Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch năm 2026.\n';
    const plan = await readPlanFile(writeTemp('ra-soat.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.order, t.lead, t.deadline])).toEqual([
      ['task', 'II.1.a', ['Sở Tài chính'], null],
      // «b) Tổ chức kiểm tra …» is not Sở Tài chính's: the lead-in ended at the next letter, and an
      // item that names no body is no task here.
      ['task', 'II.2', ['Ủy ban nhân dân các xã, phường'], '2026-02-28'],
      // A request to the province is kept: only the issuer's own statements are left out.
      ['request', 'II.2', ['Ủy ban nhân dân tỉnh'], null],
    ]);
  });
});

describe('a report duty with its own time line', () => {
  it('reads the cycle on the «Thời gian:» line as the report’s («time-after-duty»)', async () => {
    const text =
      HEAD +
      'IV. TRÁCH NHIỆM THỰC HIỆN\n\n' +
      '1. Sở Tài chính:\n\n' +
      '- Hướng dẫn các cơ quan, đơn vị rà soát, sắp xếp lại nhà, đất dôi dư theo quy định.\n' +
      'Thời gian: trong tháng 3/2026.\n\n' +
      '- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả sắp xếp lại, xử lý cơ sở nhà, đất dôi dư.\n' +
      'Thời gian: định kỳ hằng tháng (trước ngày 20); báo cáo tổng kết năm 2026 trước ngày 15/12/2026.\n';
    const plan = await readPlanFile(writeTemp('bao-cao-thoi-gian.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.deadline, t.recurrence !== ''])).toEqual([
      ['task', '2026-03-31', false],
      ['report', null, true],
      ['report', '2026-12-15', false],
    ]);
  });
});
